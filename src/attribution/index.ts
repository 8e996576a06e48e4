/**
 * Stage 3, attribution: for each sentence, who says what. Finds cues, reads content and source
 * (`patterns.ts`), continues a speaker across a following quotation, resolves "he", "the source"
 * and partial names (`coreference.ts`), and leaves the report's own voice as a unit with no source.
 * @module
 */
import type { ParsedDoc, Sentence } from '../sentences/index.js';
import type { Span } from '../types.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { attributeAccordingTo, attributeDashSignature, attributeParticiple, attributeSpeakerLabel, attributeVerbCue, type FoundCue, type RawAttribution, type SentenceView } from './patterns.js';
import { typeArmedGroups } from './armed-groups.js';
import { resolveCoreference, type LocalSource } from './coreference.js';
import { ISSUED_TEXTS } from '../lexicon/descriptors.js';
import { namedBodySubject, namedPeople, type SourceMention } from './sources.js';
import { isCloseQuote, isFinal, isOpenQuote } from './tokens.js';
import { addLearnedAttributions } from './learned.js';

export type { LocalSource } from './coreference.js';
export type { SourceMention, SourceProfile, Affiliation } from './sources.js';
export type { FoundCue } from './patterns.js';

/**
 * One stretch of content with its source (none: the report's own voice).
 * @example
 * attribute(parsed, lex).units.filter((u) => u.sources.length > 0);
 */
export interface AttributionUnit {
  readonly sentence: number;
  readonly content: Span;
  readonly cue: FoundCue | null;
  /** Each mention with the local source it resolves to. */
  readonly sources: readonly { readonly mention: SourceMention; readonly local: number }[];
  readonly direct: boolean;
  readonly saidWhen?: Span;
  /** Whose accounts the text says this one confirms. */
  readonly confirms?: Span;
  /** The unit continues the previous sentence's speaker (a second quoted sentence). */
  readonly continued: boolean;
}

/**
 * A document's attributions and the sources they resolve to.
 * @example
 * const { units, sources } = attribute(parsed, lex);
 */
export interface AttributedDoc {
  readonly units: readonly AttributionUnit[];
  readonly sources: readonly LocalSource[];
}

/**
 * Attributes every sentence of a parsed document.
 * @example
 * const { units } = attribute(readSentences(intake(doc, lexicon)), compileLexicon(lexicon));
 * units[0].sources[0].mention.text; // 'Syrian state media'
 */
export function attribute(doc: ParsedDoc, lex: CompiledLexicon): AttributedDoc {
  const { raw, background } = ruleAttributions(doc, lex);
  const model = lex.lexicon.attributionModel;
  if (model) addLearnedAttributions(doc, lex, model, raw);
  return resolveSources(doc, raw, background);
}

/**
 * One sentence's reading: an attribution (or none: the report's own voice) and its content.
 * @example
 * const entry: RawEntry = { sentence: 0, a: null, content: { start: 0, end: 20 }, continued: false };
 */
export interface RawEntry {
  readonly sentence: number;
  readonly a: RawAttribution | null;
  readonly content: Span;
  /** The entry continues the previous sentence's speaker. */
  readonly continued: boolean;
}

/**
 * What the rules read in each sentence (`patterns.ts`), before coreference, and the people named
 * where nothing is attributed, who may be "he" later.
 * @example
 * ruleAttributions(parsed, lex).raw.filter((r) => r.a).length;
 */
