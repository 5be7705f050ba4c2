import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod, periodEnded, periodEndsThisYear, type Period } from '../../src/model/period.js';

const RUNS = { seed: 20250101, numRuns: 300 };
const year = fc.integer({ min: 2000, max: 2199 });
const date = fc
  .record({ y: fc.integer({ min: 1999, max: 2201 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const dash = fc.constantFrom('-', '–', ' - ', ' – ', '—');
const period: fc.Arbitrary<Period> = fc.oneof(
  fc.tuple(year, fc.integer({ min: 0, max: 10 })).map(([from, n]): Period => ({ kind: 'years', from, to: from + n })),
  year.map((from): Period => ({ kind: 'open', from })),
  fc.constant<Period>({ kind: 'continuous' }),
);

describe('parsePeriod', () => {
  it.each([
    ['2025', { kind: 'years', from: 2025, to: 2025 }],
    ['2024-2025', { kind: 'years', from: 2024, to: 2025 }],
    ['2024–25', { kind: 'years', from: 2024, to: 2025 }],
    ['2025-', { kind: 'open', from: 2025 }],
    ['fra 2025', { kind: 'open', from: 2025 }],
    ['Kontinuerlig', { kind: 'continuous' }],
    ['Fast utvalg', { kind: 'continuous' }],
    ['Fast overordnet fagutvalg', { kind: 'continuous' }],
    ['Fast nettverk', { kind: 'continuous' }],
    ['Permanent plattform', { kind: 'continuous' }],
    ['Videreføres', { kind: 'text', text: 'Videreføres' }],
    ['Over i drift i alle kommunene', { kind: 'text', text: 'Over i drift i alle kommunene' }],
    ['2025-2024', { kind: 'text', text: '2025-2024' }],
    ['Fastlegene', { kind: 'text', text: 'Fastlegene' }],
    ['  2025  ', { kind: 'years', from: 2025, to: 2025 }],
  ])('reads %j', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it('reads back every period it formats', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(formatPeriod(p))).toEqual(p);
      }),
      RUNS,
    );
  });

  it('reads a range with any dash and spacing', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 50 }), dash, (from, n, d) => {
        expect(parsePeriod(`${from}${d}${from + n}`)).toEqual({ kind: 'years', from, to: from + n });
      }),
      RUNS,
    );
  });

  it('never throws, and a range never ends before it starts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const p = parsePeriod(s);
        expect(['years', 'open', 'continuous', 'text']).toContain(p.kind);
        if (p.kind === 'years') expect(p.to).toBeGreaterThanOrEqual(p.from);
      }),
      RUNS,
    );
  });
});

describe('periodEnded', () => {
  it('is true exactly after the last day of the last year', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 5 }), date, (from, n, today) => {
        const p: Period = { kind: 'years', from, to: from + n };
        expect(periodEnded(p, today)).toBe(Number(today.slice(0, 4)) > from + n);
      }),
      RUNS,
    );
  });

  it('stays ended as time goes on, and open or continuous periods never end', () => {
    fc.assert(
      fc.property(period, date, date, (p, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        if (periodEnded(p, early)) expect(periodEnded(p, late)).toBe(true);
        if (p.kind !== 'years') expect(periodEnded(p, late)).toBe(false);
      }),
      RUNS,
    );
  });

  it('knows the year a period ends in', () => {
    expect(periodEndsThisYear(parsePeriod('2024-2025'), '2025-03-01')).toBe(true);
    expect(periodEndsThisYear(parsePeriod('2024-2025'), '2024-03-01')).toBe(false);
    expect(periodEndsThisYear(parsePeriod('2025-'), '2025-03-01')).toBe(false);
  });
});
