import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareCaseNumbers,
  findTextRefs,
  formatCaseNumber,
  formatCaseRef,
  isValidDate,
  parseCaseNumber,
  parseCaseRef,
  parseMeetingRef,
} from '../../src/model/case-number.js';

const FC = { seed: 20241126, numRuns: 500 };

describe('case numbers', () => {
  it('keeps 2024.10 and 2024.1 apart and orders 2024.9 before 2024.10', () => {
    expect(parseCaseNumber('2024.10')).toEqual({ year: 2024, seq: 10 });
    expect(parseCaseNumber('2024.1')).toEqual({ year: 2024, seq: 1 });
    expect(compareCaseNumbers(parseCaseNumber('2024.9')!, parseCaseNumber('2024.10')!)).toBeLessThan(0);
  });

  it('rejects what is not a case number', () => {
    for (const bad of ['2024', '2024.', '2024.0', '2024.01', '24.1', '2024,1', '2024.1a', '', 'SSU 2024.1']) {
      expect(parseCaseNumber(bad), bad).toBeUndefined();
    }
  });

  it('round-trips every well-formed number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 999999 }), (year, seq) => {
        const n = { year, seq };
        expect(parseCaseNumber(formatCaseNumber(n))).toEqual(n);
      }),
      FC,
    );
  });

  it('never throws and only accepts what it can format back (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = parseCaseNumber(s);
        expect(n === undefined || formatCaseNumber(n) === s.trim()).toBe(true);
      }),
      FC,
    );
  });
});

describe('case and meeting references', () => {
  it('parses the forms used in the seeds', () => {
    expect(parseCaseRef('SSU 2024.17')).toEqual({ body: 'SSU', number: { year: 2024, seq: 17 } });
    expect(parseCaseRef('SSU-sak 2024.17')).toEqual({ body: 'SSU', number: { year: 2024, seq: 17 } });
    expect(parseCaseRef('FU-HR 2025.3')).toEqual({ body: 'FU-HR', number: { year: 2025, seq: 3 } });
    expect(parseMeetingRef('SSU 2024-05-23')).toEqual({ body: 'SSU', date: '2024-05-23' });
    expect(parseMeetingRef('SSU 2024-02-30')).toBeUndefined();
  });

  it('round-trips references (property)', () => {
    const code = fc.stringMatching(/^[A-Z][A-Z0-9]{0,4}(-[A-Z0-9]{1,5})?$/);
    fc.assert(
      fc.property(code, fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 99999 }), (body, year, seq) => {
        const ref = { body, number: { year, seq } };
        expect(parseCaseRef(formatCaseRef(ref))).toEqual(ref);
      }),
      FC,
    );
  });

  it('finds references in running text, and not dates or longer digit runs', () => {
    const text = 'Oppfølging av SSU-sak 2024.17. Se også sak 2024.16, FSU 2024.18 og SSU 23.05.24; konto 12024.175 og 2024.17.3.';
    const refs = findTextRefs(text, ['SSU', 'FSU'], 'FSU');
    expect(refs.map((r) => [formatCaseRef(r.ref), r.implicitBody, text.slice(r.offset, r.offset + r.length)])).toEqual([
      ['SSU 2024.17', false, 'SSU-sak 2024.17'],
      ['FSU 2024.16', true, 'sak 2024.16'],
      ['FSU 2024.18', false, 'FSU 2024.18'],
    ]);
  });

  it('never throws and reports offsets inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const refs = findTextRefs(s, ['SSU', 'FU-HR'], 'SSU');
        expect(refs.filter((r) => s.slice(r.offset, r.offset + r.length) !== r.text)).toEqual([]);
      }),
      FC,
    );
  });

  it('knows the calendar', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2024-13-01')).toBe(false);
  });
});
