// Stage 6, comparison: conflicts and agreements between short reports, and where it must stay quiet.
import { describe, expect, test } from 'vitest';
import { report } from './helpers.js';

const pair = (a: string, b: string, dates: [string, string] = ['2017-03-22', '2017-03-22']) =>
  report([{ id: 'a', text: a, date: dates[0] }, { id: 'b', text: b, date: dates[1] }]);

const CONFLICTS: [string, string, string, string][] = [
  ['control: captured versus undecided', 'Rebels captured the village of Tal Rifaat, the Observatory said.', 'A military source said the fighting in Tal Rifaat was not yet decided.', 'control'],
  ['control: captured versus still held', 'Rebels seized the town of Morek on Monday, activists said.', 'The army said it still holds Morek.', 'control'],
  ['outcome: repelled versus advanced', 'State media said the army repelled a rebel attack on Morek.', 'A rebel commander said his fighters advanced into Morek.', 'outcome'],
  ['outcome: repelled versus regained', 'State television said government forces repelled an attack on Jobar.', 'A spokesman for Faylaq al-Rahman said rebels regained all their positions in Jobar.', 'outcome'],
  ['outcome between two states: repelled versus advanced', 'Ukraine’s General Staff said its forces repelled a Russian assault on Avdiivka.', 'Russia’s defence ministry said Russian troops had advanced into Avdiivka.', 'outcome'],
  ['outcome: a country\'s attacks repelled versus its forces advancing', 'Russia’s defence ministry said its forces repelled Ukrainian attacks near Robotyne on Tuesday.', 'Ukraine’s General Staff said Ukrainian forces advanced near Robotyne on Tuesday.', 'outcome'],
  ['control: a capture and a denial that the place fell, by a state with no side', 'Russia’s defence ministry said its forces captured Krasnohorivka.', 'Ukraine’s General Staff denied that Krasnohorivka had fallen.', 'control'],
  ['denial: an accusation and its denial', 'Ukraine’s air force said Russian missiles struck a hospital in Kharkiv on Monday.', 'Russia’s defence ministry denied striking a hospital in Kharkiv.', 'denial'],
  ['responsibility: two sides blamed for one toll', 'State media said rebel shelling killed 15 people in Douma on Monday.', 'Activists said government airstrikes killed 15 people in Douma on Monday.', 'responsibility'],
  ['control: a capture and a denial that the town fell', 'Local officials said M23 rebels seized the town of Mweso on Thursday.', 'The army spokesman denied that Mweso had fallen.', 'control'],
  ['count: a state\'s toll of the rebels against the rebels\' own toll of their fighters', 'General Rudakov said at least 300 bandits were killed in the minefield near Alkhan-Kala on Tuesday.', 'Rebel spokesman Movsar Dadayev said about 40 fighters had been killed in the minefield near Alkhan-Kala on Tuesday.', 'count'],
  ['count: two tolls that cannot both hold', 'The Observatory said 30 civilians were killed in Douma on Monday.', 'State media said 4 civilians were killed in Douma on Monday.', 'count'],
  ['responsibility: a blame that names no harm answers civilian harm in the other report', 'State media said rebel shelling hit a school in Homs on Monday, killing six pupils.', 'The rebels said government artillery was responsible for the deaths in Homs.', 'responsibility'],
  ['responsibility: "blamed" a side, after the harm its source told', 'Medics said shells struck a hospital in Idlib on Monday, killing nine patients. They blamed Russian artillery deployed west of the city.', 'Russia\'s defence ministry said militant drones had struck the hospital in Idlib on Monday.', 'responsibility'],
];

describe('conflicts: must match', () => {
  test.each(CONFLICTS)('%s', (_label, a, b, kind) => {
    const r = pair(a, b);
    expect(r.conflicts.map((k) => k.kind)).toEqual([kind]);
    const k = r.conflicts[0]!;
    expect(k.confidence).toBeGreaterThan(0.4);
    expect(k.explanation.length).toBeGreaterThan(20);
    expect(new Set(k.claimIds.map((id) => id.split(':')[0]))).toEqual(new Set(['a', 'b']));
  });

  test('a denial that points back ("but the army denied it") conflicts with the report it denies', () => {
    const r = report([{ id: 'a', text: 'Rebels said they had captured the village of Morek, but the army denied it.', date: '2017-03-22' }]);
    expect(r.conflicts.map((k) => [k.kind, k.claimIds])).toEqual([['control', ['a:c1', 'a:c2']]]);
  });

  test('a denial that points back does not corroborate the account it denies', () => {
    const r = report([{ id: 'a', text: 'Russian forces captured the village of Krasnohorivka, the defence ministry said. Ukraine\'s General Staff denied the claim.', date: '2025-03-03' }]);
    expect(r.conflicts.length).toBeGreaterThan(0);
    expect(r.agreements.filter((g) => g.kind === 'corroboration')).toEqual([]);
  });

  test('a denial that the place fell conflicts with its capture, whatever the denier\'s side', () => {
    const r = report([{ id: 'a', text: 'Russian forces captured Krasnohorivka, the defence ministry said. Ukraine\'s General Staff denied that Krasnohorivka had fallen.', date: '2025-03-03' }]);
    expect(r.conflicts.map((k) => k.kind)).toEqual(['control']);
  });

  test('a denied recapture asserts nothing that "not yet decided" contradicts', () => {
    const r = report([
      { id: 'a', text: '“Our units liberated the settlement of Krasnohorivka,” the defence ministry said. Ukraine\'s General Staff denied the claim.', date: '2025-03-03' },
      { id: 'b', text: 'Ukrainian soldiers said the situation in Krasnohorivka was not yet decided.', date: '2025-03-03' },
    ]);
    expect(r.conflicts.every((k) => !k.claimIds.includes('a:c2') || k.kind === 'denial')).toBe(true);
  });

  test('a denial of something else is no conflict with a capture', () => {
    const r = report([{ id: 'a', text: 'Russian forces captured Krasnohorivka, the defence ministry said. Ukraine\'s General Staff denied that Russian jets had bombed a hospital in Kharkiv.', date: '2025-03-03' }]);
    expect(r.conflicts).toEqual([]);
  });

  test('an undated claim meets a claim of the same week', () => {
    const r = pair('State media said the army repelled a rebel attack on Morek.', 'A rebel commander said his fighters advanced into Morek on Monday.', ['2017-03-24', '2017-03-21']);
    expect(r.conflicts.map((k) => k.kind)).toEqual(['outcome']);
  });

  test('a hedged claim lowers the confidence', () => {
    const firm = pair('Rebels captured Tal Rifaat, the Observatory said.', 'A military source said the fighting in Tal Rifaat was not yet decided.').conflicts[0]!;
    const hedged = pair('Rebels reportedly captured Tal Rifaat, the Observatory said.', 'A military source said the fighting in Tal Rifaat was not yet decided.').conflicts[0]!;
    expect(hedged.confidence).toBeLessThan(firm.confidence);
  });
});

