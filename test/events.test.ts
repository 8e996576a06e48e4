// Stage 5, claims: the event frame a claim reports (kind, status of control, acting side, places).
import { describe, expect, test } from 'vitest';
import { compareClaims } from '../src/index.js';

const eventOf = (text: string) => compareClaims([{ id: 'a', text, date: '2024-06-13' }]).claims.find((c) => c.event)?.event;

describe('events: must match', () => {
  test.each([
    ['a phrasal verb with its object pronoun inside', '“The enemy tried to advance but our forces pushed them back,” an army spokesman said.', 'repel'],
    ['a capture', 'The RSF said they had taken full control of El Fasher.', 'capture'],
    ['a denied recapture is a hold', 'The army denied that rebels had retaken Morek.', 'hold'],
    ['a number of villages seized is a capture', 'M23 said the rebels had seized a number of villages near Nzibira.', 'capture'],
    ['a place taken, its name the object', 'A masked man said the coalition had taken Mirebalais.', 'capture'],
    ['a place not lost is held', 'The police insisted they had not lost control of the town of Mirebalais.', 'not-withdraw'],
    ['a place under the speaker\'s control is held', 'The rebels said Saraqeb was now completely under their control.', 'hold'],
    ['a place taken from a side, "from" past a long object', 'The Houthis said they have taken the Al-Kassara area from government forces.', 'capture'],
    ['a place never in a side\'s hands is not held by it', 'The army said Macomia was never in the hands of the terrorists.', 'not-hold'],
    ['an enemy driven out of a place, the object between verb and particle', 'The GNA said it had driven Haftar\'s troops out of the airport at Qasr Bin Ghashir.', 'capture'],
    ['must not: bodies pulled out of the rubble are no withdrawal', 'Rescuers said they pulled the bodies out of the rubble in Soran.', undefined],
    ['tanks rolled into a town advance on it', 'Georgian officials said Russian tanks rolled into the town of Gori on Monday.', 'advance'],
    ['troops that entered a town advance on it', 'Officials said Russian troops had entered the town of Gori.', 'advance'],
    ['a capture the speaker calls so-called did not happen', 'Eritrea said the so-called capture of Badme is a propaganda stunt.', 'not-capture'],
    ['a capture named in a claim the clause calls false did not happen', 'Massoud said the claim of the capture of Panjshir is false.', 'not-capture'],
    ['must not: a capture the clause does not call false', 'Massoud said the claim of the capture of Panjshir was made on Monday.', 'capture'],
    ['most of a district secured is taken', 'The army said troops had secured most of the district of Shejaiya.', 'capture'],
    ['must not: a release secured is no place taken', 'The negotiators said they had secured the release of the hostages in Shejaiya.', undefined],
    ['people captured is a capture that takes no place', 'Hamas said it had captured an Israeli soldier near Shejaiya.', 'capture'],
    ['posts destroyed are attacked', 'Pakistan\'s army said its troops had destroyed several Indian posts along the Line of Control.', 'attack'],
    ['a helicopter shot down is attacked', 'The rebels said they had shot down an army helicopter near Ziguey.', 'attack'],
    ['must not: a place in a side\'s hands, unnegated, is held', 'Residents said Macomia was in the hands of the insurgents.', 'hold'],
  ])('%s', (_label, text, kind) => {
    expect(eventOf(text)?.kind).toBe(kind);
  });

  test.each([
    ['a soldier captured', 'Hamas said it had captured an Israeli soldier near Shejaiya.', undefined],
    ['soldiers captured, in the passive', 'The army said 150 fighters were captured in Morek.', undefined],
    ['must not: a rebel-held neighbourhood seized is a place taken', 'Activists said government forces seized a rebel-held neighbourhood in Aleppo.', 'captured'],
    ['must not: the town of a capture', 'Activists said rebels captured the town of Morek.', 'captured'],
    ['an advance told in a relative clause is background', 'The Observatory said the killings took place in the village of Rityan, which regime forces entered on Tuesday.', undefined],
    ['must not: an advance the clause tells', 'The Observatory said regime forces entered the village of Rityan on Tuesday.', 'advancing'],
  ])('the status of a capture: %s', (_label, text, status) => {
    expect(eventOf(text)?.status).toBe(status);
  });

  test('a witness speaks of the place they are from when the content names none', () => {
    expect(eventOf('A resident of Douma said he had helped bury 12 bodies.')?.places).toEqual(['Douma']);
  });

  test('must not: a witness speaks of no place they went to ("who reached Iligan")', () => {
    expect(eventOf('"A bomb fell on our neighbor\'s house," said Norhaya Macabando, 37, who reached Iligan on Thursday.')?.places ?? []).not.toContain('Iligan');
  });

  test('must not: an official speaks of no place by where they sit', () => {
    expect(eventOf('An official in Damascus said 12 people had been killed.')?.places ?? []).not.toContain('Damascus');
  });

  test('a town "under the full control of" a side is held by that side, whatever else was restored', () => {
    const e = eventOf('“Soran is under the full control of the army and peace has been restored,” the ministry said.');
    expect(e?.status).toBe('held');
    expect(e?.agent).toBe('government');
  });

  test('a place "under the control of the defense forces" is held by the government', () => {
    const e = eventOf('An official said Batibo was calm and totally under the control of the defense forces.');
    expect([e?.status, e?.agent]).toEqual(['held', 'government']);
  });

  test('a place "no longer under the control" of a side is lost to it', () => {
    const e = eventOf('Rebels said the town of Macomia was no longer under the control of the army.');
    expect([e?.status, e?.agent]).toEqual(['lost', 'government']);
  });

  test('must not: restored control of a town is still a regain', () => {
    expect(eventOf('The army said it had restored control over the town of Soran.')?.status).toBe('regained');
  });

  test('"X-held town of Y" is the whole town: captured, not partly', () => {
    expect(eventOf('Government forces captured the al Shabaab-held town of Bulo Jameeco on Monday, the army said.')?.status).toBe('captured');
  });

  test('a repulsion\'s "them" is the side named before, and its subject the clause\'s own', () => {
    const e = eventOf('“The junta\'s troops reached the edge of the town, but we pushed them back,” a rebel commander said.');
    expect(e?.kind).toBe('repel');
    expect(e?.patient).toBe('government');
    expect(e?.agent).not.toBe('government');
  });
});

