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
import type { ParsedDoc, Token } from '../sentences/index.js';
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
 * What the tagger reads of a document: its tokens and sentences, the role the rules gave each
 * token, and the role the rules' frames give at verbs outside the lexicon (tag indexes, 0 for none).
 * @example
 * const input: TaggerInput = { tokens, sentences, ruleTags: ruleRoles(doc, raw), frameTags: frameRoles(doc, lex) };
 */
export interface TaggerInput extends Pick<ParsedDoc, 'tokens' | 'sentences'> {
  readonly ruleTags: Int8Array;
  /** The roles the rules' frames give at verbs outside the lexicon (`frameRoles`). */
  readonly frameTags: Int8Array;
}

/**
 * A role over a character span, as the rules read it or an annotation gives it.
 * @example
 * const r: RoleSpan = { role: 'cue', span: { start: 6, end: 10 } };
 */
export interface RoleSpan {
  readonly role: 'source' | 'cue' | 'content';
  readonly span: Span;
}

/** The sentence of each token (-1 outside every sentence). */
function sentenceOfTokens(input: Pick<TaggerInput, 'tokens' | 'sentences'>): Int32Array {
  const sent = new Int32Array(input.tokens.length).fill(-1);
  for (const s of input.sentences) for (let k = s.first; k < s.last; k++) sent[k] = s.index;
  return sent;
}

/** One role's stretch of tokens, `[first, last)`. */
export interface TaggedSpan {
  readonly role: 'source' | 'cue' | 'content';
  readonly first: number;
  readonly last: number;
}

function shapeOf(text: string): string {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  return 'p';
}

const bucket = (d: number): string => (d < 0 ? 'none' : d <= 3 ? String(d) : d <= 8 ? 'near' : 'far');

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over `s`, from the state `h`: hashing parts one after another hashes their concatenation. */
function feed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The state after a feature's name ("w="), computed once. */
const named = (name: string): number => feed(FNV_BASIS, name);
const BAR = '|';

/**
 * The fixed features of every token, hashed: the word and its neighbours, their tags, the rules'
 * roles around it, the quotation it stands in, and how far the nearest cue verb of the lexicon is.
 * Each feature is the hash of a string such as `pp=ADJ|NOUN`, fed part by part (no string is built).
 * @example
 * const feats = tokenFeatures(input, lex, 18); // feats[k]: bucket ids of token k
 */
