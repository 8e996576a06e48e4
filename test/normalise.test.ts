// Stage 4, normalisation: quantities as intervals with units, dates resolved against the
// publication date, places and actors canonicalised. Phrases are written as reports write them.
import { describe, expect, test } from 'vitest';
import { stages } from './helpers.js';

const quantities = (text: string) => stages(text).normalised!.sentences.flatMap((s) => s.quantities);
const dates = (text: string, date = '2017-03-22') => stages(text, date).normalised!.sentences.flatMap((s) => s.dates);
const places = (text: string) => stages(text).normalised!.sentences.flatMap((s) => s.places).map((p) => p.place?.name);
const actors = (text: string) => stages(text).normalised!.sentences.flatMap((s) => s.actors).map((a) => a.name);

type Q = { text: string; value?: number | null; min?: number | null; max?: number | null; unit?: string | null; approximate?: boolean; measure?: string; subject?: string };

const QUANTITIES: [string, Q][] = [
  ['Clashes killed at least 40 people.', { text: 'at least 40 people', value: 40, min: 40, max: null, unit: null, approximate: false, measure: 'killed', subject: 'people' }],
  ['More than 100 civilians were killed.', { text: 'More than 100 civilians', min: 101, max: null, measure: 'killed', subject: 'civilians' }],
  ['Up to 300 fighters were captured.', { text: 'Up to 300 fighters', min: 0, max: 300, subject: 'fighters' }],
  ['Between 20 and 30 soldiers died in the ambush.', { text: 'Between 20 and 30 soldiers', value: null, min: 20, max: 30, measure: 'killed', subject: 'government forces' }],
  ['The town lies some 15 km north of the city.', { text: 'some 15 km', value: 15, unit: 'km', approximate: true, measure: 'distance' }],
  ['The village is about 8 miles from the border.', { text: 'about 8 miles', value: 12.875, unit: 'km', approximate: true }],
  ['Dozens of people were wounded in the strike.', { text: 'Dozens of people', value: null, min: 12, max: 99, approximate: true, measure: 'wounded' }],
  ['Rebels advanced to within a few kilometres of the base.', { text: 'within a few kilometres', unit: 'km', approximate: true, measure: 'distance' }],
  ['Twenty-six rebels were killed.', { text: 'Twenty-six rebels', value: 26, subject: 'rebels', measure: 'killed' }],
  ['Some 1.5 million people have fled the province.', { text: 'Some 1.5 million people', value: 1500000, approximate: true, measure: 'displaced' }],
  ['Aid reached 3,000 families.', { text: '3,000 families', value: 3000, subject: 'families' }],
  ['Nearly 50 children were among the dead.', { text: 'Nearly 50 children', min: 45, max: 50, approximate: true, subject: 'children' }],
  ['A dozen soldiers were captured.', { text: 'A dozen soldiers', value: 12, subject: 'government forces' }],
  ['Three hundred civilians were evacuated.', { text: 'Three hundred civilians', value: 300, measure: 'evacuated' }],
  ['Tens of thousands of people fled the fighting.', { text: 'Tens of thousands of people', min: 20000, approximate: true }],
  ['The town is 20 km (12 miles) south of the capital.', { text: '20 km (12 miles)', value: 20, unit: 'km', approximate: false }],
  ['The ceasefire will last 48 hours.', { text: '48 hours', value: 48, unit: 'hour', measure: 'duration' }],
  ['The six-year-long war has killed many.', { text: 'six-year-long', value: 6, unit: 'year' }],
  ['Turnout was 40 percent.', { text: '40 percent', value: 40, unit: '%' }],
  ['Shelling began at 5.00 a.m. and lasted hours.', { text: '5.00 a.m.', value: 5, unit: 'clock' }],
  ['The curfew starts at 6.30 p.m. each day.', { text: '6.30 p.m.', value: 18.5, unit: 'clock' }],
  ['The convoy left at 12 a.m. on Sunday.', { text: '12 a.m.', value: 0, unit: 'clock' }],
  ['Several houses were destroyed.', { text: 'Several houses', min: 3, max: 9, approximate: true }],
  ['Fewer than 10 fighters remain.', { text: 'Fewer than 10 fighters', min: 0, max: 9 }],
  ['Jets killed 15 civilians and 4 children on Monday.', { text: '4 children', value: 4, measure: 'killed', subject: 'children' }],
  ['Between 200 and 250 militants were killed, it said.', { text: 'Between 200 and 250 militants', min: 200, max: 250, subject: 'rebels' }],
  ['The strike killed 12 and wounded 30.', { text: '12', value: 12, measure: 'killed' }],
  ['The UN said the death toll had risen to 56.', { text: '56', value: 56, measure: 'killed' }],
  ["The death toll from Monday's air strikes on a market in Saada rose to 31.", { text: '31', value: 31, measure: 'killed' }],
  ['The death toll has risen to nine, police said.', { text: 'nine', value: 9, measure: 'killed' }],
  ["The death toll from a strike on a market in the conflict-hit Amhara region has risen to 26.", { text: '26', value: 26, measure: 'killed' }],
  ['The strike killed 12 and wounded 30 more.', { text: '30', value: 30, measure: 'wounded' }],
  ['At least 12 civilians were killed and 30 wounded in the shelling.', { text: '30 wounded', value: 30, measure: 'wounded' }],
  ['The offensive led to the capture of several buildings.', { text: 'several buildings', measure: 'captured' }],
  ['Strikes killed at least 12 people on Tuesday, including three paramedics.', { text: 'three paramedics', value: 3, measure: 'killed' }],
  ['Seven soldiers and volunteer fighters were killed and 15 were wounded.', { text: 'Seven soldiers', value: 7, measure: 'killed' }],
  ['At least 20 soldiers and members of the auxiliary force were killed.', { text: 'At least 20 soldiers', min: 20, measure: 'killed' }],
  ['A resident said he had helped bury 12 bodies.', { text: '12 bodies', value: 12, measure: 'killed' }],
  ['The group said 21 civilians, including 11 children, were killed.', { text: '21 civilians', value: 21, measure: 'killed' }],
  ['The army said 14 members of the security forces had been killed.', { text: '14 members', value: 14, measure: 'killed', subject: 'government forces' }],
  ['The rebels said more than 200 junta soldiers had been killed.', { text: 'more than 200 junta soldiers', min: 201, measure: 'killed', subject: 'government forces' }],
  ['Police said five members of one family had been killed.', { text: 'five members', value: 5, measure: 'killed', subject: 'members' }],
  ['The General Staff said two of its planes were shot down.', { text: 'two of its planes', value: 2, subject: 'planes' }],
  ['The rebels said two of the group\'s fighters had died.', { text: 'two of the group\'s fighters', value: 2, measure: 'killed', subject: 'fighters' }],
  ['Rudakov said at least 300 bandits were killed in the minefield.', { text: 'at least 300 bandits', min: 300, measure: 'killed', subject: 'rebels' }],
  ['The ministry said 72 had been killed, most of them civilians and 17 of them children.', { text: '17 of them children', value: 17, measure: 'killed', subject: 'children' }],
  ['He said a soldier had died, raising the number of soldiers killed there on Sunday to 14.', { text: '14', value: 14, measure: 'killed', subject: 'government forces' }],
  ['Police said the death toll among civilians rose to 20.', { text: '20', value: 20, measure: 'killed', subject: 'civilians' }],
  ['A health official said the hospital received the bodies of 14 people.', { text: '14 people', value: 14, measure: 'killed' }],
  ['The group said 12 of the group\'s fighters had died.', { text: '12 of the group\'s fighters', value: 12, measure: 'killed', subject: 'fighters' }],
  ['Artillery shelled the town overnight, wounding four civilians.', { text: 'four civilians', value: 4, measure: 'wounded', subject: 'civilians' }],
  ['The military said 11 soldiers and four policemen had also been killed.', { text: '11 soldiers', value: 11, measure: 'killed', subject: 'government forces' }],
  ['Mujahid said only "a few" Taliban fighters had been killed.', { value: null, min: 2, max: 5, measure: 'killed', subject: 'taliban', text: 'a few" Taliban fighters' }],
  ['The group said it had killed "dozens" of soldiers.', { min: 12, measure: 'killed', subject: 'government forces', text: 'dozens" of soldiers' }],
  ['Rebels said 20 Wazalendo militia fighters were killed.', { text: '20 Wazalendo militia fighters', value: 20, subject: 'wazalendo militia fighters' }],
];

