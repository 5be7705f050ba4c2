import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { copyFjord, FJORD_NOW } from '../helpers/fjord.js';

const dirs: string[] = [];
const track = (dir: string) => (dirs.push(dir), dir);
afterEach(() => {
  while (dirs.length) removeDir(dirs.pop()!);
});
const files = (dir: string, year: number) => (existsSync(join(dir, 'plans', String(year))) ? readdirSync(join(dir, 'plans', String(year))).sort() : []);

describe('hf plan carry-over on the bundled data', () => {
  it('creates 2026 from everything ongoing in 2025, validates clean, and creates nothing the second time', () => {
    const dir = track(copyBundled('hf-carry-'));
    const first = hf(dir, ['plan', 'carry-over', '2025', '2026']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('opprettet plans/2026/vitality.md  (viderefører 2025/vitality, pågår)');
    expect(first.stdout).toContain('40 fil(er) opprettet.');
    expect(files(dir, 2026)).toEqual(files(dir, 2025));
    expect(readFileSync(join(dir, 'plans/2026/fact-team.md'), 'utf8')).toContain('viderefører: 2025/fact-team\n');

    const valid = hf(dir, ['validate', '--format', 'json']);
    const errors = JSON.parse(valid.stdout).diagnostics.filter((d: { severity: string }) => d.severity === 'error');
    expect(errors).toEqual([]);

    const before = files(dir, 2026).map((f) => readFileSync(join(dir, 'plans/2026', f), 'utf8'));
    const second = hf(dir, ['plan', 'carry-over', '2025', '2026']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Ingenting nytt å opprette');
    expect(files(dir, 2026).map((f) => readFileSync(join(dir, 'plans/2026', f), 'utf8'))).toEqual(before);
  });

  it('refuses to decide on a plan with an unknown status, and writes nothing', () => {
    const dir = track(copyBundled('hf-carry-'));
    const file = join(dir, 'plans/2025/vitality.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: pågår', 'status: ferdig'));
    const r = hf(dir, ['plan', 'carry-over', '2025', '2026']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Handlingsplanen for 2025 har feil som må rettes før den kan videreføres:');
    expect(r.stderr).toContain('plans/2025/vitality.md:10:9:');
    expect(files(dir, 2026)).toEqual([]);
  });

  it('refuses years in the wrong order and plans that do not exist', () => {
    const dir = track(copyBundled('hf-carry-'));
    expect(hf(dir, ['plan', 'carry-over', '2025', '2024']).code).toBe(2);
    const missing = hf(dir, ['plan', 'carry-over', '2023', '2024']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Det finnes ingen handlingsplan for 2023');
  });
});

describe('hf plan carry-over on Fjordfellesskapet', () => {
  it('shows a dry run, then carries what is not completed, bringing a completed satsning along for its tiltak', () => {
    const dir = track(copyFjord());
    const dry = hf(dir, ['plan', 'carry-over', '2025', '2026', '--dry-run'], { HF_NOW: FJORD_NOW });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('10 fil(er) ville blitt opprettet (ingenting er skrevet).');
    expect(files(dir, 2026)).toEqual([]);

    const r = hf(dir, ['plan', 'carry-over', '2025', '2026', '--json'], { HF_NOW: FJORD_NOW });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.created.map((c: { path: string }) => c.path)).toEqual(files(dir, 2026).map((f) => `plans/2026/${f}`).sort((a, b) => (a === 'plans/2026/plan.md' ? -1 : b === 'plans/2026/plan.md' ? 1 : a < b ? -1 : 1)));
    expect(data.created.find((c: { path: string }) => c.path === 'plans/2026/trygg-utskrivning.md')).toMatchObject({ reason: 'parent', status: 'pågår', continues: '2025/trygg-utskrivning' });
    expect(data.skipped.map((s: { key: string }) => s.key)).toEqual(['2025/kartlegging-rop', '2025/pilot-fjordvik']);
    expect(files(dir, 2026)).not.toContain('kartlegging-rop.md');

    expect(hf(dir, ['validate'], { HF_NOW: FJORD_NOW }).code).toBe(0);
    const again = hf(dir, ['plan', 'carry-over', '2025', '2026', '--json'], { HF_NOW: FJORD_NOW });
    expect(JSON.parse(again.stdout).created).toEqual([]);
  });

  it('reports a row of the new year with the same name that does not continue it, and carries the rest', () => {
    const dir = track(copyFjord());
    mkdirSync(join(dir, 'plans/2026'));
    writeFileSync(join(dir, 'plans/2026/meldingsloftet.md'), '---\ntype: satsning\nområde: digitalisering\ntittel: Nytt meldingsløft\nstatus: planlagt\n---\n');
    const r = hf(dir, ['plan', 'carry-over', '2025', '2026'], { HF_NOW: FJORD_NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('plans/2026/meldingsloftet.md finnes allerede, men viderefører ikke 2025/meldingsloftet');
    expect(readFileSync(join(dir, 'plans/2026/meldingsloftet.md'), 'utf8')).toContain('Nytt meldingsløft');
    expect(files(dir, 2026)).toContain('felles-rop-team.md');
  });

  it('writes all files or none: something in the way of one file stops the whole change', () => {
    const dir = track(copyFjord());
    // A folder where a row file would go: the change is refused before any file is written.
    mkdirSync(join(dir, 'plans/2026/meldingsloftet.md'), { recursive: true });
    const r = hf(dir, ['plan', 'carry-over', '2025', '2026'], { HF_NOW: FJORD_NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plans/2026/meldingsloftet.md finnes allerede (eller ble endret underveis); ingenting er skrevet');
    expect(files(dir, 2026)).toEqual(['meldingsloftet.md']);
    expect(existsSync(join(dir, '.hf-journal')) ? readdirSync(join(dir, '.hf-journal')) : []).toEqual([]);
  });

  it('refuses a plan with an unknown status', () => {
    const dir = track(copyFjord());
    const file = join(dir, 'plans/2025/meldingsloftet.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: pågår', 'status: Pågår'));
    const r = hf(dir, ['plan', 'carry-over', '2025', '2026'], { HF_NOW: FJORD_NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('plans/2025/meldingsloftet.md:9:9:');
    expect(files(dir, 2026)).toEqual([]);
  });
});