describe('events: whose side', () => {
  const events = (text: string) => compareClaims([{ id: 'a', text, date: '2024-11-18' }]).claims.filter((c) => c.event).map((c) => c.event!);
  test('a foreign state\'s forces are that state\'s; the place named before in the sentence is "the village"', () => {
    const [capture, held] = events('Russia\'s defence ministry said its forces had captured the village of Ostrivske in Ukraine\'s Donetsk region, but a Ukrainian military spokesman said his troops still held the village.');
    expect(capture?.agent).toBe('Russia');
    expect(held?.places).toEqual(['Ostrivske']);
    expect(held?.agent).not.toBe('Russia');
  });

  test.each([
    ['a demonym before a predicate that is a noun', 'The toll from Russian strikes on the port of Odesa has risen to nine, the governor said.', 'Russia'],
    ['"by" after a later participle', 'The army said the watchtower had been hit by a missile fired by rebel fighters.', 'opposition'],
    ['"by" after a participle, the predicate a noun', 'The rebels said the shells had been fired by navy ships anchored offshore.', 'government'],
    ['the subject of a clause after "before"', 'Residents said gunmen had briefly entered the town of Mirebalais before police pushed them back.', 'government'],
    ['who a blame names', 'Medics in Idlib said shells hit the hospital. They blamed government artillery deployed west of the city.', 'government'],
    ['who is "responsible for" the deaths', 'The rebels said regime artillery was responsible for the deaths.', 'government'],
    ['a foreign state\'s "its", with no place, in a report on another country', 'Syrian activists said the Syrian army shelled Idlib. Russia\'s defence ministry said its warplanes had struck terrorist positions.', 'Russia'],
    ['a country as the subject of its verb', 'A spokeswoman said Cambodia had never targeted civilians.', 'Cambodia'],
    ['"its" in a claim the content says is another country\'s', 'The Israeli military dismissed Iranian claims that its air defenses had shot down two Israeli F-35 jets.', 'Iran'],
    ['a country\'s air defences', 'The headquarters said Iran\'s air defense shot down two drones.', 'Iran'],
    ['the subject of the first clause does not act in a second with its auxiliary left out', 'Local sources said around 90 soldiers had been killed and the post overrun by the jihadists.', 'opposition'],
  ])('the side that acts: %s', (_label, text, agent) => {
    expect(compareClaims([{ id: 'a', text, date: '2024-11-18' }]).claims.map((c) => c.event?.agent).filter(Boolean).at(-1)).toBe(agent);
  });

  test.each([
    ['"US" in capitals is the country, not the pronoun "us"', 'The toll from US and UK air strikes on the port of Hodeidah has risen to nine, the Houthi-run health ministry said.'],
    ['"not responsible" blames nobody', 'The rebels said regime artillery was not responsible for the deaths.'],
    ['a blame for something other than harm', 'The rebels accused the government of trying to smear the revolution.'],
  ])('must not: %s', (_label, text) => {
    expect(compareClaims([{ id: 'a', text, date: '2024-11-18' }]).claims.map((c) => c.event?.agent).filter(Boolean)).not.toContain('opposition');
    expect(compareClaims([{ id: 'a', text, date: '2024-11-18' }]).claims.map((c) => c.event?.agent).filter(Boolean)).not.toContain('government');
  });

  test('a repulsion with no agent, in a side\'s own words, is that side\'s', () => {
    const e = eventOf('“The enemy tried to storm the village and was pushed back,” a Ukrainian commander said.');
    expect(e?.kind).toBe('repel');
    expect(e?.agent).toBe('Ukraine');
  });

  test.each([
    ['a monitor\'s "its" is no side', 'The Observatory said its monitors saw rebels capture Soran.'],
    ['a repulsion told by no side has no agent', 'The attack was repelled, the monitor said.'],
  ])('must not: %s', (_label, text) => {
    expect(['Syria', 'United Kingdom']).not.toContain(eventOf(text)?.agent);
    if (/repelled/.test(text)) expect(eventOf(text)?.agent).toBeUndefined();
  });
});