const QUIET: [string, string, string, [string, string]?][] = [
  ['compatible counts: at least 20 and dozens', 'The Observatory said at least 20 civilians were killed in Douma.', 'State media said dozens of civilians were killed in Douma.'],
  ['different places', 'Rebels captured Soran, the Observatory said.', 'A military source said the situation in Khattab was not yet decided.'],
  ['wounded is not killed', 'The Observatory said 30 civilians were wounded in Douma.', 'State media said 4 civilians were killed in Douma.'],
  ['a state in one report, a capture dated after it was published: a sequence', 'A Congolese army officer said government troops still held Sake.', 'M23 rebels seized Sake on Monday, residents said.', ['2025-01-26', '2025-01-27']],
  ['a report its source did not make contradicts nothing', 'Rebels captured Soran, the Observatory said.', 'A military source did not confirm that the army still held Soran.'],
  ['a sequence over time', 'Rebels captured Morek on Monday, the Observatory said.', 'A military source said on Thursday the fighting in Morek was not yet decided.', ['2017-03-20', '2017-03-23']],
  ['the same source twice', 'The Observatory said rebels captured Morek.', 'The Observatory said the situation in Morek was not yet decided.'],
  ['undated claims in reports months apart', 'The Observatory said rebels captured Morek.', 'A military source said the army holds Morek.', ['2016-01-10', '2016-06-10']],
  ['undated tolls in reports a year apart', 'The Observatory said 35 people were killed in Hass.', 'Activists said 22 people were killed in Hass.', ['2016-10-26', '2017-10-26']],
  ['a monitor raising its own toll', 'The Observatory said 20 people were killed in Douma on Monday.', 'The Observatory said 35 people were killed in Douma on Monday.', ['2017-03-20', '2017-03-21']],
  ['no progress on one front, gains on another', 'A rebel spokesman said there was no progress in Jobar.', 'A war monitor said rebels advanced near Hama.'],
  ['targeting a town does not contradict capturing it', 'A military source said insurgents were targeting Soran.', 'The Observatory said insurgents had captured Soran.'],
  ['reinforcements do not contradict a capture', 'A military source said the army was sending reinforcements to Hama province.', 'The Observatory said rebels captured Soran in Hama province.'],
  ['a partial capture is not the town', 'Activists said Islamic State fighters seized several buildings in Kobani.', 'The Observatory said fighting was continuing in Kobani.'],
  ['two states, two places', 'Ukraine’s General Staff said its forces repelled a Russian assault on Avdiivka.', 'Russia’s defence ministry said Russian troops had advanced into Bakhmut.'],
  ['a country\'s attacks repelled on one front, its advance on another', 'Russia’s defence ministry said its forces repelled Ukrainian attacks near Robotyne.', 'Ukraine’s General Staff said Ukrainian forces advanced near Kupiansk.'],
  ['both say the attackers failed', 'Ukraine’s General Staff said its forces repelled a Russian assault on Avdiivka.', 'A Russian military blogger said the assault on Avdiivka had stalled.'],
  ['a denial of something else', 'Ukraine’s air force said Russian missiles struck a hospital in Kharkiv on Monday.', 'Russia’s defence ministry denied that its troops had entered Kupiansk.'],
  ['the same side blamed by both', 'State media said rebel shelling killed 15 people in Douma on Monday.', 'The Observatory said rebel rockets killed 15 people in Douma on Monday.'],
  ['two attacks on different days', 'State media said rebel shelling killed 15 people in Douma on Monday.', 'Activists said government airstrikes killed 15 people in Douma on Friday.'],
  ['an attempt is no capture', 'Activists said Islamic State fighters were trying to capture Kobani.', 'The Observatory said fighting was continuing in Kobani.'],
  ['a running total is no event\'s toll', 'The war has killed 200,000 people in Aleppo since 2011, the United Nations said.', 'State television said four people were killed in Aleppo.'],
  ['troops repelling an attack in a city hold no city', 'State media said troops repelled an attack in Aleppo.', 'The Observatory said rebels hold areas of Aleppo.'],
  ['a toll raised the next day because the wounded died', 'A Central Command spokesman said nine Marines were killed on Sunday near Nasiriyah.', 'The Pentagon said 10 Marines were killed in Sunday\'s fighting near Nasiriyah, after one of the wounded died on a hospital ship.', ['2003-03-24', '2003-03-26']],
  ['a count recalled from another day', 'State media said 3 children were killed in Aleppo.', 'Rebels shelled a school in Aleppo a day after dozens of children were killed in Aleppo, activists said.'],
  ['an advance only foreseen does not answer a repulsion', 'State media said troops repelled an attack by IS in Aazaz.', 'An analyst said IS was likely to move into Aazaz.'],
  ['undated harm by two sides in one city: two attacks, not one blamed twice', 'A monitor said a missile fired by government forces killed at least 18 civilians in Aleppo.', 'State media said rebel shelling killed 69 civilians in Aleppo.'],
  ['one day, one city, each side\'s strike on something else', 'Activists said army jets bombed a market in Idlib on Monday.', 'State media said rebel rockets hit a hospital in Idlib on Monday.'],
  ['a blame of something other than harm', 'Activists said army jets bombed a market in Idlib on Monday, killing 11 shoppers.', 'The rebels accused the government of trying to smear the revolution in Idlib.'],
  ['a blame that names no harm, against harm to fighters', 'The army said its aircraft had killed 300 militants in strikes on Idlib.', 'The rebels said government artillery was responsible for the deaths in Idlib.'],
];

describe('a denial in another report about the same place', () => {
  test.each([
    ['a sweeping denial ("any of its posts")', 'Pakistan\'s army said its troops had destroyed several Indian posts. Shelling in Poonch went on, it said. Its guns also shelled Poonch overnight, it said.', 'The Indian Army denied that any of its posts had been destroyed. It said its troops repelled an attack in Poonch. Its troops still hold Poonch, it said.'],
    ['a denial of harm to the same site, by the side named for it', 'Amnesty said 14 people were killed when army jets struck the market in Kwatara. Residents of Kwatara said the jet came twice.', 'The air force denied that its aircraft had struck the market. It said troops repelled an attack in Kwatara. Troops still hold Kwatara, it said.'],
  ])('%s', (_label, a, b) => {
    expect(pair(a, b, ['2024-03-04', '2024-03-05']).conflicts.map((k) => k.kind)).toContain('denial');
  });

  test.each([
    ['a strike foretold', 'Our forces are still in Afrin and will strike the Turkish army at every opportunity, the YPG said. Fighting in Afrin went on. Shelling of Afrin continued.', 'The Turkish army denied that its jets had struck the hospital in Afrin. Troops repelled an attack in Afrin. Troops still hold Afrin, it said.'],
    ['"any" of something the claim does not tell', 'Activists said nine children were killed in air strikes on Raqqa. Strikes on Raqqa went on.', 'The coalition rejected any and all excuses used to justify the bombings, stressing that targeting civilians cannot be justified. It said its forces struck Raqqa. Its jets hit Raqqa again.'],
  ])('must not: %s', (_label, a, b) => {
    expect(pair(a, b, ['2024-03-04', '2024-03-05']).conflicts.filter((k) => k.kind === 'denial')).toEqual([]);
  });

  test('one state\'s account of another\'s strike against that state\'s denial, both "government" sources', () => {
    const r = pair('The Georgian health ministry said Russian jets had bombed apartment blocks in Gori on Saturday, killing at least 30 people.', 'The defence ministry in Moscow rejected Georgian accusations that Russian aircraft had bombed residential areas of Gori on Saturday.', ['2008-08-11', '2008-08-12']);
    expect(r.conflicts.map((k) => k.kind)).toContain('denial');
  });

  test('a denial in another report that repeats the claim\'s figure and words, naming no place', () => {
    const r = pair('Iran\'s air defense headquarters said Iran\'s air defense shot down two F-35 fighter jets over Tabriz on Wednesday.', 'The Israeli military dismissed as fake news Iranian claims that its air defenses had shot down two Israeli F-35 jets over Tabriz.', ['2025-06-19', '2025-06-20']);
    expect(r.conflicts.map((k) => k.kind)).toContain('denial');
  });

  test('must not: a denial in another report of another figure of the same things', () => {
    const r = pair('Iran\'s air defense headquarters said Iran\'s air defense shot down two F-35 fighter jets over Tabriz on Wednesday.', 'The Israeli military dismissed Iranian claims that its air defenses had shot down five Israeli drones over Isfahan.', ['2025-06-19', '2025-06-20']);
    expect(r.conflicts.filter((k) => k.kind === 'denial')).toEqual([]);
  });

  test('must not: a side denies doing harm that the other report tells without naming who did it', () => {
    const r = pair('Volunteers said 26 civilians were killed when shells struck the market in Abu Zabad. Shelling of Abu Zabad went on.', 'The RSF denied shelling the market. It said its fighters repelled an attack in Abu Zabad. Its fighters still hold Abu Zabad, it said.', ['2025-02-05', '2025-02-06']);
    expect(r.conflicts.filter((k) => k.kind === 'denial')).toEqual([]);
  });

  test('must not: a denial that is not sweeping, of what another report counts in other words', () => {
    const r = pair('The UN said dozens of fighters had been killed in the battle for Nzibira, most of them militiamen. Fighting in Nzibira continued.', 'The army denied that the rebels had killed at least 20 militia fighters and seized weapons. It said Nzibira was calm.', ['2025-03-04', '2025-03-05']);
    expect(r.conflicts.filter((k) => k.kind === 'denial')).toEqual([]);
  });
});

