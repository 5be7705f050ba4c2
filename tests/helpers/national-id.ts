/**
 * A generator of valid national identity numbers for tests, written from the
 * published rules (Skatteetaten: fødselsnummer, D-nummer day + 40, H-nummer
 * month + 40, K1 under the 1964 rule or the 2032 rule, K2). Numbers are built at
 * run time, so no test file holds one.
 */
import fc from 'fast-check';
import type { NationalIdKind } from '../../src/model/national-id.js';

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface IdSpec {
  kind: NationalIdKind;
  /** 0 for the 1964 rule; 1, 2 or 3 for numbers valid only under the 2032 rule. */
  rest: 0 | 1 | 2 | 3;
  day: number;
  month: number;
  yy: number;
  individual: number;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The eleven digits for a spec, or undefined when no control digit exists for it (K1 or K2 would be 10). */
export function makeNationalId(s: IdSpec): string | undefined {
  const day = s.kind === 'dnr' ? s.day + 40 : s.day;
  const month = s.kind === 'hnr' ? s.month + 40 : s.month;
  const nine = (pad(day, 2) + pad(month, 2) + pad(s.yy, 2) + pad(s.individual, 3)).split('').map(Number);
  const k1 = (((s.rest - nine.reduce((a, d, i) => a + d * W1[i]!, 0)) % 11) + 11) % 11;
  if (k1 === 10) return undefined;
  const ten = [...nine, k1];
  const k2 = (11 - (ten.reduce((a, d, i) => a + d * W2[i]!, 0) % 11)) % 11;
  if (k2 === 10) return undefined;
  return ten.join('') + k2;
}

/** Changes the last digit: K2 is unique for the first ten digits, so the number no longer holds. */
export function breakChecksum(id: string): string {
  return id.slice(0, 10) + String((Number(id[10]) + 1) % 10);
}

/**
 * An oracle independent of the scanner: reads the date and kind back from the
 * digits and asks the generator whether some rule gives exactly these digits.
 */
export function isValidByGenerator(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  let kind: NationalIdKind = 'fnr';
  if (day > 40) {
    day -= 40;
    kind = 'dnr';
  }
  if (month > 40 && kind === 'fnr') {
    month -= 40;
    kind = 'hnr';
  }
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && yy % 4 !== 0 ? 28 : DAYS[month - 1]!)) return false;
  const individual = Number(digits.slice(6, 9));
  return ([0, 1, 2, 3] as const).some((rest) => makeNationalId({ kind, rest, day, month, yy, individual }) === digits);
}

/** fast-check arbitrary of valid specs with the number they give. */
export function arbNationalId(kinds: NationalIdKind[] = ['fnr', 'dnr', 'hnr'], rests: (0 | 1 | 2 | 3)[] = [0, 1, 2, 3]) {
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      rest: fc.constantFrom(...rests),
      month: fc.integer({ min: 1, max: 12 }),
      dayPick: fc.integer({ min: 1, max: 31 }),
      yy: fc.integer({ min: 0, max: 99 }),
      individual: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ dayPick, ...r }) => {
      const max = r.month === 2 && r.yy % 4 !== 0 ? 28 : DAYS[r.month - 1]!;
      const spec: IdSpec = { ...r, day: Math.min(dayPick, max) };
      return { spec, id: makeNationalId(spec) };
    })
    .filter((x): x is { spec: IdSpec; id: string } => x.id !== undefined);
}
