/**
 * hf installs like any npm CLI: the packed tarball holds what the program needs
 * (and no development files), and `npm install --global` of it into a fresh
 * prefix, or `npx` of it, gives a working `hf` in any other folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/bundled.js';
import { copyBundled, removeDir } from '../helpers/cli.js';

const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work = '';
let tarball = '';
let files: string[] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hf-pack-'));
  // dist/ is built by `npm test` before the tests run; packing must not rebuild it
  // under the feet of the other tests, so `prepare` is skipped here.
  const out = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: REPO_ROOT, encoding: 'utf8' });
  const info = (JSON.parse(out) as { filename: string; files: { path: string }[] }[])[0]!;
  tarball = join(work, info.filename);
  files = info.files.map((f) => f.path);
}, 120_000);
afterAll(() => removeDir(work));

const env = (extra: Record<string, string> = {}) => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? work, NO_COLOR: '1', HF_NOW: '2026-11-28', ...extra });

describe('the npm package', () => {
  it('holds the program, its schemas and its README, and nothing of the development tree', () => {
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'bin/hf.js', 'dist/cli/main.js', 'dist/cli/run.js', 'schemas/hf.schema.json', 'schemas/case.schema.json']));
    expect(files.filter((f) => /^(src|tests|cases|meetings|plans|mandates|bench|docs)\//.test(f))).toEqual([]);
    expect(files).not.toContain('hf.yaml');
  });

  it('installs with npm install --global and runs from any folder', () => {
    const prefix = join(work, 'prefix');
    const install = spawnSync(npm, ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], {
      cwd: work,
      env: env(),
      encoding: 'utf8',
    });
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.status).toBe(0);
    const bin = join(prefix, process.platform === 'win32' ? 'hf.cmd' : join('bin', 'hf'));
    expect(existsSync(bin)).toBe(true);
    const elsewhere = mkdtempSync(join(tmpdir(), 'hf-elsewhere-'));
    const data = copyBundled();
    try {
      const v = spawnSync(bin, ['--version'], { cwd: elsewhere, env: env(), encoding: 'utf8' });
      expect(v.stdout.trim()).toBe(version);
      const validate = spawnSync(bin, ['validate'], { cwd: data, env: env(), encoding: 'utf8' });
      expect(validate.stderr).toBe('');
      expect(validate.status).toBe(0);
      const init = spawnSync(bin, ['init', 'ny', '--name', 'Helsefellesskapet i Test'], { cwd: elsewhere, env: env(), encoding: 'utf8' });
      expect(init.status).toBe(0);
      expect(existsSync(join(elsewhere, 'ny', 'schemas', 'case.schema.json'))).toBe(true);
      const fresh = spawnSync(bin, ['validate'], { cwd: join(elsewhere, 'ny'), env: env(), encoding: 'utf8' });
      expect(fresh.stdout).toMatch(/^Ingen problemer/);
    } finally {
      removeDir(elsewhere);
      removeDir(data);
    }
  }, 300_000);

  it('runs with npx from another folder', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'hf-npx-'));
    try {
      const r = spawnSync('npx', ['--yes', '--prefer-offline', '--package', tarball, 'hf', '--version'], {
        cwd: elsewhere,
        env: env(),
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    } finally {
      removeDir(elsewhere);
    }
  }, 300_000);
});
