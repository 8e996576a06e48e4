/**
 * Attribution patterns for one sentence, after Citron's order (cue, then content, then source):
 *
 * 1. `SOURCE CUE (that) CONTENT`          "Syrian state media said 15 people were wounded"
 * 2. `SOURCE CUE: “QUOTE”`                "Wael Alwan ... said: “We launched ...”"
 * 3. `CONTENT, SOURCE CUE`                "..., a war monitor reported."; "“...”, X told Reuters."
 * 4. `CONTENT, CUE SOURCE`                "“...,” said the FSA commander identified as ..."
 * 5. `CONTENT, according to SOURCE`       and `According to SOURCE, CONTENT`
 * 6. `..., adding that CONTENT`           a second claim by the same source
 * 7. `A ... and that B`                   two claims under one cue
 *
 * A source may carry appositions ("Wael Alwan, the spokesman for Failaq al Rahman,") and asides
 * ("An FSA rebel commander, in an interview with Orient TV, said").
 * @module
 */
import type { Token, Sentence, Quote } from '../sentences/index.js';
import type { Span } from '../types.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { ADJUNCT_PARTICIPLES, CATENATIVE_CUES, CONTINUING_PARTICIPLES, CUE_MEDIA, CUE_MEDIA_PARTS, CUE_SETTING_WORDS, PUBLISHING_PARTICIPLES, type CueVerb } from '../lexicon/cues.js';
import { EVIDENCE_NOUNS, EYEWITNESS_JOURNALISTS, ORGANISATION_HEADS, SPEAKING_BODIES } from '../lexicon/descriptors.js';
import { FIGURE_NOUNS } from '../lexicon/cues.js';
import { HEDGE_PASSIVES } from '../lexicon/hedges.js';
import { isEvidenceOnly, readSourceMentions, type SourceMention } from './sources.js';
import { QUANTIFIER_PRONOUNS, isCloseQuote, looksPastParticiple, isComma, isFinal, isNounPhrase, isNounish, isOpenQuote, isParticipleModifier, isPrepositionalAside, participleBefore, POSSESSIVES, SETTING_AFTER_PARTICIPLE, spanOf, textOf } from './tokens.js';
import { DASHES, startsUpper } from '../util/words.js';
import { DIRECTIONS, DISTANCE_UNITS } from '../lexicon/place-words.js';

/**
 * The cue of an attribution as found.
 * @example
 * attributeVerbCue(view, 3)?.[0].cue.text; // 'said'
 */
export interface FoundCue {
  readonly span: Span;
  readonly text: string;
  readonly lemma: string;
  readonly hedged: boolean;
  readonly negated: boolean;
  readonly kind: CueVerb['kind'] | 'according';
  /** Read by the trained tagger, not the rules. */
  readonly learned?: true;
}

/**
 * One attributed stretch of content, before coreference.
 * @example
 * attributeVerbCue(view, 3)?.[0].content; // { start: 22, end: 61 }
 */
export interface RawAttribution {
  readonly content: Span;
  readonly cue: FoundCue;
  readonly sources: readonly SourceMention[];
  readonly direct: boolean;
  /** A time expression attached to the act of saying ("told Reuters on Wednesday"). */
  readonly saidWhen?: Span;
  /** Whose accounts the text says this confirms ("..., confirming rebel accounts"). */
  readonly confirms?: Span;
  /**
   * The antecedent of a relative clause that opens the content ("since Monday's strike, which he
   * said hit the market"): another report of the sentence may hold it too.
   */
  readonly antecedent?: Span;
}

/**
 * What the patterns need to read a sentence.
 * @example
 * const view: SentenceView = { tokens, sentence, quotes: [], lex };
 */
export interface SentenceView {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly quotes: readonly Quote[];
  readonly lex: CompiledLexicon;
}

const inQuote = (v: SentenceView, k: number): boolean => {
  const t = v.tokens[k]!;
  return v.quotes.some((q) => q.inner.start <= t.start && t.end <= q.inner.end);
};

/** Index of the last token of the sentence that is not closing punctuation. */
function lastWord(v: SentenceView): number {
  let k = v.sentence.last - 1;
  while (k > v.sentence.first && (isFinal(v.tokens[k]) || isCloseQuote(v.tokens[k]) && !v.quotes.some((q) => q.end === v.tokens[k]!.end && q.start >= v.sentence.start))) k--;
  return k;
}

/** The previous comma at or before `k` that separates chunks (not inside a quote, a date or brackets), or first - 1. */
function prevComma(v: SentenceView, k: number): number {
  let depth = 0;
  for (let i = k; i >= v.sentence.first; i--) {
    const t = v.tokens[i]!;
    if (t.text === ')') depth++;
    else if (t.text === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (t.text === ',' || t.text === ';' || isCloseQuote(t) && i < k) && !inQuote(v, i) && t.entity !== 'DATE') return i;
  }
  return v.sentence.first - 1;
}

/** Makes a content span from tokens `[a, b)`, unwrapping a quotation that is the whole content. */
function content(v: SentenceView, a: number, b: number): { span: Span; direct: boolean } | null {
  while (a < b && (isComma(v.tokens[a]) || v.tokens[a]!.text === ':' || isComplementiser(v.tokens, a, b))) a++;
  while (b > a && (isComma(v.tokens[b - 1]) || isFinal(v.tokens[b - 1]) || v.tokens[b - 1]!.text === ':' )) b--;
  if (b <= a) return null;
  const span = spanOf(v.tokens, a, b);
  const whole = v.quotes.find((q) => q.start === span.start && q.end >= span.end - 1);
  // the whole content is one quotation: keep the quoted words, without "," or "." inside the marks
  if (whole) return { span: trimInner(v, whole.inner), direct: true };
  const quoted = v.quotes.filter((q) => q.start >= span.start && q.end <= span.end + 1).reduce((n, q) => n + (q.end - q.start), 0);
  return { span, direct: quoted / (span.end - span.start) >= 0.5 };
}

function trimInner(v: SentenceView, inner: Span): Span {
  let end = inner.end;
  const toks = v.tokens.slice(v.sentence.first, v.sentence.last).filter((t) => t.start >= inner.start && t.end <= inner.end);
  let k = toks.length - 1;
  while (k >= 0 && (toks[k]!.text === ',' || isFinal(toks[k]))) { end = toks[k]!.start; k--; }
  if (k >= 0) end = Math.min(end, toks[k]!.end);
  return { start: inner.start, end: Math.max(inner.start, end) };
}

/** Skips the addressee and the setting after a cue; returns the next index and any time expression. */
function skipSetting(v: SentenceView, k: number, cue: CueVerb | undefined): { next: number; when?: Span } {
  const { tokens } = v;
  const end = v.sentence.last;
  let when: Span | undefined;
  if (cue?.addressee && k < end) {
    // "told Reuters", "told reporters", "told state news agency SANA", "told the pro-opposition Orient TV"
    let j = k;
    if (tokens[j]!.pos === 'DET') j++;
    const start = j;
    while (j < end && j - start < 7 && (tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ' || inHyphenCompound(tokens, j)
      || startsUpper(tokens[j]!.text) && tokens[j + 1]?.pos === 'PROPN'
      || /^(?:him|her|them|us|me|reporters|journalists)$/.test(tokens[j]!.lower))) j++;
    // a following verb means the noun phrase was the content's subject ("told him rebels had fled")
    if (j > start && !(tokens[j]?.pos === 'VERB' || tokens[j]?.pos === 'AUX')) k = j;
    else if (j > start && (tokens[start]!.pos === 'PRON' || /^(?:reporters|journalists)$/.test(tokens[start]!.lower))) k = start + 1;
  }
  for (;;) {
    const t = tokens[k];
    if (!t || k >= end) break;
    if (t.entity === 'DATE' || t.entity === 'TIME') {
      const s = k;
      while (k < end && (tokens[k]!.entity === 'DATE' || tokens[k]!.entity === 'TIME')) k++;
      when ??= spanOf(tokens, s, k);
      continue;
    }
    if ((t.lower === 'on' || t.lower === 'late' || t.lower === 'early' || t.lower === 'last') && (tokens[k + 1]?.entity === 'DATE' || tokens[k + 1]?.entity === 'TIME' || /^(?:on|late|early)$/.test(tokens[k + 1]?.lower ?? ''))) { k++; continue; }
    if (t.pos === 'ADV' && CUE_SETTING_WORDS.has(t.lower)) { k++; continue; }
    // "“...,” Melanie said to the Republican nominee.": whom it was said to, at the end
    if (t.lower === 'to' && cue?.kind === 'speech') {
      let j = k + 1;
      while (j < end && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'PRON')) j++;
      if (j > k + 1 && (j >= end || isFinal(tokens[j]) || isComma(tokens[j]) || isCloseQuote(tokens[j]))) { k = j; continue; }
    }
    // "told a news conference in Benghazi on Monday", "said in Geneva.": where it was said, before a
    // day or the end of the setting
    if (t.lower === 'in' && tokens[k + 1]?.pos === 'PROPN') {
      let j = k + 1;
      while (j < end && tokens[j]!.pos === 'PROPN' && tokens[j]!.entity !== 'DATE') j++;
      const after = tokens[j];
      if (j >= end || !after || isFinal(after) || isComma(after) || isCloseQuote(after) || after.entity === 'DATE' || after.lower === 'on') { k = j; continue; }
    }
    if (/^(?:in|on|to|by|via|during|through)$/.test(t.lower)) {
      // "in a statement", "in an interview with X", "on Twitter", "to reporters", "by telephone"
      // ("in its statement", "on his Facebook page")
      let j = k + 1;
      if (tokens[j]?.pos === 'DET' || POSSESSIVES.has(tokens[j]?.lower ?? '')) j++;
      // (a medium before a participle is the head: "in a statement broadcast on MRTV"; "in a phone
      // interview" is an interview)
      while (j < end && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN' && tokens[j + 1]?.pos === 'NOUN'
        && !(CUE_MEDIA.has(tokens[j]!.lower) && PUBLISHING_PARTICIPLES.has(tokens[j + 1]!.lower)))) j++;
      const noun = tokens[j];
      if (noun && CUE_MEDIA.has(noun.lower)) {
        j++;
        // "on his Facebook page", "on its Telegram channel", "on the Telegram messaging app"
        for (let n = 0; n < 3 && CUE_MEDIA_PARTS.has(tokens[j]?.lower ?? ''); n++) j++;
        // ("in an interview with X", "in a statement to Reuters"; not "in a statement on Monday": a time)
        const timeAfter = tokens[j + 1]?.entity === 'DATE' || tokens[j + 1]?.entity === 'TIME';
        if ((tokens[j]?.lower === 'with' || tokens[j]?.lower === 'to' || tokens[j]?.lower === 'on') && !timeAfter) {
          j++;
          while (j < end && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'ADJ' || tokens[j]!.text === '-')) j++;
        }
        // "in a video released on Telegram", "in a statement posted online"
        // ("in a statement broadcast on state television", "in a statement read on RTB")
        if (tokens[j]?.pos === 'VERB' && /ed$/.test(tokens[j]!.lower) || PUBLISHING_PARTICIPLES.has(tokens[j]?.lower ?? '')) {
          j++;
          while (j < end && !isComma(tokens[j]) && !isFinal(tokens[j]) && !isOpenQuote(tokens[j]) && tokens[j]!.text !== ':' && (tokens[j]!.pos === 'ADP' || tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'ADV')) {
            // ("in a video posted on Sunday": the day it was published is when it was said)
            if (tokens[j]!.entity === 'DATE' || tokens[j]!.entity === 'TIME') {
              const from = j;
              while (j + 1 < end && (tokens[j + 1]!.entity === 'DATE' || tokens[j + 1]!.entity === 'TIME')) j++;
              when ??= spanOf(tokens, from, j + 1);
            }
            j++;
          }
        }
        k = j;
        continue;
      }
    }
    // "said, in a statement, that ...", "said on Tuesday, without giving details, that ...": an aside
    // between commas before the content
    if (isComma(t)) {
      const close = asideEnd(v, k + 1);
      if (close > 0) { k = close + 1; continue; }
    }
    // "said in Damascus that ...", "told reporters at the border that ...": where it was said, then "that"
    if (t.pos === 'ADP' && t.lower !== 'that') {
      let j = k + 1;
      while (j < end && j - k <= 6 && tokens[j]!.lower !== 'that' && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || isAdjectivalParticiple(tokens, j) || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN' || inHyphenCompound(tokens, j)
        || POSSESSIVES.has(tokens[j]!.lower) || tokens[j]!.pos === 'VERB' && tokens[j]!.lower.endsWith('ing')
        // "in its morning update that", "in his nightly video address that": the head noun the tagger read as a verb
        || tokens[j]!.pos === 'VERB' && j > k + 1 && tokens[j + 1]?.lower === 'that')) j++;
      if (j > k + 1 && tokens[j]?.lower === 'that' && isComplementiser(tokens, j, end)) { k = j; continue; }
    }
    // "he told Reuters by telephone from Idlib.": a place at the end is where it was said, not what
    if (t.pos === 'ADP' && t.lower !== 'that' && onlyPlaceToEnd(v, k)) { k = lastWord(v) + 1; continue; }
    // "told a news conference in Mogadishu, using the government's term": where, then a participle of manner
    if (t.pos === 'ADP' && t.lower !== 'that') {
      let j = k + 1;
      while (j < end && j - k <= 5 && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NOUN' && j > k + 1 && tokens[j - 1]!.pos !== 'PROPN')) j++;
      if (j > k + 1 && isComma(tokens[j]) && tokens[j + 1]?.pos === 'VERB' && tokens[j + 1]!.lower.endsWith('ing') && tokens.slice(k + 1, j).some((x) => x.pos === 'PROPN')) { k = j; continue; }
    }
    break;
  }
  return { next: k, ...(when ? { when } : {}) };
}