describe('a side that says it did not do the harm another says it did', () => {
  test.each([
    ['"have not fired a single shell at the hospital"', 'Rebel radio said the army had fired rockets at the hospital in Puthukudiyiruppu, killing 12 patients. The military said its troops had not fired a single shell at the hospital. Fighting in Puthukudiyiruppu went on.'],
    ['"had not fired into the zone"', 'The rebels said army shells had killed dozens of civilians in the safety zone. The military said the army had not fired into the zone.'],
  ])('%s', (_label, text) => {
    expect(report([{ id: 'a', text, date: '2009-02-02' }]).conflicts.map((k) => k.kind)).toContain('denial');
  });

  test.each([
    ['a hit told with no doer', 'The ICRC said the hospital in Puthukudiyiruppu was struck by shelling. The military said its troops had not fired a single shell at the hospital.'],
    ['another side\'s doer', 'The army said rebel mortars had hit the hospital in Puthukudiyiruppu. The military said its troops had not fired at the hospital.'],
    ['no target in common but a name', 'Activists said Russian jets struck a convoy near Aleppo. Russia said its warplanes had not bombed Aleppo since October 18.'],
    ['a word in common that is no target', 'Activists said the strike was carried out on Tuesday in Douma. The government said it had not carried out any strike on the town of Douma.'],
  ])('must not: %s', (_label, text) => {
    expect(report([{ id: 'a', text, date: '2009-02-02' }]).conflicts.filter((k) => k.kind === 'denial')).toEqual([]);
  });
});

describe('one dispute over control between two sources is reported once', () => {
  test('two claims of one source against one of another, in one report', () => {
    const r = report([{ id: 'a', text: 'The army said government forces had pushed the rebels out of the town of Malakal on Saturday. It said the town was calm and under its control. A rebel spokesman said rebel forces still held the town of Malakal.', date: '2014-01-19' }]);
    expect(r.conflicts.filter((k) => k.kind === 'control')).toHaveLength(1);
  });

  test('must not: the disputes of two other sources are each reported', () => {
    const r = report([{ id: 'a', text: 'The army said government forces had pushed the rebels out of the town of Malakal on Saturday. A rebel spokesman said rebel forces still held the town of Malakal. Residents said the rebels still held the town of Malakal.', date: '2014-01-19' }]);
    expect(r.conflicts.filter((k) => k.kind === 'control').length).toBeGreaterThanOrEqual(2);
  });
});

describe('a denial right after the claim it answers, in one report', () => {
  test.each([
    ['a class that covers what was lost ("any aircraft", a helicopter)', 'The rebels said they had shot down an army helicopter near Ziguey on Saturday. The army denied losing any aircraft.'],
    ['a side that denies the harm it is said to have done ("any homes", houses)', 'Kurdish residents said Hashd fighters had burned at least 150 houses in Tuz Khurmatu. A Hashd spokesman denied that his forces had burned any homes.'],
  ])('%s', (_label, text) => {
    expect(report([{ id: 'a', text, date: '2021-04-18' }]).conflicts.map((k) => k.kind)).toContain('denial');
  });

  test.each([
    ['"any" names the head of its phrase, not its adjective', 'Pakistan\'s army said its troops had destroyed several Indian posts near Poonch. The Indian Air Force denied that any Indian jet had been shot down.'],
    ['a side does not deny its own side\'s claim', 'The Nigerian army said its jets struck militants fleeing the base near Kwatara. The Nigerian air force denied that its aircraft had struck the market.'],
    ['a denial of harm to civilians is not a denial of a strike on soldiers', 'The rebels said their fighters had killed 52 soldiers near Tinzaouatene. The army denied that any civilians had been killed.'],
    ['a denial that sweeps nothing the claim tells', 'The rebels said their fighters had killed 52 soldiers near Tinzaouatene. The army denied any involvement in the raids.'],
  ])('must not: %s', (_label, text) => {
    expect(report([{ id: 'a', text, date: '2021-04-18' }]).conflicts.filter((k) => k.kind === 'denial')).toEqual([]);
  });
});

describe('harm that another source says did not happen there', () => {
  test('a hit against "no rocket hit"', () => {
    const r = pair('The Qassam Brigades said its rockets had struck the Nevatim air base.', 'An army spokesman said no rocket hit the Nevatim air base.');
    expect(r.conflicts.map((k) => k.kind)).toEqual(['denial']);
  });

  test.each([
    ['rockets fired at a place, none of which hit it', 'The Qassam Brigades said it had fired rockets at the Nevatim air base.', 'An army spokesman said no rocket hit the Nevatim air base.'],
    ['a side saying it did not strike, against strikes told with no doer', 'Activists said air strikes killed 10 civilians in Aleppo.', 'Russia said it has not bombed Aleppo since October 18.'],
    ['a denied hit against a firing', 'The Qassam Brigades said it had fired rockets at the Nevatim air base.', 'The army denied that its rockets had struck the Nevatim air base.'],
  ])('must not: %s', (_label, a, b) => {
    expect(pair(a, b).conflicts).toEqual([]);
  });
});

describe('a figure disputed in so many words', () => {
  test('"the figure was grossly exaggerated", right after another source\'s toll', () => {
    const r = report([{ id: 'a', text: 'South Ossetian officials said more than 1,400 civilians were killed in Tskhinvali. Georgia\'s health ministry said the figure was grossly exaggerated.', date: '2008-08-11' }]);
    expect(r.conflicts.map((k) => k.kind)).toEqual(['count']);
  });

  test.each([
    ['a figure called accurate', 'South Ossetian officials said more than 1,400 civilians were killed in Tskhinvali. Georgia\'s health ministry said the figure was accurate.'],
    ['the same source on its own figure', 'South Ossetian officials said more than 1,400 civilians were killed in Tskhinvali. They said the figure was not exaggerated.'],
    ['a dispute told before the toll', 'Georgia\'s health ministry said the figures were exaggerated. South Ossetian officials said more than 1,400 civilians were killed in Tskhinvali.'],
  ])('must not: %s', (_label, text) => {
    expect(report([{ id: 'a', text, date: '2008-08-11' }]).conflicts.filter((k) => k.kind === 'count')).toEqual([]);
  });
});

