// The lexicons: frozen, without duplicates, and extensible through options.
import { describe, expect, test } from 'vitest';
import { DEFAULT_LEXICON, compareClaims, extendLexicon } from '../src/index.js';
import { abbreviates, phraseKey } from '../src/util/words.js';

const dupes = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);
/** Keys that two different entries share (spelling variants within one entry may fold together). */
const shared = (entries: readonly { name: string; aliases: readonly string[] }[], key: (s: string) => string) => {
  const owner = new Map<string, Set<string>>();
  for (const e of entries) for (const a of [e.name, ...e.aliases]) owner.set(key(a), (owner.get(key(a)) ?? new Set()).add(e.name));
  return [...owner].filter(([, names]) => names.size > 1).map(([k]) => k);
};

describe('lexicon: must hold', () => {
  test('lists are frozen', () => {
    expect(Object.isFrozen(DEFAULT_LEXICON)).toBe(true);
    expect(Object.isFrozen(DEFAULT_LEXICON.cues)).toBe(true);
    expect(Object.isFrozen(DEFAULT_LEXICON.entities[0])).toBe(true);
    expect(() => (DEFAULT_LEXICON.cues as unknown as unknown[]).push({})).toThrow();
  });

  test.each([
    ['cue lemmas', DEFAULT_LEXICON.cues.map((c) => c.lemma)],
    ['descriptor phrases', DEFAULT_LEXICON.descriptors.map((d) => d.phrase)],
  ])('no duplicate %s', (_label, keys) => {
    expect(dupes(keys)).toEqual([]);
  });

  test.each([
    ['organisations', () => shared(DEFAULT_LEXICON.entities, (a) => phraseKey(a).replace(/^the /, ''))],
    ['places', () => shared(DEFAULT_LEXICON.places, phraseKey)],
    ['countries', () => shared(DEFAULT_LEXICON.countries, phraseKey)],
  ])('no name shared by two %s', (_label, find) => {
    expect(find()).toEqual([]);
  });

  test('every partOf and within names an entry', () => {
    const entities = new Set(DEFAULT_LEXICON.entities.map((e) => e.name));
    const places = new Set(DEFAULT_LEXICON.places.map((p) => p.name));
    expect(DEFAULT_LEXICON.entities.filter((e) => e.partOf && !entities.has(e.partOf))).toEqual([]);
    expect(DEFAULT_LEXICON.places.filter((p) => p.within && !places.has(p.within))).toEqual([]);
  });

  test('a caller extends the lexicon for another war', () => {
    const text = 'A Northern Shield spokesman said his fighters had captured Kleshcheevka.';
    const before = compareClaims([text]).claims[0]!;
    const after = compareClaims([text], { lexicon: {
      entities: [{ name: 'Northern Shield Brigade', aliases: ['Northern Shield'], type: 'armed-group', alignment: 'opposition' }],
      places: [{ name: 'Klishchiivka', aliases: ['Kleshcheevka'], kind: 'village', country: 'Ukraine' }],
    } }).claims[0]!;
    expect(after.source?.canonical).toBe('Northern Shield Brigade');
    expect(after.source?.type).toBe('armed-group');
    expect(after.places).toEqual(['Klishchiivka']);
    expect(before.source?.canonical).not.toBe('Northern Shield Brigade');
    expect(before.places).not.toContain('Klishchiivka');
  });

  test('a caller names what an attack hit in another war', () => {
    const docs = [
      { id: 'a', text: 'Farmers said the strike destroyed the grain silo in Kupiansk and killed three farmers.', date: '2024-05-02' },
      { id: 'b', text: 'The ministry said its missiles hit a drone workshop in Kupiansk.', date: '2024-05-02' },
    ];
    const kinds = (r: ReturnType<typeof compareClaims>) => r.conflicts.map((k) => k.kind);
    expect(kinds(compareClaims(docs))).toEqual([]);
    expect(kinds(compareClaims(docs, { lexicon: { targets: { 'drone workshop': 'military-site' } } }))).toEqual(['target']);
  });

  test('an extension replaces a default entry with the same name', () => {
    const lex = extendLexicon({ cues: [{ lemma: 'say', kind: 'speech', hedged: true }] });
    expect(lex.cues.filter((c) => c.lemma === 'say')).toEqual([{ lemma: 'say', kind: 'speech', hedged: true }]);
  });
});

describe('lexicon: must not hold', () => {
  test('the default lexicon is untouched by an extension', () => {
    extendLexicon({ hedges: ['perchance'] });
    expect(DEFAULT_LEXICON.hedges.has('perchance')).toBe(false);
  });
});

describe('an acronym and the name it abbreviates', () => {
  test.each([
    ['ERREC', 'Eritrean Relief and Refugee Commission'],
    ['NRF', 'National Resistance Front'],
    ['SPLA', "Sudan People's Liberation Army"],
  ])('%s abbreviates %s', (acronym, name) => {
    expect(abbreviates(acronym, name)).toBe(true);
  });

  test.each([
    ['UNHCR', 'Eritrean Relief and Refugee Commission'],
    ['NRF', 'National Front'],
    ['CPC', 'Coalition of Patriots'],
  ])('must not: %s abbreviates %s', (acronym, name) => {
    expect(abbreviates(acronym, name)).toBe(false);
  });
});
