/**
 * One date type, checked once at the boundary: a date that does not exist
 * (`2024-02-30`, `2024-13-01`, `2023-02-29`) in any date field gives one finding,
 * on that date, and nothing else changes — no rule compares it, no document
 * shows it. The schema's calendar pattern and the model's check agree on every
 * `yyyy-mm-dd`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDate } from '../../src/model/dates.js';
import { mapCase } from '../../src/model/map.js';
import { validateSource } from '../../src/rules/engine.js';
import { exampleRepository, lines } from '../../src/rules/fixture.js';
import type { ExampleFiles } from '../../src/rules/rule.js';
import { memorySource } from '../helpers/memory.js';

const SEED = Number(process.env.FC_SEED ?? 1313);

/** The calendar pattern of `dato` in schemas/defs.schema.json, as editors and the schema check use it. */
const CALENDAR = new RegExp(
  (JSON.parse(readFileSync(new URL('../../schemas/defs.schema.json', import.meta.url), 'utf8')) as { definitions: { dato: { then: { pattern: string } } } }).definitions.dato.then.pattern,
  'u',
);

/** An independent oracle: the proleptic Gregorian calendar of JavaScript's Date, years 1–9999. */
function exists(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1) return false;
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

describe('a real calendar date', () => {
  it('is the same for the model, the schema and the calendar', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
    const date = fc.oneof(
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(date, (text) => {
        expect(isValidDate(text)).toBe(exists(text));
        expect(CALENDAR.test(text)).toBe(exists(text));
      }),
      { seed: SEED, numRuns: 5000 },
    );
    for (const [text, ok] of [['2024-02-29', true], ['2023-02-29', false], ['2000-02-29', true], ['1900-02-29', false], ['2024-13-01', false], ['2024-02-30', false], ['0024-02-29', true], ['0000-01-01', false]] as const) {
      expect(isValidDate(text), text).toBe(ok);
      expect(CALENDAR.test(text), text).toBe(ok);
    }
  });

  it('is all the model keeps: an impossible date is left out at the boundary', () => {
    const c = mapCase('cases/ssu/2024/2024.3-x.md', { møte: '2024-02-30', oppfølging: [{ hva: 'Rapport', status: 'åpen', frist: '2024-13-01' }], skjerming: { hjemmel: 'Offl. § 13', til: '2024-02-30' } }, '', 'ssu');
    expect(c.meeting).toBeUndefined();
    expect(c.followUps[0]).toEqual({ what: 'Rapport', status: 'open', impossibleDate: true });
    // A restriction whose end does not exist stays in force.
    expect(c.restriction).toEqual({ basis: 'Offl. § 13' });
  });
});

const CASE = 'cases/ssu/2024/2024.2-vitality.md';
const MEETING = 'meetings/ssu/2024-09-26.md';
const caseWith = (...extra: string[]) => lines('---', 'saksnr: "2024.2"', 'organ: SSU', ...extra, 'tittel: Vitality', 'sakstype: [Orientering]', 'konklusjon: Tas til orientering.', '---');
const meetingWith = (...extra: string[]) => lines('---', 'organ: SSU', 'dato: 2024-09-26', 'start: "12:30"', 'slutt: "15:30"', 'sted: Møterom 1', 'møteleder: Kari Nordmann', ...extra, '---');

/** Each date field, written with a placeholder `@` for the date: the file, its text, and the line of the date. */
const FIELDS: [name: string, file: string, text: (date: string) => string, line: number][] = [
  ['case møte', CASE, (d) => caseWith(`møte: ${d}`), 4],
  ['follow-up frist', CASE, (d) => caseWith('møte: 2024-09-26', 'oppfølging:', '  - hva: Rapport', '    ansvar: SSU', '    status: åpen', `    frist: ${d}`), 9],
  ['follow-up møte', CASE, (d) => caseWith('møte: 2024-09-26', 'oppfølging:', '  - hva: Rapport', '    ansvar: SSU', '    status: åpen', `    møte: ${d}`), 9],
  ['restriction til', CASE, (d) => caseWith('møte: 2024-09-26', 'skjerming:', '  hjemmel: Offl. § 13', `  til: ${d}`), 7],
  ['meeting innkalling_sendt', MEETING, (d) => meetingWith(`innkalling_sendt: ${d}`), 8],
  ['meeting referat_sendt', MEETING, (d) => meetingWith(`referat_sendt: ${d}`), 8],
  ['meeting dato', MEETING, (d) => meetingWith().replace('dato: 2024-09-26', `dato: ${d}`), 3],
];

async function findings(files: ExampleFiles, today: string) {
  const result = await validateSource(memorySource(exampleRepository(files)), { today, lang: 'en' });
  expect(result.crashed).toEqual([]);
  return result.findings.map((f) => ({ file: f.file, line: f.line, column: f.column, ruleId: f.ruleId, messageId: f.messageId }));
}

describe('an impossible date in any date field', () => {
  it.each(FIELDS)('%s: one finding on the date itself, and no other change', async (_name, file, text, line) => {
    for (const today of ['2024-09-01', '2024-12-01']) {
      const valid = await findings({ [file]: text(file === MEETING && line === 3 ? '2024-09-26' : '2024-09-20') }, today);
      for (const impossible of ['2024-02-30', '2024-13-01', '2023-02-29', '2024-00-10']) {
        const found = await findings({ [file]: text(impossible) }, today);
        const added = found.filter((f) => !valid.some((v) => JSON.stringify(v) === JSON.stringify(f)));
        expect(added, impossible).toEqual([expect.objectContaining({ file, line, ruleId: 'schema', messageId: 'impossibleDate' })]);
      }
    }
  });

  it('a meeting file named for a day that does not exist, without dato, is a finding on its name and no meeting', async () => {
    const found = await findings({ 'meetings/ssu/2024-02-30.md': lines('---', 'organ: SSU', 'sted: Møterom 1', '---') }, '2024-09-01');
    expect(found.filter((f) => f.file === 'meetings/ssu/2024-02-30.md')).toEqual([
      { file: 'meetings/ssu/2024-02-30.md', line: 2, column: 1, ruleId: 'schema', messageId: 'required' },
      { file: 'meetings/ssu/2024-02-30.md', line: 1, column: 1, ruleId: 'meeting-file-name', messageId: 'invalid' },
    ]);
    // The same name with a real `dato` is a meeting on that day, and only the name is wrong.
    const named = await findings({ 'meetings/ssu/2024-02-30.md': lines('---', 'organ: SSU', 'dato: 2024-02-29', '---') }, '2024-09-01');
    expect(named.filter((f) => f.file === 'meetings/ssu/2024-02-30.md')).toEqual([expect.objectContaining({ line: 3, ruleId: 'meeting-file-name', messageId: 'date' })]);
  });
});