describe('counts of a country', () => {
  test('must not: two totals for a whole country in one report are no one event\'s tolls', () => {
    const r = report([{ id: 'a', text: 'The health ministry said on Sunday that 224 people had been killed in Israeli strikes. A rights group said on Wednesday that 639 people had been killed in Iran, including 263 civilians.', date: '2025-06-19' }]);
    expect(r.conflicts.filter((k) => k.kind === 'count')).toEqual([]);
  });

  test('two tolls of one report that name no place are compared', () => {
    const r = report([{ id: 'a', text: 'The health ministry said 224 people had been killed in the strike. A rights group said 639 people had been killed in the strike.', date: '2025-06-19' }]);
    expect(r.conflicts.filter((k) => k.kind === 'count')).toHaveLength(1);
  });
});

describe('responsibility within one report', () => {
  test('an accusation answered with another doer of the same harm', () => {
    const r = report([{ id: 'a', text: 'The rebels accused the army of killing a family of six in an air strike on the village of Kafr Nabl on Sunday. A military spokesman denied the accusation, saying the family had been killed by militants who planted a bomb in their house.', date: '2024-03-05' }]);
    expect(r.conflicts.map((k) => k.kind)).toContain('responsibility');
  });

  test.each([
    ['each side\'s strike told one after the other', 'Government jets pounded rebel positions east of Homs on Monday, activists said. Fifteen people were wounded in rebel shelling of the city, state media said.'],
    ['the same family word, but no side blamed by the reply', 'The rebels accused the army of killing a family of six in an air strike on Kafr Nabl on Sunday. A military spokesman said the family had been evacuated days earlier.'],
  ])('must not: %s', (_label, text) => {
    const r = report([{ id: 'a', text, date: '2024-03-05' }]);
    expect(r.conflicts.filter((k) => k.kind === 'responsibility')).toEqual([]);
  });
});

describe('a toll that names no place, in a report about one town', () => {
  const nzibira = 'M23 rebels said they had captured Nzibira on Monday. The army said it still held Nzibira. Four civilians died in the crossfire, a local official said.';
  test('is compared with the tolls of that town', () => {
    const r = report([{ id: 'a', text: 'At least 17 civilians were killed in Nzibira on Monday, a civil society leader said.', date: '2025-03-04' }, { id: 'b', text: nzibira, date: '2025-03-05' }]);
    expect(r.conflicts.filter((k) => k.kind === 'count')).toHaveLength(1);
  });

  test.each([
    ['a report about another town', 'M23 rebels said they had captured Kibua on Monday. The army said it still held Kibua. Four civilians died in the crossfire, a local official said.'],
    ['an approximate count', 'M23 rebels said they had captured Nzibira on Monday. The army said it still held Nzibira. About a dozen civilians died in the crossfire, a local official said.'],
  ])('must not: %s', (_label, text) => {
    const r = report([{ id: 'a', text: 'At least 17 civilians were killed in Nzibira on Monday, a civil society leader said.', date: '2025-03-04' }, { id: 'b', text, date: '2025-03-05' }]);
    expect(r.conflicts.filter((k) => k.kind === 'count')).toEqual([]);
  });
});

describe('a denial that only points back', () => {
  test('is left out where the same two sources conflict over the events themselves', () => {
    const r = report([{ id: 'a', text: 'Rebels said they had captured Soran, but the army denied it. The army said its troops still held Soran.' }]);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]!.claimIds.map((id) => r.claims.find((c) => c.id === id)!.text)).toEqual(['they had captured Soran', 'its troops still held Soran']);
  });

  test('must not: stands where it is the only conflict of its sources', () => {
    const r = report([{ id: 'a', text: 'Rebels said they had captured Soran, but the army denied it.' }]);
    expect(r.conflicts).toHaveLength(1);
  });
});

describe('sides of two states at war', () => {
  test('a foreign state\'s capture and the defenders holding the village conflict', () => {
    const r = report([{ id: 'a', text: 'Russia\'s defence ministry said on Monday its forces had captured the village of Ostrivske in Ukraine\'s Donetsk region, but a Ukrainian military spokesman said his troops still held the village.', date: '2024-11-18' }]);
    expect(r.conflicts.map((k) => k.kind)).toEqual(['control']);
  });

  test('must not: two reports of one side\'s capture and hold', () => {
    const r = report([{ id: 'a', text: 'Russia\'s defence ministry said on Monday its forces had captured the village of Ostrivske in Ukraine\'s Donetsk region. A Russian military blogger said Russian troops still held the village.', date: '2024-11-18' }]);
    expect(r.conflicts).toEqual([]);
  });
});

describe('counts in one report that names no place', () => {
  const one = (text: string) => report([{ id: 'a', text, date: '2024-06-18' }]);
  test('two sources\' rival counts of the report\'s event conflict, with less confidence', () => {
    const r = one('Militants attacked an army post on Sunday, killing at least 20 soldiers, two security sources told Reuters. The army said seven soldiers were killed.');
    expect(r.conflicts.map((k) => k.kind)).toEqual(['count']);
    expect(r.conflicts[0]!.confidence).toBeLessThan(0.75);
    expect(r.conflicts[0]!.explanation).toContain('same report');
  });

  test.each([
    ['a running total of the war', 'Activists said 27 people were killed in the strike. The war has killed more than 220,000 people, the United Nations said.'],
    ['counts far apart in magnitude', 'Medics said 12 soldiers were killed. Rebels said 400 soldiers were killed.'],
    ['a count added to another', 'Medics said 12 people were killed. Another source said 30 other people were killed.'],
    ['a part of another count', 'Medics said one civilian was among those killed. Activists said eight civilians were killed.'],
    ['a joint toll of dead and wounded', 'Medics said 12 people were killed. Activists said 60 people were killed or wounded.'],
    ['the same source twice', 'The army said seven soldiers were killed. The army said 20 soldiers were killed.'],
    ['a toll that names no one it counts', 'The death toll from the bombing has risen to nine, police said. The ministry said three soldiers were killed in the battle.'],
  ])('must not: %s', (_label, text) => {
    expect(one(text).conflicts).toEqual([]);
  });

  test('must not: counts without a place in different reports', () => {
    expect(pair('The army said seven soldiers were killed.', 'Two security sources said at least 20 soldiers were killed.').conflicts).toEqual([]);
  });

  test('a reply with no place, right after a count of a district, answers it whatever the magnitude', () => {
    const r = one('The NRF said its fighters had killed more than 450 Taliban in Dara district since Thursday. Mujahid dismissed the figure, saying only "a few" Taliban fighters had been killed.');
    expect(r.conflicts.map((k) => k.kind)).toEqual(['count']);
  });

  test.each([
    ['a figure of another day', 'The ministry said on Sunday that 32 people had been killed in Dara district. The WHO said on Monday the fighting had killed at least 47 people.'],
    ['a count of a province', 'The NRF said its fighters had killed more than 450 Taliban in Idlib province. Mujahid said only "a few" Taliban fighters had been killed.'],
    ['a toll that says it changed', 'Medics said 12 people were killed in Dara district. A number of people died of their wounds, bringing the toll to 20, activists said.'],
    ['what a witness saw, in their own words', 'The army said 12 soldiers were killed in Dara district. "The car exploded at the gate. Four soldiers died," a resident said.'],
  ])('must not: %s', (_label, text) => {
    expect(one(text).conflicts.filter((k) => k.kind === 'count')).toEqual([]);
  });

  test('must not: two counts told right after two different places', () => {
    const r = one('Fighting raged in the town of Bulo Jameeco, the army said. Three soldiers were killed, an army officer said. Meanwhile, a car bomb exploded at a checkpoint at the entrance to Balcad, some 30 km (19 miles) north of Mogadishu, police said. Four soldiers died, medics said.');
    expect(r.conflicts.filter((k) => k.kind === 'count')).toEqual([]);
  });

  test.each([
    ['counts of one battle since a day', 'The ministry said GNA forces had killed more than 70 LNA fighters since Thursday. The LNA said 14 LNA soldiers had been killed since the start of the offensive.'],
    ['counts of one battle, of its members by two words', 'The ministry said it had killed 70 LNA fighters in Dara district. The LNA said 14 LNA soldiers had been killed in Dara district.'],
  ])('rival counts: %s', (_label, text) => {
    expect(one(text).conflicts.map((k) => k.kind)).toEqual(['count']);
  });

  test.each([
    ['a war\'s count since a year', 'Medics said 12 people were killed. The monitor said 400 people had been killed since 2011.'],
    ['a count since a campaign began', 'Medics said five people were killed. The ministry said 19 people had been killed since it began its campaign.'],
    ['a running count grown by the next day', 'The ministry said on Sunday that 32 people had been killed since Thursday. The WHO said on Monday that at least 47 people had been killed.'],
  ])('must not: %s', (_label, text) => {
    expect(one(text).conflicts.filter((k) => k.kind === 'count')).toEqual([]);
  });

  test('a running count seven-fold the next day is no growth but a rival figure', () => {
    const r = report([{ id: 'a', text: 'The army said on Tuesday that 13 soldiers had been killed since Monday. Islamic State said on Wednesday it had killed more than 100 soldiers.', date: '2024-06-19' }]);
    expect(r.conflicts.map((k) => k.kind)).toEqual(['count']);
  });

  test('a witness\'s count told in indirect speech is still compared', () => {
    const r = one('The army said two civilians were killed in Dara district. Residents said 30 civilians were killed in Dara district.');
    expect(r.conflicts.map((k) => k.kind)).toEqual(['count']);
  });

  test('two counts told right after one place are rival counts', () => {
    const r = one('Fighting raged in the town of Bulo Jameeco, the army said. Three soldiers were killed, an army officer said. Four soldiers died, medics said.');
    expect(r.conflicts.map((k) => k.kind)).toEqual(['count']);
  });
});