export function tokenFeatures(input: TaggerInput, lex: CompiledLexicon, bits: number): Int32Array[] {
  const { tokens, sentences, ruleTags, frameTags } = input;
  const mask = (1 << bits) - 1;
  const n = tokens.length;
  const sent = sentenceOfTokens(input);
  const cueAt = tokens.map((t) => (t.pos === 'VERB' ? lex.cues.get(t.lemma)?.kind ?? '' : ''));
  const isCue = (k: number): boolean => cueAt[k] !== '' || tokens[k]!.lower === 'according';
  const quoted = new Array<string>(n);
  let inQuote = false;
  for (let k = 0; k < n; k++) {
    if (tokens[k]!.quote === 'open') inQuote = true;
    quoted[k] = String(inQuote);
    if (tokens[k]!.quote === 'close') inQuote = false;
  }
  // the nearest cue verb before and after each token in its sentence, and whether a comma stands between
  const before = new Int32Array(n).fill(-1);
  const after = new Int32Array(n).fill(-1);
  const commaBefore = new Array<string>(n);
  const commaAfter = new Array<string>(n);
  const sentQuote: string[] = [];
  const sentCue: string[] = [];
  for (const s of sentences) {
    let last = -1;
    let comma = false;
    for (let k = s.first; k < s.last; k++) {
      if (last >= 0) before[k] = k - last;
      commaBefore[k] = String(comma);
      if (isCue(k)) { last = k; comma = false; } else if (tokens[k]!.text === ',') comma = true;
    }
    last = -1;
    comma = false;
    for (let k = s.last - 1; k >= s.first; k--) {
      if (last >= 0) after[k] = last - k;
      commaAfter[k] = String(comma);
      if (isCue(k)) { last = k; comma = false; } else if (tokens[k]!.text === ',') comma = true;
    }
    let hasQuote = false;
    let hasCue = false;
    for (let k = s.first; k < s.last; k++) { if (tokens[k]!.quote !== undefined) hasQuote = true; if (cueAt[k]) hasCue = true; }
    sentQuote[s.index] = String(hasQuote);
    sentCue[s.index] = String(hasCue);
  }
  const out: Int32Array[] = [];
  const ids: number[] = [];
  const f1 = (h: number, a: string): void => { ids.push((feed(h, a) >>> 0) & mask); };
  const f2 = (h: number, a: string, b: string): void => { ids.push((feed(feed(feed(h, a), BAR), b) >>> 0) & mask); };
  const f3 = (h: number, a: string, b: string, c: string): void => { ids.push((feed(feed(feed(feed(feed(h, a), BAR), b), BAR), c) >>> 0) & mask); };
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    const si = sent[k]!;
    const same = (j: number): boolean => j >= 0 && j < n && sent[j] === si;
    const w = (j: number): string => (same(j) ? tokens[j]!.lower : '<s>');
    const p = (j: number): string => (same(j) ? tokens[j]!.pos : '<s>');
    const l = (j: number): string => (same(j) ? tokens[j]!.lemma : '<s>');
    const r = (j: number): string => (same(j) ? TAGGER_TAGS[ruleTags[j]!]! : '<s>');
    const fr = (j: number): string => (same(j) ? TAGGER_TAGS[frameTags[j]!]! : '<s>');
    ids.length = 0;
    ids.push((FEATURE.bias >>> 0) & mask);
    f1(FEATURE.w, t.lower); f1(FEATURE.l, t.lemma); f1(FEATURE.p, t.pos); f1(FEATURE.s3, t.lower.slice(-3)); f1(FEATURE.sh, shapeOf(t.text));
    f1(FEATURE.wm1, w(k - 1)); f1(FEATURE.wp1, w(k + 1)); f1(FEATURE.wm2, w(k - 2)); f1(FEATURE.wp2, w(k + 2)); f1(FEATURE.wm3, w(k - 3)); f1(FEATURE.wp3, w(k + 3));
    f1(FEATURE.lm1, l(k - 1)); f1(FEATURE.lp1, l(k + 1)); f1(FEATURE.lm2, l(k - 2)); f1(FEATURE.lp2, l(k + 2));
    f1(FEATURE.pm1, p(k - 1)); f1(FEATURE.pp1, p(k + 1)); f1(FEATURE.pm2, p(k - 2)); f1(FEATURE.pp2, p(k + 2)); f1(FEATURE.pm3, p(k - 3)); f1(FEATURE.pp3, p(k + 3));
    f2(FEATURE.pp, p(k - 1), t.pos); f2(FEATURE.pn, t.pos, p(k + 1)); f3(FEATURE.ppn, p(k - 1), t.pos, p(k + 1));
    f2(FEATURE.wp, t.lower, t.pos); f2(FEATURE.lpp1, t.lemma, p(k + 1)); f2(FEATURE.lm1l, l(k - 1), t.lemma); f2(FEATURE.llp1, t.lemma, l(k + 1));
    f3(FEATURE.lwp12, t.lemma, w(k + 1), w(k + 2)); f3(FEATURE.wm21l, w(k - 2), w(k - 1), t.lemma);
    f1(FEATURE.r, r(k)); f1(FEATURE.rm1, r(k - 1)); f1(FEATURE.rp1, r(k + 1)); f3(FEATURE.rr, r(k - 1), r(k), r(k + 1)); f2(FEATURE.rl, r(k), t.lemma);
    f1(FEATURE.q, quoted[k]!); f2(FEATURE.qp, quoted[k]!, t.pos);
    f1(FEATURE.fr, fr(k)); f1(FEATURE.frm1, fr(k - 1)); f1(FEATURE.frp1, fr(k + 1)); f2(FEATURE.frl, fr(k), t.lemma); f2(FEATURE.frr, fr(k), r(k));
    if (cueAt[k]) f1(FEATURE.cue, cueAt[k]!);
    if (si >= 0) {
      const b = bucket(before[k]!);
      const a = bucket(after[k]!);
      f2(FEATURE.cb, b, commaBefore[k]!); f2(FEATURE.ca, a, commaAfter[k]!); f2(FEATURE.cba, b, a); f2(FEATURE.cbp, b, t.pos); f2(FEATURE.cap, a, t.pos);
    } else {
      f2(FEATURE.cb, 'none', 'false'); f2(FEATURE.ca, 'none', 'false'); f2(FEATURE.cba, 'none', 'none'); f2(FEATURE.cbp, 'none', t.pos); f2(FEATURE.cap, 'none', t.pos);
    }
    // a subject before the token in its clause; what follows it ("that", a quotation, a colon)
    let subject = 'none';
    for (let j = k - 1; same(j) && k - j <= 4; j--) {
      const q = tokens[j]!;
      if (q.text === ',') break;
      if (q.pos === 'PROPN' || q.pos === 'PRON' || q.pos === 'NOUN') { subject = q.pos; break; }
    }
    const next = same(k + 1) ? tokens[k + 1]! : null;
    const nextKind = !next ? '<s>' : next.lower === 'that' ? 'that' : next.quote === 'open' ? 'q' : next.text === ':' || next.text === ',' ? next.text : next.pos;
    f2(FEATURE.subj, subject, t.pos); f2(FEATURE.subjl, subject, t.lemma); f2(FEATURE.nx, nextKind, t.pos); f2(FEATURE.nxl, nextKind, t.lemma);
    if (si >= 0) {
      const s = sentences[si]!;
      const toEnd = s.last - k;
      const fromStart = k - s.first;
      f1(FEATURE.sq, sentQuote[si]!); f2(FEATURE.sc, sentCue[si]!, t.pos);
      f1(FEATURE.te, toEnd <= 2 ? String(toEnd) : toEnd <= 6 ? 'near' : 'far'); f1(FEATURE.fs, fromStart <= 2 ? String(fromStart) : 'more');
      if (fromStart === 0) ids.push((FEATURE.first >>> 0) & mask);
    }
    out.push(Int32Array.from(ids));
  }
  return out;
}

