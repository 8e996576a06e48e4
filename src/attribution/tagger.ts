/**
 * A learned attribution tagger: source, cue and content as a tag sequence over the document's
 * tokens (PolNeAR's annotation is univocal, so each token has one role), read by a greedy averaged
 * perceptron (Collins 2002; the tagger of Honnibal's "A good POS tagger in about 200 lines") whose
 * features include the rules' own attributions, so that it learns where the rules stop short.
 * The library ships the tagger, not a trained model: train one with
 * {@link trainAttributionModel} on annotated text you may use, and pass it as
 * `lexicon.attributionModel`.
 * @module
 */
import type { Token } from '../sentences/index.js';
import type { Sentence } from '../sentences/index.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Span } from '../types.js';

/** The tags, in the order of a model's weights. */
export const TAGGER_TAGS = Object.freeze(['O', 'B-S', 'I-S', 'B-C', 'I-C', 'B-Q', 'I-Q'] as const);
const NT = TAGGER_TAGS.length;
const ROLE_OF_TAG = ['', 'S', 'S', 'C', 'C', 'Q', 'Q'] as const;
/** The version of the features: a model trained with other features is refused. */
export const TAGGER_VERSION = 1;

/**
 * A trained attribution model: hashed feature weights, one row of seven tags (none, then begin
 * and inside of source, cue and content) per bucket.
 * Plain data; `attributionModelToBytes` and `attributionModelFromBytes` store and load it.
 * @example
 * const model = trainAttributionModel(examples);
 * compareClaims(docs, { lexicon: { attributionModel: model } });
 */
export interface AttributionModel {
  readonly kind: 'claimcheck-attribution-tagger';
  readonly version: number;
  /** Features are hashed into 2^bits buckets. */
  readonly bits: number;
  readonly weights: Float32Array;
}

/**
 * What the tagger reads of a document: its tokens and sentences, and the role the rules gave each
 * token (a tag index, 0 for none).
 * @example
 * const input: TaggerInput = { tokens, sentences, ruleTags };
 */
export interface TaggerInput {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly ruleTags: Int8Array;
  /** The roles the rules' frames give at verbs outside the lexicon (`frameRoles`). */
  readonly frameTags: Int8Array;
}

/** One role's stretch of tokens, `[first, last)`. */
export interface TaggedSpan {
  readonly role: 'source' | 'cue' | 'content';
  readonly first: number;
  readonly last: number;
}

function hash(s: string, mask: number): number {
  // FNV-1a, 32 bits
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & mask;
}

function shapeOf(text: string): string {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  return 'p';
}

const bucket = (d: number): string => (d < 0 ? 'none' : d <= 3 ? String(d) : d <= 8 ? 'near' : 'far');

/**
 * The fixed features of every token, hashed: the word and its neighbours, their tags, the rules'
 * roles around it, the quotation it stands in, and how far the nearest cue verb of the lexicon is.
 * @example
 * const feats = tokenFeatures(input, lex, 18); // feats[k]: bucket ids of token k
 */
