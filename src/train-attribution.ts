/**
 * Training the attribution tagger on annotated text (`attribution/tagger.ts`): each example's
 * text is read by the library's own stages, up to the rules' attributions, and the tagger learns
 * the annotated roles from the tokens and from what the rules read.
 * @module
 */
import type { Span } from './types.js';
import { validateDocuments, validateOptions } from './options.js';
import { DEFAULT_LEXICON, extendLexicon, type LexiconExtension } from './lexicon/index.js';
import { compileLexicon } from './lexicon/compile.js';
import { intake } from './intake/index.js';
import { readSentences } from './sentences/index.js';
import { ruleAttributions } from './attribution/index.js';
import { frameRoles, ruleRoles } from './attribution/learned.js';
import { markRoles, tagTokens, tokenFeatures, TaggerWeights, type AttributionModel, type RoleSpan, type TaggerInput } from './attribution/tagger.js';
import { ClaimCheckError } from './errors.js';

/**
 * One annotated text: its attributions, each as the character spans of its source, cue and
 * content (PolNeAR's and PARC's brat annotations read this way; a discontinuous part is one more
 * span).
 * @example
 * const ex: AttributionExample = { text: 'Rebels took Soran, the army said.', attributions: [{ source: [{ start: 20, end: 28 }], cue: [{ start: 29, end: 33 }], content: [{ start: 0, end: 17 }] }] };
 */
export interface AttributionExample {
  readonly text: string;
  readonly attributions: readonly {
    readonly source?: readonly Span[];
    readonly cue?: readonly Span[];
    readonly content?: readonly Span[];
  }[];
}

/**
 * Options of {@link trainAttributionModel}.
 * @example
 * trainAttributionModel(examples, { epochs: 10, onEpoch: (e, n) => console.log(`${e}/${n}`) });
 */
export interface TrainOptions {
  /** Passes over the examples (default 12). */
  readonly epochs?: number;
  /** Features are hashed into 2^bits buckets (default 18: 7 MB of weights). */
  readonly bits?: number;
  /** The lexicon the rules read with while training; use the same one with the model. */
  readonly lexicon?: LexiconExtension;
  /** Called after each pass. */
  readonly onEpoch?: (done: number, total: number) => void;
}

/**
 * Trains an attribution tagger (a greedy averaged perceptron) on annotated examples. The model is
 * plain data; pass it as `lexicon.attributionModel` to read, in the sentences where the rules
 * attribute nothing, the cues, sources and contents the examples taught it. The library ships no
 * trained model: train one on text whose annotations you may use (PolNeAR, PARC 3.0, your own).
 * @example
 * import { compareClaims, trainAttributionModel } from 'claimcheck';
 * const model = trainAttributionModel(examples);
 * compareClaims(docs, { lexicon: { attributionModel: model } });
 */
export function trainAttributionModel(examples: readonly AttributionExample[], options: TrainOptions = {}): AttributionModel {
  checkExamples(examples);
  const epochs = options.epochs ?? 12;
  const bits = options.bits ?? 18;
  if (!Number.isInteger(epochs) || epochs < 1 || epochs > 100) throw new ClaimCheckError('OPTION_TYPE', 'The option `epochs` must be a whole number from 1 to 100.');
  if (!Number.isInteger(bits) || bits < 10 || bits > 24) throw new ClaimCheckError('OPTION_TYPE', 'The option `bits` must be a whole number from 10 to 24.');
  const { lexicon } = validateOptions(options.lexicon ? { lexicon: options.lexicon } : undefined);
  if (lexicon?.attributionModel) throw new ClaimCheckError('OPTION_TYPE', 'Train without `lexicon.attributionModel`: the tagger learns from what the rules alone read.');
  const lex = compileLexicon(lexicon ? extendLexicon(lexicon) : DEFAULT_LEXICON);
  const docs = validateDocuments(examples.map((e, n) => ({ id: `example-${n}`, text: e.text, date: null })));
  const prepared = docs.map((doc, n) => {
    const parsed = readSentences(intake(doc, lex.lexicon));
    const input: TaggerInput = { tokens: parsed.tokens, sentences: parsed.sentences, ruleTags: ruleRoles(parsed, ruleAttributions(parsed, lex).raw), frameTags: frameRoles(parsed, lex) };
    const spans: RoleSpan[] = [];
    for (const role of ['content', 'source', 'cue'] as const) {
      for (const a of examples[n]!.attributions) for (const span of a[role] ?? []) spans.push({ role, span });
    }
    return { input, gold: markRoles(parsed.tokens, spans), features: tokenFeatures(input, lex, bits) };
  });
  const learn = new TaggerWeights(bits);
  let order = prepared.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    // the first third of the passes learns from the gold history (teacher forcing), the rest from
    // the tagger's own, as it will read (a dynamic oracle: after a wrong history, the gold tag's
    // B- form): on PolNeAR dev overlapping F1 rose by 2 points for cue and source, exact by 0 to 1
    learn.explore = e >= Math.floor(epochs / 3);
    // a fixed shuffle per pass, so that a model is the same for the same examples
    order = order.map((i) => [((i + 1) * 2654435761 + e * 40503) % 4294967296, i] as const).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
    for (const i of order) {
      const p = prepared[i]!;
      tagTokens(p.input, p.features, learn.weights, bits, p.gold, learn);
    }
    options.onEpoch?.(e + 1, epochs);
  }
  return learn.average();
}

function checkExamples(examples: readonly AttributionExample[]): void {
  if (!Array.isArray(examples) || !examples.length) throw new ClaimCheckError('EXAMPLES_INVALID', 'trainAttributionModel got no examples.');
  examples.forEach((e, n) => {
    if (typeof e?.text !== 'string' || !Array.isArray(e.attributions)) throw new ClaimCheckError('EXAMPLES_INVALID', `Example ${n} is not { text: string, attributions: [...] }.`);
    for (const a of e.attributions) {
      for (const role of ['source', 'cue', 'content'] as const) {
        for (const s of a?.[role] ?? []) {
          if (!(Number.isInteger(s?.start) && Number.isInteger(s?.end) && s.start >= 0 && s.start <= s.end && s.end <= e.text.length)) {
            throw new ClaimCheckError('EXAMPLES_INVALID', `Example ${n} has a ${role} span outside its text: ${JSON.stringify(s)}.`);
          }
        }
      }
    }
  });
}