/** The hash states of the features' names. */
const FEATURE = Object.freeze({
  bias: named('bias'), first: named('first'), w: named('w='), l: named('l='), p: named('p='), s3: named('s3='), sh: named('sh='),
  wm1: named('w-1='), wp1: named('w+1='), wm2: named('w-2='), wp2: named('w+2='), wm3: named('w-3='), wp3: named('w+3='),
  lm1: named('l-1='), lp1: named('l+1='), lm2: named('l-2='), lp2: named('l+2='),
  pm1: named('p-1='), pp1: named('p+1='), pm2: named('p-2='), pp2: named('p+2='), pm3: named('p-3='), pp3: named('p+3='),
  pp: named('pp='), pn: named('pn='), ppn: named('ppn='), wp: named('wp='), lpp1: named('lp+1='), lm1l: named('l-1l='), llp1: named('ll+1='),
  lwp12: named('lw+12='), wm21l: named('w-21l='), r: named('r='), rm1: named('r-1='), rp1: named('r+1='), rr: named('rr='), rl: named('rl='),
  q: named('q='), qp: named('qp='), fr: named('fr='), frm1: named('fr-1='), frp1: named('fr+1='), frl: named('frl='), frr: named('frr='), cue: named('cue='),
  cb: named('cb='), ca: named('ca='), cba: named('cba='), cbp: named('cbp='), cap: named('cap='),
  subj: named('subj='), subjl: named('subjl='), nx: named('nx='), nxl: named('nxl='), sq: named('sq='), sc: named('sc='), te: named('te='), fs: named('fs='),
});

/** The features of the tags before token `k` (the tagger reads left to right), into `ids`. */
function historyFeatures(tokens: readonly Token[], sameSentence: boolean, k: number, prev: number, prev2: number, mask: number, ids: number[]): void {
  const pt = sameSentence ? TAGGER_TAGS[prev]! : '<s>';
  const pt2 = sameSentence && k > 1 ? TAGGER_TAGS[prev2]! : '<s>';
  const t = tokens[k]!;
  const pair = (h: number, a: string, b: string): number => (feed(feed(feed(h, a), BAR), b) >>> 0) & mask;
  ids.length = 0;
  ids.push((feed(HISTORY.pt, pt) >>> 0) & mask, pair(HISTORY.pt2, pt2, pt), pair(HISTORY.ptw, pt, t.lower), pair(HISTORY.ptp, pt, t.pos), pair(HISTORY.ptq, pt, t.quote ?? ''), pair(HISTORY.ptx, sameSentence ? 'in' : 'new', TAGGER_TAGS[prev]!));
}

const HISTORY = Object.freeze({ pt: named('pt='), pt2: named('pt2='), ptw: named('ptw='), ptp: named('ptp='), ptq: named('ptq='), ptx: named('ptx=') });

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
  const { tokens } = input;
  const mask = (1 << bits) - 1;
  const sent = sentenceOfTokens(input);
  const out = new Int8Array(tokens.length);
  const scores = new Float64Array(NT);
  const history: number[] = [];
  let prev = 0;
  let prev2 = 0;
  for (let k = 0; k < tokens.length; k++) {
    const sameSentence = k > 0 && sent[k - 1] === sent[k];
    historyFeatures(tokens, sameSentence, k, prev, prev2, mask, history);
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
export function markRoles(tokens: readonly Token[], spans: readonly RoleSpan[], into = new Int8Array(tokens.length)): Int8Array {
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