/**
 * A verb cue as PARC 3.0 and PolNeAR mark it (Pareti 2016; Newell et al. 2018): the verb with the
 * auxiliaries, negation and adverbs between it and its source ("has repeatedly said", "did not
 * respond"), and what directly follows it and belongs to the act of saying: the medium ("said in a
 * statement that ...", "wrote on Facebook: ..."), where the content follows it (gold marks "...,"
 * he said in a statement." with the verb alone). The lemma stays the verb's.
 */
function verbGroupCue(tokens: readonly Token[], first: number, c: number, cueEnd: number, cue: CueVerb): FoundCue {
  let end = cueEnd;
  const next = tokens[end];
  if (next?.lower === 'in' || next?.lower === 'on') {
    // only where the content follows: "said in a statement that ...", not "..., he said in a statement."
    const m = mediumEnd(tokens, end);
    const after = m === null ? undefined : tokens[m];
    if (after && !isFinal(after) && !isComma(after) && !isCloseQuote(after) && after.pos !== 'ADP') end = m!;
  }
  const t = tokens[c]!;
  return { span: spanOf(tokens, first, end), text: textOf(tokens, first, end), lemma: t.lemma, hedged: cue.hedged === true, negated: cue.negated === true, kind: cue.kind };
}

/** The end of "in a statement", "on his Facebook page", "in a telephone interview" at `k` ("in"/"on"), or null. */
function mediumEnd(tokens: readonly Token[], k: number): number | null {
  let j = k + 1;
  if (tokens[j]?.pos === 'DET' || POSSESSIVES.has(tokens[j]?.lower ?? '')) j++;
  for (let n = 0; n < 4 && (tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'NOUN' && tokens[j + 1]?.pos === 'NOUN'); n++) j++;
  if (!CUE_MEDIA.has(tokens[j]?.lower ?? '') || /^(?:reporters|journalists)$/.test(tokens[j]!.lower)) return null;
  j++;
  for (let n = 0; n < 3 && CUE_MEDIA_PARTS.has(tokens[j]?.lower ?? ''); n++) j++;
  return j;
}

/** A past participle before a noun describes it: "a televised speech", "a recorded message". */
function isAdjectivalParticiple(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.pos === 'VERB' && tokens[k]!.lower.endsWith('ed') && tokens[k + 1]?.pos === 'NOUN';
}

/**
 * An aside that starts at `a` and ends at a comma: a prepositional phrase, an adverb or a
 * participle ("in a statement", "formerly Twitter", "without giving details", "citing a military source") with no verb of its
 * own, not one that continues the report ("adding that"). Returns the closing comma, or -1.
 */
function asideEnd(v: SentenceView, a: number): number {
  const { tokens } = v;
  const first = tokens[a];
  if (!first || !(first.pos === 'ADV' || isPrepositionalAside(tokens, a, a + 1) && CONTINUING_PARTICIPLES[first.lower] !== 'continue')) return -1;
  for (let j = a + 1; j < v.sentence.last && j - a <= 10; j++) {
    const t = tokens[j]!;
    if (isComma(t)) return j + 1 < lastWord(v) + 1 ? j : -1;
    if (isFinal(t) || isOpenQuote(t) || isCloseQuote(t) || t.pos === 'AUX' || t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower)) return -1;
  }
  return -1;
}

/** From `k` to the sentence's end, only a prepositional phrase of place or time: no verb, no quotation. */
function onlyPlaceToEnd(v: SentenceView, k: number): boolean {
  const end = lastWord(v) + 1;
  if (end - k > 8) return false;
  for (let j = k; j < end; j++) {
    const t = v.tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PRON' || isOpenQuote(t) || isCloseQuote(t) || isComma(t)) return false;
  }
  return true;
}

/**
 * "said that the town fell": "that" opens the clause and is left out; in "said that claim
 * smacked of hypocrisy" it is the determiner of the subject and stays.
 */
function isComplementiser(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[a]!;
  if (t.lower !== 'that' || a + 1 >= b || tokens[a + 1]!.pos === 'PUNCT') return false;
  const noun = tokens[a + 1]!;
  const verb = tokens[a + 2];
  // a count noun and a full verb: "that claim smacked", not "that security was", "that fighting raged"
  const determiner = noun.pos === 'NOUN' && !/(?:s|ing)$/.test(noun.lower) && verb !== undefined && verb.pos === 'VERB';
  return !determiner;
}

/**
 * "A video posted online showed ...", "Footage posted on Twitter shows ...": the participle at `c`
 * modifies the document or medium before it, and a later verb of saying or showing, with no subject of its own
 * before it, is the noun's cue. Returns whether that later cue exists.
 */
function reducedRelativeAt(v: SentenceView, c: number): boolean {
  const { tokens, lex } = v;
  // only a document or a medium is posted or released before it shows or says: "The Center stated
  // in a statement published ..." has its main verb first
  if (!isParticipleModifier(tokens, c) || !EVIDENCE_NOUNS.has(tokens[c - 1]!.lower)) return false;
  let afterPreposition = false;
  for (let j = c + 1; j < v.sentence.last && j - c <= 8; j++) {
    const t = tokens[j]!;
    if (isComma(t) || t.pos === 'SCONJ' || t.pos === 'PRON' || t.lower === 'that' || isOpenQuote(t)) return false;
    if (t.pos === 'VERB' && !/ing$/.test(t.lower)) return lex.cues.has(t.lemma);
    if (t.pos === 'ADP') afterPreposition = true;
    else if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !afterPreposition) return false;
  }
  return false;
}

/** Words of approximation before a number or a share ("about 4 in 10", "around half"). */
const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'approximately']);

/** The start of the noun phrase that ends at `k`, walking left. */
function nounPhraseStart(v: SentenceView, k: number): number {
  const { tokens } = v;
  let a = k;
  while (a - 1 >= v.sentence.first) {
    const t = tokens[a - 1]!;
    // a live blog's time stamp ("9:40 p.m.") is not part of the phrase after it
    if (/^[ap]\.?m\.?$/.test(t.lower) && /\d/.test(tokens[a - 2]?.text ?? '')) break;
    // "a strike that activists said": "that" after a noun opens a relative clause, whatever its tag
    if (t.lower === 'that' && a - 2 >= v.sentence.first && (tokens[a - 2]!.pos === 'NOUN' || tokens[a - 2]!.pos === 'PROPN')) break;
    // ("Director General Inter Services Public Relations (DG ISPR) Lieutenant General Khurram
    // Shahzad said": an acronym in brackets inside a run of name words)
    if (t.text === ')' && tokens[a]?.pos === 'PROPN') {
      let open = a - 2;
      while (open > v.sentence.first && a - 1 - open <= 4 && tokens[open]!.text !== '(') open--;
      if (tokens[open]?.text === '(' && open + 1 < a - 1 && tokens.slice(open + 1, a - 1).every((x) => /^\p{Lu}{2,8}$/u.test(x.text)) && tokens[open - 1]?.pos === 'PROPN') { a = open; continue; }
    }
    // "nine out of 10"
    if (t.lower === 'of' && tokens[a - 2]?.lower === 'out' && tokens[a - 3]?.pos === 'NUM' && a - 3 >= v.sentence.first) { a -= 2; continue; }
    // "more than half", "fewer than 4 in 10"
    if (t.lower === 'than' && /^(?:more|less|fewer)$/.test(tokens[a - 2]?.lower ?? '') && a - 2 >= v.sentence.first && (tokens[a]!.pos === 'NUM' || QUANTIFIER_PRONOUNS.has(tokens[a]!.lower) || tokens[a]!.lower === 'half')) { a -= 2; continue; }
    // "nearly half", "about 40 percent": an adverb of degree before a number
    // ("about half", "around 40 percent": the tagger reads "about" and "around" as prepositions;
    // after a noun, "about" is one: "talks about 40 prisoners")
    const nounBefore = a - 2 >= v.sentence.first && (tokens[a - 2]!.pos === 'NOUN' || tokens[a - 2]!.pos === 'PROPN');
    if ((t.pos === 'ADV' || APPROXIMATORS.has(t.lower) && !nounBefore) && (tokens[a]!.pos === 'NUM' || tokens[a]!.lower === 'a' || QUANTIFIER_PRONOUNS.has(tokens[a]!.lower))) { a--; continue; }
    // ("One of the sources", "two of the officials": a number before "of" heads a partitive)
    const partitive = t.lower === 'of' && a - 2 >= v.sentence.first && (tokens[a - 2]!.pos === 'NUM' || QUANTIFIER_PRONOUNS.has(tokens[a - 2]!.lower));
    const joiner = partitive || ((/^(?:of|for|to|on|and|near|from|in|at|with)$/.test(t.lower) || t.lower === 'out' && tokens[a]?.lower === 'of') && a - 2 >= v.sentence.first && isNounish(tokens[a - 2]!))
      || (t.lower === 'by' && a - 2 > v.sentence.first && isParticipleModifier(tokens, a - 2));
    if (partitive) { a -= 2; continue; }
    // ("Forces loyal to Libya's internationally recognised government": an adverb of manner before the adjective it modifies)
    const pastParticiple = (x: Token | undefined): boolean => x?.pos === 'VERB' && looksPastParticiple(x.lower);
    // (before a noun: "internationally recognised government", not "have repeatedly criticised the use")
    const degree = t.pos === 'ADV' && t.lower.endsWith('ly') && (tokens[a]!.pos === 'ADJ' || pastParticiple(tokens[a]))
      && (tokens[a + 1]?.pos === 'NOUN' || tokens[a + 1]?.pos === 'PROPN');
    const modified = pastParticiple(t) && (tokens[a]!.pos === 'NOUN' || tokens[a]!.pos === 'PROPN') && tokens[a - 2]?.pos === 'ADV' && tokens[a - 2]!.lower.endsWith('ly');
    if (isNounish(t) || joiner || degree || modified || isAttributiveParticiple(v, a - 1) || inHyphenCompound(tokens, a - 1) || isBareApostrophePossessive(tokens, a - 1) || isParticipleModifier(tokens, a - 1) && tokens[a]!.lower === 'by') { a--; continue; }
    // "a video posted online by activists", "footage posted on YouTube by activists"
    const participle = t.lower === 'by' ? participleBefore(tokens, a - 1, v.sentence.first) : -1;
    if (participle > v.sentence.first) { a = participle; continue; }
    break;
  }
  return a;
}

const RELATIVE_WORDS = /^(?:who|which|whom|whose|that)$/;
/**
 * A participle before its noun at `k`: "Elected officials from both parties say", "the armed men
 * said", "of registered voters", after a determiner, an adjective or a preposition, or opening the
 * sentence; a gerund only after a determiner or a subordinator ("where restructuring experts say"),
 * since one opening a sentence starts a clause ("Citing news reports, ...").
 */
function isAttributiveParticiple(v: SentenceView, k: number): boolean {
  const { tokens } = v;
  const t = tokens[k]!;
  const gerund = t.lower.endsWith('ing');
  if (t.pos !== 'VERB' || !gerund && !/(?:ed|en)$/.test(t.lower) || tokens[k + 1]!.pos !== 'NOUN' && tokens[k + 1]!.pos !== 'ADJ') return false;
  if (k === v.sentence.first) return !gerund;
  const before = tokens[k - 1]!;
  return before.pos === 'DET' || SUBORDINATORS.has(before.lower) || !gerund && (before.pos === 'ADJ' || before.pos === 'ADP');
}

/** Pronouns that are the subject of a relative clause without its relative word ("the experts I interviewed"). */
const CONTACT_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

/**
 * Tokens `[a, b)` are a clause of their own: a subject and its verb ("Twelve people died", "At
 * least 12 people were killed"), not a noun phrase with a relative clause ("a fighter who was
 * wounded") or a participle ("speaking by telephone", "said to be close to him").
 */
function isClauseChunk(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 2 || tokens[a]!.pos === 'VERB' || tokens[a]!.pos === 'AUX' || RELATIVE_WORDS.test(tokens[a]!.lower)) return false;
  for (let j = a + 1; j < b; j++) {
    const t = tokens[j]!;
    if (RELATIVE_WORDS.test(t.lower)) return false;
    const prev = tokens[j - 1]!;
    const subjectBefore = prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NUM';
    // ("a teacher reached by phone": a participle with its agent is a reduced relative, no clause)
    const reduced = looksPastParticiple(t.lower) && tokens[j + 1]?.lower === 'by';
    if (t.pos === 'AUX' && subjectBefore || t.pos === 'VERB' && subjectBefore && !t.lower.endsWith('ing') && !reduced) return true;
  }
  return false;
}

/** An aside between commas: a prepositional or participial phrase, or a relative clause ("who heads the group"). */

