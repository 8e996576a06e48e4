/**
 * Stage 2, sentences and tokens: reads each segment with wink-nlp, finds quotations, and keeps a
 * sentence whole while a quotation is open across it (a sentence does not end inside quoted
 * words, as in PARC's treatment of multi-sentence quotes).
 * @module
 */
import { CUE_VERBS } from '../lexicon/cues.js';
import type { Diagnostic, Span } from '../types.js';
import type { IntakeDoc } from '../intake/index.js';
import { readSegments, withFields, type Token } from './wink.js';
import { normalisedHash } from '../util/hash.js';
import { DASHES } from '../util/words.js';

export type { Token } from './wink.js';

/**
 * A sentence: its span and its tokens as a range of the document's token array.
 * @example
 * readSentences(doc).sentences[0]; // { index: 0, start: 0, end: 42, first: 0, last: 9, segment: 0 }
 */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly first: number;
  /** Exclusive. */
  readonly last: number;
  /** Index of the segment (paragraph) it stands in. */
  readonly segment: number;
}

/**
 * A quotation: the span with its marks, and the quoted words inside them.
 * @example
 * readSentences(doc).quotes[0].inner; // the quoted words without their marks
 */
export interface Quote {
  readonly start: number;
  readonly end: number;
  readonly inner: Span;
}

/**
 * A document read into tokens, sentences and quotations.
 * @example
 * const { tokens, sentences, quotes } = readSentences(intake(input, DEFAULT_LEXICON));
 */