describe('events: must not match', () => {
  test.each([
    ['an attempt is no advance', 'The enemy tried to advance on the town, residents said.', 'advancing'],
    ['a denied advance asserts no advance', 'The army denied that rebels had advanced on Morek.', 'advancing'],
    ['a report not made asserts no capture', 'The army did not confirm that rebels had captured Morek.', 'captured'],
    ['pulling out bodies is no withdrawal', '“We pulled out the bodies of women and children,” a rescuer said.', 'lost'],
    ['seizing weapons is no capture', 'The army said 30 militants had been killed and a large quantity of weapons seized.', 'captured'],
    ['seizing vehicles is no capture', 'The group said it had seized weapons, ammunition and two armoured vehicles.', 'captured'],
    ['restored peace is no regained place', '“Peace has been restored in the area,” the ministry said.', 'regained'],
    ['restored electricity is no regained place', 'The army restored electricity to Aleppo, state media said.', 'regained'],
    ['seizing vehicles named with a compound', 'The RSF said they had killed 150 soldiers in Abu Zabad and seized 23 combat vehicles.', 'partial'],
    ['seizing a stock of weapons', 'M23 said the rebels had seized a large stock of weapons and ammunition.', 'partial'],
    ['a condition', 'If the regime takes Handarat it will be able to cut the road, the monitor said.', 'captured'],
    ['a gerund named as a thing', 'The importance of capturing Leramun is to stop the rocket fire, the monitor said.', 'captured'],
    ['a shell that fell in a neighbourhood', 'Residents said a shell fell in al-Masharqeh neighbourhood.', 'captured'],
    ['taken to hospital', 'Officials said the wounded had been taken to Soran.', 'captured'],
    ['a participle that describes a noun', 'The army said its columns seized drones left behind by the fleeing terrorists near Ann.', 'lost'],
    ['taken to hospital from the scene', 'Medics said the wounded were taken to hospital from the scene in Soran.', 'captured'],
    ['taking part, from the start', 'The army said its troops took part from the start in the battle for Soran.', 'captured'],
    ['"from" in the next clause', 'Rebels said they took the hill, and fired from it on Soran.', 'captured'],
  ])('%s', (_label, text, status) => {
    expect(eventOf(text)?.status).not.toBe(status);
  });
});

describe('events: who holds a place it did not leave', () => {
  test('"had not lost control" is held by the speaker\'s side', () => {
    const e = eventOf('The police insisted they had not lost control of the town of Mirebalais.');
    expect(e?.status).toBe('held');
    expect(e?.agent).toBe('government');
  });

  test('"under their control", in the rebels\' words, is the rebels\'', () => {
    expect(eventOf('The rebels said Saraqeb was now completely under their control.')?.agent).toBe('opposition');
  });

  test('must not: a withdrawal that happened is no hold', () => {
    expect(eventOf('The police said they had lost control of the town of Mirebalais.')?.status).toBe('lost');
  });
});

describe('quantities in the words of the source', () => {
  test('a distance in the source\'s apposition is the claim\'s', () => {
    const c = compareClaims(['A local official in Mucojo, about 40 kilometres (25 miles) east of Macomia, told AFP that government forces had clashed with insurgents.']).claims[0]!;
    expect(c.quantities.map((q) => q.text)).toEqual(['about 40 kilometres (25 miles)']);
  });

  test('must not: a count in the source\'s words is no quantity of the claim', () => {
    const c = compareClaims(['A commander of 300 fighters told AFP that government forces had clashed with insurgents.']).claims[0]!;
    expect(c.quantities).toEqual([]);
  });
});
