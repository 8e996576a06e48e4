// The learned attribution tagger: its span reading, its training, and how a model joins the rules.
import { describe, expect, test } from 'vitest';
import { ClaimCheckError, attributionModelFromBytes, attributionModelToBytes, compareClaims, trainAttributionModel, type AttributionExample, type AttributionModel } from '../src/index.js';
import { taggedSpans } from '../src/attribution/tagger.js';
import { frameRoles, isCueShaped } from '../src/attribution/learned.js';
import { lex, stages } from './helpers.js';

/** An example whose roles are found by their words in the text. */
function example(text: string, roles: { source?: string; cue?: string; content?: string }[] = []): AttributionExample {
  const at = (part: string | undefined) => {
    if (!part) return [];
    const start = text.indexOf(part);
    if (start < 0) throw new Error(`"${part}" is not in "${text}"`);
    return [{ start, end: start + part.length }];
  };
  return { text, attributions: roles.map((r) => ({ source: at(r.source), cue: at(r.cue), content: at(r.content) })) };
}

// "opine" and "muse aloud" are outside the default lexicon; "paint" attributes nothing
const PEOPLE = ['Senator Blake', 'The mayor', 'Governor Ortiz', 'The committee chair', 'Judge Amari', 'The union leader'];
const CLAUSES = ['taxes would rise next year', 'the bridge was unsafe', 'the vote was rigged', 'the plan would fail', 'schools must reopen', 'the budget was too small'];
const EXAMPLES: AttributionExample[] = PEOPLE.flatMap((who, i) => [
  example(`${who} opined that ${CLAUSES[i]!}.`, [{ source: who, cue: 'opined', content: CLAUSES[(i)]! }]),
  example(`${who} opined that ${CLAUSES[(i + 1) % 6]!}, and the crowd cheered.`, [{ source: who, cue: 'opined', content: CLAUSES[(i + 1) % 6]! }]),
  example(`${who} painted the fence on Monday.`),
  example(`${who} visited the school after ${CLAUSES[(i + 2) % 6]!.split(' ')[0]} the storm.`),
]);

let trained: AttributionModel | undefined;
const model = (): AttributionModel => (trained ??= trainAttributionModel(EXAMPLES, { bits: 14, epochs: 8 }));
const withModel = (text: string) => compareClaims([text], { lexicon: { attributionModel: model() } }).claims.filter((c) => c.source);
const rulesOnly = (text: string) => compareClaims([text]).claims.filter((c) => c.source);

describe('tagged spans: must match', () => {
  // tags: 0 O, 1 B-S, 2 I-S, 3 B-C, 4 I-C, 5 B-Q, 6 I-Q
  test.each([
    ['source, cue, content', [1, 2, 3, 5, 6], [['source', 0, 2], ['cue', 2, 3], ['content', 3, 5]]],
    ['a B- starts a new span of the same role', [5, 6, 5, 6], [['content', 0, 2], ['content', 2, 4]]],
    ['spans with none between', [0, 3, 4, 0, 1], [['cue', 1, 3], ['source', 4, 5]]],
  ] as const)('%s', (_label, tags, want) => {
    expect(taggedSpans(Int8Array.from(tags)).map((s) => [s.role, s.first, s.last])).toEqual(want);
  });
});

describe('tagged spans: must not match', () => {
  test.each([
    ['no span in O tags', [0, 0, 0]],
    ['an I- of another role does not continue a span', [1, 4]],
  ] as const)('%s', (_label, tags) => {
    const spans = taggedSpans(Int8Array.from(tags));
    expect(spans.every((s) => s.last - s.first === 1)).toBe(true);
  });
});

describe('a trained tagger: must match', () => {
  test('a cue outside the lexicon, learned from examples, attributes a new sentence', () => {
    const [claim] = withModel('Councillor Weber opined that the library would close.');
    expect(claim?.source?.name).toContain('Weber');
    expect(claim?.cue?.text).toBe('opined');
    expect(claim?.text).toContain('the library would close');
  });

  test('a learned cue outside the lexicon attributes a position: no event, so nothing to conflict', () => {
    const [claim] = withModel('Councillor Weber opined that rebels captured Soran.');
    expect(claim?.cue?.text).toBe('opined');
    expect(claim?.event).toBeUndefined();
  });

  test('a learned claim is marked, and raises no conflict with a rule claim that contradicts it', () => {
    const docs = ['Councillor Weber opined that 12 people were killed in Soran on Tuesday.', 'The army denied that 12 people were killed in Soran on Tuesday.'];
    const r = compareClaims(docs.map((text, i) => ({ id: `d${i}`, text, date: '2017-03-22' })), { lexicon: { attributionModel: model() } });
    expect(r.claims.find((c) => c.cue?.text === 'opined')?.cue?.learned).toBe(true);
    expect(r.claims.find((c) => c.cue?.text === 'said')?.cue?.learned).toBeUndefined();
    expect(r.conflicts).toEqual([]);
  });

  test('the rules keep the sentences they read: a model changes none of their claims', () => {
    const text = 'Rebels captured the town of Soran, the Observatory said. The army said it had repelled the attack.';
    const strip = (cs: ReturnType<typeof rulesOnly>) => cs.map((c) => [c.text, c.source?.name, c.cue?.text]);
    expect(strip(withModel(text))).toEqual(strip(rulesOnly(text)));
  });

  test('training is deterministic: the same examples give the same weights', () => {
    const again = trainAttributionModel(EXAMPLES, { bits: 14, epochs: 8 });
    expect(Buffer.from(again.weights.buffer).equals(Buffer.from(model().weights.buffer))).toBe(true);
  });
});