/** Counts whose measure is near another measure's word: "wounded" is not "killed". */
const NOT_MEASURED_AS: [string, string, string][] = [
  ['a count of the wounded after one of the dead', 'At least 12 civilians were killed and 30 wounded in the shelling.', '30 wounded'],
  ['the dead before "and wounded"', 'The strike killed 12 and wounded 30.', '30'],
  ['bodies one witness saw', 'A resident said he saw the bodies of several soldiers near the gate.', 'several soldiers'],
  ['a count after the commas of another clause', 'The army said 21 civilians, some of them children, fled before soldiers were killed.', '21 civilians'],
  ['a toll before a verb of its own, then a figure that rises', 'The death toll was disputed as the number of displaced rose to 3,000.', '3,000'],
];

/** Coordinated counts whose verb is the second count's only ("X and at least Y are missing"). */
const NOT_SHARED_VERB: [string, string, string, string][] = [
  ['a second count with its modifier', 'The war caused the death of more than 200000 people and at least 60000 are missing.', 'more than 200000 people', 'missing'],
  ['a second count of the wounded', 'At least 20 people were killed including 13 civilians and more than 30 wounded.', '13 civilians', 'wounded'],
  ['a clause between', 'Six civilians were killed among them 4 children and a woman while eight persons were injured.', '4 children', 'wounded'],
  ['organisations, not the dead', 'Two UN bodies said the convoy was hit.', 'Two UN bodies', 'killed'],
  ['a count and a modified count after "and"', 'Rebels said 12 soldiers and at least 30 civilians were missing.', '12 soldiers', 'missing'],
];

