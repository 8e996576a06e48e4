/**
 * Stage 1, document intake: finds the publication date, the dateline and the agency, and masks
 * the text that is not reporting (a leading date line, picture credits, promo and share lines,
 * captions printed twice). What is left is a list of segments (spans of the original text) for
 * the later stages to read; nothing is copied, so every offset stays an offset into the input.
 *
 * Method: line-level boilerplate classes as in jusText (Pomikálek 2011), dateline conventions of
 * the AP and Reuters stylebooks.
 * @module
 */
import type { Diagnostic, Span } from '../types.js';
import type { Lexicon } from '../lexicon/index.js';
import { BYLINE, DATELINE_AGENCIES, PARENTHETICAL, RELATED_LABEL, isCredit } from '../lexicon/boilerplate.js';
import { readLeadingDate } from '../util/calendar.js';
import { LIMITS } from '../limits.js';
import { normalisedHash } from '../util/hash.js';

/**
 * A document after intake.
 * @example
 * intake({ id: 'a', text: ' date 2017-03-22 Rebels advanced.', date: null }, DEFAULT_LEXICON).segments;
 */
export interface IntakeDoc {
  readonly id: string;
  /** The original text, untouched. */
  readonly text: string;
  /** Publication date, YYYY-MM-DD, from the input or else from the text. */
  readonly date: string | null;
  readonly title?: string;
  readonly publisher?: string;
  /** Place of the dateline ("BEIRUT"), agency in it ("AP"). */
  readonly dateline?: string;
  readonly agency?: string;
  /** Where the reporting is, in reading order; paragraphs stay separate segments. */
  readonly segments: readonly Span[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * What intake needs of a validated input document.
 * @example
 * const input: IntakeInput = { id: 'a', text: 'Rebels advanced.', date: '2017-03-22' };
 */
export interface IntakeInput {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly title?: string;
  readonly publisher?: string;
}

const DATE_LINE = /^\s*(?:date(?: of publication)?|posted(?: on)?|published(?: on)?|updated(?: on)?)\s*:?\s+/i;
const DATELINE = /^([A-Z][A-Z'./-]{1,30}(?: [A-Z][A-Z'./-]{1,30}){0,3})(?:,\s*[A-Z][a-z]{2,9}\.?(?: \d{1,2})?)?\s*\(([A-Za-z]{2,12})\)\s*(?:[-\u2013\u2014:]\s*)?/;
/**
 * A dateline whose place is in title case, as AFP and many sites print it ("Addis Ababa (AFP) -",
 * "Yangon, Myanmar (AFP) -"): the separator after the agency is required, so a sentence that opens
 * with a name and an acronym in brackets is not read as one.
 */
const TITLE_DATELINE = /^([A-Z][\p{L}'.-]{1,30}(?: (?:[a-z]{1,3}[- ])?[A-Z][\p{L}'.-]{1,30}){0,3})(?:,\s*[A-Z][\p{L}]{2,14}\.?(?: \d{1,2})?)?\s*\(([A-Za-z]{2,12})\)\s*[-\u2013\u2014:]\s*/u;
/**
 * A dateline with no agency, as newspapers print their own ("WASHINGTON — Sen. X said",
 * "CHICAGO, Ill. - ..."): a place in capitals, a dash with spaces around it, then a capitalised word.
 */
