/**
 * The pieces of the working document that are text conventions: field names
 * (tag and alias, in either language), the lines a secretary types for
 * follow-ups, attendance and conflicts of interest (each written by hf and read
 * back the same), and the fingerprint of a case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fieldAlias,
  fieldTag,
  formatApologyLine,
  formatConflictLine,
  formatFollowUpLine,
  formatPresenceLine,
  isPlaceholder,
  fieldPlaceholder,
  parseApologyLine,
  parseConflictLine,
  parseFieldAlias,
  parseFieldTag,
  parseFollowUpLine,
  parsePresenceLine,
  splitNames,
  stateHash,
  CASE_FIELDS,
  MEETING_FIELDS,
} from '../../src/model/working-minutes.js';
import type { Lang } from '../../src/i18n/lang.js';

const SEED = { seed: 7, numRuns: 300 };
/** Names and texts as people write them: no parentheses, semicolons or commas (they separate parts). */
const words = fc.stringMatching(/^[A-Za-zÆØÅæøåé][A-Za-zÆØÅæøåé .'-]{0,30}[A-Za-zÆØÅæøåé]$/);
const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const caseNumber = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 999 })).map(([y, n]) => ({ year: y, seq: n }));
const lang = fc.constantFrom<Lang>('nb', 'en');

describe('field names', () => {
  it('a tag and an alias name the field and the key, in either language', () => {
    for (const field of [...CASE_FIELDS, ...MEETING_FIELDS]) {
      for (const l of ['nb', 'en'] as const) {
        const ref = { field, key: 'SSU 2024.28' };
        expect(parseFieldTag(fieldTag(ref))).toEqual(ref);
        expect(parseFieldAlias(fieldAlias(ref, l))).toEqual(ref);
      }
    }
    expect(fieldAlias({ field: 'konklusjon', key: 'SSU 2024.28' }, 'nb')).toBe('Konklusjon – SSU 2024.28');
    expect(parseFieldTag('hf:ukjent:SSU 2024.28')).toBeUndefined();
    expect(parseFieldTag('annet:konklusjon:SSU 2024.28')).toBeUndefined();
    expect(parseFieldAlias('Konklusjon')).toBeUndefined();
    expect(parseFieldAlias('Tittel – SSU 2024.28')).toBeUndefined();
  });

  it('knows its placeholders in both languages, and nothing else', () => {
    expect(isPlaceholder(fieldPlaceholder('konklusjon', 'nb'))).toBe(true);
    expect(isPlaceholder(` ${fieldPlaceholder('oppfølging', 'en')}\n`)).toBe(true);
    expect(isPlaceholder('Skriv konklusjonen. Den ble vedtatt.')).toBe(false);
  });
});

describe('typed lines', () => {
  it('follow-ups: what hf writes reads back the same (property)', () => {
    fc.assert(
      fc.property(words, fc.option(words, { nil: undefined }), fc.option(date, { nil: undefined }), fc.option(date, { nil: undefined }), (what, owner, due, meeting) => {
        const item = { what, status: 'open' as const, ...(owner ? { owner } : {}), ...(due ? { due } : {}), ...(meeting ? { meeting } : {}) };
        for (const l of ['nb', 'en'] as const) {
          const parsed = parseFollowUpLine(formatFollowUpLine(item, l));
          expect(parsed).toEqual({ ok: true, item: { what, ...(owner ? { owner } : {}), ...(due ? { due } : {}), ...(meeting ? { meeting } : {}) } });
        }
      }),
      SEED,
    );
  });

  it('follow-ups: Norwegian dates are read, impossible dates refused, other parentheses are text', () => {
    expect(parseFollowUpLine('Rapport (ansvar: SiV; frist: 1.2.2025)')).toEqual({ ok: true, item: { what: 'Rapport', owner: 'SiV', due: '2025-02-01' } });
    expect(parseFollowUpLine('Rapport (frist: 30.02.2025)')).toEqual({ ok: false, problem: 'date', value: '30.02.2025' });
    expect(parseFollowUpLine('Følge opp HSØ (Helse Sør-Øst)')).toEqual({ ok: true, item: { what: 'Følge opp HSØ (Helse Sør-Øst)' } });
  });

  it('attendance and conflicts: what hf writes reads back the same (property)', () => {
    fc.assert(
      fc.property(words, fc.option(words, { nil: undefined }), fc.option(caseNumber, { nil: undefined }), fc.option(caseNumber, { nil: undefined }), lang, (name, deputyFor, fromCase, untilCase, l) => {
        const presence = { name, ...(deputyFor ? { deputyFor } : {}), ...(fromCase ? { fromCase } : {}), ...(untilCase ? { untilCase } : {}) };
        const line = formatPresenceLine(presence, l);
        const num = (n?: { year: number; seq: number }) => (n ? `${n.year}.${n.seq}` : undefined);
        const back = parsePresenceLine(line);
        expect(back).toEqual({ name, ...(deputyFor ? { deputyFor } : {}), ...(fromCase ? { fromCase: num(fromCase) } : {}), ...(untilCase ? { untilCase: num(untilCase) } : {}) });
        // Several on a line, separated by commas, split where the commas are outside parentheses.
        expect(splitNames([`${line}, ${name}`])).toEqual([line, name]);
      }),
      SEED,
    );
    fc.assert(
      fc.property(words, fc.option(words, { nil: undefined }), fc.option(words, { nil: undefined }), lang, (name, reason, basis, l) => {
        expect(parseApologyLine(formatApologyLine({ name, ...(reason ? { reason } : {}) }))).toEqual({ name, ...(reason ? { reason } : {}) });
        const conflict = { name, ...(reason ? { reason } : {}), ...(basis ? { basis } : {}) };
        expect(parseConflictLine(formatConflictLine(conflict, l))).toEqual(conflict);
      }),
      SEED,
    );
  });

  it('attendance: a parenthesis hf does not understand stays part of the name', () => {
    expect(parsePresenceLine('Ellen Holtan Folkestad (Legeforeningen)')).toEqual({ name: 'Ellen Holtan Folkestad (Legeforeningen)' });
    expect(parsePresenceLine('Kari (vara for Ola, fra sak 2024.26)')).toEqual({ name: 'Kari', deputyFor: 'Ola', fromCase: '2024.26' });
    expect(parseApologyLine('Kjersti Norheim (sykdom (influensa))')).toEqual({ name: 'Kjersti Norheim', reason: 'sykdom (influensa)' });
    expect(splitNames(['Kjersti Norheim (sykdom, meldt 20.9), Ola.', ' ', 'Per; Pål'])).toEqual(['Kjersti Norheim (sykdom, meldt 20.9)', 'Ola', 'Per', 'Pål']);
  });
});

describe('the fingerprint of a case', () => {
  it('changes with the values of its keys only, whatever the order of a record', () => {
    const keys = ['møte', 'konklusjon', 'oppfølging'];
    const a = { tittel: 'A', møte: '2024-09-26', konklusjon: 'Ok.', oppfølging: [{ hva: 'x', status: 'åpen' }] };
    expect(stateHash(a, keys)).toBe(stateHash({ ...a, tittel: 'B', oppfølging: [{ status: 'åpen', hva: 'x' }] }, keys));
    expect(stateHash(a, keys)).not.toBe(stateHash({ ...a, konklusjon: 'Ok!' }, keys));
    expect(stateHash(a, keys)).not.toBe(stateHash({ ...a, konklusjon: undefined }, keys));
    expect(stateHash(undefined, keys)).toMatch(/^[0-9a-f]{16}$/);
  });
});
