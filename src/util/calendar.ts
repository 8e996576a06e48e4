/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC: no time zones, no locale.
 * @module
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The month number (1-12) of an English month name or its three-letter abbreviation, else 0.
 * @example
 * monthNumber('Mar'); // 3
 */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept')));
  return i + 1;
}

/**
 * The weekday number (0 Sunday - 6 Saturday) of an English weekday name or abbreviation, else -1.
 * @example
 * weekdayNumber('Tuesday'); // 2
 */
export function weekdayNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return -1;
  return WEEKDAYS.findIndex((d) => d === w || d.startsWith(w) && (w.length === 3 || w === 'tues' || w === 'thur' || w === 'thurs'));
}

/**
 * An ISO date from its parts, or null when the parts make no real date.
 * @example
 * isoDate(2017, 3, 22); // '2017-03-22'
 * isoDate(2017, 2, 30); // null
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * Adds days to an ISO date.
 * @example
 * addDays('2017-03-01', -1); // '2017-02-28'
 */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The weekday (0 Sunday - 6 Saturday) of an ISO date.
 * @example
 * weekdayOf('2017-03-22'); // 3 (Wednesday)
 */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/**
 * The latest date on or before `iso` that falls on `weekday`: how wire copy means "on Tuesday".
 * @example
 * latestWeekday('2017-03-22', 2); // '2017-03-21'
 */
export function latestWeekday(iso: string, weekday: number): string {
  return addDays(iso, -((weekdayOf(iso) - weekday + 7) % 7));
}

/**
 * Whole days from `a` to `b`.
 * @example
 * daysBetween('2017-03-21', '2017-03-22'); // 1
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Reads a date written at the head of a report: "2017-03-22", "Sun 10 Jul 2016", "Tuesday 4 Apr
 * 2017", "April 4, 2017", "4 April 2017". Returns the ISO date and the length read, or null.
 * @example
 * readLeadingDate('Sun 10 Jul 2016 29 Syria Rebels Dead'); // { iso: '2016-07-10', length: 15 }
 */
export function readLeadingDate(text: string): { iso: string; length: number } | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) {
    const v = isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
    return v ? { iso: v, length: iso[0].length } : null;
  }
  const dmy = /^(?:([A-Za-z]{3,9})\.?,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (dmy && (!dmy[1] || weekdayNumber(dmy[1]) >= 0) && monthNumber(dmy[3]!)) {
    const v = isoDate(+dmy[4]!, monthNumber(dmy[3]!), +dmy[2]!);
    if (v) return { iso: v, length: dmy[0].length };
  }
  const mdy = /^(?:([A-Za-z]{3,9})\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  if (mdy && (!mdy[1] || weekdayNumber(mdy[1]) >= 0) && monthNumber(mdy[2]!)) {
    const v = isoDate(+mdy[4]!, monthNumber(mdy[2]!), +mdy[3]!);
    if (v) return { iso: v, length: mdy[0].length };
  }
  return null;
}
