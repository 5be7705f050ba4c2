/**
 * The stored answers of `hf validate` (src/repo/answers.ts): an unchanged
 * repository is answered with exactly what a full run prints, and anything the
 * answer depends on — a data file, hf.yaml, an attachment, today, the options,
 * hf itself — makes the next run check everything again.
 *
 * To tell a stored answer from a fresh one, the tests forge the stored text (and
 * seal it as hf does): a run that prints the forgery was answered from the
 * store; after a change, the run must print what `--no-cache` prints instead.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/bundled.js';
import { copyBundled, hf, removeDir, type RunResult } from '../helpers/cli.js';

const CACHE = '.hf-cache';
const FORGED = 'FORGED ANSWER\n';
const CASE = 'cases/ssu/2024/2024.92-ukjent-felt.md';
const ATTACHMENT = 'vedlegg/ssu/2024/2024.34-palliasjon-til-voksne-pasienter.md';

/** Dates every data file a minute back: a file changed within two seconds of a run is not trusted by its stamp. */
function age(root: string): void {
  const past = new Date(Date.now() - 60_000);
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !entry.parentPath.includes(CACHE)) utimesSync(join(entry.parentPath, entry.name), past, past);
  }
}

/** Replaces every stored answer's text with FORGED and seals the file as hf does (so hf takes it as its own). */
function forge(root: string): void {
  const file = join(root, CACHE, 'answers-v1.json');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { answers: { out: string }[] };
  expect(stored.answers.length).toBeGreaterThan(0);
  for (const a of stored.answers) a.out = FORGED;
  writeFileSync(file, JSON.stringify(stored));
  const st = lstatSync(file);
  writeFileSync(join(root, CACHE, 'answers-v1.stamp'), `${st.ino}:${st.ctimeMs}:${st.size}`);
}

/** A full run, then a forged store: the next run over the same repository prints FORGED. */
function storeAndForge(root: string, args: string[] = [], env: Record<string, string> = {}, hfBin?: string): void {
  run(root, args, env, hfBin);
  forge(root);
  expect(run(root, args, env, hfBin).stdout).toBe(FORGED);
}

