/**
 * Norwegian national identity numbers (fødselsnummer, D-nummer, H-nummer) in
 * running text. Patient data has no lawful place in a partnership's repository,
 * and once committed it is on every clone, so hf looks for anything that is such
 * a number: eleven digits `ddmmyy iii k1 k2` whose control digits hold and whose
 * first six digits are a real date once the D-offset (day + 40) or the H-offset
 * (month + 40) is taken away.
 *
 * Control digits (Skatteetaten, Folkeregisteret: "Nytt fødselsnummer fra 2032"):
 * with weights 3 7 6 1 8 9 4 5 2 1 over the first ten digits, the sum mod 11 is 0
 * under the rule in force since 1964; numbers issued from 2032 may also leave 1, 2
 * or 3 (that is, K1 may be 11, 12, 13 or 14 minus the sum of the first nine
 * weighted digits, mod 11). K2 is unchanged: weights 5 4 3 2 7 6 5 4 3 2 1 over all
 * eleven digits give a sum divisible by 11. Numbers from 2032 no longer tell the
 * century, so a date is accepted when it exists in some century.
 *
 * Low noise matters as much as recall: digits inside a longer run of digits or
 * letters, inside a URL, or in a number that fails the control digits are not
 * reported, and bank account numbers are written `dddd.dd.ddddd`, which never
 * forms eleven adjacent digits.
 *
 * Nothing here returns the digits themselves to a caller that prints: a match is
 * an offset, a length and a kind.
 */

export type NationalIdKind = 'fnr' | 'dnr' | 'hnr';

/** The control-digit rule a number satisfies: the one in force since 1964, or only the one from 2032. */
export type NationalIdRule = '1964' | '2032';

export interface NationalIdCheck {
  kind: NationalIdKind;
  rule: NationalIdRule;
}

export interface NationalIdMatch extends NationalIdCheck {
  /** Offset of the first digit in the scanned text. */
  offset: number;
  /** Length of the match in the text (11, or 12 when written `ddmmyy nnnnn`). */
  length: number;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Checks eleven digits. Returns the kind and the control-digit rule when they form
 * an identity number, undefined otherwise (including for anything but 11 ASCII digits).
 */
export function checkNationalId(digits: string): NationalIdCheck | undefined {
  if (!/^\d{11}$/.test(digits)) return undefined;
  const d = Array.from(digits, (c) => c.charCodeAt(0) - 48);
  let s1 = 0;
  for (let i = 0; i < 10; i++) s1 += d[i]! * K1_WEIGHTS[i]!;
  const rest1 = s1 % 11;
  if (rest1 > 3) return undefined;
  let s2 = 0;
  for (let i = 0; i < 11; i++) s2 += d[i]! * K2_WEIGHTS[i]!;
  if (s2 % 11 !== 0) return undefined;
  const kind = dateKind(d[0]! * 10 + d[1]!, d[2]! * 10 + d[3]!, d[4]! * 10 + d[5]!);
  if (!kind) return undefined;
  return { kind, rule: rest1 === 0 ? '1964' : '2032' };
}

/** The kind of number a date part gives, or undefined when no calendar date remains after the offsets. */
function dateKind(day: number, month: number, yy: number): NationalIdKind | undefined {
  let kind: NationalIdKind = 'fnr';
  if (day > 40) {
    day -= 40;
    kind = 'dnr';
  }
  if (month > 40) {
    if (kind === 'dnr') return undefined; // a number is a D- or an H-number, never both
    month -= 40;
    kind = 'hnr';
  }
  if (month < 1 || month > 12 || day < 1) return undefined;
  // 29 February exists in some century whenever yy is divisible by 4 (2000 was a leap year).
  const max = month === 2 && yy % 4 !== 0 ? 28 : DAYS[month - 1]!;
  return day <= max ? kind : undefined;
}

/** Spans of URLs and host paths, where digits are identifiers of web pages, not of people. */
const URL_LIKE = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\bmailto:)[^\s<>"'`]*|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"'`]*/gi;

/** Eleven digits, or six and five separated by one space (`ddmmyy nnnnn`), as people write them. */
const CANDIDATE = /\d{6}(?:[ \u00a0]?)\d{5}/g;

const WORD = /[\p{L}\p{N}_]/u;

/**
 * Finds identity numbers in `text`. Never throws; linear in the length of the text.
 * Overlapping candidates are considered one after another, so `ddmmyy nnnnn` is
 * found even when a shorter reading fails.
 */
export function findNationalIds(text: string): NationalIdMatch[] {
  if (!/\d{5}/.test(text)) return [];
  const urls: [number, number][] = [];
  for (const m of text.matchAll(URL_LIKE)) urls.push([m.index, m.index + m[0].length]);
  const found: NationalIdMatch[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const accepted = acceptAt(text, start, end, urls);
    if (accepted) {
      found.push({ offset: start, length: end - start, ...accepted });
      CANDIDATE.lastIndex = end;
    } else {
      // Try the next reading starting inside this one (the regex would otherwise skip it).
      CANDIDATE.lastIndex = start + 1;
    }
  }
  return found;
}

function acceptAt(text: string, start: number, end: number, urls: readonly [number, number][]): NationalIdCheck | undefined {
  if (!standsAlone(text, start, end)) return undefined;
  if (urls.some(([a, b]) => start < b && end > a)) return undefined;
  return checkNationalId(text.slice(start, end).replace(/[ \u00a0]/, ''));
}

/** Not glued to letters or digits, and not part of a grouped or decimal number (`1.234…`, `…,5`). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && WORD.test(before)) return false;
  if (after !== undefined && WORD.test(after)) return false;
  if ((before === '.' || before === ',') && /\d/.test(text[start - 2] ?? '')) return false;
  if ((after === '.' || after === ',') && /\d/.test(text[end + 1] ?? '')) return false;
  return true;
}

/**
 * The text with every identity number's digits replaced by `*`, for the last
 * step before anything is printed: whatever a command shows from a file, the
 * number itself never reaches a terminal or a log.
 */
export function maskNationalIds(text: string): string {
  const found = findNationalIds(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of found) {
    out += text.slice(at, m.offset) + text.slice(m.offset, m.offset + m.length).replace(/\d/g, '*');
    at = m.offset + m.length;
  }
  return out + text.slice(at);
}