function isAside(tokens: readonly Token[], a: number, b: number): boolean {
  // "Woodrow Benford, 58, who lives outside Minneapolis, says": an age is an aside too
  if (b - a === 1 && tokens[a]!.pos === 'NUM' && /^\d{1,3}$/.test(tokens[a]!.text)) return true;
  // ("Mr. Daniloff, now 81, said", "the driver, aged 40, said")
  if (b - a === 2 && /^(?:now|aged)$/.test(tokens[a]!.lower) && tokens[a + 1]!.pos === 'NUM' && /^\d{1,3}$/.test(tokens[a + 1]!.text)) return true;
  // "A third of independents, 33%, say": a share in figures
  if (b - a === 2 && tokens[a]!.pos === 'NUM' && tokens[a + 1]!.text === '%') return true;
  // "Forbes, however, says", "Still, Tad Devine ... said": a sentence adverb between commas
  if (b - a <= 2 && tokens.slice(a, b).every((t) => t.pos === 'ADV')) return true;
  // "Sen. Rand Paul, R-Ky., told", "Rep. Steve Israel, D-N.Y., said": a party and state label (US style)
  if (b - a >= 3 && b - a <= 8 && /^[DRI]$/.test(tokens[a]!.text) && tokens[a + 1]!.text === '-' && tokens.slice(a + 2, b).every((t) => t.pos === 'PROPN' || t.text === '.')) return true;
  // "The commander, said to be close to the president, denied": a participle clause
  // ("The National Resistance Front (NRF), made up of anti-Taliban militia ..., said")
  if (tokens[a]?.pos === 'VERB' && (looksPastParticiple(tokens[a]!.lower) || tokens[a]!.lower === 'said') && b - a <= 12) return true;
  // "A local official in Mucojo, about 40 kilometres (25 miles) east of Macomia, told": where the
  // place named before lies, by distance and direction
  if (b - a <= 12 && tokens.slice(a, b).some((t) => DISTANCE_UNITS.test(t.lower)) && tokens.slice(a, b).some((t) => DIRECTIONS.test(t.lower)) && tokens[b - 1]!.pos === 'PROPN') return true;
  // ("A trader who fled to Pemba, and who asked not to be named, said": a second relative clause joined to the first)
  const relative = /^(?:and|but)$/.test(tokens[a]?.lower ?? '') && b - a > 2 ? a + 1 : a;
  return isPrepositionalAside(tokens, a, b) || (/^(?:who|which|whose)$/.test(tokens[relative]?.lower ?? '') && b - a <= 20);
}

/**
 * The apostrophe of a possessive after a final s ("Sanders' campaign", "the rebels’ statement"):
 * attached to its word, before a noun phrase that follows after a space.
 */
function isBareApostrophePossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (t.text === "'" || t.text === '\u2019') && !t.spaced && before !== undefined && /s$/i.test(before.text)
    && (before.pos === 'PROPN' || before.pos === 'NOUN') && after !== undefined && after.spaced && isNounish(after) && t.quote === undefined;
}

/** A piece of a hyphenated word: "so-called", "Britain-based", "al-Sham"; or of two names joined by a slash. */
function inHyphenCompound(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // a slash joins names the same way: "the Reuters/Ipsos poll", "a CNN/ORC survey"; not a
  // photo credit ("REUTERS/Bassam Khabieh": an agency in capitals, then the photographer)
  const joins = (x: Token | undefined): boolean => x !== undefined && (x.text === '-' || x.text === '/' && !isCredit(tokens, x.i));
  if (joins(t)) return !tokens[k + 1]?.spaced && !t.spaced;
  return (joins(tokens[k + 1]) && !tokens[k + 1]!.spaced) || (joins(tokens[k - 1]) && !t.spaced);
}

/**
 * A slash in a photo credit: after a word in capitals of four letters or more, as agencies sign
 * pictures ("REUTERS/Bassam Khabieh", "XINHUA/..."), or after "Photo", "Pool", "File". Three
 * capitals are a pollster's pair ("CNN/ORC", "NBC/WSJ").
 */
function isCredit(tokens: readonly Token[], slash: number): boolean {
  const before = tokens[slash - 1]?.text ?? '';
  return /^(?:photo|pool|file)$/i.test(before) || /^[A-Z]{4,}$/.test(before);
}

/** Where a clause may start: the sentence start, or after a comma, a quote, a conjunction. */
/** Adverbs of degree, which make the participle after them an adjective ("particularly worrying"). */
const DEGREE_ADVERBS: ReadonlySet<string> = new Set(['very', 'so', 'too', 'quite', 'particularly', 'extremely', 'deeply', 'really', 'most', 'more', 'less', 'least', 'highly', 'especially', 'rather', 'fairly', 'pretty', 'increasingly', 'truly', 'equally']);

/** The index of "continued" in "continued to question" (or "went" in "went on to say") before the cue at `c`, or -1. */
function catenativeBefore(tokens: readonly Token[], c: number, first: number): number {
  if (tokens[c - 1]?.lower !== 'to' || c - 2 < first) return -1;
  let k = c - 2;
  if (tokens[k]!.lower === 'on' && tokens[k - 1]?.lemma === 'go') k--;
  const t = tokens[k]!;
  return k >= first && t.pos === 'VERB' && CATENATIVE_CUES.has(t.lemma) && (t.lemma !== 'go' || k < c - 2) ? k : -1;
}

/**
 * A form of "be" before the participle at `c`, across adverbs and negation: "is telling", "He's
 * predicting", "isn't saying", "is already claiming".
 */
function isProgressiveAux(tokens: readonly Token[], c: number, first: number): boolean {
  let k = c - 1;
  // ("are particularly worrying", "is very telling": after an adverb of degree it is an adjective)
  while (k > first && (tokens[k]!.pos === 'ADV' && !DEGREE_ADVERBS.has(tokens[k]!.lower) || tokens[k]!.lower === 'not' || tokens[k]!.lower === "n't" || tokens[k]!.lower === 'n\u2019t')) k--;
  return k >= first && /^(?:is|are|was|were|am|'s|'re|'m|\u2019s|\u2019re|\u2019m)$/.test(tokens[k]!.lower) && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'PART');
}

/** A finite predicate starts at `k`: "applaud the management", "have said", "also want" (not a participle). */
function isPredicateStart(tokens: readonly Token[], k: number): boolean {
  let t = tokens[k];
  if (t?.pos === 'ADV') t = tokens[k + 1];
  return t !== undefined && (t.pos === 'AUX' || t.pos === 'VERB' && !t.lower.endsWith('ing'));
}

/** Adverbs that focus the subject after them ("even the army", "only the ministry", "also Russia"). */
const FOCUS_ADVERBS: ReadonlySet<string> = new Set(['even', 'only', 'also', 'now', 'just', 'yet']);

function clauseStart(v: SentenceView, a: number): boolean {
  if (a === v.sentence.first) return true;
  const before = v.tokens[a - 1]!;
  // "Even China said ...": an adverb that opens the sentence or its clause ("Still, even Mr. X says")
  // (not inside a coordination: "Politicians and even some technologists say")
  const opener = v.tokens[a - 2];
  if (before.pos === 'ADV' && FOCUS_ADVERBS.has(before.lower) && a - 1 > v.sentence.first && clauseStart(v, a - 1) && (opener?.pos !== 'CCONJ' || isComma(v.tokens[a - 3]))) return true;
  if (a - 1 === v.sentence.first && before.pos === 'ADV') return true;
  return isComma(before) || isCloseQuote(before) || isOpenQuote(before) || before.pos === 'CCONJ' || before.text === ':' || before.text === ';'
    // a subordinate report is still a report: "when she said ...", "after the army said ...", "because he said ..."
    || SUBORDINATORS.has(before.lower)
    // a live blog's time stamp: "9:40 p.m. Texas Sen. Ted Cruz says ..."
    || /^[ap]\.?m\.?$/.test(before.lower) && /\d/.test(v.tokens[a - 2]?.text ?? '')
    || /^(?:while|whereas)$/.test(before.lower) && isComma(v.tokens[a - 2]);
}

/**
 * The start of a relative clause ("who fled the town", "that fought in the battle") that ends the
 * noun phrase before a cue at `last`, or null: a relative pronoun after a noun, within 16 tokens,
 * with a verb after it and no comma or quotation mark.
 */
function relativeBefore(v: SentenceView, last: number): number | null {
  const { tokens } = v;
  for (let k = last; k > v.sentence.first && last - k < 16; k--) {
    const t = tokens[k]!;
    // ("A man in the video who called himself “General Ebube” said": a name in quotation marks inside the clause)
    if (isCloseQuote(t)) {
      let open = k - 1;
      while (open > k - 5 && open > v.sentence.first && !isOpenQuote(tokens[open]) && startsUpper(tokens[open]!.text)) open--;
      if (isOpenQuote(tokens[open]) && open < k - 1) { k = open; continue; }
    }
    if (isComma(t) || isOpenQuote(t) || isCloseQuote(t) || t.text === ';') return null;
    if (!/^(?:who|that|which)$/.test(t.lower) || k >= last) continue;
    const noun = tokens[k - 1]!;
    if (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') return null;
    const hasVerb = tokens.slice(k + 1, last + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    return hasVerb ? k : null;
  }
  return null;
}

/**
 * Whether what follows a cue can be its content: a clause for a cue that reports only clauses
 * ("found that ...", not "found 10 bodies"), an object and its name for "called", anything else
 * otherwise; a quotation always can.
 */
function contentFits(cue: CueVerb, tokens: readonly Token[], next: number, end: number): boolean {
  // "adding to his wins": to add to something is no report ("added to reporters that ..." is)
  if (cue.lemma === 'add' && tokens[next]?.lower === 'to' && !tokens.slice(next + 1, Math.min(end, next + 7)).some((t) => t.lower === 'that')) return false;
  if (cue.figure && isFigureClause(tokens, next, end)) return true;
  if (cue.figure && !cue.clausal) return false;
  if (isOpenQuote(tokens[next]) || tokens[next]?.text === ':' && isOpenQuote(tokens[next + 1])) return !cue.smallClause;
  // the clause's verb stands before the first comma: "Back when he wrote his book, Mr. McKinley said
  // ..." is no report of the book; "criticized Manafort for accusing the campaign": a judgement of
  // someone and its reason is a report too
  if (cue.clausal && !clauseFollows(tokens, next, end) && !(cue.reason && reasonFollows(tokens, next, end))) return false;
  return !cue.smallClause || isSmallClause(tokens, next, end);
}

/** "did not", "has never", "isn't": negation in the verb group `[a, c)` before the cue. */
function isNegatedGroup(tokens: readonly Token[], a: number, c: number): boolean {
  for (let k = a; k < c; k++) if (/^(?:not|never|n't|n\u2019t)$/.test(tokens[k]!.lower)) return true;
  return false;
}

/** A short noun phrase or pronoun at `k`, then "for" ("Manafort for accusing ...", "them for their help"). */
function reasonFollows(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k; j < end && j < k + 6; j++) {
    const t = tokens[j]!;
    // (not "for two hours", "for weeks": a time is no reason)
    if (t.lower === 'for') {
      const r = tokens[j + 1];
      return j > k && r !== undefined && j + 1 < end && r.pos !== 'NUM' && r.entity === null && !/^(?:years?|months?|weeks?|days?|hours?|decades?|minutes?|a|an)$/.test(r.lower);
    }
    if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON' || /^['\u2019]s$/.test(t.text))) return false;
  }
  return false;
}

/**
 * A participle of manner right after a cue ("he said speaking on condition of anonymity", "SOHR said
 * adding that ...", in text whose commas were stripped): an adjunct of the report, so the content is
 * what stands before the source, not the participle.
 */
function isAdjunctAfterCue(tokens: readonly Token[], k: number, end: number, cue: CueVerb): boolean {
  const t = tokens[k];
  if (t?.pos !== 'VERB') return false;
  if (CONTINUING_PARTICIPLES[t.lower]) return true;
  // "said using an Arabic acronym for IS"; a denial takes a gerund as its object ("denied using")
  if (!ADJUNCT_PARTICIPLES.has(t.lower) && !(t.lower === 'using' && !cue.negated)) return false;
  // "says running for president is tough": a gerund subject has its own verb
  for (let j = k + 1; j < end; j++) {
    const x = tokens[j]!;
    if (isComma(x) || isOpenQuote(x) || x.text === ';' || x.lower === 'that') return true;
    if ((x.pos === 'VERB' || x.pos === 'AUX') && !x.lower.endsWith('ing')) return false;
  }
  return true;
}

/** Words that open a clause as the object of a verb of saying or thinking ("said that", "asked whether"). */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);

/**
 * A clause follows at `a`: a word that opens one, a quotation, or a verb (not a participle in
 * "-ing") before the first comma or semicolon, after at most one aside that follows a subject
 * ("hoped the meeting, requested by Sanders, would be"). "Back when he wrote his book, Mr. X
 * said" has none after "wrote".
 */
