/**
 * Dates and times as the partnership writes them: "torsdag 26. september 2024",
 * "kl. 12.30–15.30", "26.09.24". Pure functions over the `yyyy-mm-dd` and `HH:MM`
 * strings of the data files: no clock, no time zone, no Intl (whose output
 * differs between Node builds with and without full ICU).
 */
import type { Lang } from '../i18n/lang.js';
import { isValidDate } from '../model/dates.js';

const WEEKDAYS: Record<Lang, readonly string[]> = {
  nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  nn: ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const MONTHS: Record<Lang, readonly string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parse(date: string): Ymd | undefined {
  if (!isValidDate(date)) return undefined;
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Day of the week, 0 = Sunday, for a valid `yyyy-mm-dd` date. */
export function weekday(date: string): number | undefined {
  const d = parse(date);
  if (!d) return undefined;
  // setUTCFullYear, not Date.UTC: Date.UTC takes the years 0–99 for 1900–1999.
  const at = new Date(0);
  at.setUTCFullYear(d.year, d.month - 1, d.day);
  return at.getUTCDay();
}

/**
 * "torsdag 26. september 2024" (nb), "Thursday 26 September 2024" (en). Text that
 * is not a valid date is returned as it is, so a typo shows instead of vanishing.
 */
export function formatDateLong(date: string, lang: Lang): string {
  const d = parse(date);
  if (!d) return date;
  const wd = WEEKDAYS[lang][weekday(date)!]!;
  const month = MONTHS[lang][d.month - 1]!;
  return lang === 'en' ? `${wd} ${d.day} ${month} ${d.year}` : `${wd} ${d.day}. ${month} ${d.year}`;
}

/** "26. september 2024" (nb), "26 September 2024" (en): without the weekday. */
export function formatDateMedium(date: string, lang: Lang): string {
  const d = parse(date);
  if (!d) return date;
  const month = MONTHS[lang][d.month - 1]!;
  return lang === 'en' ? `${d.day} ${month} ${d.year}` : `${d.day}. ${month} ${d.year}`;
}

/** "26.09.24" (nb, as the minutes cite meetings), "26/09/24" (en). */
export function formatDateShort(date: string, lang: Lang): string {
  const d = parse(date);
  if (!d) return date;
  const dd = String(d.day).padStart(2, '0');
  const mm = String(d.month).padStart(2, '0');
  const yy = String(d.year % 100).padStart(2, '0');
  return lang === 'en' ? `${dd}/${mm}/${yy}` : `${dd}.${mm}.${yy}`;
}

/** "12.30" (nb: Norwegian writes the time with a full stop), "12:30" (en). */
export function formatTime(time: string, lang: Lang): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!m) return time.trim();
  const hh = m[1]!.padStart(2, '0');
  return lang === 'en' ? `${hh}:${m[2]}` : `${hh}.${m[2]}`;
}

/**
 * "kl. 12.30–15.30" (nb), "12:30–15:30" (en); "kl. 12.30" when only the start is
 * known; undefined when neither is.
 */
export function formatTimeRange(start: string | undefined, end: string | undefined, lang: Lang): string | undefined {
  if (start && end) {
    const range = `${formatTime(start, lang)}–${formatTime(end, lang)}`;
    return lang === 'en' ? range : `kl. ${range}`;
  }
  if (start) return lang === 'en' ? formatTime(start, lang) : `kl. ${formatTime(start, lang)}`;
  if (end) return lang === 'en' ? `until ${formatTime(end, lang)}` : `til kl. ${formatTime(end, lang)}`;
  return undefined;
}

/**
 * The "Dato/sted" line of a notice or minutes: "torsdag 26. september 2024,
 * kl. 12.30–15.30, SiV møterom 028, bak kantinen".
 */
export function formatDatePlace(date: string, start: string | undefined, end: string | undefined, place: string | undefined, lang: Lang): string {
  return [formatDateLong(date, lang), formatTimeRange(start, end, lang), place?.trim() || undefined].filter(Boolean).join(', ');
}
