/**
 * The period of an action-plan row, written as free text in `periode`: "2025",
 * "2024-2025" (also "2024–25"), "2025-" or "fra 2025" (open-ended), and words for
 * rows without an end ("Kontinuerlig", "Fast utvalg", "Permanent plattform").
 * Anything else ("Videreføres", "Over i drift i alle kommunene") is kept as text
 * with no dates, so it is never reported as overdue.
 */

export type Period =
  /** From one year to another, both inclusive ("2025" is 2025–2025). */
  | { kind: 'years'; from: number; to: number }
  /** From a year, with no end ("2025-"). */
  | { kind: 'open'; from: number }
  /** A standing arrangement without an end ("Kontinuerlig", "Fast utvalg"). */
  | { kind: 'continuous' }
  /** Text that names no years. */
  | { kind: 'text'; text: string };

const YEAR = '(\\d{4})';
const DASH = '\\s*[-–—]\\s*';
const RANGE = new RegExp(`^${YEAR}(?:${DASH}(\\d{4}|\\d{2}))?$`);
const OPEN = new RegExp(`^(?:fra(?:\\s+og\\s+med)?\\s+)?${YEAR}(?:${DASH}|\\s*→|\\s+og\\s+videre|\\s+og\\s+utover)$`, 'i');
const FROM = new RegExp(`^fra(?:\\s+og\\s+med)?\\s+${YEAR}$`, 'i');
/** Words that mean "no end date": the first word decides ("Fast overordnet fagutvalg"). */
const CONTINUOUS = /^(kontinuerlig|kontinuerleg|fast|faste|permanent|permanente|løpende|varig|varige|continuous|ongoing)(?=[\s.,;]|$)/iu;

/** Parses a period. Never throws; unrecognised text becomes `{kind: 'text'}`. */
export function parsePeriod(input: string): Period {
  const text = input.trim().replace(/\s+/g, ' ');
  const range = RANGE.exec(text);
  if (range) {
    const from = Number(range[1]);
    const end = range[2];
    if (end === undefined) return { kind: 'years', from, to: from };
    let to = Number(end);
    if (end.length === 2) to = Math.floor(from / 100) * 100 + to;
    if (to >= from) return { kind: 'years', from, to };
    return { kind: 'text', text };
  }
  const open = OPEN.exec(text) ?? FROM.exec(text);
  if (open) return { kind: 'open', from: Number(open[1]) };
  if (CONTINUOUS.test(text)) return { kind: 'continuous' };
  return { kind: 'text', text };
}

/** The canonical spelling of a period: "2025", "2024-2025", "2025-", "Kontinuerlig", or the text. */
export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case 'years':
      return p.from === p.to ? String(p.from) : `${p.from}-${p.to}`;
    case 'open':
      return `${p.from}-`;
    case 'continuous':
      return 'Kontinuerlig';
    default:
      return p.text;
  }
}

/** The last day of the period (yyyy-mm-dd), when it has one. */
export function periodEnd(p: Period): string | undefined {
  return p.kind === 'years' ? `${p.to}-12-31` : undefined;
}

/** The first year of the period, when it has one. */
export function periodStart(p: Period): number | undefined {
  return p.kind === 'years' || p.kind === 'open' ? p.from : undefined;
}

/** True when the period has ended before `today` (yyyy-mm-dd). */
export function periodEnded(p: Period, today: string): boolean {
  const end = periodEnd(p);
  return !!end && end < today;
}

/** True when the period ends in the year of `today`. */
export function periodEndsThisYear(p: Period, today: string): boolean {
  return p.kind === 'years' && String(p.to) === today.slice(0, 4);
}