describe('counts of one country\'s forces', () => {
  test('"Indian soldiers" in Pakistan\'s words and "soldiers" in the Indian Army\'s are one country\'s troops', () => {
    const r = report([{ id: 'a', text: 'Pakistan\'s military said its troops had killed between 40 and 50 Indian soldiers in Kupwara district. The Indian Army said one soldier had been killed in Kupwara district.', date: '2025-05-08' }]);
    expect(r.conflicts.map((k) => k.kind)).toEqual(['count']);
  });

  test('must not: one country\'s soldiers and another\'s', () => {
    const r = report([{ id: 'a', text: 'Pakistan\'s military said its troops had killed between 40 and 50 Indian soldiers in Kupwara district. Pakistan\'s foreign ministry said one soldier had been killed in Kupwara district.', date: '2025-05-08' }]);
    expect(r.conflicts.filter((k) => k.kind === 'count')).toEqual([]);
  });
});

describe('a side said to hold a place it is said to have left', () => {
  test('conflicts: "still held" against "had pulled out"', () => {
    const r = pair('Residents said the army garrison had pulled out of Soran.', 'The military insisted it still held Soran.');
    expect(r.conflicts.map((k) => k.kind)).toEqual(['control']);
    expect(r.conflicts[0]!.explanation).toContain('pulled out');
  });

  test.each([
    ['the other side left', 'Residents said the rebels had pulled out of Soran.', 'The military insisted it still held Soran.'],
    ['a capture, then a withdrawal', 'Residents said the army garrison had pulled out of Soran.', 'The military said it had captured Soran.'],
    ['another town', 'Residents said the army garrison had pulled out of Khattab.', 'The military insisted it still held Soran.'],
  ])('must not: %s', (_label, a, b) => {
    expect(pair(a, b).conflicts).toEqual([]);
  });
});

describe('control: a capture against a place not lost', () => {
  test.each([
    ['a capture by no side the text names, against "not lost control"', 'A masked man said the coalition had taken Mirebalais.', 'The police insisted they had not lost control of Mirebalais.'],
    ['a capture against "had not fallen"', 'Rebels said they had seized the town of Saraqeb.', 'The defence ministry insisted Saraqeb had not fallen to the militants.'],
    ['a capture against "never in the hands of" the captor', 'The Islamic State said its fighters had seized the town of Macomia.', 'The defence ministry said Macomia was never in the hands of the terrorists.'],
  ])('%s', (_label, a, b) => {
    expect(pair(a, b).conflicts.map((k) => k.kind)).toEqual(['control']);
  });

  test.each([
    ['an agentless capture against a repulsion', 'A masked man said the coalition had taken Mirebalais.', 'Police said gunmen had entered Mirebalais before police pushed them back.'],
    ['a capture by the holder\'s own side\'s source', 'The police said the town of Mirebalais had been taken back.', 'The police insisted they had not lost control of Mirebalais.'],
    ['a capture against a place no longer in the loser\'s hands', 'The Islamic State said its fighters had seized the town of Macomia.', 'Residents said Macomia was no longer in the hands of the army.'],
    ['a side\'s own "never in the hands of" the other side', 'The defence ministry said its forces still held Macomia.', 'The defence ministry said Macomia was never in the hands of the terrorists.'],
  ])('must not: %s', (_label, a, b) => {
    expect(pair(a, b).conflicts.filter((k) => k.kind === 'control')).toEqual([]);
  });
});

describe('a speaker\'s own side, as the corpus knows it', () => {
  test('"under our control" from a spokesman the report links to a group conflicts with the other side\'s hold', () => {
    const r = pair('The Arakan Army said it had captured the town of Ann. "Ann is now under our control," AA spokesman Khaing Min Naing told the BBC.', 'The junta said Ann remained firmly under the control of the security forces.');
    expect(r.conflicts.some((k) => k.kind === 'control')).toBe(true);
  });

  test('must not: a monitor\'s "their control" takes no side', () => {
    const r = pair('The Observatory said the town of Ann was under their control.', 'The junta said Ann remained firmly under the control of the security forces.');
    expect(r.conflicts).toEqual([]);
  });
});

describe('claims dated by when they were said', () => {
  const cases = (a: string, b: string) => report([{ id: 'a', text: a, date: '2025-01-20' }, { id: 'b', text: b, date: '2025-01-20' }]);
  test('a report posted on Sunday of an attack repelled meets a capture claimed for Saturday', () => {
    const r = cases('The ELN said it had taken control of Campo Dos on Saturday.', 'The 33rd Front said in a video posted on Sunday that it had repelled the ELN attack on Campo Dos.');
    expect(r.claims.find((c) => c.docId === 'b')!.dateKind).toBe('statement');
    expect(r.conflicts.length).toBe(1);
  });

  test('must not: a statement of Saturday says nothing of a capture on Sunday', () => {
    const r = cases('The ELN said it had taken control of Campo Dos on Sunday.', 'The 33rd Front said in a video posted on Saturday that it had repelled the ELN attack on Campo Dos.');
    expect(r.conflicts).toEqual([]);
  });

  test('must not: two events the text dates to different days stay a sequence', () => {
    const r = cases('The ELN said it had taken control of Campo Dos on Saturday.', 'The 33rd Front said it had repelled the ELN attack on Campo Dos on Sunday.');
    expect(r.conflicts).toEqual([]);
  });
});

