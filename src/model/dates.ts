/**
 * Dates as the data files write them: `yyyy-mm-dd`, a day that exists in the
 * calendar. A date is checked once, where a file's frontmatter becomes the model
 * (map.ts, which leaves an impossible date out, as it does any field of the wrong
 * type) and in the schemas (whose `dato` format reports it at its line): past
 * that boundary every date in the model is a real one, so no rule compares
 * `2024-02-30` with anything and no document shows `2024-13-01`. Commands check
 * dates from the command line with the same functions.
 */

/** A real calendar date written `yyyy-mm-dd` (years 0001–9999). */
export type IsoDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `yyyy-mm-dd`: month 01–12 and a day the month has (29 February only in a leap year). */
export function isValidDate(text: string): text is IsoDate {
  const m = DATE.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** The number of days of a month (1–12) in the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A date field's value when it is a real date (surrounding spaces aside); undefined for anything else. */
export function dateOf(value: unknown): IsoDate | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return isValidDate(text) ? text : undefined;
}

/** True when `text` has the shape `yyyy-mm-dd`, whether or not the day exists. */
export function looksLikeDate(text: string): boolean {
  return DATE.test(text);
}
