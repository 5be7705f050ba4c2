/**
 * The commands on the plans of Helsefellesskapet Elvedalen (tests/fixtures/elvedalen):
 * the repository validates with no finding; `hf plan 2026` and `hf plan status
 * 2026` find the three-year plan that covers 2026; carry-over goes from that
 * plan to the next one and keeps each row's own period; the owners filter of
 * `hf list plans`; and an own field of the wrong type is reported at its line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hf, removeDir } from '../helpers/cli.js';
import { copyElvedalen, ELVEDALEN_NOW } from '../helpers/elvedalen.js';

const env = { HF_NOW: ELVEDALEN_NOW };
const dirs: string[] = [];
const copy = () => {
  const dir = copyElvedalen();
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach(removeDir));
const shared = copy();

describe('the repository of Elvedalen', () => {
  it('validates with no finding', () => {
    const r = hf(shared, ['validate'], env);
    expect(r.stdout).toBe('Ingen problemer i 26 filer.\n');
    expect(r.code).toBe(0);
  });
});

describe('hf plan and hf plan status on a plan of three years', () => {
  it('hf plan 2026 writes the plan that covers 2026, in its own layout', () => {
    const r = hf(shared, ['plan', '2026'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Handlingsplan 2025–2027\n');
    expect(r.stdout).toContain('## 3.3 Psykisk helse og rus\n\n### ROP-team med ettervern\n');
    expect(r.stdout).toBe(hf(shared, ['plan', '2025-2027'], env).stdout);
    expect(r.stdout).toBe(readFileSync(join(import.meta.dirname, '../render/golden/plan-elvedalen-2025-2027.md'), 'utf8'));
    const matrix = hf(shared, ['plan', '2027', '--layout', 'matrise'], env);
    expect(matrix.stdout).toContain('| Hvor vil vi? | Innsatsområder | Satsninger | Mål | Ansvarlig | Periode | Målgruppe |');
    const bad = hf(shared, ['plan', '2026', '--layout', 'kolonner'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Ukjent oppsett `kolonner`');
  });

  it('hf plan status 2026 reports on the rows of 2026, with what is overdue from 2025', () => {
    const r = hf(shared, ['plan', 'status', '2026'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(import.meta.dirname, '../render/golden/plan-status-elvedalen-2026.md'), 'utf8'));
    const json = JSON.parse(hf(shared, ['plan', 'status', '2026', '--json'], env).stdout) as {
      plan: string;
      period: string;
      year: number;
      overdue: string[];
      groupings: { areas: { area: string; initiatives: { id: string; responsible: string[]; continues: string[] }[]; measures: { id: string }[] }[] }[];
    };
    expect(json).toMatchObject({ plan: '2025-2027', period: '2025–2027', year: 2026, overdue: ['2025-2027/trygg-utskrivning'] });
    const areas = json.groupings[0]!.areas;
    const ids = areas.flatMap((a) => [...a.initiatives.map((i) => i.id), ...a.measures.map((m) => m.id)]);
    // Rows of 2027 only, and rows of 2025 that are done, are not in the report of 2026.
    expect(ids).not.toContain('2025-2027/digital-hjemmeoppfolging');
    expect(ids).not.toContain('2025-2027/skolehelse-kartlegging');
    expect(ids).toContain('2025-2027/hjemmebesok');
    const rop = areas.find((a) => a.area === 'psykisk-helse-rus')!.initiatives[0]!;
    expect(rop).toMatchObject({ responsible: ['UU-PHR', 'DPS Elvedalen', 'Kommunene'], continues: ['2024/rop-team', '2024/ettervern'] });
  });

  it('the whole plan, asked for by its folder, and the plan before it, where a continued row is not overdue', () => {
    const whole = hf(shared, ['plan', 'status', '2025-2027'], env);
    expect(whole.stdout).toContain('# Status for Handlingsplan 2025–2027\n');
    expect(whole.stdout).toContain('Digital hjemmeoppfølging');
    const before = hf(shared, ['plan', 'status', '2024'], env);
    expect(before.stdout).toContain('- Forfalt mot perioden: 1\n');
    expect(before.stdout).toMatch(/\| \*\*Helsestasjon og jordmortjeneste\*\*<br>\*Ansvarlig:\* AG-SFB \| Videreført<br>videreført i 2025–2027: Svangerskapsomsorg; Barselomsorg \|/);
    expect(before.stdout).not.toMatch(/Helsestasjon og jordmortjeneste[^\n]*FORFALT/);
    expect(before.stdout).toMatch(/Felles bruk av e-meldinger[^\n]*FORFALT/);
  });
});

describe('hf plan carry-over from a plan of three years', () => {
  it('creates the next plan with the new period, rows that keep their own period, and the pictures the texts show', () => {
    const dir = copy();
    const r = hf(dir, ['plan', 'carry-over', '2025-2027', '2028-2030'], { HF_NOW: '2027-12-01' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Videreføring av handlingsplan 2025–2027 til 2028–2030');
    expect(r.stdout).toContain('Ikke videreført (2, fullført eller avsluttet): 2025-2027/rop-ettervern-avtale (fullført), 2025-2027/skolehelse-kartlegging (fullført)');
    const plan = readFileSync(join(dir, 'plans/2028-2030/plan.md'), 'utf8');
    expect(plan).toMatch(/^---\nperiode: 2028–2030\ntittel: Handlingsplan 2028–2030\n/);
    expect(plan).not.toContain('vedtatt_i');
    const rop = readFileSync(join(dir, 'plans/2028-2030/rop-ettervern.md'), 'utf8');
    expect(rop).toContain('periode: "2025-2027"\n');
    expect(rop).toContain('viderefører: 2025-2027/rop-ettervern\n');
    expect(rop).not.toContain('saker:');
    expect(readFileSync(join(dir, 'plans/2028-2030/bilder/samhandlingsmodell.png'))).toEqual(readFileSync(join(dir, 'plans/2025-2027/bilder/samhandlingsmodell.png')));
    expect(hf(dir, ['validate'], { HF_NOW: '2027-12-01' }).code).toBe(0);
    expect(hf(dir, ['plan', '2029'], { HF_NOW: '2027-12-01' }).stdout).toContain('# Handlingsplan 2028–2030');
  });

  it('refuses a next plan that starts inside the period, instead of copying the plan into one of its own years', () => {
    const dir = copy();
    const r = hf(dir, ['plan', 'carry-over', '2025', '2026'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Planen det videreføres til (2026) må begynne etter at 2025–2027 slutter');
    expect(r.stderr).toContain('hf plan carry-over 2025-2027 2028-2030');
  });
});

describe('hf list plans --responsible', () => {
  const ids = (args: string[]) => (JSON.parse(hf(shared, ['list', 'plans', '--json', ...args], env).stdout) as { id: string; plan: string }[]).map((r) => `${r.plan}/${r.id}`);

  it('finds the rows of a body by its code, of an organisation by its name, and of free text by its words', () => {
    expect(ids(['--responsible', 'uu-phr'])).toEqual(['2024/rop-team', '2024/ettervern', '2025-2027/rop-ettervern', '2025-2027/rop-ettervern-avtale']);
    expect(ids(['--responsible', 'Nordhei kommune', '--year', '2026'])).toEqual(['2025-2027/skolehelse-digital', '2025-2027/hjemmebesok']);
    // In the order of the plan's areas: 3.1, 3.2, 3.3, 3.4.
    expect(ids(['--responsible', 'kommune', '--year', '2026'])).toEqual([
      '2025-2027/skolehelse',
      '2025-2027/skolehelse-digital',
      '2025-2027/barselomsorg',
      '2025-2027/rop-ettervern',
      '2025-2027/hjemmebesok',
    ]);
    expect(ids(['--responsible', 'Helsefellesskapet'])).toEqual(['2025-2027/skolehelse-kartlegging', '2025-2027/felles-journal']);
    // A body code is matched whole: SU is neither SSU nor FSU.
    expect(ids(['--responsible', 'SU'])).toEqual([]);
  });

  it('shows every owner in the table', () => {
    const r = hf(shared, ['list', 'plans', '--year', '2026', '--responsible', 'kvinneklinikken'], { ...env, COLUMNS: '200' });
    expect(r.stdout).toMatch(/2025–2027\s+svangerskapsomsorg\s+satsning\s+Svangerskapsomsorg\s+2025-2027\s+pågår\s+AG-SFB; Kvinneklinikken, Sykehuset Elvedalen HF/);
  });
});

describe('an own field of the wrong type', () => {
  it('is reported at its line, like a built-in field', () => {
    const dir = copy();
    const file = join(dir, 'plans/2025-2027/rop-ettervern.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('budsjett: 1200000', 'budsjett: "1,2 millioner"').replace('finansiering: prosjektmidler', 'finansiering: lotteri'));
    const r = hf(dir, ['validate', '--format', 'json'], env);
    expect(r.code).toBe(1);
    const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; column: number; ruleId: string; message: string }[] };
    const found = diagnostics.map((d) => [d.file, d.line, d.column, d.ruleId, d.message]);
    expect(found).toEqual([
      ['plans/2025-2027/rop-ettervern.md', 14, 15, 'schema', '`finansiering` har den ukjente verdien `lotteri`'],
      ['plans/2025-2027/rop-ettervern.md', 18, 11, 'schema', '`budsjett` skal være number, men er string'],
    ]);
    // Worker threads check the files with the same own fields.
    const threaded = hf(dir, ['validate', '--no-cache', '--format', 'json'], { ...env, HF_WORKERS: '2' });
    expect(JSON.parse(threaded.stdout).diagnostics).toEqual(diagnostics);
  });
});