describe('quantities: must match', () => {
  test.each(QUANTITIES)('%s', (sentence, want) => {
    const found = quantities(sentence).find((q) => q.text === want.text);
    expect(found, `got ${JSON.stringify(quantities(sentence).map((q) => q.text))}`).toBeDefined();
    for (const [k, v] of Object.entries(want)) expect(found![k as keyof Q], k).toEqual(v);
    expect(sentence.slice(found!.span.start, found!.span.end)).toBe(found!.text);
  });
});

describe('quantities: measure must not be "killed"', () => {
  test.each(NOT_MEASURED_AS)('%s', (_label, sentence, text) => {
    const found = quantities(sentence).find((q) => q.text === text);
    expect(found).toBeDefined();
    expect(found!.measure).not.toBe('killed');
  });

  test.each([
    ['strikes', 'Five fighters were killed and six wounded in 73 strikes.', '73 strikes'],
    ['drones', 'The air force said it shot down 21 of 30 drones that killed two people.', '30 drones'],
    ['shells', 'Two children were injured by 13 rocket shells.', '13 rocket shells'],
  ])('a count of %s, no people, takes no casualty from its context', (_label, sentence, text) => {
    const found = quantities(sentence).find((q) => q.text === text);
    expect(found, `got ${JSON.stringify(quantities(sentence).map((q) => q.text))}`).toBeDefined();
    expect(found!.measure).toBeUndefined();
  });
});

describe('quantities: a coordinated count must not take the other count\'s verb', () => {
  test.each(NOT_SHARED_VERB)('%s', (_label, sentence, text, measure) => {
    const found = quantities(sentence).find((q) => q.text === text);
    expect(found?.measure).not.toBe(measure);
  });
});

describe('quantities: must not match', () => {
  test.each([
    ['a year', 'The war began in 2011.'],
    ['a day of the month', 'The talks resumed on March 22.'],
    ['a date with a year', 'The attack came on 4 April 2017.'],
    ['an ordinal', 'It was the first attack on the town.'],
    ['a road name', 'Convoys used Route 66 to reach the camp.'],
    ['a resolution number', 'Resolution 2254 calls for talks.'],
    ['a pronoun "one"', 'The attack was coordinated with the one in Damascus.'],
    ['a bare number word after "to" with no verb of a figure', 'The talks were cut to two.'],
    ['a season range', 'The 2012-13 winter was hard.'],
    ['a phone number', 'Call +963 11 2345678 for details.'],
  ])('%s', (_label, sentence) => {
    expect(quantities(sentence)).toEqual([]);
  });

  test('"5 and 6" is two counts, not a range', () => {
    const qs = quantities('Buildings 5 and 6 were hit by shells.');
    expect(qs.some((q) => q.min === 5 && q.max === 6)).toBe(false);
  });

  test('a distance in miles that disagrees is not folded into the kilometres', () => {
    const [q] = quantities('The town is 20 km (40 miles) south of the capital.');
    expect(q!.text).toBe('20 km');
  });
});

