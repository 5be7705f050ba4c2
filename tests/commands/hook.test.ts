/**
 * `hf hook`: the pre-commit hook in a real temporary git repository. A commit with
 * an identity number in a staged file is refused without the number being shown;
 * a clean commit goes through; a foreign hook is never overwritten without
 * --force, and with --force it is kept and still runs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hf, removeDir } from '../helpers/cli.js';
import { makeNationalId } from '../helpers/national-id.js';

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Sekretariatet',
  GIT_AUTHOR_EMAIL: 'sekretariat@example.no',
  GIT_COMMITTER_NAME: 'Sekretariatet',
  GIT_COMMITTER_EMAIL: 'sekretariat@example.no',
};

function git(cwd: string, ...args: string[]) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd, ...GIT_ENV } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function id(rest: 0 | 1 | 2 | 3 = 0): string {
  for (let individual = 0; individual < 1000; individual++) {
    const v = makeNationalId({ kind: 'fnr', rest, day: 24, month: 12, yy: 63, individual });
    if (v) return v;
  }
  throw new Error('none');
}

describe('hf hook', () => {
  let dir: string;
  const hookPath = () => join(dir, '.git', 'hooks', 'pre-commit');
  const chained = () => hookPath() + '.hf-chained';

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hf-hook-'));
    expect(git(dir, 'init', '-q').code).toBe(0);
    writeFileSync(join(dir, 'hf.yaml'), 'navn: Test\n');
    mkdirSync(join(dir, 'cases', 'ssu', '2024'), { recursive: true });
  });
  afterEach(() => removeDir(dir));

  it('installs a hook that refuses a commit with an identity number and lets a clean one through', () => {
    const r = hf(dir, ['hook', 'install']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Installerte pre-commit-hooken');
    expect(readFileSync(hookPath(), 'utf8')).toContain('# hf-hook: pre-commit');
    expect(hf(dir, ['hook', 'status']).stdout).toContain('Installert:');

    writeFileSync(join(dir, 'cases/ssu/2024/2024.1-ok.md'), '---\norgan: SSU\ntittel: Ok\n---\nKonto 1234.56.78903.\n');
    git(dir, 'add', '.');
    const ok = git(dir, 'commit', '-q', '-m', 'ok');
    expect(ok.code, ok.stderr).toBe(0);

    const number = id(2);
    // Only the staged content counts: the working tree is clean again, the index is not.
    const path = join(dir, 'cases/ssu/2024/2024.2-henvisning.md');
    writeFileSync(path, `---\norgan: SSU\ntittel: Henvisning\n---\nPasient ${number.slice(0, 6)} ${number.slice(6)}\n`);
    git(dir, 'add', '.');
    writeFileSync(path, '---\norgan: SSU\ntittel: Henvisning\n---\n');
    const refused = git(dir, 'commit', '-q', '-m', 'henvisning');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('cases/ssu/2024/2024.2-henvisning.md');
    expect(refused.stderr).toContain('5:9');
    expect(refused.stderr).toContain('Teksten inneholder noe som ser ut som et fødselsnummer');
    expect(refused.stderr).toContain('Commit stoppet');
    expect(refused.stderr + refused.stdout).not.toContain(number.slice(0, 6));
    expect(git(dir, 'log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);

    // Staging the cleaned file lets the commit through.
    git(dir, 'add', '.');
    expect(git(dir, 'commit', '-q', '-m', 'henvisning').code).toBe(0);
  });

  it('checks staged files of every kind, also a Windows-1252 text and a name starting with a dash', () => {
    hf(dir, ['hook', 'install']);
    const number = id();
    writeFileSync(join(dir, '-notat.txt'), Buffer.from([...Buffer.from('Notat om pasient '), 0xf8, ...Buffer.from(` ${number}\n`)]));
    git(dir, 'add', '--', '-notat.txt');
    const r = hf(dir, ['hook', 'check']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('-notat.txt');
    expect(r.stderr).not.toContain(number);
  });

  it('refuses a staged file whose name holds a number, and masks the name', () => {
    const number = id(1);
    writeFileSync(join(dir, `henvisning-${number}.md`), 'Ingen nummer i teksten.\n');
    git(dir, 'add', '.');
    const r = hf(dir, ['hook', 'check']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('henvisning-***********.md');
    expect(r.stderr).toContain('Filnavnet inneholder noe som ser ut som et fødselsnummer');
    expect(r.stdout + r.stderr).not.toContain(number);
  });

  it('never overwrites a foreign hook without --force; with --force keeps it, runs it first, and puts it back on uninstall', () => {
    const foreign = '#!/bin/sh\necho foreign >> "$(git rev-parse --show-toplevel)/ran.txt"\n';
    writeFileSync(hookPath(), foreign);
    chmodSync(hookPath(), 0o755);

    const refused = hf(dir, ['hook', 'install']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('ikke har laget');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(hookPath(), 'utf8')).toBe(foreign);
    expect(hf(dir, ['hook', 'status']).stdout).toContain('En annen pre-commit-hook');

    expect(hf(dir, ['hook', 'install', '--force']).code).toBe(0);
    expect(readFileSync(chained(), 'utf8')).toBe(foreign);
    expect(hf(dir, ['hook', 'status']).stdout).toContain('kjører først');

    writeFileSync(join(dir, 'a.md'), 'Hei\n');
    git(dir, 'add', '.');
    expect(git(dir, 'commit', '-q', '-m', 'a').code).toBe(0);
    expect(readFileSync(join(dir, 'ran.txt'), 'utf8')).toBe('foreign\n');

    // Installing again updates hf's hook and leaves the kept one alone.
    expect(hf(dir, ['hook', 'install']).stdout).toContain('Oppdaterte');
    expect(readFileSync(chained(), 'utf8')).toBe(foreign);

    expect(hf(dir, ['hook', 'uninstall']).code).toBe(0);
    expect(readFileSync(hookPath(), 'utf8')).toBe(foreign);
    expect(existsSync(chained())).toBe(false);
    // A foreign hook is never removed by uninstall.
    expect(hf(dir, ['hook', 'uninstall']).stdout).toContain('latt være');
    expect(readFileSync(hookPath(), 'utf8')).toBe(foreign);
  });

  it('a failing kept hook stops the commit before hf runs', () => {
    writeFileSync(hookPath(), '#!/bin/sh\necho nei >&2\nexit 3\n');
    chmodSync(hookPath(), 0o755);
    hf(dir, ['hook', 'install', '--force']);
    writeFileSync(join(dir, 'a.md'), 'Hei\n');
    git(dir, 'add', '.');
    const r = git(dir, 'commit', '-q', '-m', 'a');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('nei');
  });

  it('says so outside a git repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'hf-nogit-'));
    try {
      const r = hf(outside, ['hook', 'install'], { GIT_CEILING_DIRECTORIES: tmpdir() });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('er ikke i et git-repo');
    } finally {
      removeDir(outside);
    }
  });
});