export function tokenFeatures(input: TaggerInput, lex: CompiledLexicon, bits: number): Int32Array[] {
  const { tokens, sentences, ruleTags, frameTags } = input;
  const mask = (1 << bits) - 1;
  const n = tokens.length;
  const sent = new Int32Array(n).fill(-1);
  for (const s of sentences) for (let k = s.first; k < s.last; k++) sent[k] = s.index;
  const cueAt = tokens.map((t) => (t.pos === 'VERB' ? lex.cues.get(t.lemma)?.kind ?? '' : ''));
  const quoted = new Array<boolean>(n);
  let inQuote = false;
  for (let k = 0; k < n; k++) {
    if (tokens[k]!.quote === 'open') inQuote = true;
    quoted[k] = inQuote;
    if (tokens[k]!.quote === 'close') inQuote = false;
  }
  const sentQuote = sentences.map((s) => tokens.slice(s.first, s.last).some((t) => t.quote !== undefined));
  const sentCue = sentences.map((s) => cueAt.slice(s.first, s.last).some(Boolean));
  const out: Int32Array[] = [];
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    const si = sent[k]!;
    const same = (j: number): boolean => j >= 0 && j < n && sent[j] === si;
    const w = (j: number): string => (same(j) ? tokens[j]!.lower : '<s>');
    const p = (j: number): string => (same(j) ? tokens[j]!.pos : '<s>');
    const l = (j: number): string => (same(j) ? tokens[j]!.lemma : '<s>');
    const r = (j: number): string => (same(j) ? TAGGER_TAGS[ruleTags[j]!]! : '<s>');
    const fr = (j: number): string => (same(j) ? TAGGER_TAGS[frameTags[j]!]! : '<s>');
    const f: string[] = [
      'bias', `w=${t.lower}`, `l=${t.lemma}`, `p=${t.pos}`, `s3=${t.lower.slice(-3)}`, `sh=${shapeOf(t.text)}`,
      `w-1=${w(k - 1)}`, `w+1=${w(k + 1)}`, `w-2=${w(k - 2)}`, `w+2=${w(k + 2)}`, `w-3=${w(k - 3)}`, `w+3=${w(k + 3)}`,
      `l-1=${l(k - 1)}`, `l+1=${l(k + 1)}`, `l-2=${l(k - 2)}`, `l+2=${l(k + 2)}`,
      `p-1=${p(k - 1)}`, `p+1=${p(k + 1)}`, `p-2=${p(k - 2)}`, `p+2=${p(k + 2)}`, `p-3=${p(k - 3)}`, `p+3=${p(k + 3)}`,
      `pp=${p(k - 1)}|${t.pos}`, `pn=${t.pos}|${p(k + 1)}`, `ppn=${p(k - 1)}|${t.pos}|${p(k + 1)}`,
      `wp=${t.lower}|${t.pos}`, `lp+1=${t.lemma}|${p(k + 1)}`, `l-1l=${l(k - 1)}|${t.lemma}`, `ll+1=${t.lemma}|${l(k + 1)}`,
      `lw+12=${t.lemma}|${w(k + 1)}|${w(k + 2)}`, `w-21l=${w(k - 2)}|${w(k - 1)}|${t.lemma}`,
      `r=${r(k)}`, `r-1=${r(k - 1)}`, `r+1=${r(k + 1)}`, `rr=${r(k - 1)}|${r(k)}|${r(k + 1)}`, `rl=${r(k)}|${t.lemma}`,
      `q=${quoted[k]}`, `qp=${quoted[k]}|${t.pos}`,
      `fr=${fr(k)}`, `fr-1=${fr(k - 1)}`, `fr+1=${fr(k + 1)}`, `frl=${fr(k)}|${t.lemma}`, `frr=${fr(k)}|${r(k)}`,
    ];
    if (cueAt[k]) f.push(`cue=${cueAt[k]}`);
    // the nearest cue verb before and after in the sentence, and whether a comma stands between
    let before = -1;
    let commaBefore = false;
    for (let j = k - 1; same(j); j--) {
      if (tokens[j]!.text === ',') commaBefore = true;
      if (cueAt[j] || tokens[j]!.lower === 'according') { before = k - j; break; }
    }
    let after = -1;
    let commaAfter = false;
    for (let j = k + 1; same(j); j++) {
      if (tokens[j]!.text === ',') commaAfter = true;
      if (cueAt[j] || tokens[j]!.lower === 'according') { after = j - k; break; }
    }
    f.push(`cb=${bucket(before)}|${commaBefore}`, `ca=${bucket(after)}|${commaAfter}`, `cba=${bucket(before)}|${bucket(after)}`, `cbp=${bucket(before)}|${t.pos}`, `cap=${bucket(after)}|${t.pos}`);
    // a subject before the token in its clause; what follows it ("that", a quotation, a colon)
    let subject = 'none';
    for (let j = k - 1; same(j) && k - j <= 4; j--) {
      const q = tokens[j]!;
      if (q.text === ',') break;
      if (q.pos === 'PROPN' || q.pos === 'PRON' || q.pos === 'NOUN') { subject = q.pos; break; }
    }
    const next = same(k + 1) ? tokens[k + 1]! : null;
    const nextKind = !next ? '<s>' : next.lower === 'that' ? 'that' : next.quote === 'open' ? 'q' : next.text === ':' || next.text === ',' ? next.text : next.pos;
    f.push(`subj=${subject}|${t.pos}`, `subjl=${subject}|${t.lemma}`, `nx=${nextKind}|${t.pos}`, `nxl=${nextKind}|${t.lemma}`);
    if (si >= 0) {
      const s = sentences[si]!;
      const toEnd = s.last - k;
      const fromStart = k - s.first;
      f.push(`sq=${sentQuote[si]}`, `sc=${sentCue[si]}|${t.pos}`, `te=${toEnd <= 2 ? toEnd : toEnd <= 6 ? 'near' : 'far'}`, `fs=${fromStart <= 2 ? fromStart : 'more'}`);
      if (fromStart === 0) f.push('first');
    }
    out.push(Int32Array.from(f, (x) => hash(x, mask)));
  }
  return out;
}