export function ruleAttributions(doc: ParsedDoc, lex: CompiledLexicon): { raw: RawEntry[]; background: Map<number, SourceMention[]> } {
  const raw: RawEntry[] = [];
  // people named where nothing is attributed, who may be "he" in a later sentence
  const background = new Map<number, SourceMention[]>();
  let previous: { sentence: Sentence; a: RawAttribution } | null = null;
  let q0 = 0;
  for (const sentence of doc.sentences) {
    while (q0 < doc.quotes.length && doc.quotes[q0]!.end <= sentence.start) q0++;
    let q1 = q0;
    while (q1 < doc.quotes.length && doc.quotes[q1]!.start < sentence.end) q1++;
    const quotes = doc.quotes.slice(q0, q1);
    const v: SentenceView = { tokens: doc.tokens, sentence, quotes, lex };
    const paragraphStart = sentence.index === 0 || doc.sentences[sentence.index - 1]!.segment !== sentence.segment;
    const label = attributeSpeakerLabel(v, paragraphStart) ?? attributeDashSignature(v);
    const found = label ?? bestAttribution(v);
    if (found.length) {
      for (const a of found) raw.push({ sentence: sentence.index, a, content: a.content, continued: false });
      previous = { sentence, a: found[found.length - 1]! };
      continue;
    }
    const quoteOnly = isQuoteOnly(v);
    if (quoteOnly && previous && previous.sentence.index === sentence.index - 1) {
      const q = quotes[0]!;
      raw.push({ sentence: sentence.index, a: { ...previous.a, content: q.inner, direct: true }, content: trimEnd(doc, q.inner, sentence), continued: true });
      previous = { sentence, a: previous.a };
      continue;
    }
    previous = null;
    // (a body that opens the sentence matters only if "it" follows in the next sentence: most sentences report nothing)
    const next = doc.sentences[sentence.index + 1];
    const itNext = next !== undefined && doc.tokens.slice(next.first, next.last).some((t) => t.lower === 'it');
    const people = [...namedPeople(doc.tokens, sentence.first, sentence.last, lex), ...(itNext ? namedBodySubject(doc.tokens, sentence.first, sentence.last, lex) : [])];
    if (people.length) background.set(sentence.index, people);
    raw.push({ sentence: sentence.index, a: null, content: { start: sentence.start, end: sentence.end }, continued: false });
  }
  resolveDeniedPronouns(doc, raw);
  return { raw, background };
}

/** Coreference over the sources of every attribution, and the units that carry them. */
function resolveSources(doc: ParsedDoc, raw: readonly RawEntry[], background: Map<number, SourceMention[]>): AttributedDoc {
  // coreference over all mentions in reading order
  const mentions: (readonly [SourceMention, number, boolean?])[] = [];
  const isBackground: boolean[] = [];
  // ("the army said in a statement": its source issued a text that "the statement" may name later)
  const issues = (sentence: number): boolean => {
    const at = doc.sentences[sentence]!;
    for (let k = at.first; k < at.last; k++) if (ISSUED_TEXTS.has(doc.tokens[k]!.lower)) return true;
    return false;
  };
  for (const r of raw) {
    for (const m of background.get(r.sentence) ?? []) { mentions.push([m, r.sentence]); isBackground.push(true); }
    if (r.a && !r.continued) for (const m of r.a.sources) { mentions.push([m, r.sentence, issues(r.sentence)]); isBackground.push(false); }
    background.delete(r.sentence);
  }
  const resolved = resolveCoreference(mentions);
  const { sources } = resolved;
  const assignment = resolved.assignment.filter((_, i) => !isBackground[i]);
  let next = 0;
  const units: AttributionUnit[] = [];
  let last: AttributionUnit['sources'] = [];
  for (const r of raw) {
    if (!r.a) {
      units.push({ sentence: r.sentence, content: r.content, cue: null, sources: [], direct: false, continued: false });
      continue;
    }
    const all = r.continued ? last : r.a.sources.map((mention) => ({ mention, local: assignment[next++]! }));
    // "It said ..." with no organisation before it to be: the report's own voice, not a speaker
    const resolved = all.filter((x) => !(x.mention.text.toLowerCase() === 'it' && sources[x.local]!.profile.kind === 'pronoun'));
    last = resolved;
    if (!resolved.length) {
      const whole = doc.sentences[r.sentence]!;
      units.push({ sentence: r.sentence, content: { start: whole.start, end: whole.end }, cue: null, sources: [], direct: false, continued: false });
      continue;
    }
    units.push({ sentence: r.sentence, content: r.content, cue: r.a.cue, sources: resolved, direct: r.a.direct, continued: r.continued, ...(r.a.saidWhen ? { saidWhen: r.a.saidWhen } : {}), ...(r.a.confirms && !r.continued ? { confirms: r.a.confirms } : {}) });
  }
  // an organisation the lexicon does not know is an armed group if its report speaks of it as one
  typeArmedGroups(doc, sources, units);
  return { units, sources };
}

/**
 * The attributions of a sentence: the one that covers most of it (the outermost), then any other
 * that stands apart from it ("X said A, while Y said B"). A cue inside another's content is a
 * nested report and stays inside that content.
 */
