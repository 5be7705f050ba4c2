/**
 * Dates and cases as secretaries type them: 26.09.2024, 26.09.24 and 2024-09-26
 * wherever a date is an argument; "SSU 2024.28" as one argument, and 2024.30
 * alone when only one body has that number — in bokmål and English.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDate } from '../../src/commands/shared/date-arg.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

let dir = '';
beforeAll(() => {
  dir = copyBundled();
});
afterAll(() => removeDir(dir));

describe('dates as arguments', () => {
  it('reads 26.09.2024, 26.09.24, 26.9.2024 and 2024-09-26 as the same meeting', () => {
    const outputs = ['2024-09-26', '26.09.2024', '26.09.24', '26.9.2024', '2024-9-26'].map((d) => hf(dir, ['agenda', 'ssu', d]));
    for (const r of outputs) expect(r.code, r.stderr).toBe(0);
    expect(new Set(outputs.map((r) => r.stdout)).size).toBe(1);
    expect(outputs[0]!.stdout).toContain('2024.28');
    // Options take them too.
    expect(hf(dir, ['calendar', '--from', '01.09.24']).stdout).toBe(hf(dir, ['calendar', '--from', '2024-09-01']).stdout);
  });

  it('refuses an impossible date with what it understood, and a date that reads two ways', () => {
    const nb = hf(dir, ['agenda', 'ssu', '30.02.24']);
    expect(nb.code).toBe(2);
    expect(nb.stderr).toBe('hf: `30.02.24` leses som 30. februar 2024, en dato som ikke finnes\ntips: Skriv datoen som 26.09.2024, 26.09.24 eller 2024-09-26.\n');
    const en = hf(dir, ['--lang', 'en', 'agenda', 'ssu', '30.02.24']);
    expect(en.stderr).toBe('hf: `30.02.24` reads as 30 February 2024, a date that does not exist\nhint: Write the date as 26.09.2024, 26.09.24 or 2024-09-26.\n');
    const slash = hf(dir, ['--lang', 'en', 'new-meeting', 'SSU', '09/10/2024']);
    expect(slash.code).toBe(2);
    expect(slash.stderr).toContain('`09/10/2024` can be read more than one way');
    expect(hf(dir, ['new-meeting', 'SSU', 'i morgen']).stderr).toContain('`i morgen` er ikke en dato');
  });

  it('reads every date in every form it accepts as the same day, and no impossible one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const iso = new Date(ms).toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-');
        for (const form of [iso, `${d}.${m}.${y}`, `${Number(d)}.${Number(m)}.${y}`, `${d}.${m}.${y!.slice(2)}`]) expect(readDate(form), form).toEqual({ date: iso });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(readDate(`${days + 1}.${month}.${year}`)).toEqual({ impossible: { day: days + 1, month, year } });
      }),
    );
  });
});

describe('cases as arguments', () => {
  it('takes "SSU 2024.30" as one argument, and 2024.30 alone when only SSU has it', () => {
    const two = hf(dir, ['paper', 'ssu', '2024.30']);
    expect(two.code).toBe(0);
    for (const args of [['paper', 'SSU 2024.30'], ['paper', '2024.30'], ['paper', 'SSU-sak', '2024.30']]) {
      const r = hf(dir, args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toBe(two.stdout);
    }
    expect(hf(dir, ['show', '2024.30', '--json']).stdout).toContain('"ref": "SSU 2024.30"');
  });

  it('lists the candidates when more than one body has the number, in either language', () => {
    const nb = hf(dir, ['paper', '2024.16']);
    expect(nb.code).toBe(2);
    expect(nb.stderr).toBe('hf: Saksnummer 2024.16 finnes i flere organer: SSU 2024.16, FSU 2024.16\ntips: Skriv organet også, for eksempel hf paper SSU 2024.16.\n');
    const en = hf(dir, ['--lang', 'en', 'show', '2024.16']);
    expect(en.stderr).toBe('hf: Case number 2024.16 exists in more than one body: SSU 2024.16, FSU 2024.16\nhint: Give the body too, for example hf show SSU 2024.16.\n');
    expect(hf(dir, ['paper', '2024.99']).stderr).toContain('Ingen organ har en sak 2024.99');
  });
});
