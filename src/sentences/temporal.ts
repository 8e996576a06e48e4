/**
 * Time expressions marked on tokens: dates ("Tuesday", "March 22, 2017", "last week", "two years
 * ago", "the 1990s"), times of day ("9:30 p.m.", "Tuesday night", "this morning") and ordinals
 * ("third", "21st"). Later stages read these marks to step over a time phrase between a cue and its
 * source ("said on Tuesday night") and to tell a day or a year from a count.
 *
 * This replaces wink-nlp's entity step, which the library used only for these three types and
 * which cost about a quarter of wink's reading time. The types and their extent follow wink's
 * (and OntoNotes') DATE, TIME and ORDINAL: a date's day, comma and year are part of it; "ago"
 * phrases are dates; "night" alone is a time. Resolving a date to a day is the normaliser's work
 * (`src/normalise/dates.ts`); this only says where time is spoken of.
 * @module
 */
import { monthNumber, weekdayNumber } from '../util/calendar.js';

/**
 * What a token is part of: a date, a time of day, an ordinal, or none.
 * @example
 * const t: TemporalType = 'DATE';
 */
export type TemporalType = 'DATE' | 'TIME' | 'ORDINAL';

/** The fields of a token the marker reads. */
interface TemporalToken {
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
}

/** Ordinal words (ordinal numbers written out, first to ninety-ninth are formed from these). */
const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth', 'hundredth', 'thousandth',
]);
/** Parts of the day: a time by themselves ("night"), or after a weekday or "last", "this" ("Tuesday night"). */
const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'tonight', 'midnight', 'noon', 'overnight', 'dawn', 'dusk']);
/** Words that are a date by themselves. */
const DATE_WORDS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tomorrow']);
/** Calendar units that make a date after "last", "this", "next", "past" ("last week") or before "ago". */
const CALENDAR_UNITS: ReadonlySet<string> = new Set([
  'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries',
  'summer', 'winter', 'spring', 'autumn', 'fall', 'season', 'quarter', 'term',
]);
const DEICTIC: ReadonlySet<string> = new Set(['last', 'this', 'next', 'past', 'previous', 'coming']);
const COUNT_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'few', 'many', 'some']);
/** Prepositions that make a four-digit number before 1800 a year ("in 1789"), unless a noun follows ("of 1500 people"). */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'since', 'until', 'by', 'from', 'before', 'after', 'circa']);
const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);
const MERIDIEM = /^(?:a\.?m\.?|p\.?m\.?)$/i;

/** The lower-case words a time expression can start with (the others start with a digit or a capital). */
const STARTERS: ReadonlySet<string> = new Set([...ORDINAL_WORDS, ...DAY_PARTS, ...DATE_WORDS, ...DEICTIC, ...COUNT_WORDS]);

const isDigits = (s: string, min: number, max: number): boolean => {
  if (s.length < min || s.length > max) return false;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
};
const isYear = (s: string): boolean => isDigits(s, 4, 4) && +s >= 1800 && +s <= 2100;
const isDay = (s: string): boolean => isDigits(s, 1, 2) && +s >= 1 && +s <= 31 || /^\d{1,2}(?:st|nd|rd|th)$/i.test(s);
/** A month name: capitalised, and "May" only next to a day or a year (else it is the modal verb). */
function isMonth(tokens: readonly TemporalToken[], k: number): boolean {
  const t = tokens[k]!;
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90 || !monthNumber(t.lower)) return false;
  if (t.lower !== 'may' && t.lower !== 'march' && t.lower !== 'mar') return true;
  const next = tokens[k + 1]?.text ?? '';
  return isDay(next) || isYear(next) || isDay(tokens[k - 1]?.text ?? '') || /^(?:in|of|since|until|by|early|late|mid|last|next|this)$/.test(tokens[k - 1]?.lower ?? '');
}

/**
 * Marks the time expressions of a token list: one type (or null) per token.
 * @example
 * markTemporal(['on', 'Tuesday', 'night'].map((text) => ({ text, lower: text.toLowerCase(), pos: 'X' })));
 * // [null, 'DATE', 'DATE']
 */