function clauseFollows(tokens: readonly Token[], a: number, end: number): boolean {
  // "wrote: Thanks for the great work": what follows a colon is the content
  if (COMPLEMENTIZERS.has(tokens[a]?.lower ?? '') || tokens[a]?.text === ':') return true;
  // "who asked not to be named": a request not to do something reports nothing
  if (tokens[a]?.lower === 'not' && tokens[a + 1]?.lower === 'to') return false;
  let asides = 0;
  for (let k = a; k < end; k++) {
    const x = tokens[k]!;
    if (isOpenQuote(x)) return true;
    if (x.text === ',' || x.text === ';') {
      if (isOpenQuote(tokens[k + 1])) return true;
      if (x.text === ';' || asides++ > 0 || k === a || !isNounPhrase(tokens, a, k)) return false;
      // the aside runs to the next comma
      let close = k + 1;
      while (close < end && tokens[close]!.text !== ',') close++;
      k = close;
      continue;
    }
    if ((x.pos === 'VERB' || x.pos === 'AUX') && !x.lower.endsWith('ing')) return true;
  }
  return false;
}

/**
 * A clause with a finite verb starts at `k`: a subject noun phrase, then a verb that is not a
 * participle ("the bridge was destroyed", "12 people died"), as against an object and what it
 * does ("smoke rising", "fighters with heavy weapons").
 */