describe('dates: must match (publication date Wednesday 2017-03-22)', () => {
  test.each([
    ['Rebels attacked on Tuesday.', '2017-03-21'],
    ['State media said on Wednesday the road was open.', '2017-03-22'],
    ['The town fell on Thursday.', '2017-03-16'],
    ['Jets struck the town yesterday.', '2017-03-21'],
    ['Talks resumed on March 20.', '2017-03-20'],
    ['The siege began on 20 March 2016.', '2016-03-20'],
    ['The siege began on December 30.', '2016-12-30'],
    ['The ceasefire came into force today.', '2017-03-22'],
    ['Troops resumed the advance this morning.', '2017-03-22'],
  ])('%s', (sentence, iso) => {
    expect(dates(sentence).map((d) => d.date)).toContain(iso);
  });

  test('"the previous day" counts back from the day the sentence names', () => {
    expect(dates('Troops regained the area on Monday after rebels took it the previous day.').map((d) => d.date)).toEqual(['2017-03-20', '2017-03-19']);
  });
});

describe('dates: must not match', () => {
  test.each([
    ['a vague period', 'Fighting has intensified in recent weeks.'],
    ['last week', 'The town fell last week.'],
    ['a future weekday', 'Talks will resume next Tuesday.'],
  ])('%s resolves to no day', (_label, sentence) => {
    expect(dates(sentence).every((d) => d.date === null)).toBe(true);
  });

  test('the modal "may" is no month', () => {
    expect(dates('The toll may rise.')).toEqual([]);
  });

  test('without a publication date a weekday resolves to nothing', () => {
    expect(dates('Rebels attacked on Tuesday.', null as never)[0]?.date ?? null).toBeNull();
  });
});