describe('a trained tagger: must not match', () => {
  test.each([
    ['an action it was taught is none', 'Councillor Weber painted the fence on Tuesday.'],
    ['a sentence with no cue', 'Councillor Weber visited the school after the storm.'],
  ])('%s', (_label, text) => {
    expect(withModel(text)).toEqual([]);
  });

  test('without the model the unknown cue attributes nothing (what the model adds)', () => {
    expect(rulesOnly('Councillor Weber opined that the library would close.')).toEqual([]);
  });
});

describe('a trained tagger: misuse throws', () => {
  const code = (f: () => unknown) => { try { f(); } catch (e) { return e instanceof ClaimCheckError ? e.code : 'other'; } return 'none'; };
  test.each([
    ['no examples', () => trainAttributionModel([])],
    ['an example without text', () => trainAttributionModel([{ attributions: [] } as never])],
    ['a span outside its text', () => trainAttributionModel([{ text: 'Short.', attributions: [{ cue: [{ start: 2, end: 40 }] }] }])],
  ])('%s', (_label, f) => {
    expect(code(f)).toBe('EXAMPLES_INVALID');
  });

  test.each([
    ['weights of the wrong size', { kind: 'claimcheck-attribution-tagger', version: 1, bits: 14, weights: new Float32Array(3) }],
    ['not a model', { weights: [] }],
    ['another version of the features', { ...({ kind: 'claimcheck-attribution-tagger', bits: 10, weights: new Float32Array(7 << 10) }), version: 99 }],
  ])('%s', (_label, attributionModel) => {
    expect(code(() => compareClaims(['Text.'], { lexicon: { attributionModel: attributionModel as never } }))).toBe('OPTION_TYPE');
  });
});

describe('frame roles: must match', () => {
  test.each([
    ['a verb outside the lexicon before a clause', 'Senator Blake opined that taxes would rise.', 'opined'],
    ['after its content, inverted', 'Taxes would rise, Senator Blake opined.', 'opined'],
  ])('%s', (_label, text, cue) => {
    const p = stages(text).parsed!;
    const roles = frameRoles(p, lex);
    const k = p.tokens.findIndex((t) => t.text === cue);
    expect(roles[k]).toBe(3);
  });
});

describe('frame roles: must not match', () => {
  test.each([
    ['a lexicon verb is the rules\' own', 'Senator Blake said that taxes would rise.', 'said'],
    ['a noun', 'The opinion of Senator Blake was clear.', 'opinion'],
  ])('%s', (_label, text, word) => {
    const p = stages(text).parsed!;
    const k = p.tokens.findIndex((t) => t.text === word);
    expect(frameRoles(p, lex)[k]).toBe(0);
  });
});

describe('tagged cue shapes', () => {
  const shaped = (text: string, cue: string) => {
    const p = stages(text).parsed!;
    const k = p.tokens.findIndex((t) => t.text === cue.split(' ')[0]);
    const n = cue.split(' ').length;
    return isCueShaped(p.tokens, { role: 'cue', first: k, last: k + n }, k);
  };
  test.each([
    ['a verb', 'The mayor opined that taxes would rise.', 'opined'],
    ['a verb and its preposition', 'The mayor called for calm.', 'called for'],
  ])('must match: %s', (_label, text, cue) => {
    expect(shaped(text, cue)).toBe(true);
  });
  test.each([
    ['a hedge: "said to be"', 'Fighters on tanks, said to be in Soran district, advanced.', 'said'],
    ['a name inside the cue', 'Groups fighting under the Free Syrian Army banner advanced.', 'fighting under the Free'],
  ])('must not match: %s', (_label, text, cue) => {
    expect(shaped(text, cue)).toBe(false);
  });
});

describe('a trained tagger as bytes', () => {
  test('must match: the bytes give the model back, weight for weight', () => {
    const back = attributionModelFromBytes(attributionModelToBytes(model()));
    expect(back.bits).toBe(model().bits);
    expect(Buffer.from(back.weights.buffer).equals(Buffer.from(model().weights.buffer))).toBe(true);
  });

  test.each([
    ['bytes of another kind', () => new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])],
    ['a model cut short', () => attributionModelToBytes(model()).slice(0, 1000)],
  ])('must not match: %s', (_label, bytes) => {
    let code = 'none';
    try { attributionModelFromBytes(bytes()); } catch (e) { code = e instanceof ClaimCheckError ? e.code : 'other'; }
    expect(code).toBe('MODEL_INVALID');
  });
});
