// Invariants, by property: the order of the documents does not change the comparison, spans slice
// to their text, every id a conflict or agreement names exists, the report is plain JSON, and no
// text makes the library throw.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compareClaims, type Report } from '../src/index.js';
import { seedDocs } from './helpers.js';

const SENTENCES = [
  'Rebels captured the town of Morek, the Observatory said.',
  'A military source said the fighting in Morek was not yet decided.',
  'State media said the army repelled an attack on Jobar.',
  'A rebel commander said his fighters advanced into Jobar.',
  'The Observatory said 30 civilians were killed in Douma on Monday.',
  'State media said 4 civilians were killed in Douma on Monday.',
  '“We will not withdraw,” said Ahmed Hamadi, a spokesman for the Free Syrian Army.',
  'Jets struck the market at dawn.',
  'He said the road was open.',
  'Dozens were wounded, according to local residents.',
];

const docArb = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const corpusArb = fc.array(docArb, { minLength: 1, maxLength: 5 }).map((texts) => texts.map((text, i) => ({ id: `d${i}`, text, date: '2017-03-22' })));

const pairs = (r: Report, key: 'conflicts' | 'agreements') => r[key].map((k) => `${k.kind}:${[...k.claimIds].sort().join('+')}`).sort();

describe('properties', () => {
  test('shuffling the documents leaves conflicts and agreements unchanged', () => {
    fc.assert(fc.property(corpusArb, fc.infiniteStream(fc.nat()), (docs, seeds) => {
      const shuffled = [...docs].sort(() => (seeds.next().value % 3) - 1);
      const a = compareClaims(docs);
      const b = compareClaims(shuffled);
      expect(pairs(b, 'conflicts')).toEqual(pairs(a, 'conflicts'));
      expect(pairs(b, 'agreements')).toEqual(pairs(a, 'agreements'));
    }), { numRuns: 60 });
  });

  test('a document compared with a copy of itself adds no conflict between the two', () => {
    fc.assert(fc.property(docArb, (text) => {
      const r = compareClaims([{ id: 'a', text }, { id: 'b', text }]);
      const cross = r.conflicts.filter((k) => k.claimIds[0].split(':')[0] !== k.claimIds[1].split(':')[0]);
      expect(cross).toEqual([]);
    }), { numRuns: 60 });
  });

  test('spans slice to their text, ids resolve, and the report round-trips through JSON', () => {
    fc.assert(fc.property(corpusArb, (docs) => {
      const r = compareClaims(docs);
      const byDoc = new Map(docs.map((d) => [d.id, d.text]));
      const claimIds = new Set(r.claims.map((c) => c.id));
      const sourceIds = new Set(r.sources.map((s) => s.id));
      for (const c of r.claims) {
        const text = byDoc.get(c.docId)!;
        expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
        expect(c.sentence.start <= c.span.start && c.span.end <= c.sentence.end).toBe(true);
        for (const q of c.quantities) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
        if (c.source) expect(sourceIds.has(c.source.id)).toBe(true);
        if (c.cue) expect(text.slice(c.cue.span.start, c.cue.span.end)).toBe(c.cue.text);
      }
      for (const k of [...r.conflicts, ...r.agreements]) for (const id of k.claimIds) expect(claimIds.has(id)).toBe(true);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      expect(compareClaims(docs)).toEqual(r);
    }), { numRuns: 60 });
  });

  test('the seed reports in either order give the same conflicts', () => {
    const docs = seedDocs();
    expect(pairs(compareClaims([...docs].reverse()), 'conflicts')).toEqual(pairs(compareClaims(docs), 'conflicts'));
  });

  test('no text makes it throw', () => {
    const noisy = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(fc.constantFrom(...SENTENCES, '“', '”', '"', ',', ' said', '\n', '(AP)', 'BEIRUT', ' date 2017-03-22 ', '20 km (', ' and that', 'according to'), { maxLength: 30 }).map((p) => p.join(' ')));
    fc.assert(fc.property(fc.array(noisy, { minLength: 1, maxLength: 4 }), (texts) => {
      const r = compareClaims(texts);
      expect(r.diagnostics.filter((d) => d.code === 'stage-failed')).toEqual([]);
      for (const c of r.claims) expect(texts[Number(c.docId.slice(4)) - 1]!.slice(c.span.start, c.span.end)).toBe(c.text);
    }), { numRuns: 200 });
  });
});
