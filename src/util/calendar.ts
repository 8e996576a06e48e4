/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC: no time zones, no locale.
 * @module
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/**
 * The days of the week, in lower case, Sunday first (the index of `Date.getUTCDay`).
 * @example
 * WEEKDAYS[3]; // 'wednesday'
 */
export const WEEKDAYS: readonly string[] = Object.freeze(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);

/** Each written form of a name (full, three letters, and the extra abbreviations), with and without a full stop, in lower and title case. */
function forms(names: readonly string[], extra: Readonly<Record<string, number>>, base: number): Map<string, number> {
  const out = new Map<string, number>();
  const add = (w: string, n: number): void => {
    for (const f of [w, `${w}.`]) { out.set(f, n); out.set(f.charAt(0).toUpperCase() + f.slice(1), n); out.set(f.toUpperCase(), n); }
  };
  names.forEach((name, i) => { add(name, i + base); add(name.slice(0, 3), i + base); });
  for (const [w, n] of Object.entries(extra)) add(w, n);
  return out;
}
const MONTH_FORMS = forms(MONTHS, { sept: 9 }, 1);
const WEEKDAY_FORMS = forms(WEEKDAYS, { tues: 2, thur: 4, thurs: 4 }, 0);
const MONTH_INITIALS = new Set(MONTHS.map((m) => m.charCodeAt(0)));
const WEEKDAY_INITIALS = new Set(WEEKDAYS.map((d) => d.charCodeAt(0)));

/**
 * The month number (1-12) of an English month name or its three-letter abbreviation, else 0.
 * @example
 * monthNumber('Mar'); // 3
 */
export function monthNumber(word: string): number {
  if (word.length < 3 || word.length > 10 || !MONTH_INITIALS.has(word.charCodeAt(0) | 32)) return 0;
  return MONTH_FORMS.get(word) ?? 0;
}

/**
 * The weekday number (0 Sunday - 6 Saturday) of an English weekday name or abbreviation, else -1.
 * @example
 * weekdayNumber('Tuesday'); // 2
 */
export function weekdayNumber(word: string): number {
  if (word.length < 3 || word.length > 10 || !WEEKDAY_INITIALS.has(word.charCodeAt(0) | 32)) return -1;
  return WEEKDAY_FORMS.get(word) ?? -1;
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
