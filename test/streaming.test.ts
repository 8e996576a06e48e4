// The two halves of compareClaims (extractClaims, compareExtracted) and the incremental ClaimIndex.
import { describe, expect, test } from 'vitest';
import { ClaimIndex, compareClaims, compareExtracted, extractClaims, type Report } from '../src/index.js';
import type { ClaimPair } from './fixtures/claim-pairs.js';
import { acrossDocuments, describeClaimPairs, seedDocs } from './helpers.js';

const json = (r: Report): string => JSON.stringify(r);

describe('extractClaims + compareExtracted', () => {
  test('give what compareClaims gives, through JSON', () => {
    const docs = seedDocs();
    const stored = docs.map((d) => JSON.stringify(extractClaims(d)));
    expect(json(compareExtracted(stored.map((s) => JSON.parse(s))))).toBe(json(compareClaims(docs)));
  });

  test('an extracted document is plain data: JSON keeps all of it', () => {
    const [doc] = seedDocs();
    const extracted = extractClaims(doc!);
    expect(JSON.parse(JSON.stringify(extracted))).toEqual(extracted);
    expect(extracted.drafts.length).toBeGreaterThan(5);
  });

  test('a lexicon extension reaches extraction', () => {
    const lexicon = { places: [{ name: 'Zorvania', aliases: [], kind: 'town' as const, country: 'Syria' }] };
    const text = 'Rebels captured Zorvania on Monday, a monitor said.';
    const places = (x: ReturnType<typeof extractClaims>) => (x.drafts as { places: string[] }[]).flatMap((d) => d.places);
    expect(places(extractClaims(text, { lexicon }))).toContain('Zorvania');
  });
});

/** The first conflict between the two reports when b joins an index that holds a, or 'none'. */
function streamed(p: ClaimPair): string {
  const index = new ClaimIndex();
  index.add([{ id: 'a', ...p.a }]);
  return index.add([{ id: 'b', ...p.b }]).conflicts.find((k) => acrossDocuments(k.claimIds))?.kind ?? 'none';
}

describeClaimPairs('ClaimIndex, the labelled claim pairs one report after the other', streamed);

describe('ClaimIndex', () => {
  test('one batch of every document is compareClaims', () => {
    const docs = seedDocs();
    const index = new ClaimIndex();
    index.add(docs);
    expect(json(index.report())).toBe(json(compareClaims(docs)));
  });

  test('an update holds only findings that involve the batch, each reported once', () => {
    const docs = seedDocs();
    const index = new ClaimIndex();
    const seen = new Set<string>();
    for (const doc of docs) {
      const update = index.add([doc]);
      const mine = new Set(update.claims.map((c) => c.id));
      for (const f of [...update.conflicts, ...update.agreements, ...update.revisions]) {
        expect(f.claimIds.some((id) => mine.has(id))).toBe(true);
        const key = f.claimIds.join('|');
        expect(seen.has(`${'kind' in f ? f.kind : 'revision'}|${key}`)).toBe(false);
        seen.add(`${'kind' in f ? f.kind : 'revision'}|${key}`);
      }
    }
    expect(index.size).toBe(docs.length);
    expect(index.report().conflicts.length).toBe(compareClaims(docs).conflicts.length);
  });

  test('numbers plain texts on from the documents it holds', () => {
    const index = new ClaimIndex();
    index.add(['Rebels said they took the hill.']);
    expect(index.add(['The army said it held the hill.']).claims[0]?.docId).toBe('doc-2');
  });

  test('a document read elsewhere joins through addExtracted', () => {
    const index = new ClaimIndex();
    index.add([{ id: 'a', text: 'Rebels captured Soran on Tuesday, the Syrian Observatory for Human Rights said.', date: '2017-03-22' }]);
    const update = index.addExtracted([extractClaims({ id: 'b', text: 'A Syrian military source said on Tuesday the situation in Soran was not yet decided.', date: '2017-03-22' })]);
    expect(update.conflicts.map((k) => k.kind)).toEqual(['control']);
  });
});