describe('denials and what they deny', () => {
  test('must not: a denial that shares only its actors with a claim ("the group\'s fighters")', () => {
    const r = pair('The Houthis said the group\'s fighters had killed more than 50 soldiers in Al-Kassara.', 'Saba said the group\'s fighters had consolidated control of Al-Kassara. Government officials dismissed the claim.');
    expect(r.conflicts.filter((k) => k.kind === 'denial' && k.claimIds.some((id) => id.startsWith('a:')))).toEqual([]);
  });
});

describe('civilian harm against a military target', () => {
  const TARGET: [string, string, string][] = [
    ['a toll of civilians against "only military targets"', 'The strike on the market in Yebaba killed 18 civilians, a health official said.', 'The army said its drones hit only military targets in Yebaba.'],
    ['civilian dead against "no indication of civilian casualties"', 'Air strikes on the port of Hodeidah killed six port workers, the health ministry said.', 'US Central Command said its forces struck radar sites in Hodeidah. It said there was no indication of civilian casualties.'],
    ['civilians harmed against a denial that they were hit', 'The rights commission said a drone strike on the market in Yebaba had killed and wounded civilians.', 'The government denied that civilians had been hit in Yebaba.'],
    ['an apartment building struck against "no residential buildings"', 'A Russian drone slammed into an apartment building in Sumy, killing seven people, including two children, the governor said.', 'Russia\'s defence ministry said its drones struck a deployment point in Sumy. It said no residential buildings had been targeted.'],
    ['a monastery bombed against a terrorist camp, named in the other report', 'At least 12 civilians were killed when aircraft bombed a monastery in Ywathit, a monitoring group said.', 'The military said it had struck a "terrorist training camp" in Ywathit.'],
    ['people killed at a petrol station against "only military targets"', 'Thai officials said a Cambodian rocket struck a petrol station in Kantharalak, killing six people.', 'Cambodia\'s defence ministry said its artillery hit only military targets in Kantharalak.'],
    ['civilians killed by a state\'s rockets against its denial that it targeted civilians', 'Thai officials said Cambodian rockets struck a petrol station in Kantharalak, killing eight civilians.', 'Cambodia\'s defence ministry said Cambodia had never targeted civilians in Kantharalak.'],
    ['herders killed against "only the vehicles of the enemy"', 'The rebels said an army air strike on a camp of herders near Ziguey killed nine civilians.', 'The army said the air force had struck only the vehicles of the enemy near Ziguey.'],
  ];
  test.each(TARGET)('%s', (_label, a, b) => {
    const r = pair(a, b);
    expect(r.conflicts.map((k) => k.kind)).toEqual(['target']);
    expect(r.conflicts[0]!.explanation).toMatch(/civilians were harmed.*(?:no civilians were harmed|military target)/);
  });

  test('one report: the toll and the camp "outside the village"', () => {
    const r = report([{ id: 'a', text: 'At least 12 civilians were killed when aircraft bombed a monastery in Ywathit, a monitoring group said. The military said it had struck a "terrorist training camp" outside the village.', date: '2024-03-11' }]);
    expect(r.conflicts.map((k) => k.kind)).toEqual(['target']);
  });

  test('one dispute is reported once, by its most explicit pair', () => {
    const r = pair('A Russian drone slammed into an apartment building in Sumy, killing seven people, the governor said. The mayor said two children were among the dead in Sumy.', 'Russia said it hit only military targets in Sumy. Its defence ministry said its drones struck a deployment point in Sumy. It said no residential buildings had been targeted.');
    const targets = r.conflicts.filter((k) => k.kind === 'target');
    expect(targets).toHaveLength(1);
    // (the explicit "no residential buildings" or "only military targets", not the implicit deployment point)
    expect(targets[0]!.explanation).toMatch(/no civilians were harmed|only military/);
  });

  test('"did not fire at civilian settlements" rules out the civilians a shelling wounded', () => {
    const r = report([{ id: 'a', text: 'Officials said Azerbaijani artillery had shelled residential areas of Stepanakert overnight, wounding four civilians. The ministry said its army did not fire at civilian settlements.', date: '2020-10-12' }]);
    expect(r.conflicts.map((k) => k.kind)).toEqual(['target']);
  });

  test('a rebuttal that names no place answers, in its report, the harm its side is named for', () => {
    const r = report([{ id: 'a', text: 'Karabakh officials said Azerbaijani artillery had shelled residential areas of Stepanakert, wounding four civilians. Officials in Ganja said shelling killed two civilians. The Azerbaijani Defence Ministry said its army was striking only legitimate military targets.', date: '2020-10-12' }]);
    const targets = r.conflicts.filter((k) => k.kind === 'target');
    expect(targets).toHaveLength(1);
    expect(targets[0]!.explanation).toContain('Stepanakert');
  });

  test('must not: a side rebuts no harm it tells of itself, nor harm another striker did', () => {
    const r = report([{ id: 'a', text: 'Azerbaijan\'s prosecutor general said a missile strike on Ganja killed nine civilians. The Azerbaijani Defence Ministry said its army was striking only legitimate military targets.', date: '2020-10-12' }]);
    expect(r.conflicts.filter((k) => k.kind === 'target')).toEqual([]);
  });

  const QUIET_TARGETS: [string, string, string, [string, string]?][] = [
    ['a military target struck with dead beside it', 'Activists said 12 civilians were killed in Talbiseh.', 'The Observatory said rockets struck an arms depot in Talbiseh, killing 40 people.'],
    ['"no soldiers here, only pensioners": no denial of harm', 'The army said its drones struck a deployment point in Sumy.', '"There were no soldiers here, only pensioners," a resident of Sumy said.'],
    ['"no more medicines" at the hospital', 'The army said it struck militant positions in Talbiseh.', 'A doctor in Talbiseh said the hospital has no more medicines.'],
    ['a strike in another town', 'Officials said Houthi shelling killed a child in Taiz.', 'The US military said it hit only military targets in Hodeidah.'],
    ['soldiers killed near a school', 'The army said five soldiers were killed near a school in Morek.', 'Rebels said they struck military positions in Morek.'],
    ['a denial of the attack, not of the harm', 'Volunteers said shelling of the market in Abu Zabad killed 26 civilians.', 'The RSF denied shelling the market in Abu Zabad.'],
    ['a hedged strike', 'Residents said the attack damaged houses and killed two civilians in Tal Abyad.', 'Warplanes thought to be from the coalition struck militant positions in Tal Abyad, a Turkish security source said.'],
    ['strikes on different days', 'A health official said an air strike killed 10 civilians in Yebaba on Monday.', 'The army said it hit only military targets in Yebaba on Friday.', ['2024-09-06', '2024-09-06']],
    ['a third party\'s report of an attack on a base', 'Medics said the strike killed 12 civilians in Wajiroko.', 'Officials said Islamic State-linked fighters attacked a military base in Wajiroko.'],
    ['a running total of the war', 'The army said its jets struck a terrorist camp in Wajiroko.', 'The UN said the conflict has killed about 35,000 civilians in Wajiroko.'],
    ['a denial of excuses that names civilians late', 'Activists said air strikes killed 11 civilians in Raqqa.', 'The coalition rejected any and all excuses used to justify the bombings in Raqqa, stressing that targeting civilians cannot be justified.'],
    ['an attack that did not happen, with no civilians named', 'Officials said shelling killed five civilians in Stepanakert.', 'The ministry said its army did not fire at all on Monday in Stepanakert.'],
    ['a denial of looting civilian property is no denial of civilian harm', 'Medics said Turkish air strikes killed 16 civilians in Afrin.', 'A rebel spokesman denied that his fighters had looted civilian property in Afrin.'],
    ['a denial that names a doer other than the one blamed', 'The ministry accused Thailand of bombing civilian homes in Preah Vihear.', 'A Cambodian spokeswoman denied that Cambodia had targeted civilians in Preah Vihear.'],
    ['a state\'s denial against the harm its own ministry says was done to its people', 'Cambodia\'s defence ministry said eight Cambodian civilians had been killed in Oddar Meanchey.', 'Cambodia\'s defence ministry spokeswoman said Cambodia had never targeted civilians in Oddar Meanchey.'],
    ['a side\'s own strike on soldiers does not rebut harm to its own people', 'The Gaza interior ministry said at least 72 Palestinians had been killed in Shejaiya, most of them civilians.', 'The Qassam Brigades said its fighters had killed more than 30 Israeli soldiers in Shejaiya.'],
    ['a convoy "of vehicles" with hostile words after it is no military target named', 'Medics said an air strike killed 10 civilians in Salamiyah.', 'The army said its air force destroyed a convoy of vehicles armed with machine guns in Salamiyah.'],
    ['a claim of military targets that the clause calls a lie', 'Officials said Indian shelling killed five civilians in Muzaffarabad.', '"The Indian claim that only terrorist camps in Muzaffarabad were hit is a blatant lie," the general said.'],
  ];
  test.each(QUIET_TARGETS)('must not: %s', (_label, a, b, dates) => {
    expect(pair(a, b, dates).conflicts.filter((k) => k.kind === 'target')).toEqual([]);
  });

  test('a denial that points back is left out where the claim it denies is disputed already', () => {
    const r = report([{ id: 'a', text: 'Rebels said they had taken the town of Soran. The defence ministry dismissed the claim. "Soran is under the control of the army," a military spokesman told AFP.', date: '2020-10-11' }]);
    const byId = new Map(r.claims.map((c) => [c.id, c]));
    expect(r.conflicts.length).toBeGreaterThan(0);
    expect(r.conflicts.filter((k) => byId.get(k.claimIds[0])!.text === byId.get(k.claimIds[1])!.text)).toEqual([]);
  });

  test('must not: a denial that points at a claim, against a claim that names the same claim', () => {
    const r = report([{ id: 'a', text: 'Pakistan\'s military rejected the Indian claim. "The Indian claim that only terrorist camps were hit is a blatant lie," Lieutenant General Shahzad said.' }]);
    expect(r.conflicts.filter((k) => k.kind === 'denial')).toEqual([]);
  });

  test('must not: one source that says both', () => {
    const r = report([{ id: 'a', text: 'The ministry said the strike killed 10 civilians in Yebaba. The ministry said it hit only military targets in Yebaba.' }]);
    expect(r.conflicts).toEqual([]);
  });
});

