// Every ClaimCheckError code, and that messy text never throws.
import { describe, expect, test } from 'vitest';
import { ClaimCheckError, ClaimIndex, ERROR_CODES, compareClaims, compareExtracted, extractClaims, formatReport, trainAttributionModel, attributionModelFromBytes, type ClaimCheckErrorCode } from '../src/index.js';

const call = (docs: unknown, options?: unknown) => () => compareClaims(docs as never, options as never);

const MISUSE: [ClaimCheckErrorCode, () => unknown][] = [
  ['DOCS_NOT_ARRAY', call('one report')],
  ['DOC_INVALID', call([42])],
  ['TEXT_MISSING', call([{ id: 'a' }])],
  ['TEXT_NOT_STRING', call([{ text: 12 }])],
  ['ID_INVALID', call([{ id: '', text: 'x' }])],
  ['DUPLICATE_ID', call([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])],
  ['INVALID_DATE', call([{ text: 'x', date: '2017-02-30' }])],
  ['OPTIONS_INVALID', call(['x'], 'fast')],
  ['UNKNOWN_OPTION', call(['x'], { lexicon: {}, speed: 'fast' })],
  ['OPTION_TYPE', call(['x'], { lexicon: { places: 'Hama' } })],
  ['FORMAT_UNKNOWN', () => formatReport(compareClaims(['x']), 'pdf' as never)],
  ['TOO_MANY_DOCUMENTS', call(new Array(100_001).fill('x'))],
  ['EXTRACTED_INVALID', () => compareExtracted([{ id: 'a', text: 'raw text, not extracted' }] as never)],
  ['EXAMPLES_INVALID', () => trainAttributionModel([])],
  ['MODEL_INVALID', () => attributionModelFromBytes(new Uint8Array(4))],
];

/** The same misuse through the other entry points. */
const ELSEWHERE: [string, ClaimCheckErrorCode, () => unknown][] = [
  ['extractClaims: a number', 'DOC_INVALID', () => extractClaims(42 as never)],
  ['extractClaims: an option it does not take', 'UNKNOWN_OPTION', () => extractClaims('x', { onProgress: () => {} } as never)],
  ['compareExtracted: not an array', 'DOCS_NOT_ARRAY', () => compareExtracted('x' as never)],
  ['compareExtracted: an old schema', 'EXTRACTED_INVALID', () => compareExtracted([{ ...extractClaims('x'), schemaVersion: 0 }] as never)],
  ['compareExtracted: the same document twice', 'DUPLICATE_ID', () => compareExtracted([extractClaims('x'), extractClaims('y')])],
  ['ClaimIndex: an id it already holds', 'DUPLICATE_ID', () => { const i = new ClaimIndex(); i.add([{ id: 'a', text: 'x' }]); i.add([{ id: 'a', text: 'y' }]); }],
  ['ClaimIndex: not an array', 'DOCS_NOT_ARRAY', () => new ClaimIndex().add('x' as never)],
  ['a lexicon entry without a field it needs', 'OPTION_TYPE', () => compareClaims(['x'], { lexicon: { places: [{ name: 'Zorvania', kind: 'town', country: 'Syria' }] } } as never)],
  ['ClaimIndex: an unknown option', 'UNKNOWN_OPTION', () => new ClaimIndex({ workers: 2 } as never)],
  ['a given name with no sex', 'OPTION_TYPE', () => compareClaims(['x'], { lexicon: { givenNames: { Olena: 'f' } } } as never)],
  ['a target word of no known class', 'OPTION_TYPE', () => compareClaims(['x'], { lexicon: { targets: { silo: 'farm' } } } as never)],
];

describe('ClaimCheckError: every code', () => {
  test.each(MISUSE)('%s', (code, run) => {
    let error: unknown;
    try { run(); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ClaimCheckError);
    const e = error as ClaimCheckError;
    expect(e.code).toBe(code);
    expect(e.fix).toBe(ERROR_CODES[code]);
    expect(e.message).toContain(e.fix);
  });

  test.each(ELSEWHERE)('%s', (_, code, run) => {
    expect(run).toThrow(expect.objectContaining({ code }));
  });

  test('the table covers every code', () => {
    expect(new Set(MISUSE.map(([c]) => c))).toEqual(new Set(Object.keys(ERROR_CODES)));
  });

  test('an unknown lexicon list is an unknown option', () => {
    expect(call(['x'], { lexicon: { towns: [] } })).toThrow(expect.objectContaining({ code: 'UNKNOWN_OPTION' }));
  });

  test('a "__proto__" key in options reaches no prototype', () => {
    const options = JSON.parse('{"lexicon": {"sides": {"__proto__": "government"}}}');
    compareClaims(['Rebels said so.'], options);
    expect(({} as Record<string, unknown>).government).toBeUndefined();
    expect(call(['x'], JSON.parse('{"__proto__": {"polluted": true}}'))).toThrow(expect.objectContaining({ code: 'UNKNOWN_OPTION' }));
  });
});

describe('valid input that must not throw', () => {
  test.each([
    ['an empty array', []],
    ['an empty text', ['']],
    ['only whitespace', ['   \n\t ']],
    ['a Date object', [{ text: 'Rebels said so.', date: new Date('2017-03-22T10:00:00Z') }]],
    ['an ISO date-time', [{ text: 'Rebels said so.', date: '2017-03-22T10:00:00Z' }]],
    ['a null date', [{ text: 'Rebels said so.', date: null }]],
    ['HTML markup', ['<p>Rebels <b>said</b> "we won".</p><script>alert(1)</script>']],
    ['an unbalanced quote', ['He said “we will fight on.']],
    ['mixed scripts and emoji', ['قال المرصد إن 20 قتلوا. Обстрел продолжался 🔥, the monitor said.']],
    ['control characters', ['Rebels\u0000 said\u0007 the town\u001b fell.']],
  ])('%s', (_label, docs) => {
    const r = compareClaims(docs as never);
    expect(r.schemaVersion).toBe(1);
    expect(r.diagnostics.filter((d) => d.code === 'stage-failed')).toEqual([]);
  });
});