/** The features of the tags before token `k` (the tagger reads left to right). */
function historyFeatures(tokens: readonly Token[], sameSentence: boolean, k: number, prev: number, prev2: number, mask: number): number[] {
  const pt = sameSentence ? TAGGER_TAGS[prev]! : '<s>';
  const pt2 = sameSentence && k > 1 ? TAGGER_TAGS[prev2]! : '<s>';
  const t = tokens[k]!;
  return [`pt=${pt}`, `pt2=${pt2}|${pt}`, `ptw=${pt}|${t.lower}`, `ptp=${pt}|${t.pos}`, `ptq=${pt}|${t.quote ?? ''}`, `ptx=${sameSentence ? 'in' : 'new'}|${TAGGER_TAGS[prev]}`].map((x) => hash(x, mask));
}

/** `I-X` continues an `X` (content may run on into the next sentence). */
function allowedAfter(prev: number, y: number, newSentence: boolean): boolean {
  if (y === 0 || y % 2 === 1) return true;
  return ROLE_OF_TAG[prev] === ROLE_OF_TAG[y] && (!newSentence || ROLE_OF_TAG[y] === 'Q');
}

/**
 * Weights being learned: the current ones, and their running sums for the average (the averaged
 * perceptron's lazy update: a weight's sum catches up only when it changes).
 */
export class TaggerWeights {
  readonly weights: Float32Array;
  private readonly sums: Float32Array;
  private readonly stamps: Int32Array;
  private clock = 0;
  /** Learn from the tagger's own history rather than the gold one. */
  explore = false;

  constructor(readonly bits: number) {
    const size = (1 << bits) * NT;
    this.weights = new Float32Array(size);
    this.sums = new Float32Array(size);
    this.stamps = new Int32Array(size);
  }

  tick(): void {
    this.clock++;
  }

  update(ids: ArrayLike<number>, y: number, delta: number): void {
    for (let i = 0; i < ids.length; i++) {
      const j = ids[i]! * NT + y;
      this.sums[j] = this.sums[j]! + (this.clock - this.stamps[j]!) * this.weights[j]!;
      this.stamps[j] = this.clock;
      this.weights[j] = this.weights[j]! + delta;
    }
  }

  /** The averaged weights, as a model. */
  average(): AttributionModel {
    const out = new Float32Array(this.weights.length);
    const c = Math.max(1, this.clock);
    for (let j = 0; j < out.length; j++) out[j] = (this.sums[j]! + (this.clock - this.stamps[j]!) * this.weights[j]!) / c;
    return { kind: 'claimcheck-attribution-tagger', version: TAGGER_VERSION, bits: this.bits, weights: out };
  }
}