describe('conflicts: must not match', () => {
  test.each(QUIET)('%s', (_label, a, b, dates) => {
    expect(pair(a, b, dates).conflicts).toEqual([]);
  });

  test('a report compared with itself has no conflict', () => {
    const text = 'Rebels captured Morek, the Observatory said. A military source said the fighting in Morek was not yet decided.';
    const r = report([{ id: 'a', text }, { id: 'b', text }]);
    const cross = r.conflicts.filter((k) => k.claimIds[0]!.split(':')[0] !== k.claimIds[1]!.split(':')[0]);
    expect(cross).toEqual([]);
  });
});

describe('revisions', () => {
  test('a monitor raising its own toll the next day is a revision', () => {
    const r = pair('The Observatory said 20 people were killed in Douma on Monday.', 'The Observatory said 35 people were killed in Douma on Monday.', ['2017-03-20', '2017-03-21']);
    expect(r.conflicts).toEqual([]);
    expect(r.revisions).toHaveLength(1);
    expect(r.revisions[0]!.claimIds.map((id) => id.split(':')[0])).toEqual(['a', 'b']);
    expect(r.revisions[0]!.explanation).toMatch(/raised/);
  });

  test('a toll announced as risen revises its source\'s figure of the day before that named no place', () => {
    const r = pair('A drone strike on a nearby market killed at least 18 people, a local health official said.', 'The death toll from a drone strike on a market in the Amhara region has risen to 26, a local health official said.', ['2024-09-03', '2024-09-05']);
    expect(r.conflicts).toEqual([]);
    expect(r.revisions.map((v) => v.explanation)).toEqual([expect.stringMatching(/raised its figure from at least 18 people .* to 26/)]);
  });

  test.each([
    ['a toll not announced as changed, at places of its own', 'A drone strike killed at least 18 people, a local health official said.', 'A shell killed 26 people in Bahir Dar, a local health official said.'],
    ['a toll announced as risen, weeks later', 'A drone strike killed at least 18 people, a local health official said.', 'The death toll has risen to 26, a local health official said.', ['2024-09-03', '2024-10-05'] as [string, string]],
  ])('must not: %s is no revision', (_label, a, b, dates?: [string, string]) => {
    expect(pair(a, b, dates ?? ['2024-09-03', '2024-09-05']).revisions).toEqual([]);
  });

  test('"the death toll rose to 31" revises "at least 20 people", though both can be true', () => {
    const r = pair('Air strikes on a market in Saada killed at least 20 people on Monday, the health ministry said.', 'The death toll from Monday\'s air strikes on a market in Saada rose to 31, the health ministry said.', ['2019-06-10', '2019-06-11']);
    expect(r.conflicts).toEqual([]);
    expect(r.revisions.map((v) => v.explanation)).toEqual([expect.stringMatching(/raised its figure from at least 20 people .* to 31/)]);
  });

  test('a source that says it raised its toll, in the same report, revises its figure', () => {
    const r = report([{ id: 'a', text: 'Strikes killed at least 12 people in Khiam, the health ministry said. By Wednesday, the ministry had raised the toll to 16 dead.', date: '2024-09-24' }]);
    expect(r.conflicts).toEqual([]);
    expect(r.revisions.map((v) => v.explanation)).toEqual([expect.stringMatching(/raised its figure from at least 12 people to 16/)]);
  });

  test('must not: another source raising a toll revises no one else\'s figure', () => {
    const r = report([{ id: 'a', text: 'Strikes killed at least 12 people in Khiam, the health ministry said. State media raised the toll to 16 dead.', date: '2024-09-24' }]);
    expect(r.revisions).toEqual([]);
  });

  test.each([
    ['two sources are no revision', 'The Observatory said 20 people were killed in Douma on Monday.', 'State media said 35 people were killed in Douma on Monday.'],
    ['the same figure is no revision', 'The Observatory said 20 people were killed in Douma on Monday.', 'The Observatory said 20 people were killed in Douma on Monday.'],
    ['another place is no revision', 'The Observatory said 20 people were killed in Douma on Monday.', 'The Observatory said 35 people were killed in Harasta on Monday.'],
  ])('must not: %s', (_label, a, b) => {
    expect(pair(a, b, ['2017-03-20', '2017-03-21']).revisions).toEqual([]);
  });
});