export function markTemporal(tokens: readonly TemporalToken[]): (TemporalType | null)[] {
  const out: (TemporalType | null)[] = new Array<TemporalType | null>(tokens.length).fill(null);
  const mark = (a: number, b: number, type: TemporalType): number => { for (let i = a; i < b; i++) out[i] = type; return b - 1; };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const { text, lower } = t;
    const c = text.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    // most tokens are lower-case words that start nothing here
    if (c >= 97 && c <= 122 && !STARTERS.has(lower) && !lower.includes('-')) continue;
    if (digit) {
      // 9:30, 9:30pm, 9 p.m., 9pm
      if (/^\d{1,2}:\d{2}(?:[ap]\.?m\.?)?$/i.test(text) || /^\d{1,2}[ap]\.?m\.?$/i.test(text)) { k = mark(k, MERIDIEM.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1, 'TIME'); continue; }
      if (isDigits(text, 1, 2) && MERIDIEM.test(tokens[k + 1]?.text ?? '')) { k = mark(k, k + 2, 'TIME'); continue; }
      // 1600 GMT, 0400 local time: military time
      if (isDigits(text, 4, 4) && /^(?:gmt|utc|local)$/.test(tokens[k + 1]?.lower ?? '')) { k = mark(k, k + 2, 'TIME'); continue; }
      // 2017-03-22, 1990s, 90s, 2016; an older year after a preposition ("in 1789", "of 1780")
      if (/^\d{4}-\d{2}-\d{2}$/.test(text) || /^(?:1[89]|20)?\d0s$/.test(text) || isYear(text)
        || isDigits(text, 4, 4) && +text >= 1000 && +text < 1800 && YEAR_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') && !NOMINAL.has(tokens[k + 1]?.pos ?? '')) { k = mark(k, k + 1, 'DATE'); continue; }
      // 22 March (2017)
      if (isDay(text) && tokens[k + 1] && isMonth(tokens, k + 1)) {
        let last = k + 2;
        if (isYear(tokens[last]?.text ?? '')) last++;
        k = mark(k, last, 'DATE');
        continue;
      }
      if (/^\d+(?:st|nd|rd|th)$/i.test(text)) { k = mark(k, k + 1, /^centur/.test(tokens[k + 1]?.lower ?? '') ? 'DATE' : 'ORDINAL'); continue; }
    }
    // March 22, 2017 / March 2017 / March
    if (c >= 65 && c <= 90 && isMonth(tokens, k)) {
      let last = k + 1;
      if (isDay(tokens[last]?.text ?? '')) {
        last++;
        if (tokens[last]?.text === ',' && isYear(tokens[last + 1]?.text ?? '')) last += 2;
        else if (isYear(tokens[last]?.text ?? '')) last++;
      } else if (isYear(tokens[last]?.text ?? '')) last++;
      k = mark(k, last, 'DATE');
      continue;
    }
    // Tuesday, Tuesday night
    if (c >= 65 && c <= 90 && text.length >= 6 && weekdayNumber(lower) >= 0) {
      k = mark(k, DAY_PARTS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1, 'DATE');
      continue;
    }
    if (DATE_WORDS.has(lower)) { k = mark(k, k + 1, 'DATE'); continue; }
    if (DAY_PARTS.has(lower)) { k = mark(k, k + 1, 'TIME'); continue; }
    // last week, this year, the past month; last night, this morning
    if (DEICTIC.has(lower)) {
      const next = tokens[k + 1]?.lower ?? '';
      if (CALENDAR_UNITS.has(next)) { k = mark(k, k + 2, 'DATE'); continue; }
      if (DAY_PARTS.has(next)) { k = mark(k, k + 2, 'TIME'); continue; }
    }
    // two years ago, a week ago, 10 days ago
    if ((COUNT_WORDS.has(lower) || digit) && CALENDAR_UNITS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'ago') { k = mark(k, k + 3, 'DATE'); continue; }
    if (ORDINAL_WORDS.has(lower) || lower.includes('-') && /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.test(lower)) { k = mark(k, k + 1, 'ORDINAL'); continue; }
  }
  return out;
}
