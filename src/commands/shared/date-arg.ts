/**
 * A date as people type it on the command line: `26.09.2024`, `26.09.24`,
 * `2024-09-26` (and `26.9.2024`, `2024-9-26`). A two-digit year is in this
 * century. A date that does not exist, or a form that could be read two ways
 * (`09/10/2024`), is refused with what hf understood.
 */
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { isValidDate } from '../../model/case-number.js';
import { UsageError } from './context.js';

const m = {
  impossible: { nb: '`{text}` leses som {day}. {month} {year}, en dato som ikke finnes', en: '`{text}` reads as {day} {month} {year}, a date that does not exist' },
  ambiguous: { nb: '`{text}` kan leses på flere måter (dag/måned eller måned/dag)', en: '`{text}` can be read more than one way (day/month or month/day)' },
  notDate: { nb: '`{text}` er ikke en dato', en: '`{text}` is not a date' },
  hint: { nb: 'Skriv datoen som 26.09.2024, 26.09.24 eller 2024-09-26.', en: 'Write the date as 26.09.2024, 26.09.24 or 2024-09-26.' },
} satisfies Catalogue;

const MONTHS: Record<Lang, string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** The date `text` means, as `yyyy-mm-dd`; undefined when it is not a date in any form hf reads. */
export function readDate(text: string): { date: string } | { impossible: { day: number; month: number; year: number } } | { ambiguous: true } | undefined {
  const t = text.trim();
  let day: number, month: number, year: number;
  let x: RegExpExecArray | null;
  if ((x = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) [year, month, day] = [Number(x[1]), Number(x[2]), Number(x[3])];
  else if ((x = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(t))) [day, month, year] = [Number(x[1]), Number(x[2]), x[3]!.length === 2 ? 2000 + Number(x[3]) : Number(x[3])];
  else if (/^\d{1,2}[/-]\d{1,2}[/-](\d{4}|\d{2})$/.test(t)) return { ambiguous: true };
  else return undefined;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidDate(date) ? { date } : { impossible: { day, month, year } };
}

/** The date of a command-line argument as `yyyy-mm-dd`, or a usage error saying what was understood. */
export function parseDateArg(text: string, lang: Lang): string {
  const t = translator(m, lang);
  const read = readDate(text);
  if (read && 'date' in read) return read.date;
  if (read && 'impossible' in read) {
    const { day, month, year } = read.impossible;
    const name = MONTHS[lang][month - 1] ?? (lang === 'en' ? `month ${month}` : `måned ${month}`);
    throw new UsageError(t('impossible', { text: text.trim(), day, month: name, year }), t('hint'));
  }
  throw new UsageError(t(read ? 'ambiguous' : 'notDate', { text: text.trim() }), t('hint'));
}