describe('agreements: must match', () => {
  test('syndicated text', () => {
    const r = pair('The areas targeted form part of a region where the government has shored up its rule with support from the Russian Federation and Iran.',
      'The areas targeted form part of the region where the government has shored up its rule with support from Russia and Iran.');
    expect(r.agreements.map((g) => g.kind)).toEqual(['syndication']);
  });

  test('the same source repeating itself', () => {
    const r = pair('A Syrian military source said insurgents had mobilised large numbers for the assault on the town.', 'The military source said the insurgents had mobilised large numbers for the assault.');
    expect(r.agreements.map((g) => g.kind)).toEqual(['repetition']);
  });

  test('independent sources giving the same figure', () => {
    const r = pair('The Observatory said rebels captured Soran, some 20 km north of Hama.', 'A military source said insurgents were attacking Soran, about 20 km north of Hama.');
    expect(r.agreements.map((g) => g.kind)).toEqual(['corroboration']);
    expect(r.agreements[0]!.explanation).toMatch(/Soran about 20 km from Hama/);
  });

  test('two sources named for one account', () => {
    const r = pair('The town was retaken on Sunday, the army and the Observatory said.', 'Jets struck the town.');
    expect(r.agreements.map((g) => g.kind)).toEqual(['corroboration']);
  });
});

describe('agreements by figure and by control', () => {
  const AGREE: [string, string, string][] = [
    ['a monitor\'s "at least 12 civilians" and a resident\'s "12 bodies", one report', 'At least 12 civilians were killed when aircraft bombed a monastery in Ywathit, a monitoring group said. A resident of Ywathit said he had helped bury 12 bodies.', ''],
    ['"at least 20 Wazalendo militia fighters" and "dozens of fighters" in one town', 'M23 said the rebels had killed at least 20 Wazalendo militia fighters in Nzibira.', 'A United Nations official said dozens of fighters had been killed in Nzibira.'],
    ['"about 3,000" and "some 3,000" displaced from one town', 'About 3,000 people have fled Nantlet since Thursday, OCHA said.', 'A local aid group said some 3,000 people had fled Nantlet.'],
    ['two sources that say one side took one village', 'Russia\'s defence ministry said its forces had captured the village of Ostrivske in Ukraine\'s Donetsk region.', 'DeepState said Russian forces had occupied Ostrivske.'],
  ];
  test.each(AGREE)('%s', (_label, a, b) => {
    const r = b ? pair(a, b) : report([{ id: 'a', text: a, date: '2017-03-22' }]);
    expect(r.agreements.map((g) => g.kind)).toEqual(['corroboration']);
  });

  const DISAGREE: [string, string, string][] = [
    ['figures far apart', 'Activists said at least 18 civilians were killed in Yebaba.', 'Fano said more than 40 civilians were killed in Yebaba.'],
    ['a figure outside the vague range', 'Police said at least six people were killed in Balcad.', 'Officials said dozens of people were killed in Balcad.'],
    ['"a number of" is no figure', 'The army said a number of terrorists were killed in Morek.', 'The Observatory said 10 rebels were killed in Morek.'],
    ['people and combatants', 'Medics said 36 people were killed in Zahra.', 'State media said dozens of insurgents were killed in Zahra.'],
    ['small equal counts', 'Medics said two children were killed in Douma.', 'Activists said two people were killed in Douma.'],
    ['one city, no day given', 'Medics said 20 people were killed in Aleppo.', 'Activists said 20 people were killed in Aleppo.'],
    ['two towns', 'M23 said the rebels had killed 20 fighters in Nzibira.', 'A UN official said 20 fighters had been killed in Kibua.'],
    ['two sides taking one village', 'Russia\'s defence ministry said its forces had captured the village of Ostrivske in Ukraine\'s Donetsk region.', 'Ukraine\'s General Staff said its forces had recaptured Ostrivske.'],
    ['a denied capture', 'Russia\'s defence ministry said its forces had captured the village of Ostrivske in Ukraine\'s Donetsk region.', 'Ukraine denied that Russian forces had occupied Ostrivske.'],
  ];
  test.each(DISAGREE)('must not: %s', (_label, a, b) => {
    expect(pair(a, b).agreements.filter((g) => g.kind === 'corroboration')).toEqual([]);
  });
});

describe('confirmation stated by the text', () => {
  test('"confirming rebel accounts" links to a rebel claim about the same place', () => {
    const r = pair('The Observatory said insurgents had captured the town of Morek, confirming rebel accounts.', 'A rebel commander said his fighters had captured Morek.');
    expect(r.claims.find((c) => c.docId === 'a')!.confirms).toBe('rebel accounts');
    expect(r.agreements.map((g) => g.kind)).toEqual(['corroboration']);
  });

  test('must not: a government claim is no rebel account', () => {
    const r = pair('The Observatory said insurgents had captured the town of Morek, confirming rebel accounts.', 'State media said the army shelled Morek.');
    expect(r.agreements).toEqual([]);
  });
});

describe('a source that says the same again in another report', () => {
  test.each([
    ['the same figure in other words', 'The ministry said at least 20 soldiers were killed in Soran.', 'The ministry said 20 soldiers had been killed in the fighting for Soran.'],
    ['the same side holding the same town', 'Rebels said they had captured the town of Soran.', 'Rebels said the town of Soran remained under their control.'],
  ])('is a repetition: %s', (_label, a, b) => {
    expect(pair(a, b).agreements.map((g) => g.kind)).toEqual(['repetition']);
  });

  test('must not: the same source twice in one report is no repetition of two reports', () => {
    const r = report([{ id: 'a', text: 'The ministry said at least 20 soldiers were killed in Soran. The ministry said 20 soldiers had been killed in the fighting for Soran.', date: '2017-03-22' }]);
    expect(r.agreements.filter((g) => g.kind === 'repetition' && g.explanation.includes('says again in'))).toEqual([]);
  });
});

describe('agreements: must not match', () => {
  test.each([
    ['different sources, different claims', 'The Observatory said rebels captured Soran.', 'State media said the army shelled Khattab.'],
    ['the same source, different claims', 'The Observatory said rebels captured Soran.', 'The Observatory said jets bombed a hospital in Idlib.'],
    ['different figures for the same distance', 'The Observatory said rebels captured Soran, some 20 km north of Hama.', 'A military source said insurgents attacked Soran, about 45 km north of Hama.'],
    ['a report its source did not make corroborates nothing', 'Rebels captured the town of Soran on Monday, activists said.', 'The army did not confirm that rebels captured the town of Soran on Monday.'],
    ['a formula of two wars, with no place', 'Moscow said it had hit only military targets.', 'The US military said it hit only military targets.'],
    ['a count without its subject, of others than the other count\'s', 'The military put the number of gunmen killed in Marawi at 31.', 'Militants said they had killed dozens of soldiers in Marawi.'],
  ])('%s', (_label, a, b) => {
    expect(pair(a, b).agreements).toEqual([]);
  });

  test('a count without its subject is no count of others than its claim names', () => {
    const r = report([{ id: 'a', text: 'The military said it had cleared most of Marawi and put the number of gunmen killed at 31. The militants said their fighters had killed dozens of Philippine soldiers.', date: '2017-03-22' }]);
    expect(r.agreements).toEqual([]);
  });

  test('must match: the same words at the same place corroborate', () => {
    const r = pair('Moscow said its jets had hit only military targets and no civilian homes anywhere in Idlib.', 'The US military said its jets hit only military targets in Idlib.');
    expect(r.agreements.map((a) => a.kind)).toEqual(['corroboration']);
  });
});