function run(root: string, args: string[] = [], env: Record<string, string> = {}, hfBin?: string): RunResult {
  if (!hfBin) return hf(root, ['validate', ...args], env);
  const r = spawnSync(process.execPath, [hfBin, 'validate', ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HF_NOW: '2026-11-28', LANG: 'C', ...env }, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** After a change: the run checks everything again and prints what a run without any cache prints. */
function expectFresh(root: string, args: string[] = [], env: Record<string, string> = {}, hfBin?: string): RunResult {
  const got = run(root, args, env, hfBin);
  expect(got.stdout).not.toBe(FORGED);
  expect(got).toEqual(run(root, [...args, '--no-cache'], env, hfBin));
  return got;
}

describe('stored answers of hf validate', () => {
  let root: string;

  beforeAll(() => {
    root = copyBundled('hf-answers-');
    writeFileSync(join(root, CASE), '---\nsaksnr: "2024.92"\norgan: SSU\ntittel: Ukjent felt\ntittle: x\n---\nSe SSU 2024.999.\n');
    age(root);
  });
  afterAll(() => removeDir(root));

  it('answers an unchanged repository byte for byte as a run without cache, in every format', () => {
    for (const args of [[], ['--format', 'json'], ['--format', 'github'], ['--strict']]) {
      const none = run(root, [...args, '--no-cache']);
      expect(none.code).toBe(1);
      const full = run(root, args);
      const answered = run(root, args);
      expect(full).toEqual(none);
      expect(answered).toEqual(none);
    }
    // The last four runs asked four different questions; each is kept.
    forge(root);
    for (const args of [[], ['--format', 'json'], ['--format', 'github'], ['--strict']]) expect(run(root, args)).toEqual({ code: 1, stdout: FORGED, stderr: '' });
  });

  it('checks again after a data file is edited, added, removed or renamed', () => {
    storeAndForge(root);
    writeFileSync(join(root, CASE), readFileSync(join(root, CASE), 'utf8').replace('tittle: x', 'tittel2: y'));
    age(root);
    expect(expectFresh(root).stdout).toContain('tittel2');

    storeAndForge(root);
    const added = 'cases/ssu/2024/2024.93-ny.md';
    writeFileSync(join(root, added), '---\nsaksnr: "2024.93"\norgan: SSU\ntittel: Ny\nsakstype: [Ukjent]\n---\n');
    age(root);
    expect(expectFresh(root).stdout).toContain('2024.93-ny.md');

    storeAndForge(root);
    renameSync(join(root, added), join(root, 'cases/ssu/2024/2024.94-ny.md'));
    age(root);
    expect(expectFresh(root).stdout).toContain('2024.94-ny.md');

    storeAndForge(root);
    unlinkSync(join(root, 'cases/ssu/2024/2024.94-ny.md'));
    expect(expectFresh(root).stdout).not.toContain('2024.94-ny.md');
  });

  it('checks again after a change that keeps the size and the modification time', () => {
    storeAndForge(root);
    const path = join(root, CASE);
    const before = lstatSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('tittel2: y', 'tittel3: y'));
    utimesSync(path, before.atime, before.mtime);
    expect(expectFresh(root).stdout).toContain('tittel3');
  });

  it('checks again after hf.yaml, an attachment, a symbolic link or today changes', () => {
    storeAndForge(root);
    const config = join(root, 'hf.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^navn: .*$/m, 'navn: Helsefellesskapet i Test'));
    age(root);
    expectFresh(root);

    storeAndForge(root);
    renameSync(join(root, ATTACHMENT), join(root, `${ATTACHMENT}.bak`));
    expect(expectFresh(root).stdout).toContain('2024.34-palliasjon-til-voksne-pasienter.md');
    renameSync(join(root, `${ATTACHMENT}.bak`), join(root, ATTACHMENT));
    expectFresh(root);

    storeAndForge(root);
    mkdirSync(join(root, 'elsewhere'));
    symlinkSync(join(root, 'elsewhere'), join(root, 'cases', 'ssu', 'lenke'));
    expect(expectFresh(root).stdout).toContain('cases/ssu/lenke');
    unlinkSync(join(root, 'cases', 'ssu', 'lenke'));

    storeAndForge(root);
    expectFresh(root, [], { HF_NOW: '2026-11-29' });
  });

  it('answers each set of options on its own: paths, --strict, format and language', () => {
    storeAndForge(root);
    expectFresh(root, ['cases/ssu/2024']);
    expectFresh(root, ['--strict']);
    expectFresh(root, ['--format', 'gitlab']);
    expectFresh(root, ['--lang', 'en']);
    expectFresh(root, [], { HF_LANG: 'en' });
    expectFresh(root, [], { NO_COLOR: '', FORCE_COLOR: '1' });
    // None of them replaced the first answer.
    expect(run(root).stdout).toBe(FORGED);
  });

  it('never answers --against or --no-cache from the store', () => {
    const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    storeAndForge(root);
    expect(git('init', '-q').status).toBe(0);
    expect(git('add', '-A').status).toBe(0);
    expect(git('commit', '-qm', 'x').status).toBe(0);
    expect(run(root).stdout).toBe(FORGED);
    const against = run(root, ['--against', 'HEAD']);
    expect(against.stdout).not.toBe(FORGED);
    expect(against.stdout).toBe(run(root, ['--no-cache']).stdout);
    rmSync(join(root, '.git'), { recursive: true, force: true });
  });

  it('checks again when a change of several files did not finish, or an odd entry appears', () => {
    storeAndForge(root);
    mkdirSync(join(root, '.hf-journal'));
    writeFileSync(join(root, '.hf-journal', '2024-09-20T10-15-00-000Z-0a1b2c3d.json'), JSON.stringify({ description: 'hf renumber SSU 2024.2 → 2024.3', pid: 999999, host: 'elsewhere', created: '2024-09-20T10:15:00.000Z' }));
    expect(expectFresh(root).stdout).toContain('hf renumber --recover');
    // Nothing is stored while a journal is there.
    expect(run(root).stdout).toContain('hf renumber --recover');
    // Recovered: the repository is again as it was when the (forged) answer was stored.
    rmSync(join(root, '.hf-journal'), { recursive: true, force: true });
    expect(run(root).stdout).toBe(FORGED);

    storeAndForge(root);
    mkdirSync(join(root, 'cases', 'ssu', '2024', 'mappe.md'));
    expect(expectFresh(root).stdout).toContain('mappe.md');
    rmSync(join(root, 'cases', 'ssu', '2024', 'mappe.md'), { recursive: true, force: true });
  });

  it('ignores stored answers it did not write itself, and stores none for a file changed just now', () => {
    storeAndForge(root);
    // A copy (committed to git, or copied from another checkout) has another inode or change time.
    const copy = mkdtempSync(join(tmpdir(), 'hf-answers-copy-'));
    try {
      cpSync(root, copy, { recursive: true });
      age(copy);
      expectFresh(copy);
    } finally {
      removeDir(copy);
    }
    rmSync(join(root, CACHE), { recursive: true, force: true });
    writeFileSync(join(root, CASE), readFileSync(join(root, CASE), 'utf8') + '\nEndret nå.\n');
    expectFresh(root);
    expect(existsSync(join(root, CACHE, 'answers-v1.json'))).toBe(false);
    age(root);
    run(root);
    expect(existsSync(join(root, CACHE, 'answers-v1.json'))).toBe(true);
  });

  it('checks again when hf itself changes', () => {
    // A copy of the built hf, so that its code can be changed.
    const install = mkdtempSync(join(tmpdir(), 'hf-answers-hf-'));
    try {
      for (const part of ['bin', 'dist', 'schemas', 'package.json']) cpSync(join(REPO_ROOT, part), join(install, part), { recursive: true });
      symlinkSync(join(REPO_ROOT, 'node_modules'), join(install, 'node_modules'));
      const bin = join(install, 'bin', 'hf.js');
      storeAndForge(root, [], {}, bin);
      // Any module of hf, not only those that load files.
      const formatter = readdirSync(join(install, 'dist'), { recursive: true }).map(String).find((f) => f.endsWith('rules/engine.js'))!;
      const later = new Date(Date.now() + 5_000);
      utimesSync(join(install, 'dist', formatter), later, later);
      expectFresh(root, [], {}, bin);
      storeAndForge(root, [], {}, bin);
      const pkg = join(install, 'package.json');
      writeFileSync(pkg, readFileSync(pkg, 'utf8').replace(/"version": "[^"]+"/, '"version": "99.0.0"'));
      expectFresh(root, [], {}, bin);
    } finally {
      removeDir(install);
    }
  });
});