function bestAttribution(v: SentenceView): RawAttribution[] {
  const candidates: { found: RawAttribution[]; cover: number; extent: Span }[] = [];
  for (let c = v.sentence.first; c < v.sentence.last; c++) {
    const found = attributeVerbCue(v, c) ?? attributeParticiple(v, c) ?? attributeAccordingTo(v, c);
    if (!found?.length) continue;
    // cue and content decide what two attributions share; a source may stand inside another's
    // content ("... by the Islamic Jihad group, which denied responsibility")
    // (the antecedent of a relative clause may also close another report: "told AFP that eight had
    // died since Monday's strike, which he said hit the market")
    const spans = found.flatMap((a) => [a.antecedent ? { start: a.antecedent.end, end: a.content.end } : a.content, a.cue.span]);
    const extent = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
    const cover = found.reduce((n, a) => n + a.content.end - a.content.start, 0) + (found[0]!.sources[0]!.span.end - found[0]!.sources[0]!.span.start);
    candidates.push({ found, cover, extent });
  }
  candidates.sort((a, b) => b.cover - a.cover || a.extent.start - b.extent.start);
  const taken: Span[] = [];
  const out: RawAttribution[] = [];
  // "The RSF said they had seized the palace, claims the army denied": the report inside a
  // denial stands as it is, and the denial is of its content
  const outer = candidates[0];
  const denied = outer?.found.length === 1 && outer.found[0]!.cue.negated ? outer.found[0]! : undefined;
  const inner = denied ? candidates.find((c) => c !== outer && c.extent.start >= denied.content.start && c.extent.end <= denied.content.end + 1) : undefined;
  if (denied && inner) {
    const reported = inner.found[0]!;
    taken.push({ start: Math.min(inner.extent.start, denied.cue.span.start), end: Math.max(inner.extent.end, outer!.extent.end) });
    out.push(...inner.found, { ...denied, content: reported.content, direct: reported.direct });
  }
  for (const c of candidates) {
    if (denied && inner && (c === outer || c === inner)) continue;
    if (taken.some((t) => c.extent.start < t.end && t.start < c.extent.end)) continue;
    taken.push(c.extent);
    out.push(...c.found);
  }
  // (in reading order of their sources where two share a content's start: "the Houthis claimed an
  // attack, which the group said ...": "the group" is read after the Houthis it stands for)
  return out.sort((a, b) => a.content.start - b.content.start || (a.sources[0]?.span.start ?? 0) - (b.sources[0]?.span.start ?? 0));
}

/** What a denial may deny by a word that points back: "but the army denied it", "the ministry rejected the claim". */
const POINTING_BACK = new Set(['it', 'this', 'that', 'the claim', 'the claims', 'the report', 'the reports', 'these claims', 'the allegation', 'the allegations', 'the accusation', 'the accusations', 'such claims']);

/**
 * "Rebels said they had captured the village, but the army denied it": a denial whose content only
 * points back denies the report before it (in its sentence or the one before), and takes that
 * report's content, so that the comparison can see what is denied.
 */
function resolveDeniedPronouns(doc: ParsedDoc, raw: RawEntry[]): void {
  for (let n = 1; n < raw.length; n++) {
    const r = raw[n]!;
    if (!r.a?.cue.negated) continue;
    const { first, last } = doc.sentences[r.sentence]!;
    const words = doc.tokens.slice(first, last).filter((t) => t.start >= r.content.start && t.end <= r.content.end).map((t) => t.lower).join(' ');
    if (!POINTING_BACK.has(words)) continue;
    const before = raw[n - 1]!;
    if (!before.a || before.a.cue.negated || before.sentence < r.sentence - 1) continue;
    raw[n] = { ...r, content: before.content, a: { ...r.a, content: before.a.content, direct: before.a.direct } };
  }
}

/** The sentence is one quotation and nothing else. */
function isQuoteOnly(v: SentenceView): boolean {
  const { tokens, sentence } = v;
  if (!isOpenQuote(tokens[sentence.first])) return false;
  const q = v.quotes.find((x) => x.start === tokens[sentence.first]!.start);
  if (!q) return false;
  let k = sentence.last - 1;
  while (k > sentence.first && (isFinal(tokens[k]) || isCloseQuote(tokens[k]))) k--;
  return q.end >= tokens[k]!.end;
}

function trimEnd(doc: ParsedDoc, span: Span, sentence: Sentence): Span {
  const toks = doc.tokens.slice(sentence.first, sentence.last).filter((t) => t.start >= span.start && t.end <= span.end);
  let k = toks.length - 1;
  while (k > 0 && (isFinal(toks[k]) || toks[k]!.text === ',')) k--;
  return k >= 0 ? { start: span.start, end: toks[k]!.end } : span;
}
