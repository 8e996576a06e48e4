/**
 * Dates in a sentence, resolved against the document date. "On Tuesday" is the latest Tuesday on
 * or before the publication date (the wire-copy convention: a report speaks of the past week;
 * chrono-node instead picks the nearest weekday, which can lie in the future). "The previous day"
 * counts back from the date the sentence has just named.
 * @module
 */
import type { Token } from '../sentences/index.js';
import type { Span } from '../types.js';
import { addDays, isoDate, latestWeekday, monthNumber, weekdayNumber } from '../util/calendar.js';
import { startsUpper } from '../util/words.js';

/**
 * A date expression and what it resolves to (null: vague, such as "in recent weeks").
 * @example
 * findDates(tokens, 0, tokens.length, '2017-03-22')[0]; // { date: '2017-03-21', ... } for "on Tuesday"
 */
export interface DateMention {
  readonly span: Span;
  readonly first: number;
  readonly last: number;
  readonly date: string | null;
}

/** The lower-case words a date expression can start with (the others start with a digit or a capital). */
const DATE_STARTS = new Set(['yesterday', 'today', 'tonight', 'the', 'a', 'one', 'last', 'this', 'recent', 'earlier']);

/**
 * The date expressions of tokens `[a, b)`, resolved against `docDate` (YYYY-MM-DD or null).
 * @example
 * findDates(tokens, 0, tokens.length, '2017-03-22')[0].date; // '2017-03-21' for "on Tuesday"
 */
export function findDates(tokens: readonly Token[], a: number, b: number, docDate: string | null): DateMention[] {
  const out: DateMention[] = [];
  let anchor: string | null = null;
  let k = a;
  let t = tokens[a]!;
  const push = (last: number, date: string | null): void => {
    out.push({ span: { start: t.start, end: tokens[last - 1]!.end }, first: k, last, date });
    if (date) anchor = date;
    k = last - 1;
  };
  for (; k < b; k++) {
    t = tokens[k]!;
    // most words start no date: only digits, capitals and a few words do
    const c = t.text.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !startsUpper(t.text) && !DATE_STARTS.has(t.lower)) continue;
    // 2017-03-22
    const iso = c >= 48 && c <= 57 ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.text) : null;
    if (iso) { push(k + 1, isoDate(+iso[1]!, +iso[2]!, +iso[3]!)); continue; }
    // March 22(, 2017) / 22 March( 2017)
    const month = startsUpper(t.text) ? monthNumber(t.text) : 0;
    if (month && t.lower !== 'may' || month === 5 && /^\d{1,2}$/.test(tokens[k + 1]?.text ?? '')) {
      const day = /^\d{1,2}$/.test(tokens[k + 1]?.text ?? '') ? +tokens[k + 1]!.text : 0;
      const dayBefore = /^\d{1,2}$/.test(tokens[k - 1]?.text ?? '') ? +tokens[k - 1]!.text : 0;
      if (day || dayBefore) {
        let last = day ? k + 2 : k + 1;
        if (tokens[last]?.text === ',' && /^\d{4}$/.test(tokens[last + 1]?.text ?? '')) last++;
        const year = /^\d{4}$/.test(tokens[last]?.text ?? '') ? +tokens[last++]!.text : null;
        const d = day || dayBefore;
        let date = isoDate(year ?? (docDate ? +docDate.slice(0, 4) : NaN), month, d);
        if (date && year === null && docDate && date > addDays(docDate, 7)) date = isoDate(+docDate.slice(0, 4) - 1, month, d);
        if (dayBefore && !day) {
          out.push({ span: { start: tokens[k - 1]!.start, end: tokens[last - 1]!.end }, first: k - 1, last, date });
          if (date) anchor = date;
          k = last - 1;
        } else push(last, date);
        continue;
      }
    }
    // Tuesday
    const wd = startsUpper(t.text) ? weekdayNumber(t.text) : -1;
    if (wd >= 0 && t.text.length >= 6) {
      const next = tokens[k - 1]?.lower === 'next';
      push(k + 1, docDate && !next ? latestWeekday(docDate, wd) : null);
      continue;
    }
    if (t.lower === 'yesterday') { push(k + 1, docDate ? addDays(docDate, -1) : null); continue; }
    if (t.lower === 'today' || t.lower === 'tonight') { push(k + 1, docDate); continue; }
    // "resumed the advance this morning", "early this afternoon": the day of the report
    if (t.lower === 'this' && /^(?:morning|afternoon|evening)$/.test(tokens[k + 1]?.lower ?? '')) { push(k + 2, docDate); continue; }
    // the previous day, the day before, a day earlier
    const w1 = tokens[k + 1]?.lower;
    const w2 = tokens[k + 2]?.lower;
    if ((t.lower === 'the' && (w1 === 'previous' || w1 === 'preceding') && w2 === 'day') || (t.lower === 'the' && w1 === 'day' && w2 === 'before')
      || ((t.lower === 'a' || t.lower === 'one') && w1 === 'day' && (w2 === 'earlier' || w2 === 'before'))) {
      const base = anchor ?? docDate;
      push(k + 3, base ? addDays(base, -1) : null);
      continue;
    }
    // vague: last week, earlier this month, in recent days
    if ((t.lower === 'last' || t.lower === 'this' || t.lower === 'recent' || t.lower === 'earlier') && /^(?:week|weeks|month|months|days|year)$/.test(w1 ?? '')) {
      push(k + 2, null);
    }
  }
  return out;
}