function finiteClauseAt(tokens: readonly Token[], k: number, end: number): boolean {
  const start = k;
  while (k < end && k - start < 8 && (NOUN_PHRASE_TAGS.has(tokens[k]!.pos) || /^['\u2019]s$/.test(tokens[k]!.text))) k++;
  const verb = tokens[k];
  // "several damaged buildings": a participle before a noun describes it
  return k > start && k < end && verb !== undefined && (verb.pos === 'AUX' || verb.pos === 'VERB') && !/(?:ing|en)$/.test(verb.lower) && tokens[k + 1]?.pos !== 'NOUN';
}
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * Whether a clause with its own subject starts at `k`: a noun phrase, then (before a comma, with
 * prepositional phrases between) a finite verb ("the cathedral in Shusha was struck", "at least 20
 * people were killed").
 */
function subjectAndVerbAt(tokens: readonly Token[], k: number, end: number): boolean {
  const first = tokens[k];
  if (!first || !(NOUN_PHRASE_TAGS.has(first.pos) || APPROXIMATORS.has(first.lower) || first.lower === 'at')) return false;
  for (let j = k + 1; j < end && j < k + 16; j++) {
    const t = tokens[j]!;
    if (isComma(t) || isFinal(t)) return false;
    if (t.pos === 'AUX' || t.pos === 'VERB' && !t.lower.endsWith('ing')) return NOUN_PHRASE_TAGS.has(tokens[j - 1]!.pos) || tokens[j - 1]!.pos === 'ADV';
  }
  return false;
}

/**
 * Whether a clause of its own follows a cue, past a time of saying: a pronoun subject with its verb,
 * or any subject with an auxiliary ("said Wednesday it had received reports", "said the army had
 * withdrawn"), not a source with a reduced relative ("said the commander identified as a lieutenant").
 */
function reportedClauseAt(v: SentenceView, cueEnd: number, end: number, cue: CueVerb): boolean {
  const { tokens } = v;
  const { next } = skipSetting(v, cueEnd, cue);
  // ("told Fox News that polls could be off": a complementiser after the addressee)
  if (tokens[next]?.lower === 'that' && next > cueEnd) return true;
  // ("asked Jihad who survived the bombing": a relative clause on the source)
  const relative = (k: number): boolean => /^(?:who|whom|whose|which|that)$/.test(tokens[k]!.lower);
  if (next >= end || relative(next) || !finiteClauseAt(tokens, next, end)) return false;
  if (tokens[next]!.pos === 'PRON') return true;
  let k = next;
  while (k < end && NOUN_PHRASE_TAGS.has(tokens[k]!.pos) && !relative(k)) k++;
  return tokens[k]?.pos === 'AUX';
}

/** A figure and its value: "the (death) toll at 12", "the number of dead at 300", "casualties at about 40". */
function isFigureClause(tokens: readonly Token[], k: number, end: number): boolean {
  let figure = false;
  for (let j = k; j < end && j - k <= 8; j++) {
    const t = tokens[j]!;
    if (FIGURE_NOUNS.has(t.lower)) figure = true;
    // "put the toll at 12", "raised the toll to 16"
    else if (t.lower === 'at' || t.lower === 'to') return figure && (tokens[j + 1]?.pos === 'NUM' || /^(?:least|about|around|more|some|nearly|over)$/.test(tokens[j + 1]?.lower ?? ''));
    else if (t.pos === 'VERB' || t.pos === 'AUX' || isComma(t)) return false;
  }
  return false;
}

/**
 * An object and what it is called ("the report baseless", "the strike a provocation", "him a
 * liar", "the show \u201Cthe news show of record\u201D"): a noun phrase or pronoun, then an adjective,
 * a determiner, a noun or a quotation.
 */
function isSmallClause(tokens: readonly Token[], k: number, end: number): boolean {
  const start = k;
  if (tokens[k]?.pos === 'PRON' && !/^(?:its|their|his|her|our|my|your)$/.test(tokens[k]!.lower)) k++;
  else {
    if (tokens[k]?.pos === 'DET' || POSSESSIVES.has(tokens[k]?.lower ?? '')) k++;
    while (k < end && tokens[k]!.pos === 'ADJ') k++;
    const head = k;
    while (k < end && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NUM' || /^['\u2019]s$/.test(tokens[k]!.text))) k++;
    if (k === head) return false;
  }
  if (k === start || k >= end) return false;
  const t = tokens[k]!;
  if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || isOpenQuote(t) || t.pos === 'ADV' && tokens[k + 1]?.pos === 'ADJ') return true;
  // "Ford's plans to open a plant in Mexico “an absolute disgrace”": an object with its
  // modifiers, then what it is called, quoted; no finite verb between
  // ("called reporters to the base": a place it was called to is no name for it)
  if (t.lower === 'to' && tokens[k + 1]?.pos !== 'VERB') return false;
  for (let j = k, n = 0; j < end && n < 20; j++, n++) {
    const x = tokens[j]!;
    if (isOpenQuote(x)) return j > k;
    if (isComma(x) || isFinal(x) || x.pos === 'AUX' || x.pos === 'VERB' && tokens[j - 1]?.lower !== 'to' || x.pos === 'SCONJ' || x.pos === 'PRON') return false;
  }
  return false;
}


/** Conjunctions that open a clause whose subject may be a source (PARC annotates such reports). */
const SUBORDINATORS = new Set(['when', 'after', 'because', 'as', 'while', 'since', 'although', 'though', 'if', 'before', 'until', 'once', 'whereas', 'where', 'whether', 'but']);

/**
 * "State media quoted a military source as saying C": the one quoted is the source, the one
 * quoting the medium. "The governor was quoted as saying C": the subject is the source.
 */
function attributeQuotedAs(v: SentenceView, c: number): RawAttribution[] | null {
  const { tokens, lex } = v;
  const s = v.sentence;
  const end = lastWord(v) + 1;
  let as = c + 1;
  while (as < end && as - c < 14 && tokens[as]!.lower !== 'as') as++;
  if (tokens[as]?.lower !== 'as' || !/^(?:saying|telling|stating|confirming|denying)$/.test(tokens[as + 1]?.lower ?? '')) return null;
  const passive = /^(?:was|were|is|are|been)$/.test(tokens[c - 1]?.lower ?? '');
  let sources: SourceMention[];
  if (passive) {
    const L = c - 2;
    if (L < s.first) return null;
    const start = nounPhraseStart(v, L);
    if (!clauseStart(v, start)) return null;
    sources = readSourceMentions(tokens, start, L + 1, lex);
  } else {
    if (as === c + 1) return null;
    sources = readSourceMentions(tokens, c + 1, as, lex);
  }
  if (!sources.length) return null;
  const saying = as + 1;
  const cue: FoundCue = { span: spanOf(tokens, saying, saying + 1), text: tokens[saying]!.text, lemma: tokens[saying]!.lemma, hedged: false, negated: tokens[saying]!.lower === 'denying', kind: 'speech' };
  return clauses(v, saying + 1, end, cue, sources);
}

/**
 * Reads the attribution around a verb cue at token `c`, or null when the cue attributes nothing
 * ("said to be in Soran": a hedge) or no source can be found.
 * @example
 * attributeVerbCue(view, c)?.map((a) => a.sources[0].text); // ['Syrian state media']
 */
export function attributeVerbCue(v: SentenceView, c: number): RawAttribution[] | null {
  const { tokens, lex } = v;
  const t = tokens[c]!;
  if (t.pos !== 'VERB') return null;
  const cue = lex.cues.get(t.lemma);
  if (!cue) return null;
  // "..., confirming rebel accounts", "adding that ...": a participle clause, not the main cue
  // "is telling a veterans group that ...": a progressive reports; a bare participle is read by attributeParticiple
  const progressive = /ing$/.test(t.lower) && isProgressiveAux(tokens, c, v.sentence.first);
  if (!cue || t.pos !== 'VERB' || inQuote(v, c) || /ing$/.test(t.lower) && !progressive || tokens[c + 1]?.lower === 'by') return null;
  if (t.lemma === 'quote') return attributeQuotedAs(v, c);
  const s = v.sentence;
  let cueEnd = c + 1;
  // "said to be in Soran" is a hedge; "said to the crowd" is not
  if (HEDGE_PASSIVES.has(t.lemma) && tokens[c + 1]?.lower === 'to' && (tokens[c + 2]?.pos === 'VERB' || tokens[c + 2]?.pos === 'AUX')) {
    if (t.lemma !== 'purport' && t.lemma !== 'appear') return null;
    cueEnd = tokens[c + 2]?.pos === 'VERB' || tokens[c + 2]?.pos === 'AUX' ? c + 3 : c + 2;
  }
  if (t.lemma === 'purport' && tokens[c + 1]?.lower !== 'to') return null;
  if (reducedRelativeAt(v, c)) return null;
  // "Rebels posted a video saying ...": what the document says is the report, read at "saying"
  if (cue.kind === 'report' && documentSaysAfter(v, c)) return null;
  // "a statement published on the ministry's site", "footage broadcast by state TV": a document is
  // published, it does not publish
  if (cue.kind === 'report' && isParticipleModifier(tokens, c) && EVIDENCE_NOUNS.has(tokens[c - 1]!.lower) && tokens[c - 1]!.pos !== 'PROPN') return null;
  // a passive "was reported", "were also reported killed": no source before it
  let aux = c - 1;
  while (tokens[aux]?.pos === 'ADV' && aux > s.first) aux--;
  if (!progressive && tokens[aux]?.pos === 'AUX' && /^(?:is|are|was|were|been|be|being)$/.test(tokens[aux]!.lower)) return null;
  let L = c - 1;
  // "continued to question", "went on to say", "declined to say": a verb that takes the cue as its infinitive
  const catenative = catenativeBefore(tokens, c, s.first);
  if (catenative >= 0) L = catenative - 1;
  // adverbs and auxiliaries between source and cue are skipped, but not "most" in "most said"
  // ("a third said": a word after a determiner is the subject's head, whatever the tagger says)
  while (L >= s.first && (tokens[L]!.pos === 'ADV' && !(QUANTIFIER_PRONOUNS.has(tokens[L]!.lower) && clauseStart(v, L)) && tokens[L - 1]?.pos !== 'DET' || tokens[L]!.pos === 'AUX' || tokens[L]!.lower === 'not' || tokens[L]!.lower === "n't")) L--;
  if (L < s.first) return null;
  const found = verbGroupCue(tokens, L + 1, c, cueEnd, cue);
  // "..., the Islamic Jihad group, which denied responsibility": the one the relative clause is about;
  // "hired an architect who said he was never paid": a restrictive one after an object, whose
  // content runs to the sentence's end (after a subject, "Residents who said ... fled", the main
  // clause resumes where no rule can tell, so it is left)
  const restrictive = tokens[L]!.lower === 'who' && !isComma(tokens[L - 1]) && L - 1 > s.first && isNounish(tokens[L - 1]!) && !clauseStart(v, nounPhraseStart(v, L - 1));
  if (/^(?:which|who)$/.test(tokens[L]!.lower) && isComma(tokens[L - 1]) || restrictive) {
    const headEnd = restrictive ? L : L - 1;
    if (headEnd - 1 < s.first || !isNounish(tokens[headEnd - 1]!)) return null;
    // the noun phrase right before the comma, without its prepositions: "a rocket fired by [the Islamic Jihad group]"
    let start = headEnd - 1;
    while (start - 1 >= s.first && (isNounish(tokens[start - 1]!) || inHyphenCompound(tokens, start - 1))) start--;
    // the words that stand as the cue's subject are the relative pronoun, as "he" stands for a name
    // (PARC 3.0 and PolNeAR mark "who" as the source); the mention's span is its antecedent
    const pronoun = spanOf(tokens, L, L + 1);
    const sources = readSourceMentions(tokens, start, headEnd, lex).map((m) => ({ ...m, phrase: pronoun }));
    if (!sources.length || !allowed(cue, sources)) return null;
    const { next } = skipSetting(v, cueEnd, cue);
    let stop = next;
    while (stop < lastWord(v) + 1 && !isComma(tokens[stop])) stop++;
    // a restrictive clause reports a clause ("who said he was never paid"), not an act ("who declared a caliphate")
    if (!contentFits(cue, tokens, next, stop)) return null;
    if (restrictive && (!(tokens[next]?.lower === 'that' || finiteClauseAt(tokens, next, stop)) || tokens[L - 1]!.entity)) return null;
    const body = content(v, next, stop);
    return body ? [{ content: body.span, cue: found, sources, direct: body.direct }] : null;
  }
  if (L === c - 1 && isComma(tokens[L]) && /ed$/.test(t.lower) && laterCueAfterComma(v, c)) return null;
  const left = tokens[L]!;
  const end = lastWord(v) + 1;

  // 4. CONTENT, CUE SOURCE  /  “CONTENT,” CUE SOURCE
  const chunkStart = prevComma(v, L - 1) + 1;
  // "At least 12 people were killed, said Rami Abdel Rahman": a clause before the comma is content
  const invertedCue = isCloseQuote(left) && !quotedName(v, L) || (isComma(left) && (isCloseQuote(tokens[L - 1]) || isClauseChunk(tokens, chunkStart, L) || !isNounPhrase(tokens, chunkStart, L) && !isAside(tokens, chunkStart, L)));
  if (invertedCue) {
    // the source runs to the end, with its appositions, unless "..., adding that" follows
    let srcEnd = cueEnd;
    while (srcEnd < end && !(isComma(tokens[srcEnd]) && CONTINUING_PARTICIPLES[tokens[srcEnd + 1]?.lower ?? ''])) srcEnd++;
    // ("..., said Wednesday it had received reports": a clause after the cue is no source)
    if (!isNounish(tokens[cueEnd] ?? tokens[c]!) || cueEnd >= end) return null;
    const sources = reportedClauseAt(v, cueEnd, srcEnd, cue) ? [] : describedName(v, cueEnd, srcEnd) ?? readSourceMentions(tokens, cueEnd, srcEnd, lex);
    const contentEnd = isComma(left) ? L : L + 1;
    const body = sources.length && allowed(cue, sources) ? content(v, s.first, contentEnd) : null;
    if (body) return [{ content: body.span, cue: found, sources, direct: body.direct }, ...continuation(v, srcEnd, found, sources)];
    // "Ms. Arnold, who founded EDGE, a group based in Philadelphia, said she ...": no source after
    // the cue, so the chunk before the comma was an apposition of the subject after all
    if (isCloseQuote(left) || !isComma(left) || isCloseQuote(tokens[L - 1]) || !(finiteClauseAt(tokens, cueEnd, end) || reportedClauseAt(v, cueEnd, end, cue))) return null;
  }

  // "Graham called both candidates crazy and said ...": the cue of a second verb phrase has the
  // subject of the first, the noun phrase that opens the sentence
  if ((left.lower === 'and' || left.lower === 'but') && left.pos === 'CCONJ') {
    // ("On Tuesday, the ministry condemned the attack and said ...": after an opening phrase)
    const start = openingAdjunctEnd(tokens, s.first, L);
    let firstVerb = start;
    while (firstVerb < L && tokens[firstVerb]!.pos !== 'VERB' && tokens[firstVerb]!.pos !== 'AUX') firstVerb++;
    if (firstVerb >= L || firstVerb === start) return null;
    let subjectEnd = firstVerb;
    while (subjectEnd > start && (tokens[subjectEnd - 1]!.pos === 'ADV' || tokens[subjectEnd - 1]!.pos === 'AUX')) subjectEnd--;
    const subjectStart = nounPhraseStart(v, subjectEnd - 1);
    if (subjectStart !== start || !isNounish(tokens[subjectEnd - 1]!)) return null;
    // the first verb phrase must not itself be a report: "X said A and said B" is read by the first cue;
    // nor may a relative clause stand between ("..., according to a person who attended and
    // described her remarks": the second verb is the relative clause's)
    for (let k = firstVerb; k < L; k++) if (tokens[k]!.lower === 'who' || tokens[k]!.lower === 'which') return null;
    for (let k = firstVerb; k < L; k++) {
      const first = lex.cues.get(tokens[k]!.lemma);
      if (tokens[k]!.pos === 'VERB' && first?.kind === 'speech' && contentFits(first, tokens, k + 1, L)) return null;
    }
    const sources = readSourceMentions(tokens, subjectStart, subjectEnd, lex);
    if (!sources.length || !allowed(cue, sources)) return null;
    const { next, when } = skipSetting(v, cueEnd, cue);
    if (next >= end || isFinal(tokens[next]) || !contentFits(cue, tokens, next, end)) return null;
    return clauses(v, next, end, found, sources, when);
  }

  // the source before the cue: a noun phrase, or "NAME, APPOSITION, (ASIDE,)" ending in a comma
  const subject = subjectBefore(v, L);
  if (!subject) return null;
  const { headStart, headEnd, appositions } = subject;
  // ("the town, which rebels said they had captured": the tagger reads "which" as the subject's determiner)
  const relativeDeterminer = /^(?:which|that)$/.test(tokens[headStart]!.lower) && headStart + 1 < headEnd && headStart > s.first;
  if (relativeDeterminer || !clauseStart(v, headStart)) {
    return gappedRelative(v, headStart, headEnd, appositions, c, cueEnd, cue, found) ?? unpunctuatedTrailing(v, L, c, cueEnd, cue, found);
  }
  let sources = readSourceMentions(tokens, headStart, headEnd, lex, appositions);
  // "One of the authors of the report, Ari Fleischer, said": a description that names no source,
  // then a name in apposition
  // ("the White House press secretary, Josh Earnest, said": a description, then the name it
  // describes, is the named person, described)
  const name = appositions[0];
  const described = sources.length === 1 && sources[0]!.profile.kind === 'descriptor';
  if ((!sources.length || described) && name && name[0] > headStart) {
    const named = readSourceMentions(tokens, name[0], name[1], lex, [[headStart, headEnd], ...appositions.slice(1)]);
    const kind = named.length === 1 ? named[0]!.profile.kind : undefined;
    // (a body described, then its name: "The UN peacekeeping mission, Minusca, said" is the mission,
    // named, not a person called Minusca)
    const body = sources.length === 1 && sources[0]!.headLemmas.some((l) => ORGANISATION_HEADS.has(l));
    if (!sources.length ? tokens.slice(name[0], name[1]).every((t) => t.pos === 'PROPN') : kind === 'person' && !body || kind === 'entity') sources = named;
  }
  if (!sources.length || !allowed(cue, sources)) return null;

  const { next, when } = skipSetting(v, cueEnd, cue);
  const after = tokens[next];
  const contentLeft = isAdjunctAfterCue(tokens, next, end, cue) || next >= end || isFinal(after) || (isComma(after) && !isOpenQuote(tokens[next + 1])) || isCloseQuote(after) && next + 1 >= end;
  // "Officials declined to comment.": a withheld report has no content before it
  if (contentLeft && catenative >= 0 && CATENATIVE_CUES.get(tokens[catenative]!.lemma)!.withheld) return null;
  if (contentLeft) {
    // "As the Times noted, Clinton raised ...": a clause of manner opens the sentence, and the
    // content is the main clause after its comma
    if (tokens[headStart - 1]?.lower === 'as' && isComma(after) && next + 1 < end && contentFits(cue, tokens, next + 1, end)) {
      const body = content(v, next + 1, end);
      if (body) return [{ content: body.span, cue: found, sources, direct: body.direct, ...(when ? { saidWhen: when } : {}) }];
    }
    // 3. CONTENT, SOURCE CUE (and "CONTENT, as SOURCE CUE")
    const comma = tokens[headStart - 1]?.lower === 'as' && headStart - 2 > s.first ? headStart - 2 : headStart - 1;
    // "The minister told reporters in Kyiv, adding that the talks had failed": nothing before, the
    // participle reports for the same source
    if (comma < s.first || !(isComma(tokens[comma]) || isCloseQuote(tokens[comma]))) {
      const added = continuation(v, next, found, sources);
      return added.length ? added : null;
    }
    // "Democrats, Frank notes, applaud the management": a subject, the cue between commas, then the
    // subject's predicate: the content is the sentence as written, the parenthesis inside it
    if (isComma(tokens[comma]) && isComma(after) && isPredicateStart(tokens, next + 1) && !tokens.slice(s.first, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      const whole = content(v, s.first, end);
      if (whole) return [{ content: whole.span, cue: found, sources, direct: whole.direct, ...(when ? { saidWhen: when } : {}) }];
    }
    // "On Thursday, Karabakh officials said, the cathedral was struck twice": an opening phrase with
    // no verb, the cue between commas, then a clause of its own: the content is the clause (the
    // opening phrase belongs to it, the report spans it all)
    if (isComma(tokens[comma]) && isComma(after) && !isOpenQuote(tokens[next + 1]) && !tokens.slice(s.first, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')
      && subjectAndVerbAt(tokens, next + 1, end)) {
      const rest = content(v, next + 1, end);
      if (rest) return [{ content: rest.span, cue: found, sources, direct: rest.direct, ...(when ? { saidWhen: when } : {}) }];
    }
    const body = content(v, s.first, isComma(tokens[comma]) ? comma : comma + 1);
    if (!body) return null;
    return [{ content: body.span, cue: found, sources, direct: body.direct, ...(when ? { saidWhen: when } : {}) }, ...continuation(v, next, found, sources)];
  }
  // 1, 2. SOURCE CUE (that|:) CONTENT. What a witness heard or footage shows is the perception
  // itself ("heard explosions", "purports to show fighters"): the content starts at the cue.
  // ("the poll shows that ..." reports a clause: its content starts after "that")
  // ("records show he backed both", "images show the bridge was destroyed": a finite clause too)
  const perceived = (cue.kind === 'perception' || cue.kind === 'evidence') && tokens[next]?.lower !== 'that' && !finiteClauseAt(tokens, next, end);
  // a cue that reports only a clause: "found that ...", not "found 10 bodies"
  if (!contentFits(cue, tokens, next, end)) return null;
  // SOURCE said: “QUOTE” — the content ends where the quotation closes
  const quoted = quotedAfter(v, next, end, found, sources, when);
  // "did not respond to a request for comment", "has not commented on the report": a report not
  // made, of what it was asked about, says nothing ("has not acknowledged any deaths" still does)
  if (!quoted && found.span.start < tokens[c]!.start && isNegatedGroup(tokens, L + 1, c) && /^(?:to|on)$/.test(tokens[next]?.lower ?? '')) return null;
  return quoted ?? clauses(v, perceived ? c : next, subordinateEnd(v, headStart, next, end), found, sources, when);
}

/** The most words a report without commas may hold before its source ("... a monitor said"). */
const UNPUNCTUATED_CONTENT_LIMIT = 35;

/**
 * "At least 29 rebels were killed in clashes overnight a monitor said Sunday": text whose commas
 * were stripped (scraped copy; FA-KES prints no commas), a report that ends the sentence with its
 * source and cue and no comma before the source. The source is read narrowly: a noun phrase that
 * opens with a determiner ("a monitor", "the Britain-based monitoring group"), a bare plural
 * ("rebels said") or a personal pronoun ("he said"), right before the cue; the content before it
 * must be a clause of its own.
 */
function unpunctuatedTrailing(v: SentenceView, L: number, c: number, cueEnd: number, cue: CueVerb, found: FoundCue): RawAttribution[] | null {
  const { tokens, lex } = v;
  const s = v.sentence;
  const end = lastWord(v) + 1;
  // ("what he's saying", "what she told Congress": a progressive or a free relative is no report of the sentence)
  if (cue.kind !== 'speech' && cue.kind !== 'report' || tokens[c]!.lower.endsWith('ing')) return null;
  const { next, when } = skipSetting(v, cueEnd, cue);
  if (!(next >= end || isFinal(tokens[next]))) return null;
  // the source: back from the cue over the words of a noun phrase, to its determiner
  // ("the Syrian Observatory for Human Rights": "for" and "of" between name words are in the name)
  const inName = (k: number): boolean => /^(?:for|of)$/.test(tokens[k]!.lower) && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN';
  let a = L;
  // (a day before the name is no part of it: "... on Monday Syrian Observatory for Human Rights reported")
  while (a > s.first && L - a < 8 && tokens[a]!.entity !== 'DATE' && (tokens[a]!.pos === 'NOUN' || tokens[a]!.pos === 'ADJ' || tokens[a]!.pos === 'PROPN' || inHyphenCompound(tokens, a) || inName(a))) a--;
  const determined = tokens[a]!.pos === 'DET' && /^(?:a|an|the)$/.test(tokens[a]!.lower);
  const bare = !determined && a + 1 === L && tokens[L]!.pos === 'NOUN' && tokens[L]!.lower.endsWith('s');
  // a name with no determiner ("... killed 13 people MSF said", "... Syrian Observatory for Human
  // Rights reported"): a run of name words after a word in lower case that ends a clause
  let r = L + 1;
  while (r - 1 > s.first && (tokens[r - 1]!.pos === 'PROPN' || inName(r - 1)) && tokens[r - 1]!.entity !== 'DATE') r--;
  const lead = tokens[r - 1]!;
  const named = !determined && !bare && r <= L && tokens[r]!.pos === 'PROPN'
    && (/^\p{Ll}/u.test(lead.text) && (lead.pos === 'NOUN' || lead.pos === 'NUM' || lead.pos === 'ADV') || lead.entity === 'DATE');
  if (named) a = r;
  // ("At least 20 people were killed he said")
  const pronoun = /^(?:he|she|they)$/.test(tokens[L]!.lower);
  const start = pronoun ? L : determined || named ? a : bare ? L : -1;
  if (start <= s.first + 2 || !pronoun && !isNounish(tokens[L]!)) return null;
  // the content before is a clause: a verb, and no preposition or determiner left hanging before the source
  const before = tokens[start - 1]!;
  // ("killed in rebel shelling the observatory said": a gerund that ends a noun phrase is no verb awaiting its object)
  // (a subject pronoun is no object: "since the uprising began he added")
  if (before.pos === 'ADP' || before.pos === 'DET' || before.pos === 'VERB' && !pronoun && !/(?:ed|ing)$/.test(before.lower) || before.pos === 'AUX' || before.pos === 'CCONJ' || before.pos === 'SCONJ') return null;
  if (RELATIVE_WORDS.test(before.lower) || /^(?:what|how|why|where|when|whatever)$/.test(before.lower)) return null;
  if (!tokens.slice(s.first, start).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  // (a longer run is likely headlines and a story glued together, as scraped pages print them)
  if (start - s.first > UNPUNCTUATED_CONTENT_LIMIT) return null;
  // a sentence that already reports ("Sexton said he's unconvinced ...") gives its content to that report
  if (tokens.slice(s.first, start).some((t) => t.pos === 'VERB' && lex.cues.get(t.lemma)?.kind === 'speech')) return null;
  const sources = readSourceMentions(tokens, start, L + 1, lex);
  if (!sources.length || !allowed(cue, sources)) return null;
  const body = content(v, s.first, start);
  return body ? [{ content: body.span, cue: found, sources, direct: body.direct, ...(when ? { saidWhen: when } : {}) }] : null;
}

/**
 * "a strike that activists said killed 12 people", "the town, which rebels said they had
 * captured", "what the senators said was gerrymandering": a relative clause whose subject reports
 * the rest of it. The content is the clause with what it is about, as written (the antecedent, the
 * relative pronoun, the source and the cue stand inside it), up to the clause's comma.
 */
function gappedRelative(v: SentenceView, headStart: number, headEnd: number, appositions: [number, number][], c: number, cueEnd: number, cue: CueVerb, found: FoundCue): RawAttribution[] | null {
  const { tokens, lex } = v;
  const s = v.sentence.first;
  // ("a strike that activists said": the tagger reads "that" as the determiner of the subject)
  // ("the town, which rebels said": "which" too, after the antecedent's comma)
  const before = tokens[headStart - 1];
  const afterNoun = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';
  if (headStart + 1 < headEnd && (tokens[headStart]!.lower === 'that' && afterNoun(before)
    || tokens[headStart]!.lower === 'which' && (afterNoun(before) || isComma(before) && afterNoun(tokens[headStart - 2])))) headStart++;
  const rel = headStart - 1;
  // (a report, not a belief or a perception: "what I thought the weapons were" is no claim of anyone's;
  // a coordination after "that" is a misread verb: "the treaty that bans weapons and nations believe")
  if (rel <= s || !/^(?:that|which|who|whom|what)$/.test(tokens[rel]!.lower) || (cue.kind !== 'speech' && cue.kind !== 'report')) return null;
  if (tokens.slice(headStart, headEnd).some((t) => t.pos === 'CCONJ')) return null;
  // the antecedent: the noun right before the pronoun, or before its comma ("the town, which");
  // "what" has none; "argued that the army said" is a complementiser after a verb, not a relative
  let antecedent = rel;
  if (tokens[rel]!.lower !== 'what') {
    const before = isComma(tokens[rel - 1]) && tokens[rel]!.lower !== 'that' ? rel - 2 : rel - 1;
    if (before < s || !(tokens[before]!.pos === 'NOUN' || tokens[before]!.pos === 'PROPN')) return null;
    antecedent = nounPhraseStart(v, before);
  }
  const end = lastWord(v) + 1;
  const { next } = skipSetting(v, cueEnd, cue);
  // the rest of the clause: a predicate ("killed 12 people") or a clause with an object gap ("they had captured")
  if (next >= end || isFinal(tokens[next]) || isComma(tokens[next]) || tokens[next]!.lower === 'that' || !(isPredicateStart(tokens, next) || finiteClauseAt(tokens, next, end))) return null;
  const sources = openingSubjectFor(v, readSourceMentions(tokens, headStart, headEnd, lex, appositions));
  if (!sources.length || !allowed(cue, sources)) return null;
  let stop = next;
  while (stop < end && !(isComma(tokens[stop]) && !inQuote(v, stop))) stop++;
  // a relative clause inside the sentence's subject ends where the main verb starts ("A strike that
  // activists said killed 12 people | hit the market")
  if (antecedent === s || clauseStart(v, antecedent)) {
    let verb = next;
    while (verb < stop && tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') verb++;
    for (let k = verb + 1; k < stop; k++) {
      const t = tokens[k]!;
      const prev = tokens[k - 1]!;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing') && prev.lower !== 'to' && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM')) { stop = k; break; }
    }
  }
  const body = content(v, antecedent, stop);
  if (!body) return null;
  const shared = antecedent < rel && antecedent > s ? { antecedent: spanOf(tokens, antecedent, rel) } : {};
  return [{ content: body.span, cue: found, sources, direct: body.direct, ...shared }];
}

/**
 * "The Houthis ... have attacked shipping in what they say is solidarity with Gaza": a plural
 * pronoun in a relative clause stands for the sentence's opening subject when that names a group.
 */
function openingSubjectFor(v: SentenceView, sources: SourceMention[]): SourceMention[] {
  if (sources.length !== 1 || sources[0]!.text.toLowerCase() !== 'they') return sources;
  const { tokens } = v;
  // (after an opening phrase of time or place: "On Sunday, the Houthis attacked ...")
  const s = openingAdjunctEnd(tokens, v.sentence.first, v.sentence.last);
  let e = s;
  while (e < v.sentence.last && NOUN_PHRASE_TAGS.has(tokens[e]!.pos) && tokens[e]!.pos !== 'PRON') e++;
  if (e === s || !isComma(tokens[e]) && tokens[e]?.pos !== 'AUX' && tokens[e]?.pos !== 'VERB') return sources;
  const subject = readSourceMentions(tokens, s, e, v.lex);
  const group = subject.length === 1 && (subject[0]!.profile.kind === 'entity' || subject[0]!.profile.plural);
  return group ? subject : sources;
}

/**
 * "After Clinton accused him of sexism, he warned ...": a report inside a clause of time or cause
 * that opens the sentence ends at that clause's comma, where the main clause starts.
 */
function subordinateEnd(v: SentenceView, headStart: number, next: number, end: number): number {
  const { tokens } = v;
  const s = v.sentence.first;
  const opener = headStart - 1;
  // ("As the agency reported, ...": the main clause is what was reported)
  if (opener < s || !SUBORDINATORS.has(tokens[opener]!.lower) || /^(?:but|whether|as)$/.test(tokens[opener]!.lower)) return end;
  // ("Three days after X said ...", "Hours after X said ...": a measure of time before the opener)
  const measured = opener - s <= 4 && tokens.slice(s, opener).every((t) => t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'ADV' || TIME_UNITS.test(t.lower));
  if (opener > s && !(opener === s + 1 && (tokens[s]!.pos === 'CCONJ' || tokens[s]!.pos === 'ADV')) && !measured) return end;
  for (let k = next; k < end; k++) if (isComma(tokens[k]) && !inQuote(v, k)) return k;
  return end;
}

/** Units of time that measure how long before or after: "three days after", "hours before". */
const TIME_UNITS = /^(?:minutes?|hours?|days?|weeks?|months?|years?|moments?)$/;

/**
 * The subject that ends at token `L` (right before its verb): a noun phrase, or "NAME,
 * APPOSITION, (ASIDE,)" ending in a comma, with a party label in parentheses, an apposition
 * between dashes, a restrictive relative clause or a reduced relative ("Residents who fled the
 * town", "A video posted online") kept as modifiers. Null when no noun phrase ends there.
 */
function subjectBefore(v: SentenceView, L: number): { headStart: number; headEnd: number; appositions: [number, number][] } | null {
  const { tokens } = v;
  const s = v.sentence;
  const left = tokens[L]!;
  let headStart: number;
  let headEnd: number;
  const appositions: [number, number][] = [];
  if (isComma(left)) {
    const chunks: { a: number; b: number; np: boolean }[] = [];
    let k = L;
    while (k >= s.first && isComma(tokens[k])) {
      let a = prevComma(v, k - 1) + 1;
      // "And North Carolina's Ada Fisher, one of ..., said": a conjunction opening the sentence
      if (a === s.first && tokens[a]!.pos === 'CCONJ' && a + 1 < k) a++;
      const np = isNounPhrase(tokens, a, k);
      if (!np && !isAside(tokens, a, k)) break;
      chunks.unshift({ a, b: k, np });
      k = a - 1;
    }
    const head = chunks.find((ch) => ch.np);
    if (!head) return null;
    headStart = head.a;
    headEnd = head.b;
    // appositions, relative clauses and an age ("Mr. King, 82,") belong to the source phrase
    const age = (ch: { a: number; b: number }): boolean => tokens[ch.b - 1]!.pos === 'NUM' && (ch.b - ch.a === 1 || ch.b - ch.a === 2 && /^(?:now|aged)$/.test(tokens[ch.a]!.lower));
    for (const ch of chunks) if (ch !== head && ch.a > head.a && (ch.np || age(ch) || /^(?:who|which|whose)$/.test(tokens[ch.a]!.lower))) appositions.push([ch.a, ch.b]);
  } else {
    // "Sen. Elizabeth Warren (D-MA) said": a short parenthetical label after the name is part of it;
    // "Jason Sims — a teacher from Mount Pleasant — says": so is an apposition between dashes
    let last = L;
    if (DASHES.has(left.text)) {
      let open = L - 1;
      while (open > s.first && L - open <= 12 && !DASHES.has(tokens[open]!.text)) open--;
      if (DASHES.has(tokens[open]?.text ?? '') && open - 1 >= s.first && isNounish(tokens[open - 1]!) && isNounPhrase(tokens, open + 1, L)) {
        appositions.push([open + 1, L]);
        last = open - 1;
      }
    }
    if (left.text === ')') {
      let open = L - 1;
      while (open > s.first && L - open <= 8 && tokens[open]!.text !== '(') open--;
      if (tokens[open]?.text === '(' && open - 1 >= s.first && isNounish(tokens[open - 1]!)) {
        last = open - 1;
        // the label stays in the source phrase: "Sen. Lindsey Graham (R-S.C.)"
        appositions.push([open, L + 1]);
      }
    }
    // "all the experts I interviewed said", "the officials we spoke to said": a relative clause
    // without its pronoun, a personal pronoun and its verb, between the noun and the cue
    const contact = tokens[last - 1]?.pos === 'PRON' && CONTACT_SUBJECTS.has(tokens[last - 1]!.lower) ? last - 1
      : (tokens[last]!.pos === 'ADP' || tokens[last]!.lower === 'to') && tokens[last - 2]?.pos === 'PRON' && CONTACT_SUBJECTS.has(tokens[last - 2]!.lower) ? last - 2 : -1;
    if (contact - 1 >= s.first && tokens[contact + 1]!.pos === 'VERB' && (tokens[contact - 1]!.pos === 'NOUN' || tokens[contact - 1]!.pos === 'PROPN')) {
      appositions.push([contact, last + 1]);
      last = contact - 1;
    }
    // "A video posted online showed", "a statement released earlier said": the participle and its
    // setting word stand between the noun and its cue
    // (the participle with its setting: "Two buildings collapsed, said X" has none)
    const relativeVerb = participleBefore(tokens, last + 1, s.first);
    if (relativeVerb > s.first && relativeVerb < last && isNounish(tokens[relativeVerb - 1]!)) {
      appositions.push([relativeVerb, last + 1]);
      last = relativeVerb - 1;
    }
    headEnd = last + 1;
    headStart = listStart(v, nounPhraseStart(v, last), headEnd);
    // "Residents who fled the town said", "an official who spoke on condition of anonymity said":
    // a restrictive relative clause between the source and its cue ("Residents who fled said": one
    // that ends in its verb)
    const relative = relativeBefore(v, last);
    // (or one that ends in a verb and reports nothing itself: "A motorbike rider who asked not to be named said")
    const shortRelative = relative !== null && (tokens[last]!.pos === 'VERB' || isCloseQuote(tokens[last])) && (last - relative <= 3
      || last - relative <= 8 && !tokens.slice(relative + 1, last + 1).some((x) => x.pos === 'VERB' && v.lex.cues.get(x.lemma)?.kind === 'speech' && x.lemma !== 'ask'
        // ("who called himself ...": a name one gives oneself reports nothing)
        && !/^(?:himself|herself|themselves|itself)$/.test(tokens[x.i + 1]?.lower ?? '')));
    // ("One of them said": a part of those "they" names)
    const ofThem = tokens[last]!.lower === 'them' && tokens[last - 1]?.lower === 'of' && headStart === last - 2;
    if (!isNounish(tokens[last]!) && !QUANTIFIER_PRONOUNS.has(tokens[last]!.lower) && !shortRelative && !ofThem) return null;
    if (relative !== null) {
      appositions.push([relative, headEnd]);
      headEnd = relative;
      headStart = nounPhraseStart(v, relative - 1);
      if (!isNounish(tokens[relative - 1]!)) return null;
    }
    // "A court document filed Thursday says": a noun with a reduced relative clause (a participle and
    // its time or place) before the cue
    const participle = headStart - 1;
    if (participle - 1 >= s.first && isParticipleModifier(tokens, participle) && headEnd - headStart <= 4 && !tokens.slice(headStart, headEnd).some((x) => x.pos === 'VERB')) {
      headStart = nounPhraseStart(v, participle - 1);
    }
  }
  return { headStart, headEnd, appositions };
}

/**
 * "Russia, Iran and Turkey said": the start of a list of names whose last two are coordinated,
 * when the list opens the sentence (each item a short noun phrase, none a date: "Tuesday, Iran and
 * Turkey said" opens with a time).
 */
function listStart(v: SentenceView, headStart: number, headEnd: number): number {
  const { tokens } = v;
  const first = v.sentence.first;
  if (!tokens.slice(headStart, headEnd).some((t) => t.pos === 'CCONJ' && (t.lower === 'and' || t.lower === 'or'))) return headStart;
  let start = headStart;
  while (start - 2 >= first && isComma(tokens[start - 1])) {
    let a = start - 2;
    while (a > first && start - 1 - a < 4 && !isComma(tokens[a - 1]) && NOUN_PHRASE_TAGS.has(tokens[a - 1]!.pos)) a--;
    const item = tokens.slice(a, start - 1);
    if (!item.every((t) => (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET') && t.entity !== 'DATE') || !item.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return headStart;
    start = a;
    if (a === first || tokens[a - 1]?.pos === 'CCONJ' && a - 1 === first) return start;
  }
  return headStart;
}

/**
 * Whether the quotation that closes at `close` is a name in quotation marks inside a noun phrase
 * ("a man who called himself “General Ebube” said"), not an utterance: a few capitalised words
 * with no punctuation before the closing mark, after words that are no quotation's.
 */
function quotedName(v: SentenceView, close: number): boolean {
  const { tokens } = v;
  let open = close - 1;
  while (open > v.sentence.first && close - open <= 5 && !isOpenQuote(tokens[open])) open--;
  if (!isOpenQuote(tokens[open]) || open === v.sentence.first || open === close - 1) return false;
  return tokens.slice(open + 1, close).every((t) => startsUpper(t.text) && t.pos === 'PROPN');
}

/**
 * '"...," said one of them, Bukar Modu, a farmer': a description of a speaker after an inverted
 * cue, then a name in apposition, is the named person, described (as "the White House press
 * secretary, Josh Earnest, said" before the cue). Null unless the name is a person's.
 */
function describedName(v: SentenceView, a: number, b: number): SourceMention[] | null {
  const { tokens, lex } = v;
  let comma = a;
  while (comma < b && !isComma(tokens[comma])) comma++;
  let next = comma + 1;
  while (next < b && !isComma(tokens[next])) next++;
  if (comma === a || comma + 1 >= next || comma - a > 6 || !tokens.slice(comma + 1, next).every((t) => t.pos === 'PROPN')) return null;
  const described = readSourceMentions(tokens, a, comma, lex);
  if (described.length !== 1 || described[0]!.profile.kind !== 'descriptor' && described[0]!.profile.kind !== 'pronoun') return null;
  const named = readSourceMentions(tokens, comma + 1, next, lex, [[a, comma], ...(next < b ? [[next + 1, b] as [number, number]] : [])]);
  // (a name of two words or more: one proper noun after a description may be a place, "said a resident, Kwatara")
  return named.length === 1 && named[0]!.profile.kind === 'person' && (named[0]!.profile.personName ?? '').includes(' ') ? named : null;
}

/**
 * SOURCE said: “QUOTE” (or said, “QUOTE”): the content is the quotation, when one opens right
 * after the cue and closes before the sentence ends.
 */
function quotedAfter(v: SentenceView, next: number, end: number, cue: FoundCue, sources: readonly SourceMention[], when?: Span): RawAttribution[] | null {
  const { tokens } = v;
  let opening = next;
  if (tokens[opening]?.text === ':' || isComma(tokens[opening]) && isOpenQuote(tokens[opening + 1])) opening++;
  const quote = isOpenQuote(tokens[opening]) ? v.quotes.find((q) => q.start === tokens[opening]!.start) : undefined;
  // a quotation that runs to the end of the sentence is read as its clauses
  if (!quote || quote.end >= tokens[end - 1]!.end) return null;
  // ("Sana said “terrorist organisations” had fired the shells": a quoted phrase that is the
  // subject of the reported clause, whose verb follows the closing mark, is part of that clause)
  let after = opening + 1;
  while (after < end && tokens[after]!.start < quote.end) after++;
  const closed = /^[,.!?;:]$/.test(tokens[after - 2]?.text ?? '');
  if (!closed && (tokens[after]?.pos === 'AUX' || tokens[after]?.pos === 'VERB' && !tokens[after]!.lower.endsWith('ing') && tokens[after]!.lower !== 'said')) return null;
  return [{ content: trimInner(v, quote.inner), cue, sources, direct: true, ...(when ? { saidWhen: when } : {}) }];
}

/**
 * "Russia vetoed the resolution, saying it was one-sided": a participle of a verb of saying after a
 * comma reports what the subject of the main clause says. When the main verb is itself a cue
 * ("said ..., adding that") the cue's own continuation reads it.
 * @example
 * attributeParticiple(view, c)?.[0].cue.text; // 'saying'
 */
export function attributeParticiple(v: SentenceView, c: number): RawAttribution[] | null {
  const { tokens, lex } = v;
  const s = v.sentence;
  const t = tokens[c]!;
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) return null;
  const cue = lex.cues.get(t.lemma);
  if (!cue) return null;
  if (cue.kind === 'perception' || cue.kind === 'evidence' || inQuote(v, c)) return null;
  // ", with the Observatory saying at least 40 had died": an absolute clause names its own speaker
  const own = c > s.first && isNounish(tokens[c - 1]!) ? nounPhraseStart(v, c - 1) : c;
  if (own < c && tokens[own - 1]?.lower === 'with' && (own - 1 === s.first || isComma(tokens[own - 2]))) {
    const sources = readSourceMentions(tokens, own, c, lex);
    if (!sources.length || !allowed(cue, sources)) return null;
    const { next, when } = skipSetting(v, c + 1, cue);
    // an absolute clause that opens the sentence ends at its comma ("With the army claiming victory, ...")
    let end = lastWord(v) + 1;
    if (own - 1 === s.first) for (let j = next; j < end; j++) if (isComma(tokens[j]) && !inQuote(v, j)) { end = j; break; }
    if (next >= end || !contentFits(cue, tokens, next, end)) return null;
    return participleContent(v, c, cue, sources, next, end, when);
  }
  // "Residents received text messages saying ...", "911 calls saying shots had been fired": what
  // someone received or found says it, unnamed behind it
  const received = receivedDocument(v, c);
  if (received) return received;
  // after a comma, a comma and a closing quotation mark ("... “New York values,” saying"), or a dash
  const before = tokens[c - 1];
  const separated = isComma(before) || DASHES.has(before?.text ?? '') || isCloseQuote(before) && isComma(tokens[c - 2])
    // "distanced himself from the movement by saying ...", "erred in saying that ...", "while
    // insisting that ...": a gerund after a preposition has the main clause's subject
    || before?.lower === 'by' || GERUND_PREPOSITIONS.has(before?.lower ?? '')
    // "The army issued a statement on Tuesday saying ...": the document says what its issuer says
    || documentBefore(tokens, c, s.first);
  if (!separated) return null;
  if (CONTINUING_PARTICIPLES[t.lower] === 'close') return null;
  // the main clause: a subject from the sentence start (or after an opening phrase of time or
  // place: "On Tuesday, the army shelled the town, saying ..."), then its verb
  const start = openingAdjunctEnd(tokens, s.first, c);
  let verb = start;
  while (verb < c && tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') verb++;
  if (verb >= c - 1 || verb === start) return null;
  const main = tokens[verb]!;
  const mainCue = lex.cues.get(main.lemma);
  // a main verb of saying reads its own content, unless it published the document that says it
  if (mainCue && main.pos === 'VERB' && !(mainCue.kind === 'report' && documentBefore(tokens, c, s.first))) return null;
  // the one who received a document ("Residents received messages saying goodbye") did not say it
  if (RECEIVING_VERBS.has(main.lemma) && documentBefore(tokens, c, s.first)) return null;
  let subjectEnd = verb;
  while (subjectEnd > s.first && (tokens[subjectEnd - 1]!.pos === 'ADV' || tokens[subjectEnd - 1]!.pos === 'AUX')) subjectEnd--;
  if (subjectEnd <= s.first) return null;
  // the subject opens the sentence: a noun phrase with its appositions ("Erin Brockovich, the
  // activist, endorsed ..., saying") or its label ("Sen. Bernie Sanders (I-Vt.) defended ..., saying")
  const subject = subjectBefore(v, subjectEnd - 1);
  if (!subject || subject.headStart !== start) return null;
  const sources = readSourceMentions(tokens, subject.headStart, subject.headEnd, lex, subject.appositions);
  if (!sources.length || !allowed(cue, sources)) return null;
  const end = lastWord(v) + 1;
  const { next, when } = skipSetting(v, c + 1, cue);
  if (next >= end || isFinal(tokens[next])) return null;
  if (!contentFits(cue, tokens, next, end)) return null;
  // after a preposition only a clause or a quotation is reported ("before saying anything" is not)
  if (GERUND_PREPOSITIONS.has(before!.lower) && !(tokens[next]!.lower === 'that' || isOpenQuote(tokens[next]) || tokens[next]!.text === ':' || finiteClauseAt(tokens, next, end))) return null;
  return participleContent(v, c, cue, sources, next, end, when);
}

/**
 * Where the main clause starts after a phrase of time or place that opens the sentence and ends
 * at a comma, with no verb in it ("On Tuesday,", "In August,", "Meanwhile,"): that phrase is no
 * subject. Otherwise the sentence's first token. A clause ("After the rebels left,") is left.
 */
function openingAdjunctEnd(tokens: readonly Token[], first: number, limit: number): number {
  const t = tokens[first]!;
  // "On Tuesday,", "Earlier this week,", "Meanwhile,": a preposition, a time, or an adverb before either or a comma
  const next = tokens[first + 1];
  if (t.pos === 'ADV' && isComma(next)) return first + 2;
  if (!(t.pos === 'ADP' || t.entity || t.pos === 'ADV' && (next?.entity || next?.pos === 'ADP'))) return first;
  for (let k = first + 1; k < limit && k - first <= 12; k++) {
    const x = tokens[k]!;
    if (isComma(x)) return k > first + 1 || t.entity ? k + 1 : first;
    if (x.pos === 'VERB' || x.pos === 'AUX' || isOpenQuote(x)) return first;
  }
  return first;
}

/** What the participle at `c` reports, from `next` to `end`: a quotation, or its clauses. */
function participleContent(v: SentenceView, c: number, cue: CueVerb, sources: readonly SourceMention[], next: number, end: number, when: Span | undefined): RawAttribution[] | null {
  const t = v.tokens[c]!;
  const found: FoundCue = { span: spanOf(v.tokens, c, c + 1), text: t.text, lemma: t.lemma, hedged: cue.hedged === true, negated: cue.negated === true, kind: cue.kind };
  return quotedAfter(v, next, end, found, sources, when) ?? clauses(v, next, end, found, sources, when);
}

/** Within a few tokens after `c`, with no comma between, a participle of saying follows a document ("posted a video saying"). */
function documentSaysAfter(v: SentenceView, c: number): boolean {
  const { tokens } = v;
  for (let j = c + 2; j < v.sentence.last && j - c <= 7; j++) {
    const t = tokens[j]!;
    if (isComma(t) || isFinal(t)) return false;
    const kind = v.lex.cues.get(t.lemma)?.kind;
    // ("published a video showing ...": what a video shows is read at "published")
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && (kind === 'speech' || kind === 'report')) return documentBefore(tokens, j, c + 1);
  }
  return false;
}

/** Prepositions before a gerund of saying that report only a clause ("erred in saying that ..."). */
const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'while', 'after', 'before', 'when']);

/** Verbs by which a document reaches its reader, not its issuer ("received messages saying"). */
const RECEIVING_VERBS: ReadonlySet<string> = new Set(['receive', 'get', 'find', 'see', 'obtain', 'read', 'be']);

/**
 * A message right before the participle at `c` that the sentence's subject received or found, not
 * issued ("Residents received text messages saying ...", "There were emails showing that ..."): the
 * message is the source.
 */
function receivedDocument(v: SentenceView, c: number): RawAttribution[] | null {
  const { tokens, lex } = v;
  const s = v.sentence.first;
  const t = tokens[c]!;
  const doc = c - 1;
  if (doc <= s || tokens[doc]!.pos !== 'NOUN' || !SPEAKING_BODIES.has(tokens[doc]!.lower) && !EVIDENCE_NOUNS.has(tokens[doc]!.lower)) return null;
  let verb = s;
  while (verb < doc && tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') verb++;
  if (verb >= doc || !RECEIVING_VERBS.has(tokens[verb]!.lemma)) return null;
  const start = nounPhraseStart(v, doc);
  if (start <= verb) return null;
  const cue = lex.cues.get(t.lemma)!;
  const sources = readSourceMentions(tokens, start, doc + 1, lex);
  if (!sources.length || !allowed(cue, sources)) return null;
  const end = lastWord(v) + 1;
  const { next, when } = skipSetting(v, c + 1, cue);
  if (next >= end || !(tokens[next]!.lower === 'that' || isOpenQuote(tokens[next]) || finiteClauseAt(tokens, next, end))) return null;
  return participleContent(v, c, cue, sources, next, end, when);
}

/** A document, and perhaps when it came out, right before token `c` ("a statement on Tuesday", "a video late Monday"). */
function documentBefore(tokens: readonly Token[], c: number, first: number): boolean {
  let j = c - 1;
  while (j > first && (tokens[j]!.entity === 'DATE' || tokens[j]!.entity === 'TIME' || SETTING_AFTER_PARTICIPLE.has(tokens[j]!.lower) || /^(?:on|late|early)$/.test(tokens[j]!.lower))) j--;
  return j >= first && tokens[j]!.pos === 'NOUN' && (EVIDENCE_NOUNS.has(tokens[j]!.lower) || SPEAKING_BODIES.has(tokens[j]!.lower));
}

/** After the next comma past `c`, a cue verb follows: `c` opened an aside ("Zelenskiy, asked ..., said"). */
function laterCueAfterComma(v: SentenceView, c: number): boolean {
  let j = c + 1;
  while (j < v.sentence.last && !isComma(v.tokens[j])) j++;
  if (j + 1 >= v.sentence.last) return false;
  const next = v.tokens[j + 1]!;
  return next.pos === 'VERB' && v.lex.cues.has(next.lemma);
}

/** Whether tokens from `k` to the next comma hold a cue verb of their own ("but the army said ..."). */
function ownCue(v: SentenceView, k: number, end: number): boolean {
  for (let j = k; j < end && !isComma(v.tokens[j]); j++) {
    const t = v.tokens[j]!;
    if (t.pos === 'VERB' && (v.lex.cues.get(t.lemma)?.kind === 'speech' || v.lex.cues.get(t.lemma)?.kind === 'report') && !/ing$/.test(t.lower)) return true;
  }
  return false;
}

/** A cue restricted to some source types ("heard": a witness) accepts only those. */
function allowed(cue: CueVerb, sources: readonly SourceMention[]): boolean {
  // "satellite images show", not "satellite images said"
  if (!cue.subjects) return !sources.some(isEvidenceOnly);
  return sources.every((m) => {
    // "polls showed", "the footage shows": a medium or a document speaks as evidence
    if (m.medium || m.headLemmas.some((l) => EVIDENCE_NOUNS.has(l))) return cue.subjects!.includes('evidence');
    const type = m.profile.type;
    // "a Reuters reporter saw three bodies": a journalist on the spot is a witness
    if (cue.subjects!.includes('witness') && m.headLemmas.some((l) => EYEWITNESS_JOURNALISTS.has(l))) return true;
    return cue.subjects!.some((want) => want === type || (want === 'evidence' && (type === 'social-media' || type === 'media')));
  });
}


/** Content after a cue, cut at "..., adding that" (a new claim) and split at "and that". */
function clauses(v: SentenceView, a: number, end: number, cue: FoundCue, sources: readonly SourceMention[], when?: Span): RawAttribution[] {
  const { tokens } = v;
  const out: RawAttribution[] = [];
  let start = a;
  for (let k = a; k <= end; k++) {
    const t = tokens[k];
    const atEnd = k === end;
    // ", while rebels said ...", ", but the army said ...": a contrast closes the content when its
    // clause is someone else's report; that clause is read on its own
    // ", a figure Reuters could not verify": the reporter's comment on the claim, not part of it
    const comment = !atEnd && isComma(t) && !inQuote(v, k) && /^(?:a|an)$/.test(tokens[k + 1]?.lower ?? '') && /^(?:figure|claim|number|toll|account|statement|report|assertion|allegation|charge|accusation|version)$/.test(tokens[k + 2]?.lower ?? '');
    // (", while 39 soldiers had been wounded": a contrast with no report of its own is the source's second claim)
    const sameSourceContrast = !atEnd && isComma(t) && !inQuote(v, k) && /^(?:while|whereas)$/.test(tokens[k + 1]?.lower ?? '') && !ownCue(v, k + 2, end);
    const contrast = comment || !atEnd && isComma(t) && !inQuote(v, k) && (/^(?:while|whereas)$/.test(tokens[k + 1]?.lower ?? '')
      // ("..., even as the military insisted it still held the town")
      || tokens[k + 1]?.lower === 'even' && tokens[k + 2]?.lower === 'as' && ownCue(v, k + 3, end)
      || /^(?:but|though|although|claims?|allegations?|accusations?|which|who)$/.test(tokens[k + 1]?.lower ?? '') && ownCue(v, k + 2, end))
      // "Ukraine said A; Russia said B": a semicolon before another report
      || !atEnd && t!.text === ';' && !inQuote(v, k) && ownCue(v, k + 1, end);
    const participle = !atEnd && (isComma(t) || t!.text === ';') && !inQuote(v, k) ? CONTINUING_PARTICIPLES[tokens[k + 1]?.lower ?? ''] ?? (contrast ? 'close' : undefined) : undefined;
    const andThat = !atEnd && t!.lower === 'and' && tokens[k + 1]?.lower === 'that' && !inQuote(v, k) && k > start + 2;
    // "... and said B", "..., but said B": a second cue of the same subject (at `verb`)
    const verb = !atEnd && isComma(t) && /^(?:and|but)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const next = tokens[verb];
    const nextCue = next !== undefined ? v.lex.cues.get(next.lemma) : undefined;
    const andCue = !atEnd && (t!.lower === 'and' || verb === k + 2) && next !== undefined && next.pos === 'VERB' && !inQuote(v, k) && k > start + 2
      && nextCue?.kind === 'speech' && !/ing$/.test(next.lower) && contentFits(nextCue, tokens, verb + 1, end);
    if (!atEnd && !participle && !andThat && !andCue) continue;
    const body = content(v, start, isComma(tokens[k - 1]) ? k - 1 : k);
    // ", confirming rebel accounts": the report says whose account this one confirms
    const confirms = !atEnd && /^(?:confirming|corroborating|echoing)$/.test(tokens[k + 1]?.lower ?? '') && k + 2 < end ? spanOf(tokens, k + 2, end) : undefined;
    if (body) out.push({ content: body.span, cue, sources, direct: body.direct, ...(when ? { saidWhen: when } : {}), ...(confirms ? { confirms } : {}) });
    if (andCue) {
      const p = verb;
      const negated = v.lex.cues.get(tokens[p]!.lemma)?.negated === true;
      out.push(...clauses(v, p + 1, end, { ...cue, span: spanOf(tokens, p, p + 1), text: tokens[p]!.text, lemma: tokens[p]!.lemma, negated }, sources));
      break;
    }
    if (sameSourceContrast) {
      out.push(...clauses(v, k + 2, end, cue, sources, when));
      break;
    }
    if (atEnd || participle === 'close') break;
    if (participle === 'continue') {
      const p = k + 1;
      const negated = v.lex.cues.get(tokens[p]!.lemma)?.negated === true;
      out.push(...clauses(v, p + 1, end, { ...cue, span: spanOf(tokens, p, p + 1), text: tokens[p]!.text, lemma: tokens[p]!.lemma, negated }, sources));
      break;
    }
    start = k + 1;
  }
  return out;
}

/** "..., Abdel Rahman said, adding that ...": claims after the cue by the same source. */
function continuation(v: SentenceView, k: number, cue: FoundCue, sources: readonly SourceMention[]): RawAttribution[] {
  const end = lastWord(v) + 1;
  const { tokens } = v;
  if (!isComma(tokens[k]) || CONTINUING_PARTICIPLES[tokens[k + 1]?.lower ?? ''] !== 'continue') return [];
  const p = k + 1;
  const negated = v.lex.cues.get(tokens[p]!.lemma)?.negated === true;
  return clauses(v, p + 1, end, { ...cue, span: spanOf(tokens, p, p + 1), text: tokens[p]!.text, lemma: tokens[p]!.lemma, negated }, sources);
}

const NOT_SPEAKERS = /^(?:update|updated|note|editor|editors|photo|video|watch|read|related|correction|warning|breaking|source|sources|update|live|analysis|opinion|q|a)$/i;

/**
 * A speaker label at the head of a paragraph or headline: "PENCE: ...", "Pence: Flowers won't be
 * at the debate". The name (one to four proper nouns) is the source, the rest of the sentence
 * the content.
 * @example
 * attributeSpeakerLabel(view, true)?.[0].cue.text; // ':' for "PENCE: We will win."
 */
export function attributeSpeakerLabel(v: SentenceView, isParagraphStart: boolean): RawAttribution[] | null {
  const { tokens, lex } = v;
  const s = v.sentence;
  if (!isParagraphStart) return null;
  const first = isOpenQuote(tokens[s.first]) ? s.first + 1 : s.first;
  let k = first;
  while (k < s.last && k - first < 4 && (tokens[k]!.pos === 'PROPN' || /^\p{Lu}[\p{Lu}.'-]+$/u.test(tokens[k]!.text))) k++;
  if (k === first || tokens[k]?.text !== ':' || NOT_SPEAKERS.test(tokens[first]!.text)) return null;
  const sources = readSourceMentions(tokens, first, k, lex);
  // (a name, or one word in capitals, a surname or an acronym: "PENCE:", "STAT OF THE WEEK:")
  const capitals = sources[0]?.profile.kind === 'descriptor' && sources[0].profile.descriptor === undefined && /^\p{Lu}{2,}$/u.test(sources[0].text) && tokens[first]!.pos === 'PROPN';
  if (!sources.length || sources[0]!.profile.kind !== 'person' && sources[0]!.profile.kind !== 'entity' && !capitals) return null;
  const body = content(v, k + 1, lastWord(v) + 1);
  if (!body) return null;
  const cue: FoundCue = { span: spanOf(tokens, k, k + 1), text: ':', lemma: ':', hedged: false, negated: false, kind: 'speech' };
  return [{ content: body.span, cue, sources, direct: body.direct }];
}

/**
 * A quotation signed with a dash, as comments, epigraphs and social posts are printed:
 * "“We will not leave.” ― Omar Khalil". The name after the dash is the source.
 * @example
 * attributeDashSignature(view)?.[0].cue.text; // '―'
 */
export function attributeDashSignature(v: SentenceView): RawAttribution[] | null {
  const { tokens, lex } = v;
  const s = v.sentence;
  const end = lastWord(v) + 1;
  let k = end;
  while (k - 1 > s.first && end - k < 5 && tokens[k - 1]!.pos === 'PROPN' && startsUpper(tokens[k - 1]!.text)) k--;
  const dash = tokens[k - 1];
  const close = tokens[k - 2];
  if (k === end || !dash || !DASHES.has(dash.text) || !isCloseQuote(close)) return null;
  const quote = v.quotes.find((q) => q.end === close!.end);
  if (!quote) return null;
  const sources = readSourceMentions(tokens, k, end, lex);
  if (!sources.length || sources[0]!.profile.kind !== 'person') return null;
  const cue: FoundCue = { span: spanOf(tokens, k - 1, k), text: dash.text, lemma: dash.text, hedged: false, negated: false, kind: 'speech' };
  return [{ content: trimInner(v, quote.inner), cue, sources, direct: true }];
}

/** A word for a figure rather than a document: "toll", "count", "estimates". */
function isFigureWord(lemma: string): boolean {
  return FIGURE_NOUNS.has(lemma) || lemma === 'estimate' || lemma === 'estimates' || lemma === 'numbers';
}

/**
 * "according to X": content before it (or after it, at the head of a sentence).
 * @example
 * attributeAccordingTo(view, k)?.[0].cue.text; // 'according to'
 */
export function attributeAccordingTo(v: SentenceView, c: number): RawAttribution[] | null {
  const { tokens, lex } = v;
  if (tokens[c]!.lower !== 'according' || tokens[c + 1]?.lower !== 'to' || inQuote(v, c)) return null;
  const s = v.sentence;
  const end = lastWord(v) + 1;
  let srcEnd = c + 2;
  while (srcEnd < end && !isComma(tokens[srcEnd])) srcEnd++;
  const sources = readSourceMentions(tokens, c + 2, srcEnd, lex);
  // "according to the latest toll": a figure with nobody named behind it is no source; a document
  // is ("according to the results", "according to exit polling data", "according to the 2009 paper")
  if (!sources.length || sources.some((m) => isEvidenceOnly(m) && m.headLemmas.some(isFigureWord))) return null;
  const cue: FoundCue = { span: spanOf(tokens, c, c + 2), text: `${tokens[c]!.text} ${tokens[c + 1]!.text}`, lemma: 'according to', hedged: false, negated: false, kind: 'according' };
  const atHead = c === s.first || (c - 1 >= s.first && isComma(tokens[c - 1]) && prevComma(v, c - 2) < s.first && c - s.first <= 6);
  const body = atHead && c === s.first ? content(v, srcEnd + 1, end) : content(v, s.first, isComma(tokens[c - 1]) ? c - 1 : c);
  if (!body) return null;
  return [{ content: body.span, cue, sources, direct: body.direct }];
}
