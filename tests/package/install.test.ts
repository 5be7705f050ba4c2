/**
 * hf installs like any npm CLI: the packed tarball holds what the program needs
 * (and no development files), and `npm install --global` of it into a fresh
 * prefix, or `npx` of it, gives a working `hf` in any other folder. npm runs
 * offline (what hf needs is in npm's cache after `npm ci` of this repository),
 * with the environment passed on and a time limit.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageFiles } from '../../src/commands/init/pack.js';
import { REPO_ROOT } from '../helpers/bundled.js';
import { copyBundled, removeDir } from '../helpers/cli.js';
import { childEnv, NPM, run } from '../helpers/npm.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
let work = '';
let tarball = '';
let files: string[] = [];
const env = childEnv({ HF_NOW: '2026-11-28' });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hf-pack-'));
  // dist/ is built by `npm test` before the tests run; packing must not rebuild it
  // under the feet of the other tests, so `prepare` is skipped here.
  const r = run(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], REPO_ROOT, env);
  if (r.status !== 0) throw new Error(r.shown);
  const info = (JSON.parse(r.stdout) as { filename: string; files: { path: string }[] }[])[0]!;
  tarball = join(work, info.filename);
  files = info.files.map((f) => f.path);
}, 60_000);
afterAll(() => removeDir(work));

describe('the npm package', () => {
  it('is called @helsefellesskap/hf and gives the command hf', () => {
    expect(pkg.name).toBe('@helsefellesskap/hf');
    expect(tarball.endsWith(`helsefellesskap-hf-${pkg.version}.tgz`)).toBe(true);
  });

  it('holds the program, its schemas and its README, and nothing of the development tree', () => {
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'bin/hf.js', 'dist/cli/main.js', 'dist/cli/run.js', 'dist/runtime-lock.json', 'schemas/hf.schema.json', 'schemas/case.schema.json']));
    expect(files.filter((f) => /^(src|tests|cases|meetings|plans|mandates|bench|docs|node_modules)\//.test(f))).toEqual([]);
    expect(files).not.toContain('hf.yaml');
  });

  it('is packed by hf itself (hf init) with the same files as npm pack', () => {
    expect(packageFiles(REPO_ROOT).files.map((f) => f.path).sort()).toEqual([...files].sort());
  });

  it('installs with npm install --global and runs from any folder', () => {
    const prefix = join(work, 'prefix');
    const install = run(NPM, ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', tarball], work, env);
    expect(install.status, install.shown).toBe(0);
    const bin = join(prefix, process.platform === 'win32' ? 'hf.cmd' : join('bin', 'hf'));
    expect(existsSync(bin)).toBe(true);
    const elsewhere = mkdtempSync(join(tmpdir(), 'hf-elsewhere-'));
    const data = copyBundled();
    try {
      const v = run(bin, ['--version'], elsewhere, env);
      expect(v.stdout.trim()).toBe(pkg.version);
      const validate = run(bin, ['validate'], data, env);
      expect(validate.stderr).toBe('');
      expect(validate.status).toBe(0);
      // The installed hf packs itself into the new repository, with its lock file.
      const init = run(bin, ['init', 'ny', '--name', 'Helsefellesskapet i Test'], elsewhere, env);
      expect(init.status, init.shown).toBe(0);
      expect(existsSync(join(elsewhere, 'ny', 'vendor', `helsefellesskap-hf-${pkg.version}.tgz`))).toBe(true);
      expect(existsSync(join(elsewhere, 'ny', 'package-lock.json'))).toBe(true);
      const fresh = run(bin, ['validate'], join(elsewhere, 'ny'), env);
      expect(fresh.stdout).toMatch(/^Ingen problemer/);
    } finally {
      removeDir(elsewhere);
      removeDir(data);
    }
  }, 60_000);

  it('runs with npx from another folder', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'hf-npx-'));
    try {
      const r = run('npx', ['--yes', '--package', tarball, 'hf', '--version'], elsewhere, env);
      expect(r.status, r.shown).toBe(0);
      expect(r.stdout.trim()).toBe(pkg.version);
    } finally {
      removeDir(elsewhere);
    }
  }, 60_000);
});
