/**
 * The case-number and reference parsers on input built to make regular
 * expressions slow or parsers throw: long runs of digits, dots, body codes and
 * near-references, and arbitrary text, all answered at once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTextRefs, parseCaseNumber, parseCaseRef, parseMeetingRef } from '../../src/model/case-number.js';

const FC = { seed: 2024_17, numRuns: 300 };

function timed(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

describe('case numbers and references under hostile input', () => {
  const pathological = [
    '2024.'.repeat(20_000),
    '1'.repeat(100_000),
    'SSU '.repeat(20_000) + '2024.1',
    'SSU-sak 2024.'.repeat(10_000),
    ('sak 2024.1' + '0'.repeat(50) + ' ').repeat(2_000),
    'FU-HR-'.repeat(10_000) + ' 2024.3',
    '2024.1.'.repeat(20_000),
    ' '.repeat(100_000) + 'SSU 2024.1',
  ];

  it('answers pathological inputs in linear time', () => {
    for (const s of pathological) {
      expect(timed(() => findTextRefs(s, ['SSU', 'FSU', 'FU-HR'], 'SSU')), s.slice(0, 20)).toBeLessThan(1000);
      expect(timed(() => parseCaseRef(s)), s.slice(0, 20)).toBeLessThan(200);
      expect(timed(() => parseCaseNumber(s)), s.slice(0, 20)).toBeLessThan(200);
      expect(timed(() => parseMeetingRef(s)), s.slice(0, 20)).toBeLessThan(200);
    }
  });

  it('never throws on text assembled from reference-like pieces (property)', () => {
    const piece = fc.constantFrom('SSU', 'FSU', 'FU-HR', '-sak', 'sak', ' ', '2024', '.', '10', '0', '1', '-', '09', '26', '\n', 'ø', '\u00a0', '\u200b');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((ps) => ps.join('')), (s) => {
        const refs = findTextRefs(s, ['SSU', 'FSU', 'FU-HR'], 'FSU');
        expect(refs.filter((r) => s.slice(r.offset, r.offset + r.length) !== r.text || r.ref.number.seq <= 0)).toEqual([]);
        expect(() => [parseCaseRef(s), parseMeetingRef(s)]).not.toThrow();
        const n = parseCaseNumber(s);
        expect(n === undefined || (Number.isInteger(n.seq) && Number.isInteger(n.year))).toBe(true);
      }),
      FC,
    );
  });
});