export interface ParsedDoc {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads the segments of a document into tokens, sentences and quotations.
 * @example
 * const parsed = readSentences(intake({ id: 'a', text: '“We won,” he said.', date: null }, DEFAULT_LEXICON));
 * parsed.quotes[0].inner; // { start: 1, end: 8 }
 */
export function readSentences(doc: IntakeDoc): ParsedDoc {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const quotes: Quote[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<number>();
  let repeated = 0;
  const reads = readSegments(doc.text, doc.segments, 0);
  doc.segments.forEach((seg, segment) => {
    const read = reads[segment]!;
    const found = findQuotes(doc.text, seg);
    // single quotation marks (British style: ‘We are winning,’ said Ahmed), outside double ones
    const single = findSingleQuotes(doc.text, seg, found.quotes);
    if (single.length) {
      markQuoteTokens(read.tokens, single);
      found.quotes.push(...single);
      found.quotes.sort((a, b) => a.start - b.start);
    }
    for (const t of read.tokens) tokens.push(t);
    for (const q of found.quotes) quotes.push(q);
    if (found.unbalanced !== null) {
      diagnostics.push({ docId: doc.id, code: 'unbalanced-quote', message: 'A quotation mark has no partner; the quotation was read as plain text.', span: { start: found.unbalanced, end: found.unbalanced + 1 } });
    }
    for (const s of mergeAcrossQuotes(splitAfterLetterNames(read.sentences, tokens), tokens, found.quotes)) {
      const start = tokens[s.first]!.start;
      const end = tokens[s.last - 1]!.end;
      if (end - start >= MIN_REPEAT) {
        const key = normalisedHash(doc.text, start, end).hash;
        if (seen.has(key)) { repeated++; continue; }
        seen.add(key);
      }
      sentences.push({ index: sentences.length, start: tokens[s.first]!.start, end: tokens[s.last - 1]!.end, first: s.first, last: s.last, segment });
    }
  });
  if (repeated) diagnostics.push({ docId: doc.id, code: 'repeated-sentence', message: `Read ${repeated} sentences that repeat an earlier one of the same document once.` });
  return { tokens, sentences, quotes, diagnostics };
}

/** Sentences at least this long that repeat an earlier one are read once. */
const MIN_REPEAT = 20;
/** “ and ”, as char codes. */
const OPEN = 0x201c;
const CLOSE = 0x201d;

/** Pairs quotation marks in one segment: curly ones by direction, straight ones by position. */
function findQuotes(text: string, seg: Span): { quotes: Quote[]; unbalanced: number | null } {
  const quotes: Quote[] = [];
  let open = -1;
  let unbalanced: number | null = null;
  let width = 1;
  for (let i = seg.start; i < seg.end; i++) {
    // char codes: most characters are none of these, and a one-character string per character costs
    let c = text.charCodeAt(i);
    if (c !== 0x27 && c !== OPEN && c !== CLOSE && c !== 0x22) continue;
    // '' (two apostrophes) is a straight quotation mark, as archives print it
    const doubled = c === 0x27 && text.charCodeAt(i + 1) === 0x27;
    if (doubled) c = 0x22;
    if (c === 0x27) continue;
    const opens = c === OPEN || (c === 0x22 && open < 0 && (i === seg.start || /[\s([\u2014\u2013-]/.test(text[i - 1]!)));
    if (opens) {
      if (open >= 0) unbalanced ??= open;
      open = i;
      width = doubled ? 2 : 1;
    } else if (open >= 0) {
      const end = i + (doubled ? 2 : 1);
      quotes.push({ start: open, end, inner: { start: open + width, end: i } });
      open = -1;
    } else {
      unbalanced ??= i;
    }
    if (doubled) i++;
  }
  if (open >= 0) unbalanced ??= open;
  return { quotes, unbalanced };
}

/**
 * Pairs single quotation marks in one segment, outside the double quotations already found. An
 * opening mark follows a space or the segment's start and precedes a word; a closing mark follows
 * the quotation's last word and its punctuation (‘..., ’ or ‘...!’) or precedes punctuation (the
 * British ‘...’, he said). An apostrophe (don’t, the rebels’ positions) is neither; an opening mark
 * with no closing one in the segment is no quotation ('90s).
 */
function findSingleQuotes(text: string, seg: Span, double: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let d = 0;
  for (let i = seg.start; i < seg.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x27 && c !== 0x2018 && c !== 0x2019) continue;
    while (d < double.length && double[d]!.end <= i) d++;
    if (d < double.length && double[d]!.start <= i) continue;
    const prev = i > seg.start ? text.charCodeAt(i - 1) : 32;
    const next = i + 1 < seg.end ? text.charCodeAt(i + 1) : 32;
    const afterSpace = i === seg.start || isSpaceOrOpener(prev);
    if (c !== 0x2019 && afterSpace && isWordStart(next)) { open = i; continue; }
    if (c === 0x2018 || open < 0 || afterSpace) continue;
    if (isClosingPunctuation(prev) || i + 1 === seg.end || isClosingPunctuation(next) || next === 0x3b || next === 0x3a || next === 0x29) {
      out.push({ start: open, end: i + 1, inner: { start: open + 1, end: i } });
      open = -1;
    }
  }
  return out;
}
const isSpaceOrOpener = (c: number): boolean => c === 32 || c === 0xa0 || c >= 9 && c <= 13 || c === 0x28 || c === 0x5b || c === 0x2014 || c === 0x2013 || c === 0x2d;
const isWordStart = (c: number): boolean => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 0xc0 && c !== 0x2019 && c !== 0x2018;
/** , . ! ? and the ellipsis: what ends a quotation's words. */
const isClosingPunctuation = (c: number): boolean => c === 0x2c || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;

/** Marks the tokens that open and close single-quoted quotations, so that attribution reads them as quotation marks. */
function markQuoteTokens(tokens: Token[], quotes: readonly Quote[]): void {
  let k = 0;
  for (const q of quotes) {
    while (k < tokens.length && tokens[k]!.start < q.start) k++;
    if (tokens[k]?.start === q.start && tokens[k]!.end === q.start + 1) tokens[k] = withFields(tokens[k]!, { quote: 'open' });
    let j = k;
    while (j < tokens.length && tokens[j]!.start < q.end - 1) j++;
    if (tokens[j]?.start === q.end - 1) tokens[j] = withFields(tokens[j]!, { quote: 'close' });
  }
}

const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
/** The default lexicon's verbs of saying and reporting (what a quotation's speaker does after it). */
const SAYING: ReadonlySet<string> = new Set(CUE_VERBS.filter((c) => c.kind === 'speech' || c.kind === 'report').map((c) => c.lemma));

/**
 * Tokens `[a, b)` are only a speaker and a verb of saying, with at most a setting or a participle
 * clause after it ("Trump said.", "the minister asked on Tuesday.", "Trump said, looking out"):
 * what a sentence that follows a quotation is when it attributes the quotation.
 */
function isSpeakerTail(tokens: readonly Token[], a: number, b: number): boolean {
  let k = a;
  while (k < b && k - a < 6 && NOUN_PHRASE_TAGS.has(tokens[k]!.pos)) k++;
  const verb = tokens[k];
  if (k === a || verb === undefined || verb.pos !== 'VERB' || !SAYING.has(verb.lemma)) return false;
  // nothing after it but an addressee or a setting ("Boyle asked Trump."), nothing that reports on
  // its own: no quotation ("He adds, “...”"), no clause
  // ("Local sources announced on Saturday that ...")
  for (let j = k + 1; j < b; j++) {
    const t = tokens[j]!;
    if (t.text === '\u201C' || t.text === '"' || t.text === "''" || t.lower === 'that' || (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) return false;
  }
  return true;
}

/**
 * Splits a sentence the tokenizer ran on past a one-letter name that ends it: "said in a statement
 * posted on X. He said ...". A capital letter after a name is an initial ("George W. Bush"), not
 * one after a preposition or a determiner.
 */
function splitAfterLetterNames(raw: readonly { first: number; last: number }[], tokens: readonly Token[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (const s of raw) {
    let first = s.first;
    for (let k = s.first + 1; k + 1 < s.last; k++) {
      // the letter and its period are one token ("X."), after a preposition or a determiner, and
      // what follows opens a sentence: no name goes on ("the J. Paul Getty Museum" does)
      const next = tokens[k + 1]!;
      if (!/^\p{Lu}\.$/u.test(tokens[k]!.text) || !/^(?:ADP|DET)$/.test(tokens[k - 1]!.pos) || !next.spaced || !/^\p{Lu}/u.test(next.text) || next.pos === 'PROPN') continue;
      out.push({ first, last: k + 1 });
      first = k + 1;
    }
    out.push({ first, last: s.last });
  }
  return out;
}

/** Joins consecutive sentences while a quotation is open across their boundary. */
function mergeAcrossQuotes(raw: readonly { first: number; last: number }[], tokens: readonly Token[], quotes: readonly Quote[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let q = 0;
  for (const s of raw) {
    const prev = out[out.length - 1];
    if (prev) {
      const boundary = tokens[s.first]!.start;
      while (q < quotes.length && quotes[q]!.end <= boundary) q++;
      // a quotation open across the boundary, or one that ends the sentence before a lower-case
      // continuation ("“A pathetic figure!” he wrote."): one sentence
      const closed = tokens[prev.last - 1]!;
      const before = tokens[prev.last - 2];
      // "Rep. Stephen Lynch (D-Mass.) said": a split after an abbreviation, not a sentence end
      const abbreviation = closed.text === ')' && before?.text === '.' || closed.text === '.' && before !== undefined && !closed.spaced && /^\p{Lu}[\p{L}.]{0,3}$/u.test(before.text);
      const opening = tokens[s.first]!.text;
      const continues = /^\p{Ll}/u.test(opening) && (closed.text === '\u201D' || closed.text === '"' || closed.text === "''" || abbreviation)
        // "(R-S.C.)": the split fell inside an abbreviation of initials
        || abbreviation && (opening === ')' || /^\p{Lu}\.$/u.test(opening) || /^\p{Lu}$/u.test(opening) && tokens[s.first + 1]?.text === '.')
        // "“...” ― Sonya Herridge": a quotation and the dash that signs it
        || DASHES.has(opening) && (closed.text === '\u201D' || closed.text === '"' || closed.text === "''")
        // "“Who would have believed it?” Trump said.": the quotation's speaker after it
        || (closed.text === '\u201D' || closed.text === '"' || closed.text === "''") && isSpeakerTail(tokens, s.first, s.last);
      if (q < quotes.length && quotes[q]!.start < boundary || continues) {
        out[out.length - 1] = { first: prev.first, last: s.last };
        continue;
      }
    }
    out.push({ ...s });
  }
  return out;
}
