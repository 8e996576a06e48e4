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
import { CREDIT_PATTERN, DATELINE_AGENCIES } from '../lexicon/boilerplate.js';
import { readLeadingDate } from '../util/calendar.js';

/** A document after intake. */
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

/** What intake needs of a validated input document. */
export interface IntakeInput {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly title?: string;
  readonly publisher?: string;
}

const DATE_LINE = /^\s*(?:date(?: of publication)?|posted(?: on)?|published(?: on)?|updated(?: on)?)\s*:?\s+/i;
const DATELINE = /^([A-Z][A-Z'.-]{1,30}(?: [A-Z][A-Z'.-]{1,30}){0,3})(?:,\s*[A-Z][a-z]{2,9}\.?(?: \d{1,2})?)?\s*\(([A-Za-z]{2,12})\)\s*(?:[-\u2013\u2014:]\s*)?/;
const MIN_REPEAT = 30;

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
  const head = DATE_LINE.exec(text);
  const dateAt = head ? head[0].length : text.length - text.trimStart().length;
  const lead = readLeadingDate(text.slice(dateAt, dateAt + 40));
  if (lead && (head || dateAt < 4)) {
    masks.push({ start: 0, end: dateAt + lead.length });
    if (!date) date = lead.iso;
  }

  // 2. lines: boilerplate lines, datelines at the head of a paragraph
  for (const line of lines(text)) {
    const body = text.slice(line.start, line.end);
    if (lexicon.boilerplate.some((re) => re.test(body))) {
      masks.push(line);
      diagnostics.push({ docId: id, code: 'boilerplate', message: `Skipped a line that is site furniture, not reporting: "${clip(body)}".`, span: line });
      continue;
    }
    const lineStart = Math.max(line.start, masks.find((m) => m.start <= line.start && m.end > line.start)?.end ?? line.start);
    const rest = text.slice(lineStart, line.end);
    const lead2 = rest.length - rest.trimStart().length;
    const m = DATELINE.exec(rest.slice(lead2));
    if (m && DATELINE_AGENCIES.has(m[2]!)) {
      const span = { start: lineStart + lead2, end: lineStart + lead2 + m[0].length };
      masks.push(span);
      if (dateline === undefined) { dateline = m[1]!.trim(); agency = m[2]!; }
      diagnostics.push({ docId: id, code: 'dateline', message: `Read the dateline "${m[0].trim()}" as place and agency, not as a claim.`, span });
    }
  }

  // 3. picture and video credits
  for (const m of text.matchAll(CREDIT_PATTERN)) {
    const span = { start: m.index, end: m.index + m[0].length };
    masks.push(span);
    diagnostics.push({ docId: id, code: 'credit', message: `Skipped the picture credit ${clip(m[0])}.`, span });
  }

  // 4. what is left, split at masks; a segment printed twice (a caption) is read once
  const segments: Span[] = [];
  const seen = new Set<string>();
  for (const line of lines(text)) {
    for (const piece of subtract(line, masks)) {
      const trimmed = trim(text, piece);
      if (trimmed.end <= trimmed.start) continue;
      const key = text.slice(trimmed.start, trimmed.end).replace(/\s+/g, ' ').toLowerCase();
      if (key.length >= MIN_REPEAT && seen.has(key)) {
        diagnostics.push({ docId: id, code: 'repeated-text', message: `Read a passage printed twice (a caption or a repeated paragraph) once: "${clip(key)}".`, span: trimmed });
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
    ...(dateline !== undefined ? { dateline, agency: agency! } : {}),
  };
}

function* lines(text: string): Generator<Span> {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) {
      if (i > start) yield { start, end: i };
      start = i + 1;
    }
  }
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
