/**
 * `hf renumber` without git: a number given with --to or the next free one,
 * every reference rewritten (frontmatter values, comments, text), nothing else
 * touched; collisions need --file without git, and references that could mean
 * either case are named and left alone; an interrupted renumbering is undone by
 * `--recover`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/bundled.js';

const NOW = { HF_NOW: '2024-09-20' };
const SSU = 'cases/ssu/2024';
const C17 = `${SSU}/2024.17-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md`;
const C28 = `${SSU}/2024.28-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md`;
const C35 = `${SSU}/2024.35-faglig-samarbeidsutvalg-fsu.md`;
const PLAN = 'plans/2025/beredskapsnettverk.md';
const PM4 = 'cases/pm/2024/2024.4-handlingsplan-for-helsefelleskapet-i-vestfold-2025.md';

let dir: string;
beforeEach(() => {
  dir = copyBundled('hf-renumber-');
});
afterEach(() => removeDir(dir));

const read = (p: string) => readFileSync(join(dir, p), 'utf8');
const renumber = (...args: string[]) => hf(dir, ['renumber', ...args], NOW);

describe('hf renumber --to', () => {
  it('renames the file, changes saksnr and every reference to the case, and nothing else', () => {
    const before = Object.fromEntries([C28, PLAN, 'cases/ssu/2024/2024.27-mandat-samhandlingsforum-for-ledere-for-psykisk-helse-og-rus.md'].map((p) => [p, read(p)]));
    const r = renumber('SSU', '2024.17', '--to', '2024.40', '--json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ organ: 'SSU', fra: '2024.17', til: '2024.40', from: C17, path: `${SSU}/2024.40-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md` });
    expect(out.referanser).toEqual([
      { file: C28, line: 8, written: 'SSU 2024.17' },
      { file: PLAN, line: 12, written: 'SSU 2024.17' },
    ]);
    expect(existsSync(join(dir, C17))).toBe(false);
    expect(read(out.path)).toContain('saksnr: "2024.40"\norgan: SSU\n');
    expect(read(C28)).toBe(before[C28]!.replace('oppfølging_av: "SSU 2024.17"', 'oppfølging_av: "SSU 2024.40"'));
    expect(read(PLAN)).toBe(before[PLAN]!.replace('saker: ["SSU 2024.17", "SSU 2024.28"]', 'saker: ["SSU 2024.40", "SSU 2024.28"]'));
    // FSU 2024.17 is another body's case and stays.
    const mandateCase = 'cases/ssu/2024/2024.27-mandat-samhandlingsforum-for-ledere-for-psykisk-helse-og-rus.md';
    expect(read(mandateCase)).toBe(before[mandateCase]);
    expect(read('plans/2025/samhandlingsforum-psykisk-helse.md')).toContain('"FSU 2024.17"');
  });

  it('rewrites references in YAML comments, running text and implicit "sak" references of the same body', () => {
    writeFileSync(
      join(dir, `${SSU}/2024.34-endringer-i-tjenestetilbudet-som-far-konsekvenser-for.md`),
      read(`${SSU}/2024.34-endringer-i-tjenestetilbudet-som-far-konsekvenser-for.md`) + '\nJf. sak 2024.35, SSU-sak 2024.35 og FSU-sak 2024.15; ikke 2024.350.\n',
    );
    const r = renumber('SSU', '2024.35', '--to', '2024.36');
    expect(r.code).toBe(0);
    expect(read(PM4)).toContain('# is taken from SSU 2024.16 and SSU 2024.36.');
    expect(read(`${SSU}/2024.34-endringer-i-tjenestetilbudet-som-far-konsekvenser-for.md`)).toContain('Jf. sak 2024.36, SSU-sak 2024.36 og FSU-sak 2024.15; ikke 2024.350.');
    expect(r.stdout).toContain(`${PM4}:28  SSU 2024.35`);
    expect(JSON.parse(hf(dir, ['validate', '--format', 'json'], NOW).stdout).summary.errors).toBe(0);
  });

  it('quotes a number that was written unquoted', () => {
    writeFileSync(join(dir, C35), read(C35).replace('saksnr: "2024.35"', 'saksnr: 2024.35'));
    expect(renumber('SSU', '2024.35', '--to', '2024.36').code).toBe(0);
    expect(read(`${SSU}/2024.36-faglig-samarbeidsutvalg-fsu.md`)).toMatch(/^---\nsaksnr: "2024\.36"\n/);
  });

  it('refuses a number in use, another year, and a case that does not exist', () => {
    const taken = renumber('SSU', '2024.17', '--to', '2024.28');
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('SSU 2024.28 er allerede i bruk');
    expect(renumber('SSU', '2024.17', '--to', '2025.1').stderr).toContain('2025.1 er i et annet år enn 2024.17');
    expect(renumber('SSU', '2024.99', '--next').stderr).toContain('Saken SSU 2024.99 finnes ikke');
    expect(renumber('SSU', '2024.17').stderr).toContain('Oppgi enten --to <saksnr> eller --next');
    expect(renumber('SSU', '2024.17', '--to', '2024.40', '--next').code).toBe(2);
    expect(renumber('SSU', '24.17', '--next').stderr).toContain('`24.17` er ikke et saksnummer');
    expect(existsSync(join(dir, C17))).toBe(true);
  });
});

describe('hf renumber --next', () => {
  it('takes the next free number of the body and year', () => {
    const r = renumber('SSU', '2024.35', '--next');
    expect(r.stdout).toContain(`Omnummererte SSU-sak 2024.35 til 2024.36: ${C35} → ${SSU}/2024.36-faglig-samarbeidsutvalg-fsu.md`);
    expect(readdirSync(join(dir, SSU)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('steps past a number whose case file is misnamed', () => {
    writeFileSync(join(dir, `${SSU}/feilnavn.md`), '---\nsaksnr: "2024.36"\norgan: SSU\ntittel: Feil navn\n---\n');
    expect(renumber('SSU', '2024.35', '--next').stdout).toContain('til 2024.37');
  });
});

describe('a collision outside git', () => {
  beforeEach(() => {
    writeFileSync(join(dir, `${SSU}/2024.35-annen.md`), '---\nsaksnr: "2024.35"\norgan: SSU\nmøte: 2024-09-26\ntittel: Annen\n---\nSe sak 2024.35.\n');
  });

  it('asks which case to renumber', () => {
    const r = renumber('SSU', '2024.35', '--next');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`SSU 2024.35 er brukt av 2 saker, og hf kan ikke avgjøre hvilken som er nyest: ${SSU}/2024.35-annen.md, ${C35}`);
    expect(r.stderr).toContain('--file');
  });

  it('with --file, moves that case and names the references that may mean either', () => {
    const r = renumber('SSU', '2024.35', '--next', '--file', `${SSU}/2024.35-annen.md`);
    expect(r.code).toBe(0);
    expect(read(`${SSU}/2024.36-annen.md`)).toBe('---\nsaksnr: "2024.36"\norgan: SSU\nmøte: 2024-09-26\ntittel: Annen\n---\nSe sak 2024.36.\n');
    expect(r.stderr).toContain('Disse referansene kan gjelde begge sakene som hadde SSU 2024.35, og er ikke endret:');
    expect(r.stderr).toContain(`${PM4}:28  SSU 2024.35`);
    expect(read(PM4)).toContain('SSU 2024.35.');
    expect(read(C35)).toContain('saksnr: "2024.35"');
  });
});

describe('an interrupted renumbering', () => {
  it('blocks further renumbering until --recover puts the files back', () => {
    const before = { c17: read(C17), c28: read(C28) };
    // A renumbering killed after its first file: the journal stays behind.
    const module = pathToFileURL(join(REPO_ROOT, 'dist/repo/transaction.js')).href;
    const script = `
      const { applyChanges } = await import(${JSON.stringify(module)});
      const fs = await import('node:fs');
      const root = process.argv[1];
      const read = (p) => fs.readFileSync(root + '/' + p);
      const c17 = ${JSON.stringify(C17)}, c28 = ${JSON.stringify(C28)};
      const changes = [
        { from: c17, to: c17.replace('2024.17', '2024.40'), before: read(c17), after: Buffer.from(read(c17).toString().replace('2024.17', '2024.40')) },
        { from: c28, to: c28, before: read(c28), after: Buffer.from(read(c28).toString().replace('2024.17', '2024.40')) },
      ];
      applyChanges(root, changes, { description: 'hf renumber SSU 2024.17 → 2024.40', beforeStep: (i) => { if (i === 1) process.kill(process.pid, 'SIGKILL'); } });
    `;
    const killed = spawnSync(process.execPath, ['--input-type=module', '-e', script, dir]);
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(join(dir, C17))).toBe(false);

    const blocked = renumber('SSU', '2024.35', '--next');
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain('En tidligere endring ble avbrutt før den var ferdig (hf renumber SSU 2024.17 → 2024.40');
    expect(blocked.stderr).toContain('hf renumber --recover');

    const recovered = renumber('--recover');
    expect(recovered.code).toBe(0);
    expect(recovered.stdout).toContain('Satte tilbake 2 filer fra den avbrutte endringen «hf renumber SSU 2024.17 → 2024.40»');
    expect(read(C17)).toBe(before.c17);
    expect(read(C28)).toBe(before.c28);
    expect(existsSync(join(dir, C17.replace('2024.17', '2024.40')))).toBe(false);
    expect(renumber('--recover').stdout).toContain('Ingen avbrutte endringer');
    expect(renumber('SSU', '2024.35', '--next').code).toBe(0);
  });
});
