// The whole report of the seed reports, compared through its text view (golden/seeds.report.txt)
// and checked for what a careful reader finds in them.
import { describe, expect, test } from 'vitest';
import { formatReport } from '../src/index.js';
import { report, seedDocs } from './helpers.js';

describe('the seed reports', () => {
  const r = report(seedDocs());
  const text = (id: string) => r.claims.find((c) => c.id === id)!.text;

  test('the text view matches the golden file', async () => {
    await expect(formatReport(r, 'text')).toMatchFileSnapshot('golden/seeds.report.txt');
  });

  test('the markdown view matches the golden file', async () => {
    await expect(formatReport(r, 'markdown')).toMatchFileSnapshot('golden/seeds.report.md');
  });

  test('both conflicts, explained', () => {
    const found = r.conflicts.map((k) => [k.kind, ...k.claimIds.map(text)].join(' | '));
    expect(found).toHaveLength(2);
    expect(found.some((f) => f.startsWith('control') && f.includes('captured the towns of Soran') && f.includes('not yet decided'))).toBe(true);
    expect(found.some((f) => f.startsWith('outcome') && f.includes('repelled the attack') && f.includes('restored all the points'))).toBe(true);
  });

  test('document dates, dateline and boilerplate', () => {
    expect(r.documents.map((d) => d.date)).toEqual(['2017-03-31', '2017-03-22']);
    expect(r.documents[0]!.agency).toBe('AP');
    expect(r.claims.some((c) => c.text.includes('Indian Express'))).toBe(false);
    expect(r.claims.filter((c) => c.text.includes('purports to show'))).toHaveLength(1);
  });

  test('one canonical source per real source', () => {
    const of = (needle: string) => new Set(r.claims.filter((c) => c.source && c.text.includes(needle)).map((c) => c.source!.id));
    const sohr = new Set([...of('at least 26'), ...of('likely caused'), ...of('captured the towns')]);
    expect(sohr.size).toBe(1);
    const military = new Set([...of('targeting towns'), ...of('not yet decided'), ...of('Reinforcements are now being sent')]);
    expect(military.size).toBe(1);
  });
});