describe('places and actors: must match', () => {
  test.each([
    ['the Syrian capital', 'Shells fell on the Syrian capital.', 'Damascus'],
    ['a transliteration variant', 'Clashes erupted in Qaboun overnight.', 'Qabun'],
    ['another variant', 'Jets struck Raqa on Monday.', 'Raqqa'],
    ['"the capital" in a report about a country', 'Syrian troops shelled the capital, Syrian activists said.', 'Damascus'],
    ['a province', 'The offensive in Hama province continued.', 'Hama province'],
    ['an unknown town the text calls a town', 'Rebels entered the town of Tal Qarmeed.', 'Tal Qarmeed'],
    ['a town of another war, by its former name', 'Russian forces pressed their assault on Artemivsk.', 'Bakhmut'],
    ['a city named before a noun', 'A strike on a Gaza City school killed 18 people.', 'Gaza City'],
    ['an unknown name after "the capture of"', 'The Taliban announced the capture of Panjshir.', 'Panjshir'],
    ['an unknown name after "the centre of"', 'Government forces pushed the militias out of the centre of Qasr Bin Ghashir.', 'Qasr Bin Ghashir'],
    ['an unknown name that a distance and a direction locate', 'A car bomb exploded at the entrance to Balcad, some 30 km (19 miles) north of Mogadishu.', 'Balcad'],
    ['"the capital" of the country whose places the report names, not of a neighbour it names once', 'Families from Nyala and Omdurman fled to Chad as shelling hit the capital, residents said.', 'Khartoum'],
  ])('%s', (_label, sentence, name) => {
    expect(places(sentence)).toContain(name);
  });

  test('"Russian Federation" is the actor Russia', () => {
    expect(actors('Support came from the Russian Federation and Iran.')).toEqual(['Russia', 'Iran']);
  });

  test('"the settlement" is the place the sentence before named', () => {
    const s = stages('Russian troops captured Krasnohorivka, the ministry said. Ukraine said its forces still held the settlement.');
    const claim = s.drafts!.find((c) => c.text.includes('the settlement'))!;
    expect(claim.places).toEqual(['Krasnohorivka']);
  });

  test('"the town" is the place named a town, when the sentence before named two', () => {
    const s = stages('Rebels said they had captured the town of Soran. “Our forces entered Soran and the army retreated towards Hama,” a commander said. The army said the town was still under its control.');
    const claim = s.drafts!.find((c) => c.text.includes('the town was'))!;
    expect(claim.eventPlaces).toEqual(['Soran']);
  });

  test('must not: "the town" stays unresolved when neither of two places was named a town', () => {
    const s = stages('“Our forces entered Soran and the army retreated towards Khattab,” a commander said. The army said the town was still under its control.');
    const claim = s.drafts!.find((c) => c.text.includes('the town was'))!;
    expect(claim.eventPlaces).toEqual([]);
  });

  test('"the port" is the place the report named a port', () => {
    const s = stages('Air strikes hit Yemen\'s Red Sea port of Hodeidah on Sunday, the ministry said. Centcom said its forces had struck radar sites at the port.');
    expect(s.drafts!.find((c) => c.text.includes('at the port'))!.eventPlaces).toEqual(['Hodeidah']);
  });

  test('must not: "the port" is no town named before', () => {
    const s = stages('Rebels attacked Marib on Sunday, the ministry said. Ambrey said a fire was visible at the port.');
    expect(s.drafts!.find((c) => c.text.includes('at the port'))!.eventPlaces).toEqual([]);
  });

  test('a place that opens the sentence, before the report, is where its events are', () => {
    const s = stages('In Hodeidah, the health ministry said air strikes on Sunday had killed six people.');
    expect(s.drafts!.find((c) => c.text.includes('killed six'))!.eventPlaces).toEqual(['Hodeidah']);
  });

  test.each([
    ['the content names its own place', 'In Hodeidah, the health ministry said air strikes on Sanaa had killed six people.', ['Sanaa']],
    ['a country', 'In Yemen, the health ministry said air strikes had killed six people.', []],
    ['"in" that does not open the sentence', 'The health ministry in Hodeidah said air strikes had killed six people.', []],
  ])('must not: the opening place when %s', (_label, text, expected) => {
    expect(stages(text).drafts!.find((c) => c.text.includes('killed six'))!.eventPlaces).toEqual(expected);
  });

  test('"there" is the place the sentence named before', () => {
    const s = stages('The Houthis said they had captured the Al-Kassara area, but government forces said they still held all their positions there.');
    expect(s.drafts!.find((c) => c.text.includes('positions there'))!.eventPlaces).toEqual(['Kassara']);
  });

  test.each([
    ['"there was"', 'Rebels said they had captured Soran. The army said there was no fighting.', 'no fighting'],
    ['"over there"', 'Rebels said they had captured Soran. The army said its troops over there were safe.', 'over there'],
  ])('must not: an existential or idiomatic %s names no place', (_label, text, content) => {
    expect(stages(text).drafts!.find((c) => c.text.includes(content))!.eventPlaces).toEqual([]);
  });

  test('a name before "area" or "village" is a place, and a place it lies west of is a reference', () => {
    const c = stages('The Houthis said they had captured the Al-Kassara area west of the city of Marib.').drafts![0]!;
    expect(c.eventPlaces).toEqual(['Kassara']);
    expect(c.places).toContain('Marib');
  });

  test('must not: a name before "town hall" is no place', () => {
    expect(stages('Trump said at a CNN town hall in Ohio that he would win.').drafts![0]!.places).not.toContain('CNN');
  });

  test('must not: a city that fighting is west of is where the fighting is', () => {
    expect(stages('The army said fighting raged west of Marib.').drafts![0]!.eventPlaces).toContain('Marib');
  });

  test('"both places" is the two places the sentence before named', () => {
    const s = stages('Rebels captured Soran and Khattab, the monitor said. The army said fighting continued in both places.');
    const claims = s.drafts!.filter((c) => c.text.includes('both places'));
    expect(claims[0]!.eventPlaces).toEqual(['Soran', 'Khattab']);
  });
});

