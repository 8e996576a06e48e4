// Coreference of sources within a document and canonical sources across documents.
import { describe, expect, test } from 'vitest';
import { compareClaims } from '../src/index.js';
import { attributed, report } from './helpers.js';

const ids = (text: string) => attributed(text).map((c) => c.source!.id);

describe('coreference: must match', () => {
  test.each([
    ['a partial name before the full one', 'Abdel Rahman said the toll would rise. Earlier, Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said 10 people had died.'],
    ['"the source" after "a military source"', 'A military source said the road was cut. The source added that troops were advancing.'],
    ['"he" after a named officer', 'Colonel Ali Khalil said the attack had failed. He said two tanks were destroyed.'],
    ['a surname in another transliteration', 'Volodymyr Zelenskiy said the line held. Zelensky added that reinforcements were arriving.'],
    ['a definite descriptor with fewer words', 'An FSA rebel commander said the offensive had begun. The FSA commander said it would last weeks.'],
    ['"the group" after a named group', 'Jaish al-Islam said it had repelled the attack. The group said 15 attackers were killed.'],
    ['"she" after a woman named before a man', 'Olena Kovalenko said the shelling had stopped. Colonel Ivan Petrenko met her later. She said the road was open.'],
    ['"the group" in a relative clause after the group that claimed the attack', 'The strikes came after the Houthis claimed a drone attack on a tanker, which the group said was linked to Israel.'],
    ['"the sources" after "two security sources"', 'Two security sources said the post had fallen. The attack began at dawn, the sources said.'],
    ['"she" after a spokeswoman', 'A ministry spokeswoman said the shelling had stopped. The governor visited the town. She said the road was open.'],
  ])('%s', (_label, text) => {
    const found = ids(text);
    expect(found).toHaveLength(2);
    expect(new Set(found).size).toBe(1);
  });

  test('a spokesman speaks for his organisation', () => {
    const c = attributed('Wael Ahmad, a spokesman for Jaish al-Islam, said the road was open.')[0]!;
    expect(c.source!.canonical).toBe('Jaish al-Islam');
    expect(c.source!.name).toBe('Wael Ahmad');
  });

  test('"he" is a person named in a sentence that attributes nothing', () => {
    const [c] = attributed('Foreign Minister Sergei Lavrov met his Turkish counterpart on Monday. He said the talks were useful.');
    expect(c!.source!.name).toBe('Sergei Lavrov');
    expect(c!.source!.type).toBe('government');
  });

  test.each([
    ['a name that modifies a noun after a determiner is no person', 'Foreign Minister Sergei Lavrov opened the Ivan Petrov wing of the embassy. He said the talks were useful.', 'Sergei Lavrov'],
    ['must not: a name before a verb the tagger reads as a noun is still a person', 'Foreign Minister Sergei Lavrov shares the view of his Turkish counterpart. He said the talks were useful.', 'Sergei Lavrov'],
  ])('"he" after a name that modifies a noun: %s', (_label, text, name) => {
    expect(attributed(text).map((c) => c.source!.name)).toEqual([name]);
  });

  test('a person named where nothing is attributed keeps the asides that say who they are', () => {
    const [c] = attributed('Natalia Kravets, 63, who lives on the ground floor, disputed that account. “The drone hit the building,” Kravets told the AP.');
    expect(c!.source!.canonical).toBe('Natalia Kravets');
    expect(c!.source!.type).toBe('witness');
  });

  test('must not: an aside that says nothing of who they are leaves the type', () => {
    const [c] = attributed('Natalia Kravets, in a long interview, disputed that account. “The drone hit the building,” Kravets told the AP.');
    expect(c!.source!.type).toBe('other');
  });

  test('a given name a user adds tells the sex of another region\'s names', () => {
    const text = 'Qzlat Qwert said the shelling had stopped. She said the road was open.';
    const names = (options?: Parameters<typeof compareClaims>[1]) => compareClaims([text], options).claims.filter((c) => c.source).map((c) => c.source!.name);
    expect(names()).toEqual(['Qzlat Qwert', 'Qzlat Qwert']);
    expect(names({ lexicon: { givenNames: { Qzlat: 'male' } } })).toEqual(['Qzlat Qwert', 'She']);
  });

  test('a pronoun is reported as the name it resolves to', () => {
    const c = attributed('Colonel Ali Khalil said the attack had failed. He said two tanks were destroyed.')[1]!;
    expect(c.source!.name).toBe('Ali Khalil');
  });
});