function addScores(weights: Float32Array, ids: ArrayLike<number>, out: Float64Array): void {
  for (let i = 0; i < ids.length; i++) {
    const base = ids[i]! * NT;
    for (let y = 0; y < NT; y++) out[y] = out[y]! + weights[base + y]!;
  }
}

/**
 * Tags a document, left to right. With `gold` and `learn`, trains on it instead (the perceptron's
 * update where the best tag is wrong; the history is the gold tags, or with `learn.explore` the
 * tagger's own).
 * @example
 * const tags = tagTokens(input, features, model.weights, model.bits);
 */
export function tagTokens(input: TaggerInput, features: readonly Int32Array[], weights: Float32Array, bits: number, gold?: Int8Array, learn?: TaggerWeights): Int8Array {
  const { tokens, sentences } = input;
  const mask = (1 << bits) - 1;
  const sent = new Int32Array(tokens.length).fill(-1);
  for (const s of sentences) for (let k = s.first; k < s.last; k++) sent[k] = s.index;
  const out = new Int8Array(tokens.length);
  const scores = new Float64Array(NT);
  let prev = 0;
  let prev2 = 0;
  for (let k = 0; k < tokens.length; k++) {
    const sameSentence = k > 0 && sent[k - 1] === sent[k];
    const history = historyFeatures(tokens, sameSentence, k, prev, prev2, mask);
    scores.fill(0);
    addScores(weights, features[k]!, scores);
    addScores(weights, history, scores);
    let best = 0;
    let bestScore = -Infinity;
    for (let y = 0; y < NT; y++) if (scores[y]! > bestScore && allowedAfter(prev, y, !sameSentence)) { bestScore = scores[y]!; best = y; }
    out[k] = best;
    if (gold && learn) {
      learn.tick();
      let g = gold[k]!;
      // the best tag the history allows: after a wrong history an I- tag cannot follow, its B- can
      if (learn.explore && !allowedAfter(prev, g, !sameSentence)) g -= 1;
      if (best !== g) {
        learn.update(features[k]!, g, 1);
        learn.update(features[k]!, best, -1);
        learn.update(history, g, 1);
        learn.update(history, best, -1);
      }
      prev2 = prev;
      prev = learn.explore ? best : g;
    } else {
      prev2 = prev;
      prev = best;
    }
  }
  return out;
}

/**
 * The stretches of each role in a tag sequence.
 * @example
 * taggedSpans(Int8Array.from([1, 2, 3, 5, 6])); // source [0, 2), cue [2, 3), content [3, 5)
 */
export function taggedSpans(tags: Int8Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const name = { S: 'source', C: 'cue', Q: 'content' } as const;
  let start = -1;
  for (let k = 0; k <= tags.length; k++) {
    const y = k < tags.length ? tags[k]! : 0;
    const continues = start >= 0 && y !== 0 && y % 2 === 0 && ROLE_OF_TAG[y] === ROLE_OF_TAG[tags[start]!];
    if (continues) continue;
    if (start >= 0) out.push({ role: name[ROLE_OF_TAG[tags[start]!] as 'S' | 'C' | 'Q'], first: start, last: k });
    start = y === 0 ? -1 : k;
  }
  return out;
}

/**
 * Marks the tokens of each span with a role's tags (`B-` on the first token, `I-` after), in
 * the order given: a later span's role wins where two overlap.
 * @example
 * markRoles(tokens, [{ role: 'cue', span: { start: 6, end: 10 } }]);
 */
export function markRoles(tokens: readonly Token[], spans: readonly { role: 'source' | 'cue' | 'content'; span: Span }[], into = new Int8Array(tokens.length)): Int8Array {
  const begin = { source: 1, cue: 3, content: 5 } as const;
  for (const { role, span } of spans) {
    let first = true;
    for (let k = firstTokenAt(tokens, span.start); k < tokens.length && tokens[k]!.start < span.end; k++) {
      if (tokens[k]!.end > span.end) break;
      into[k] = first ? begin[role] : begin[role] + 1;
      first = false;
    }
  }
  return into;
}

/** The first token that starts at or after `offset` (binary search). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