const PLACE_DATELINE = /^([A-Z][A-Z'.-]{2,30}(?: [A-Z][A-Z'.-]{1,30}){0,3})(?:,\s*[A-Z][\p{L}.]{1,14}(?: [A-Z][\p{L}.]{1,14})?)?\s+[-\u2013\u2014]{1,2}\s+(?=[A-Z\u201c"'\u2018])/u;
/** A dateline with a date (or nothing) before the agency: "March 4 (AP) —", "Dec 29 (Reuters) -", "(AFP) -". */
const DATE_DATELINE = /^(?:[A-Z][a-z]{2,8}\.? \d{1,2}\s*)?\(([A-Za-z]{2,12})\)\s*[-\u2013\u2014:]\s*/;
const MIN_REPEAT = 30;

/**
 * Runs of at least `min` characters without white space, by a scan: a regular expression such as
 * `\S{200,}` is linear, but V8 overflows its stack matching one over millions of characters.
 */
function longRuns(text: string, min: number): Span[] {
  const out: Span[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space && start < 0) start = i;
    else if (space && start >= 0) {
      if (i - start >= min) out.push({ start, end: i });
      start = -1;
    }
  }
  return out;
}

/** HTML tags and the whole of script and style blocks, found by scanning (no backtracking). */
function markup(text: string): Span[] {
  const out: Span[] = [];
  let lower: string | undefined;
  let i = text.indexOf('<');
  while (i >= 0) {
    const tag = /^<\/?([A-Za-z][A-Za-z0-9-]{0,20})\b/.exec(text.slice(i, i + 24));
    const close = tag ? text.indexOf('>', i) : -1;
    if (!tag || close < 0 || close - i > 2000) { i = text.indexOf('<', i + 1); continue; }
    let end = close + 1;
    const name = tag[1]!.toLowerCase();
    if ((name === 'script' || name === 'style') && !tag[0].startsWith('</')) {
      lower ??= text.toLowerCase();
      const closing = lower.indexOf(`</${name}`, end);
      end = closing < 0 ? text.length : (text.indexOf('>', closing) + 1 || text.length);
    }
    out.push({ start: i, end });
    i = text.indexOf('<', end);
  }
  return out;
}

/**
 * Reads one document: its date, dateline and the segments that carry reporting.
 * @example
 * const doc = intake({ id: 'a', text: 'date 2017-03-22 BEIRUT (AP) Rebels said ...', date: null }, DEFAULT_LEXICON);
 * doc.date; // '2017-03-22'
 * doc.agency; // 'AP'
 */
export function intake(input: IntakeInput, lexicon: Lexicon): IntakeDoc {
  const { id, text } = input;
  const diagnostics: Diagnostic[] = [];
  const masks: Span[] = [];
  let date = input.date;
  let dateline: string | undefined;
  let agency: string | undefined;

  // 1. a leading date line: "date 2017-03-22", "Posted on April 4 2017", "Sun 10 Jul 2016"
  // (read in the opening characters only: the regular expression is anchored there)
  const head = DATE_LINE.exec(text.slice(0, 200));
  const dateAt = head ? head[0].length : leadingSpace(text);
  const lead = readLeadingDate(text.slice(dateAt, dateAt + 40));
  if (lead && (head || dateAt < 4)) {
    masks.push({ start: 0, end: dateAt + lead.length });
    if (!date) date = lead.iso;
  }

  // 2. lines: boilerplate lines, a headline, links to other stories, datelines at the head of a paragraph
  const dateMask = lead && masks[0]?.start === 0 ? masks[0] : undefined;
  let first = true;
  let related = false;
  let byline = false;
  for (const line of lines(text)) {
    const body = text.slice(line.start, line.end);
    if (lexicon.boilerplate.some((re) => re.test(body))) {
      masks.push(line);
      diagnostics.push({ docId: id, code: 'boilerplate', message: `Skipped a line that is site furniture, not reporting: "${clip(body)}".`, span: line });
      related = RELATED_LABEL.test(body);
      byline = BYLINE.test(body);
      continue;
    }
    if (byline && DESK.test(body)) {
      byline = false;
      masks.push(line);
      diagnostics.push({ docId: id, code: 'boilerplate', message: `Skipped the desk named after the byline: "${clip(body)}".`, span: line });
      continue;
    }
    byline = false;
    const lineStart = dateMask && dateMask.end > line.start && dateMask.start <= line.start ? dateMask.end : line.start;
    const rest = text.slice(lineStart, line.end);
    const lead2 = rest.length - rest.trimStart().length;
    if (!rest.trim()) continue;
    const opening = first;
    first = false;
    // the headline: a first line that ends in no full stop, with the story after it; the titles of
    // other stories listed after "Related:" (a headline may carry a claim, but the story tells it)
    // (a line the story runs on from, "of Soran on Monday, ...", was broken inside a sentence)
    const storyAfter = opening && line.end < text.trimEnd().length && !/^\s*\p{Ll}/u.test(text.slice(line.end, line.end + 12));
    if ((storyAfter || related) && isTitleLine(rest)) {
      const span = { start: lineStart + lead2, end: line.end };
      masks.push(span);
      diagnostics.push({ docId: id, code: opening ? 'headline' : 'boilerplate', message: `Skipped ${opening ? 'the headline' : 'the title of another story'} "${clip(rest)}".`, span });
      continue;
    }
    // a paragraph of its own that ends in no full stop: a photo caption, a credit, a subheading, a
    // label of the page ("Related posts", "Keep reading"); not a point of a list, nor a paragraph
    // that ends with its source in brackets ("... in serious trouble." [NYT.])
    if (!opening && isTitleLine(rest) && !rest.trimEnd().endsWith(']') && standsAlone(text, line) && !BULLET.test(rest)) {
      const span = { start: lineStart + lead2, end: line.end };
      masks.push(span);
      diagnostics.push({ docId: id, code: 'boilerplate', message: `Skipped a paragraph with no full stop, a caption, a credit or a label: "${clip(rest)}".`, span });
      continue;
    }
    related = false;
    const m = DATELINE.exec(rest.slice(lead2)) ?? TITLE_DATELINE.exec(rest.slice(lead2));
    if (m && DATELINE_AGENCIES.has(m[2]!)) {
      const span = { start: lineStart + lead2, end: lineStart + lead2 + m[0].length };
      masks.push(span);
      if (dateline === undefined) { dateline = m[1]!.trim(); agency = m[2]!; }
      diagnostics.push({ docId: id, code: 'dateline', message: `Read the dateline "${m[0].trim()}" as place and agency, not as a claim.`, span });
      continue;
    }
    const p = PLACE_DATELINE.exec(rest.slice(lead2));
    if (p) {
      const span = { start: lineStart + lead2, end: lineStart + lead2 + p[0].length };
      masks.push(span);
      dateline ??= p[1]!.trim();
      diagnostics.push({ docId: id, code: 'dateline', message: `Read the dateline "${p[0].trim()}" as a place, not as a claim.`, span });
      continue;
    }
    const d = DATE_DATELINE.exec(rest.slice(lead2));
    if (d && DATELINE_AGENCIES.has(d[1]!)) {
      const span = { start: lineStart + lead2, end: lineStart + lead2 + d[0].length };
      masks.push(span);
      agency ??= d[1]!;
      diagnostics.push({ docId: id, code: 'dateline', message: `Read the dateline "${d[0].trim()}" as date and agency, not as a claim.`, span });
    }
  }

  // 3. what cannot be read as prose: markup, runs with no spaces, what lies past the length limit
  const tags = markup(text);
  for (const t of tags) masks.push(t);
  if (tags.length) diagnostics.push({ docId: id, code: 'markup', message: `Skipped ${tags.length} HTML tags or script blocks.` });
  for (const span of longRuns(text, LIMITS.maxTokenLength)) {
    masks.push(span);
    diagnostics.push({ docId: id, code: 'long-token', message: `Skipped a run of ${span.end - span.start} characters without a space (a data URI or script?).`, span });
  }
  if (text.length > LIMITS.maxDocumentLength) {
    masks.push({ start: LIMITS.maxDocumentLength, end: text.length });
    diagnostics.push({ docId: id, code: 'truncated', message: `Read the first ${LIMITS.maxDocumentLength} of ${text.length} characters (LIMITS.maxDocumentLength).` });
  }

  // 4. picture and video credits
  for (const m of text.matchAll(PARENTHETICAL)) {
    if (!isCredit(m[1]!)) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    masks.push(span);
    diagnostics.push({ docId: id, code: 'credit', message: `Skipped the picture credit ${clip(m[0])}.`, span });
  }

  // 5. what is left, split at masks; a segment printed twice (a caption) is read once
  const segments: Span[] = [];
  const seen = new Set<number>();
  const masked = union(masks);
  let next = 0;
  for (const line of lines(text)) {
    while (next < masked.length && masked[next]!.end <= line.start) next++;
    let last = next;
    while (last < masked.length && masked[last]!.start < line.end) last++;
    for (const piece of subtract(line, masked.slice(next, last))) {
      const trimmed = trim(text, piece);
      if (trimmed.end <= trimmed.start) continue;
      const { hash: key, length } = normalisedHash(text, trimmed.start, trimmed.end, true);
      if (length >= MIN_REPEAT && seen.has(key)) {
        const passage = text.slice(trimmed.start, trimmed.end).replace(/\s+/g, ' ').toLowerCase();
        diagnostics.push({ docId: id, code: 'repeated-text', message: `Read a passage printed twice (a caption or a repeated paragraph) once: "${clip(passage)}".`, span: trimmed });
        continue;
      }
      seen.add(key);
      segments.push(trimmed);
    }
  }
  if (segments.length === 0) diagnostics.push({ docId: id, code: 'empty', message: 'The document has no text to read after cleaning.' });

  return {
    id, text, date, segments, diagnostics,
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.publisher !== undefined ? { publisher: input.publisher } : {}),
    ...(dateline !== undefined ? { dateline } : {}),
    ...(agency !== undefined ? { agency } : {}),
  };
}

