/** The identity-number scanner: generated numbers are found, look-alikes are not, any text is safe. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNationalId, findNationalIds, maskNationalIds } from '../../src/model/national-id.js';
import { arbNationalId, breakChecksum, isValidByGenerator, makeNationalId } from '../helpers/national-id.js';

const FC = { seed: 6_2032, numRuns: 400 };

const make = (kind: 'fnr' | 'dnr' | 'hnr', rest: 0 | 1 | 2 | 3, day: number, month: number, yy: number) => {
  for (let individual = 100; individual < 1000; individual++) {
    const id = makeNationalId({ kind, rest, day, month, yy, individual });
    if (id) return id;
  }
  throw new Error('no number');
};

describe('checkNationalId', () => {
  it('accepts fødselsnummer, D-nummer and H-nummer under the 1964 rule', () => {
    expect(checkNationalId(make('fnr', 0, 15, 6, 90))).toEqual({ kind: 'fnr', rule: '1964' });
    expect(checkNationalId(make('dnr', 0, 15, 6, 90))).toEqual({ kind: 'dnr', rule: '1964' });
    expect(checkNationalId(make('hnr', 0, 15, 6, 90))).toEqual({ kind: 'hnr', rule: '1964' });
  });

  it('accepts numbers valid only under the rule for numbers issued from 2032 (K1 = 12, 13 or 14 minus the sum)', () => {
    for (const rest of [1, 2, 3] as const) {
      expect(checkNationalId(make('fnr', rest, 3, 3, 32))).toEqual({ kind: 'fnr', rule: '2032' });
      expect(checkNationalId(make('dnr', rest, 3, 3, 32))).toEqual({ kind: 'dnr', rule: '2032' });
    }
  });

  it('requires a real calendar date after removing the offsets', () => {
    expect(checkNationalId(make('fnr', 0, 29, 2, 0))).toBeDefined(); // 2000 was a leap year
    // 29 February 1901/2001 never existed: no number can carry it.
    for (let individual = 0; individual < 1000; individual++) {
      for (const rest of [0, 1, 2, 3] as const) {
        const forced = makeNationalId({ kind: 'fnr', rest, day: 29, month: 2, yy: 1, individual });
        if (forced) expect(checkNationalId(forced)).toBeUndefined();
      }
    }
    const bad = ['32', '00'].map((dd) => dd + make('fnr', 0, 15, 6, 90).slice(2));
    for (const b of bad) expect(checkNationalId(b)).toBeUndefined();
  });

  it('rejects a number that is a D- and an H-number at once', () => {
    const both = makeNationalId({ kind: 'dnr', rest: 0, day: 15, month: 46, yy: 90, individual: 123 }) ?? makeNationalId({ kind: 'dnr', rest: 0, day: 15, month: 46, yy: 90, individual: 124 })!;
    expect(checkNationalId(both)).toBeUndefined();
  });

  it('agrees with an independent oracle on every generated and every random eleven-digit string (property)', () => {
    fc.assert(
      fc.property(arbNationalId(), ({ id, spec }) => {
        expect(checkNationalId(id)).toEqual({ kind: spec.kind, rule: spec.rest === 0 ? '1964' : '2032' });
        expect(checkNationalId(breakChecksum(id))).toBeUndefined();
      }),
      FC,
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (digits) => {
        expect(checkNationalId(digits) !== undefined).toBe(isValidByGenerator(digits));
      }),
      { ...FC, numRuns: 3000 },
    );
  });
});

describe('findNationalIds', () => {
  it('finds every generated number in frontmatter-like and running text, with its offset (property)', () => {
    const filler = fc.string({ maxLength: 30 }).map((s) => s.replace(/[\p{L}\p{N}_.,]/gu, ' '));
    fc.assert(
      fc.property(filler, arbNationalId(), filler, fc.boolean(), (before, { id, spec }, after, spaced) => {
        const written = spaced ? `${id.slice(0, 6)} ${id.slice(6)}` : id;
        const text = `tittel: ${before} ${written} ${after}`;
        const found = findNationalIds(text);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ kind: spec.kind, offset: text.indexOf(written), length: written.length });
      }),
      FC,
    );
  });

  it('does not flag failing control digits, longer digit runs, URLs, account numbers or glued identifiers (property)', () => {
    fc.assert(
      fc.property(arbNationalId(), fc.integer({ min: 0, max: 9 }), ({ id }, extra) => {
        const account = `${id.slice(0, 4)}.${id.slice(4, 6)}.${id.slice(6)}`;
        const texts = [
          `Nummer ${breakChecksum(id)} er ikke gyldig.`,
          `Referanse ${id}${extra} og ${extra}${id}.`,
          `Beløp 1.${id} og ${id},5 kroner.`,
          `Se https://example.no/sak/${id}, www.example.no/${id} og example.no/a/${id}?x=1.`,
          `<https://example.no/${id}> og [lenke](https://example.no/x/${id})`,
          `Kontonummer ${account}.`,
          `Saksnummer A${id} og ${id}b og sak_${id}.`,
        ];
        for (const t of texts) expect(findNationalIds(t), t).toEqual([]);
      }),
      FC,
    );
  });

  it('finds several numbers in one text and next to punctuation', () => {
    const a = make('fnr', 0, 1, 1, 50);
    const b = make('hnr', 2, 31, 12, 99);
    const text = `(${a}), «${b}»\n${a}.`;
    expect(findNationalIds(text).map((m) => [m.offset, m.kind])).toEqual([
      [1, 'fnr'],
      [text.indexOf(b), 'hnr'],
      [text.lastIndexOf(a), 'fnr'],
    ]);
  });

  it('never throws and stays linear on long digit runs and random text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => {
        for (const m of findNationalIds(s)) {
          expect(checkNationalId(s.slice(m.offset, m.offset + m.length).replace(/[ \u00a0]/, ''))).toBeDefined();
        }
      }),
      FC,
    );
    const long = '1'.repeat(2_000_000) + ' ' + '0 '.repeat(500_000);
    const t0 = Date.now();
    expect(findNationalIds(long)).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('maskNationalIds', () => {
  it('replaces the digits of every number and nothing else (property)', () => {
    const filler = fc.string({ maxLength: 20 }).map((s) => s.replace(/[\p{L}\p{N}_.,]/gu, ' '));
    fc.assert(
      fc.property(filler, arbNationalId(), filler, arbNationalId(), (a, x, b, y) => {
        const text = `${a} ${x.id} ${b} ${y.id.slice(0, 6)} ${y.id.slice(6)}.`;
        const masked = maskNationalIds(text);
        expect(masked).toBe(`${a} *********** ${b} ****** *****.`);
        expect(findNationalIds(masked)).toEqual([]);
      }),
      FC,
    );
    expect(maskNationalIds('Konto 1234.56.78903 og sak 2024.17')).toBe('Konto 1234.56.78903 og sak 2024.17');
  });
});