describe('coreference: must not match', () => {
  test.each([
    ['"he" is not state media', 'State media said the road was open. He said it was closed.'],
    ['two different descriptors', 'A military source said the road was cut. A rebel commander said the road was open.'],
    ['"the source" is not an organisation', 'The Observatory said the road was cut. The source said the road was open.'],
    ['"she" is not a man named just before', 'Colonel Ivan Petrenko said the shelling had stopped. She said the road was open.'],
    ['the fighters of two groups are two sources', 'Jaish al-Islam fighters said the road was cut. Faylaq al-Rahman fighters said the road was open.'],
    ['"he" is not "Mrs." anyone', 'Mrs. Kovalenko said the shelling had stopped. He said the road was open.'],
    ['"the sources" are not "two security officials"', 'Two security officials said the post had fallen. The attack began at dawn, the sources said.'],
  ])('%s', (_label, text) => {
    const found = ids(text);
    expect(new Set(found).size).toBe(found.length);
  });
});

describe('canonical sources across documents', () => {
  const sourceIds = (a: string, b: string) => report([{ id: 'a', text: a }, { id: 'b', text: b }]).claims.filter((c) => c.source).map((c) => c.source!.id);

  test.each([
    ['an unqualified descriptor joins the one qualified one', 'A Syrian military source said the road was cut.', 'The military source said troops were advancing.'],
    ['the same organisation by two names', 'The Syrian Observatory for Human Rights said 12 died.', 'SOHR said the toll rose.'],
    ['a partial name joins the full name in another report', 'Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said 12 died.', 'Abdel Rahman said the toll rose.'],
    ['a generic name joins the named organisation', 'The Syrian Observatory for Human Rights said 12 died.', 'The observatory said the toll rose.'],
    ['a transliteration variant', 'Faylaq al-Rahman said it held the line.', 'Failaq al Rahman said the line held.'],
    ['a group and its fighters', 'M23 rebels said they had captured Sake.', 'M23 spokesman Lawrence Kanyuka said Sake was under their control.'],
    ['a country\'s possessive and the demonym of the named body', 'Russia\'s Defence Ministry said its forces took the village.', 'The Russian Defense Ministry said troops took the village.'],
    ['transliterations of one name', 'President Volodymyr Zelenskiy said the line held.', 'President Volodymyr Zelenskyy said the army held its positions.'],
  ])('must match: %s', (_label, a, b) => {
    const found = sourceIds(a, b);
    expect(found).toHaveLength(2);
    expect(found[0]).toBe(found[1]);
  });

  test.each([
    ['its members called fighters, the acronym in brackets', 'Fighters of the Coalition of Patriots for Change (CPC) attacked army positions at dawn. The CPC said it had captured Boali.', 'CPC'],
    ['its name before "fighters"', 'FACT fighters entered Nokou on Sunday. FACT said the town of Nokou was calm.', 'FACT'],
    ['an apposition that calls it a rebel group', 'FACT, a rebel group based in Libya, said the camp was calm.', 'FACT'],
    ['its own words of its fighters', 'FACT said its fighters controlled Nokou.', 'FACT'],
    ['its own words of fighters it lost', 'The Kanem Front said it had lost no more than 10 fighters in the fighting.', 'Kanem Front'],
  ])('an organisation the lexicon does not know is an armed group by its report: %s', (_label, text, name) => {
    expect(report([{ id: 'a', text }]).sources.find((s) => s.canonical.toLowerCase() === name.toLowerCase())?.type).toBe('armed-group');
  });

  test.each([
    ['a body whose words tell of soldiers', 'The Kanem Council said 10 soldiers had been killed in Nokou.', 'Kanem Council'],
    ['a body near fighters of another', 'Fighters of the Front entered Nokou. The Kanem Council said the town of Nokou was calm.', 'Kanem Council'],
  ])('must not: %s', (_label, text, name) => {
    const found = report([{ id: 'a', text }]).sources.find((s) => s.canonical.toLowerCase() === name.toLowerCase());
    expect(found).toBeDefined();
    expect(found!.type).not.toBe('armed-group');
  });

  test('an acronym no report spells out joins the one source whose name it abbreviates', () => {
    const r = report([{ id: 'a', text: 'The Eritrean Relief and Refugee Commission said 20,000 people had fled Badme.' }, { id: 'b', text: 'ERREC said the camps were full.' }]);
    expect(new Set(r.claims.map((c) => c.source!.id)).size).toBe(1);
  });

  test('must not: an acronym joins no source whose name it does not abbreviate', () => {
    const r = report([{ id: 'a', text: 'The Eritrean Relief and Refugee Commission said 20,000 people had fled Badme.' }, { id: 'b', text: 'UNHCR said the camps were full.' }]);
    expect(new Set(r.claims.map((c) => c.source!.id)).size).toBe(2);
  });

  test('an unqualified descriptor joins the one qualified one met in a report about the same country', () => {
    const r = report([
      { id: 'a', text: 'Tamil Tiger rebels said the army shelled Puthukudiyiruppu in northern Sri Lanka. Troops advanced on the town of Puthukudiyiruppu, Sri Lanka\'s army said.' },
      { id: 'b', text: 'The rebels said they still held Puthukudiyiruppu in Sri Lanka. Sri Lanka\'s army said Puthukudiyiruppu had fallen.' },
    ]);
    const rebels = r.claims.filter((c) => c.source?.type === 'armed-group').map((c) => c.source!.id);
    expect(new Set(rebels).size).toBe(1);
  });

  test('must not: a descriptor does not join the qualified one of a report about another country', () => {
    const r = report([
      { id: 'a', text: 'Tamil Tiger rebels said the army shelled Puthukudiyiruppu in northern Sri Lanka. Troops advanced on the town of Puthukudiyiruppu, Sri Lanka\'s army said.' },
      { id: 'b', text: 'The rebels accused Ugandan helicopter gunships of bombing Bor in South Sudan. South Sudan\'s army said Bor had fallen. Rebels still held Bor, they said.' },
    ]);
    const inB = r.claims.filter((c) => c.docId === 'b' && c.source?.type === 'armed-group').map((c) => c.source!.canonical);
    expect(inB.length).toBeGreaterThan(0);
    expect(inB).not.toContain('Tamil Tiger rebels');
  });

  test('"it" after a sentence that opens with a body and reports nothing is that body', () => {
    const r = report([{ id: 'a', text: 'The rebel alliance said its fighters had killed 52 soldiers.\n\nMali\'s army gave a far lower toll. In a statement read on state television on Sunday, it said two soldiers had been killed.' }]);
    expect(r.claims.find((c) => c.text.includes('two soldiers'))!.source!.name).toBe('Mali\'s army');
  });

  test('a spokesman for a body his report names by name and by a bare word is the named body', () => {
    const r = report([{ id: 'a', text: 'The Israel Defense Forces said 13 soldiers had been killed. Army spokesman Lieutenant Colonel Avi Shaked said a soldier had died. The army denied that any soldier had been captured.' }]);
    expect(new Set(r.claims.filter((c) => c.source).map((c) => c.source!.canonical))).toEqual(new Set(['Israel Defense Forces']));
  });

  test('a spokesman for a body his report names is that body', () => {
    const r = report([{ id: 'a', text: 'Lt. Col. Jean-Pierre Ilunga, the army\'s spokesman, said the town was calm. The army said patrols had resumed.' }]);
    expect(new Set(r.claims.filter((c) => c.source).map((c) => c.source!.id)).size).toBe(1);
  });

  test('a spokesman "for the alliance" speaks for the organisation an apposition called an alliance', () => {
    const r = report([{ id: 'a', text: 'The Strategic Framework for the Defence of the People of Azawad, an alliance of Tuareg armed groups, said its fighters had killed 52 soldiers. Ahmed Ag Bilal, a spokesman for the alliance, told Reuters that the rebels controlled the town.' }]);
    const spokesman = r.claims.find((c) => c.text.includes('controlled the town'))!.source!;
    expect([spokesman.canonical, spokesman.type]).toEqual(['Strategic Framework for the Defence of the People of Azawad', 'armed-group']);
  });

  test('must not: a spokesman for a body of another kind is not the alliance\'s', () => {
    const r = report([{ id: 'a', text: 'The Strategic Framework for the Defence of the People of Azawad, an alliance of Tuareg armed groups, said its fighters had killed 52 soldiers. Moussa Diarra, a spokesman for the ministry, said the army still held the town.' }]);
    const spokesman = r.claims.find((c) => c.text.includes('still held the town'))!.source!;
    expect(spokesman.canonical).not.toBe('Strategic Framework for the Defence of the People of Azawad');
    expect(spokesman.type).toBe('government');
  });

  test('must not: a spokeswoman of one country is no other country\'s ministry', () => {
    const r = report([{ id: 'a', text: 'Belgian defence ministry spokeswoman Laurence Mortier said the jets were Belgian. Russia\'s defence ministry said the jets were Belgian.' }]);
    expect(new Set(r.claims.filter((c) => c.source).map((c) => c.source!.id)).size).toBe(2);
  });

  test.each([
    ['an honorific without its full stop (British style)', 'Mr Ndoubaye'],
    ['an honorific with its full stop', 'Mr. Ndoubaye'],
  ])('%s and a surname is the person named in full before', (_label, short) => {
    const r = report([{ id: 'a', text: `Government spokesman Serge Ndoubaye said the town was calm. ${short} said Boali was held.` }]);
    expect(r.claims.find((c) => c.text.includes('Boali'))!.source!.canonical).toBe('Serge Ndoubaye');
  });

  test.each([
    ['one word', 'The National Resistance Front (NRF) said its forces held the valley. The NRF confirmed that its spokesman had been killed.', 'spokesman'],
    ['two words', 'Director General Inter Services Public Relations (DG ISPR) Lieutenant General Khurram Shahzad said 31 civilians had been killed. The DG ISPR said India had lost five jets.', 'five jets'],
  ])('an acronym (%s) is the source before whose name it spells', (_label, text, said) => {
    const r = report([{ id: 'a', text }]);
    const ids = new Set(r.claims.filter((c) => c.source).map((c) => c.source!.id));
    expect(ids.size).toBe(1);
    expect(r.claims.some((c) => c.text.includes(said))).toBe(true);
  });

  test('must not: an acronym that spells no name of the report', () => {
    const r = report([{ id: 'a', text: 'The National Resistance Front said its forces held the valley. The MSF said its clinic was closed.' }]);
    expect(new Set(r.claims.filter((c) => c.source).map((c) => c.source!.id)).size).toBe(2);
  });

  test('"the spokesman" is the person named with that role in apposition', () => {
    const r = report([{ id: 'a', text: 'Mustafa al-Gnaidi, spokesman for the Volcano of Anger operation, told Anadolu Agency that government forces had liberated the airport. Government forces also pushed the militias out of the town centre, the spokesman said.' }]);
    const ids = new Set(r.claims.filter((c) => c.source).map((c) => c.source!.id));
    expect(ids.size).toBe(1);
    expect(r.claims[0]!.source!.canonical).toBe('Volcano of Anger');
  });

  test('must not: "the spokesman" is no person named with another role', () => {
    const r = report([{ id: 'a', text: 'Ahmed Saleh, a local farmer, said the town fell. The spokesman said it held.' }]);
    expect(new Set(r.claims.filter((c) => c.source).map((c) => c.source!.id)).size).toBe(2);
  });

  test('"It" after a body described and named is that body', () => {
    const r = report([{ id: 'a', text: 'The UN peacekeeping mission, Minusca, said one of its peacekeepers had been killed. It blamed the CPC for the attack on its troops.' }]);
    expect(r.claims.find((c) => c.text.includes('CPC'))?.source?.canonical).toBe('MINUSCA');
  });

  test('"the man" is the person spoken of last', () => {
    const r = report([{ id: 'a', text: 'A Panjshir resident who reached Kabul told AFP that fighters had set up checkpoints. "There is no food left," said the man, who asked not to be named.' }]);
    expect(r.claims.find((c) => c.text.includes('no food'))!.source!.canonical).toBe('Panjshir resident');
  });

  test('must not: "the woman" is no body spoken of before', () => {
    const r = report([{ id: 'a', text: 'The army said the town was calm. "There is no food left," said the woman.' }]);
    expect(r.claims.find((c) => c.text.includes('no food'))!.source!.canonical).not.toBe('Military');
  });

  test('must not: an honorific and another surname is another person', () => {
    const r = report([{ id: 'a', text: 'Government spokesman Serge Ndoubaye said the town was calm. Mr Touadera said Boali was held.' }]);
    expect(r.claims.find((c) => c.text.includes('Boali'))!.source!.canonical).toBe('Touadera');
  });

  test('a spokesman named with the acronym of an organisation the report quotes speaks for it', () => {
    const r = report([{ id: 'a', text: 'The Arakan Army said it had captured Ann. "Ann is now under our control," AA spokesman Khaing Min Naing told the BBC.' }]);
    expect(new Set(r.claims.filter((c) => c.source).map((c) => c.source!.canonical))).toEqual(new Set(['Arakan Army']));
  });

  test('must not: an acronym that is no organisation\'s of the report', () => {
    const r = report([{ id: 'a', text: 'The Arakan Army said it had captured Ann. "Ann is calm," UN spokesman Jens Laerke told the BBC.' }]);
    expect(r.claims.find((c) => c.text.includes('calm'))!.source!.canonical).not.toBe('Arakan Army');
  });

  test('a spokesman linked to a body in one report is that body\'s in the other', () => {
    const r = report([
      { id: 'a', text: 'Police spokesman Fritz Augustin said the town was calm. Police said patrols had resumed.' },
      { id: 'b', text: 'Fritz Augustin said the station was still in police hands.' },
    ]);
    const ids = new Set(r.claims.filter((c) => c.source).map((c) => c.source!.id));
    expect(ids.size).toBe(1);
  });

  test.each([
    ['two nationalities', 'A Russian military source said the road was cut.', 'A Syrian military source said troops were advancing.'],
    ['two different people', 'Ahmed Khalil said the road was cut.', 'Omar Khalil said troops were advancing.'],
    ['the army of a report about another country', 'Ukraine’s military said fighting was continuing in Bakhmut, Ukraine.', 'In Sudan, the army said the Sudanese capital Khartoum was calm.'],
    ['two given names that are no transliterations of one another', 'Mary Smith said the road was cut.', 'Marie Smith said the road was open.'],
    ['an unqualified descriptor with two candidates', 'A Russian military source said the road was cut. A Syrian military source said it was open.', 'The military source said troops were advancing.'],
  ])('must not match: %s', (_label, a, b) => {
    const found = sourceIds(a, b);
    expect(new Set(found).size).toBe(found.length);
  });
});