/**
 * Whether a line is a paragraph of its own: a blank line (or the text's edge) before it and after
 * it, not a line of a paragraph broken by hard wraps.
 */
function standsAlone(text: string, line: Span): boolean {
  const before = text.slice(Math.max(0, line.start - 3), line.start);
  const after = text.slice(line.end, line.end + 3);
  const blank = (s: string): boolean => /\n[ \t\r]*\n|^[ \t\r]*$/.test(s);
  return (line.start === 0 || blank(before)) && (line.end >= text.length || blank(after));
}

/** A point of a list ("- ", "• ", "* "): a list's items may end in no full stop and still report. */
const BULLET = /^\s*[-\u2022*\u2013\u25AA]\s?\S/;

/** A desk or bureau named after a byline: a few capitalised words, nothing else. */
const DESK = /^\s*\p{Lu}[\p{L}'.-]{0,30}(?: \p{Lu}[\p{L}'.-]{0,30}){0,3}$/u;
/** The most words a headline or a story's title runs to. */
const TITLE_WORDS = 25;

/**
 * Whether a line reads as a title: no full stop, question or exclamation mark (nor a closing
 * quotation mark) at its end, and no more than {@link TITLE_WORDS} words.
 * @example
 * isTitleLine('Batibo: Military, Amba fighters trade claims after deadly weekend attack'); // true
 */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (!t || /[.!?:;,"\u201d'\u2019)]$/.test(t)) return false;
  let words = 1;
  for (let i = 0; i < t.length; i++) if (t[i] === ' ' && t[i + 1] !== ' ') words++;
  return words <= TITLE_WORDS;
}

/** How many white-space characters open the text (without copying it, as trimStart would). */
function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** The non-empty lines of a text, split at \n and \r (found with indexOf, not a scan per character). */
function* lines(text: string): Generator<Span> {
  // the next \n and \r at or after `start`, each searched for again only once passed (linear)
  const next = (c: string, from: number): number => { const i = text.indexOf(c, from); return i < 0 ? text.length : i; };
  let n = next('\n', 0);
  let r = next('\r', 0);
  let start = 0;
  while (start <= text.length) {
    if (n < start) n = next('\n', start);
    if (r < start) r = next('\r', start);
    const end = Math.min(n, r);
    if (end > start) yield { start, end };
    start = end + 1;
  }
}

/** Sorted, disjoint spans covering the same text as `spans`. */
function union(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.start <= prev.end) out[out.length - 1] = { start: prev.start, end: Math.max(prev.end, s.end) };
    else out.push({ ...s });
  }
  return out;
}

function subtract(span: Span, masks: readonly Span[]): Span[] {
  let pieces: Span[] = [span];
  for (const m of masks) {
    if (m.end <= span.start || m.start >= span.end) continue;
    pieces = pieces.flatMap((p) => {
      if (m.end <= p.start || m.start >= p.end) return [p];
      const out: Span[] = [];
      if (m.start > p.start) out.push({ start: p.start, end: m.start });
      if (m.end < p.end) out.push({ start: m.end, end: p.end });
      return out;
    });
  }
  return pieces;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
