/** `hf list` on the bundled data: filters, JSON, and tables that fit the width. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

let dir = '';
beforeAll(() => {
  dir = copyBundled();
});
afterAll(() => removeDir(dir));

const json = <T>(args: string[]): T => {
  const r = hf(dir, [...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

interface CaseRow {
  ref: string | null;
  body: string;
  meeting: string | null;
  types: string[];
  responsible: string[];
  status: string;
  file: string;
}

describe('hf list cases', () => {
  it('filters by body and year and lists in agenda order', () => {
    const rows = json<CaseRow[]>(['list', 'cases', '--body', 'ssu', '--year', '2024']);
    const refs = rows.map((r) => r.ref);
    expect(refs.slice(0, 3)).toEqual(['SSU 2024.11', 'SSU 2024.12', 'SSU 2024.13']);
    expect(refs).toContain('SSU 2024.35');
    expect([...new Set(rows.map((r) => r.body))]).toEqual(['SSU']);
    expect(refs.indexOf('SSU 2024.23')).toBeLessThan(refs.indexOf('SSU 2024.24'));
  });

  it('filters by status: the 26.09 cases are still open, the 23.05 ones concluded', () => {
    const open = json<CaseRow[]>(['list', 'cases', '--body', 'SSU', '--status', 'open']).map((r) => r.ref);
    expect(open).toContain('SSU 2024.28');
    expect(open).not.toContain('SSU 2024.17');
    const done = json<CaseRow[]>(['list', 'cases', '--body', 'SSU', '--status', 'konkludert']).map((r) => r.ref);
    expect(done).toContain('SSU 2024.17');
    expect(done).not.toContain('SSU 2024.28');
  });

  it('filters by type and by who is responsible', () => {
    const vedtak = json<CaseRow[]>(['list', 'cases', '--type', 'vedtak']);
    expect(vedtak.length).toBeGreaterThan(0);
    expect(vedtak.every((r) => r.types.includes('Vedtak'))).toBe(true);
    // Responsible (ansvar) contains the word, in any case; 34 other cases do not.
    const siv = json<CaseRow[]>(['list', 'cases', '--responsible', 'siv']);
    expect(siv.map((r) => [r.ref, r.responsible.filter((x) => /siv/i.test(x))])).toEqual([
      ['SSU 2024.28', ['SiV']],
      ['SSU 2024.33', ['SiV']],
    ]);
    // Or the handler (saksbehandler) does: the three cases of the secretariat.
    const handled = json<CaseRow[]>(['list', 'cases', '--responsible', 'Sekretariat']);
    expect(handled.map((r) => r.ref)).toEqual(['SSU 2024.30', 'SSU 2024.32', 'SSU 2024.35']);
    expect(json<CaseRow[]>(['list', 'cases', '--responsible', 'ingen-slik'])).toEqual([]);
  });

  it('includes the unnumbered standing items of FSU', () => {
    const fsu = json<CaseRow[]>(['list', 'cases', '--body', 'FSU']);
    expect(fsu.filter((r) => r.ref === null).map((r) => r.file)).toContain('cases/fsu/2024/2024-09-05-referat.md');
  });

  it('prints a table no wider than the terminal', () => {
    for (const columns of ['60', '80', '140']) {
      const r = hf(dir, ['list', 'cases', '--body', 'SSU'], { COLUMNS: columns });
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^Sak\s+Møte\s+Type\s+Tittel/);
      expect(lines.find((l) => l.startsWith('SSU 2024.28'))).toBeDefined();
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(Number(columns));
    }
    expect(hf(dir, ['list', 'cases', '--body', 'SSU'], { COLUMNS: '60' }).stdout).toContain('…');
  });

  it('refuses unknown bodies, statuses and filters that do not apply', () => {
    const body = hf(dir, ['list', 'cases', '--body', 'XYZ']);
    expect(body.code).toBe(2);
    expect(body.stderr).toContain('Organet `XYZ` finnes ikke i hf.yaml');
    expect(body.stderr).toContain('SSU');
    const status = hf(dir, ['list', 'cases', '--status', 'ferdig']);
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('open');
    const type = hf(dir, ['list', 'meetings', '--type', 'x']);
    expect(type.code).toBe(2);
    expect(type.stderr).toContain('--type kan ikke brukes med møter');
    const year = hf(dir, ['list', 'cases', '--year', '24']);
    expect(year.code).toBe(2);
  });
});

describe('files that cannot be read', () => {
  it('are named on standard error while the rest is listed', () => {
    const broken = copyBundled('hf-list-broken-');
    try {
      writeFileSync(join(broken, 'cases/ssu/2024/2024.36-ny.md'), '---\nsaksnr: "2024.36\norgan: SSU\n---\n');
      const r = hf(broken, ['list', 'cases', '--body', 'SSU', '--json']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('advarsel: cases/ssu/2024/2024.36-ny.md kunne ikke leses og er ikke med; `hf validate cases/ssu/2024/2024.36-ny.md` viser hvorfor\n');
      expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(20);
      expect(hf(broken, ['search', 'beredskap']).stderr).toContain('2024.36-ny.md kunne ikke leses');
    } finally {
      removeDir(broken);
    }
  });
});

describe('hf list meetings, plans and mandates', () => {
  it('lists meetings with their number of cases, by date', () => {
    const rows = json<{ body: string; date: string; start: string; cases: (string | null)[]; status: string }[]>(['list', 'meetings']);
    expect(rows.map((r) => `${r.body} ${r.date}`).slice(0, 4)).toEqual(['SSU 2024-05-23', 'PM 2024-05-30', 'FSU 2024-09-05', 'SSU 2024-09-26']);
    const ssu = rows.find((r) => r.body === 'SSU' && r.date === '2024-09-26')!;
    expect(ssu.start).toBe('12:30');
    expect(ssu.cases).toContain('2024.28');
    expect(ssu.status).toBe('held'); // HF_NOW is 2026-11-28 in tests
    const upcoming = hf(dir, ['list', 'meetings', '--status', 'upcoming', '--json'], { HF_NOW: '2024-09-01' });
    expect((JSON.parse(upcoming.stdout) as { date: string }[]).map((r) => r.date)).toEqual(['2024-09-05', '2024-09-26']);
    const table = hf(dir, ['list', 'meetings', '--body', 'SSU', '--year', '2024']);
    expect(table.stdout).toMatch(/SSU\s+2024-09-26\s+12:30–15:30\s+SiV møterom 028/);
  });

  it('lists action-plan rows by year, type, status and responsible body', () => {
    const rows = json<{ id: string; type: string; status: string | null; responsible: string[]; year: number }[]>([
      'list', 'plans', '--year', '2025', '--type', 'tiltak', '--responsible', 'FU-AKUTT',
    ]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.type === 'tiltak' && r.responsible.join() === 'FU-AKUTT' && r.year === 2025)).toBe(true);
    expect(rows.map((r) => r.id)).toContain('akuttkjeden-mobil-rontgen');
    const planned = json<{ status: string | null }[]>(['list', 'plans', '--status', 'planlagt']);
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((r) => r.status === 'planlagt')).toBe(true);
    expect(hf(dir, ['list', 'plans', '--year', '2031']).stdout).toBe('Ingen handlingsplanrader passer.\n');
  });

  it('lists mandates with the case that approves them', () => {
    const rows = json<{ body: string; status: string; approvedIn: string }[]>(['list', 'mandates']);
    expect(rows).toContainEqual(expect.objectContaining({ body: 'SF-PHR', status: 'utkast', approvedIn: 'SSU 2024.27' }));
    // The one mandate is a draft: the status filter keeps it for utkast and leaves it out for vedtatt.
    expect(json<{ body: string }[]>(['list', 'mandates', '--status', 'utkast']).map((r) => r.body)).toEqual(['SF-PHR']);
    expect(json<unknown[]>(['list', 'mandates', '--status', 'vedtatt'])).toEqual([]);
  });

  it('speaks English with --lang en', () => {
    const r = hf(dir, ['list', 'meetings', '--lang', 'en']);
    expect(r.stdout.split('\n')[0]).toMatch(/^Body\s+Date\s+Time\s+Place\s+Cases\s+Status$/);
  });
});