describe('places and actors: must not match', () => {
  test.each([
    ['a hyphenated modifier', 'The UK-based monitor said so.'],
    ['a demonym', 'Syrian troops advanced.'],
    ['a person', 'President Bashar al-Assad spoke.'],
    ['"two" without "the"', 'Rebels wanted to link two neighbourhoods they hold.'],
    ['a settlement that is an agreement', 'The two sides reached a settlement on Tuesday.'],
    ['a name and a distance with no direction', 'Officials met Johnson, 30 km away.'],
    ['a country\'s possessive with its apostrophe stripped', 'Air raids hit districts in Syrias east.'],
  ])('%s', (_label, sentence) => {
    expect(places(sentence)).toEqual([]);
  });

  test('"the capital of" a region is not the country\'s capital', () => {
    expect(places('Syrian troops entered Nyala, the capital of South Darfur.')).not.toContain('Damascus');
  });

  test('a place that locates another is a reference, not where the event is', () => {
    const s = stages('Rebels captured Soran, some 20 km north of Hama, the monitor said.');
    const c = s.drafts!.find((d) => d.text.includes('captured'))!;
    expect(c.places).toEqual(['Soran', 'Hama']);
    expect(c.eventPlaces).toEqual(['Soran']);
  });

  test.each([
    ['a name the gazetteer does not know', 'A car bomb exploded at the entrance to Qaryatayn Zgharta, some 30 km (19 miles) north of Hama, police said.'],
    ['a common noun for a site', 'A car bomb exploded at a checkpoint, some 30 km north of Hama, police said.'],
  ])('a distance in apposition to %s measures from a reference', (_label, text) => {
    const c = stages(text).drafts!.find((d) => d.text.includes('exploded'))!;
    expect(c.eventPlaces).not.toContain('Hama');
  });

  test('must not: a place after a comma with no distance or direction is where the event is', () => {
    const c = stages('A car bomb exploded at a checkpoint, in Hama, police said.').drafts!.find((d) => d.text.includes('exploded'))!;
    expect(c.eventPlaces).toContain('Hama');
  });
});

describe('a place a distance and a direction measure from', () => {
  test('is no place of the event, after a front the gazetteer does not know', () => {
    const found = stages('Eritrea said its forces had beaten back an assault on the Tsorona front, some 150 km east of Badme.').normalised!.sentences.flatMap((s) => s.places);
    expect(found.find((p) => p.place?.name === 'Badme')?.reference).toBe(true);
  });

  test('must not: a place the fighting is at, with no comma', () => {
    const found = stages('Officials said fighting raged in Badme on Saturday.').normalised!.sentences.flatMap((s) => s.places);
    expect(found.find((p) => p.place?.name === 'Badme')?.reference).toBe(false);
  });
});

describe('the country a report is about', () => {
  const mainCountry = (text: string) => stages(text).normalised!.mainCountry;
  test.each([
    ['a country of two words', 'Rebels attacked Bor in South Sudan. South Sudanese troops said the town of Bor held.', 'South Sudan'],
    ['a demonym of two words', 'Sri Lankan troops advanced on Puthukudiyiruppu, the Sri Lankan army said.', 'Sri Lanka'],
    ['a country of one word', 'Sudan\'s army said it held El Fasher. Sudanese officials said the RSF attacked.', 'Sudan'],
  ])('%s', (_label, text, country) => {
    expect(mainCountry(text)).toBe(country);
  });

  test('must not: "South Sudan" counts for no "Sudan"', () => {
    expect(mainCountry('Rebels attacked Bor in South Sudan. South Sudanese troops said Bor held.')).not.toBe('Sudan');
  });
});

describe('a spelling near a known place', () => {
  const placeNames = (text: string) => stages(text).normalised!.sentences.flatMap((s) => s.places).map((p) => p.place?.name);
  test('is that place in a report on its country', () => {
    expect(placeNames('Syrian activists said shelling hit Saraqib in Syria on Monday.')).toContain('Saraqeb');
  });

  test('must not: is no place of another country ("Basra" in a report on Iraq is no Syrian "Bosra")', () => {
    expect(placeNames('Iraqi officials said British forces shelled Basra, Iraq\'s second city, on Monday. Iraq said Basra held.')).not.toContain('Bosra');
  });
});
