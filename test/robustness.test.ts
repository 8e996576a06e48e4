// Messy and hostile text: every input gives a valid report, with diagnostics where something was
// skipped, and large inputs finish in time that grows linearly.
import { describe, expect, test } from 'vitest';
import { compareClaims, type Report } from '../src/index.js';
import { LIMITS } from '../src/limits.js';
import { ADJUNCT_PARTICIPLES, CONTINUING_PARTICIPLES, CUE_VERBS } from '../src/lexicon/cues.js';

const SENTENCE = 'Rebels captured the town of Morek on Monday, the Observatory said.';

/** A report is valid: ids resolve, spans slice to their text, it is plain JSON, no stage failed. */
function expectValid(r: Report, texts: readonly string[]): void {
  expect(r.diagnostics.filter((d) => d.code === 'stage-failed')).toEqual([]);
  const docIndex = new Map(r.documents.map((d, i) => [d.id, i]));
  const claimIds = new Set(r.claims.map((c) => c.id));
  for (const c of r.claims) expect(texts[docIndex.get(c.docId)!]!.slice(c.span.start, c.span.end)).toBe(c.text);
  for (const k of [...r.conflicts, ...r.agreements]) for (const id of k.claimIds) expect(claimIds.has(id)).toBe(true);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

const codes = (r: Report) => new Set(r.diagnostics.map((d) => d.code));

/** Every cue word and participle at the edges of a document: the first token has nothing before it, the last nothing after. */
const EDGES: string[] = [...new Set([
  ...Object.keys(CONTINUING_PARTICIPLES), ...ADJUNCT_PARTICIPLES,
  ...CUE_VERBS.flatMap((c) => [c.lemma, `${c.lemma}s`, `${c.lemma.replace(/e$/, '')}ing`, `${c.lemma.replace(/e$/, '')}ed`]),
])].flatMap((w) => {
  const W = w[0]!.toUpperCase() + w.slice(1);
  return [W, `${W},`, `${W} witnesses, the monitor said 12 people died.`, `The monitor said 12 died, ${w}`, `“Twelve died,” ${w}`];
});

describe('cue words at the edges of a document', () => {
  test('no stage fails on any of them', () => {
    const failed = EDGES.filter((text) => compareClaims([text]).diagnostics.some((d) => d.code === 'stage-failed'));
    expect(failed).toEqual([]);
  });
});

describe('messy text gives a valid report', () => {
  test.each([
    ['an empty string', ''],
    ['only whitespace', ' \n\t\r\n '],
    ['Windows line endings', `${SENTENCE}\r\n\r\nState media said the army repelled the attack.\r\n`],
    ['unbalanced quotes', '“He said the town fell. ”They fled,“ she said.'],
    ['nested quotes', '“The commander told us ‘hold the line’,” a fighter said.'],
    ['Arabic and Cyrillic', 'قال المرصد السوري إن 20 شخصا قتلوا. В Алеппо продолжались бои, the monitor said.'],
    ['emoji', '🔥 Rebels captured Morek 🔥, activists said 💥.'],
    ['control characters', 'Rebels\u0000 captured\u0007 Morek\u001b, the\u0008 Observatory said.'],
    ['a lone surrogate', 'Rebels \uD800 captured Morek, the Observatory said.'],
  ])('%s', (_label, text) => {
    expectValid(compareClaims([text]), [text]);
  });

  test('HTML markup: tags and scripts are skipped, the prose is read', () => {
    const text = `<html><head><script>var said = "x"; if (a < b) run();</script><style>p{}</style></head><body><p>${SENTENCE}</p></body></html>`;
    const r = compareClaims([text]);
    expectValid(r, [text]);
    expect(codes(r).has('markup')).toBe(true);
    expect(r.claims.some((c) => c.source?.canonical === 'Syrian Observatory for Human Rights')).toBe(true);
    expect(r.claims.some((c) => c.text.includes('var said'))).toBe(false);
  });

  test('a long run without spaces is skipped in linear time, the rest is still read', () => {
    const blob = `data:image/png;base64,${'A'.repeat(100_000)}`;
    const text = `${SENTENCE} ${blob} State media said the army repelled the attack.`;
    const t0 = performance.now();
    const r = compareClaims([text]);
    expect(performance.now() - t0).toBeLessThan(2000);
    expectValid(r, [text]);
    expect(codes(r).has('long-token')).toBe(true);
    expect(r.claims.filter((c) => c.source)).toHaveLength(2);
  });

  test('"a.a.a." with no spaces is skipped too', () => {
    const text = `${'a.'.repeat(50_000)} ${SENTENCE}`;
    const r = compareClaims([text]);
    expect(codes(r).has('long-token')).toBe(true);
    expect(r.claims.some((c) => c.source)).toBe(true);
  });

  test('one sentence repeated 10,000 times is read once', () => {
    const text = Array.from({ length: 10_000 }, () => SENTENCE).join(' ');
    const r = compareClaims([text]);
    expectValid(r, [text]);
    expect(r.claims).toHaveLength(1);
    expect(codes(r).has('repeated-sentence')).toBe(true);
  }, 30_000);

  test('10,000 tiny documents', () => {
    const texts = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? SENTENCE : i % 3 === 1 ? 'The army said the fighting in Morek was not yet decided.' : `Doc ${i}.`));
    const r = compareClaims(texts);
    expectValid(r, texts);
    expect(r.documents).toHaveLength(10_000);
    expect(r.conflicts.length).toBeGreaterThan(0);
  }, 60_000);

  test('a 5 MB document', () => {
    const paragraphs = Array.from({ length: 60_000 }, (_, i) => `Jets struck village number ${i} on Monday, killing ${i % 50} people, activists in area ${i} said.`);
    const big = paragraphs.join('\n');
    expect(big.length).toBeGreaterThan(5_000_000);
    const r = compareClaims([big]);
    expectValid(r, [big]);
    expect(r.claims.length).toBeGreaterThan(40_000);
  }, 120_000);

  test('text past the length limit is left out with a diagnostic', () => {
    const text = `${SENTENCE} ${'x'.repeat(LIMITS.maxDocumentLength)} State media said the army repelled the attack.`;
    const r = compareClaims([text]);
    expect(codes(r).has('truncated')).toBe(true);
    expect(r.claims.some((c) => c.text.includes('repelled'))).toBe(false);
    expect(r.claims.some((c) => c.text.includes('captured'))).toBe(true);
  }, 120_000);
});
