/** `hf show`: a case and its history, on the bundled data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

let dir = '';
beforeAll(() => {
  dir = copyBundled();
});
afterAll(() => removeDir(dir));

describe('hf show', () => {
  it('shows SSU 2024.28 with the case it follows up and that case’s conclusion', () => {
    const r = hf(dir, ['show', 'SSU', '2024.28']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('SSU 2024.28  Status og videre tilnærming til revisjon av delavtale beredskap');
    expect(r.stdout).toMatch(/Møte:\s+SSU 2024-09-26, 12:30–15:30, SiV møterom 028, bak kantinen/);
    expect(r.stdout).toMatch(/følger opp\s+SSU 2024\.17 \(2024-05-23\)/);
    expect(r.stdout).toContain('Konklusjon: Orienteringen tas til etterretning.');
  });

  it('shows what followed a case up, the minutes case of its meeting and the plan rows citing it', () => {
    const r = hf(dir, ['show', 'ssu', '2024.17', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      ref: string;
      history: { followedUpBy: { ref: string }[]; minutesIn: { ref: string | null }[]; planRows: { id: string }[] };
      followUps: { what: string; status: string }[];
    };
    expect(out.ref).toBe('SSU 2024.17');
    expect(out.history.followedUpBy.map((x) => x.ref)).toEqual(['SSU 2024.28']);
    expect(out.history.minutesIn.map((x) => x.ref)).toContain('SSU 2024.25');
    expect(out.history.planRows.map((x) => x.id)).toContain('beredskapsnettverk');
    expect(out.followUps[0]).toMatchObject({ status: 'open' });
  });

  it('shows the mandate a case approves and cases that refer to it', () => {
    const mandate = hf(dir, ['show', 'SSU', '2024.27']);
    expect(mandate.stdout).toMatch(/mandat\s+SF-PHR/);
    expect(mandate.stdout).toMatch(/viser til\s+FSU 2024\.17/);
    const fsu = hf(dir, ['show', 'FSU', '2024.16', '--lang', 'en']);
    expect(fsu.stdout).toMatch(/mentioned in\s+FSU 2024\.18/);
  });

  it('accepts the reference as one argument', () => {
    const one = hf(dir, ['show', 'PM 2024.3', '--json']);
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { ref: string }).ref).toBe('PM 2024.3');
    const r = hf(dir, ['show', 'PM', '2024.3']);
    expect(r.stdout).toMatch(/Handlingsplan\s+2025\/vitality/);
  });

  it('names a missing case and how to list the body’s cases', () => {
    const r = hf(dir, ['show', 'SSU', '2024.99']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Fant ingen sak SSU 2024.99');
    expect(r.stderr).toContain('hf list cases --body SSU');
    const bad = hf(dir, ['show', 'SSU', '24.1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('er ikke et saksnummer');
  });
});
