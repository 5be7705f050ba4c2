/**
 * The acceptance test of `hf init`: in an empty folder, non-interactively, a new
 * repository where `hf new-meeting`, `hf new-case`, `hf agenda` and `hf validate`
 * work at once; and the CI it writes runs the commands it claims, in a git
 * repository with a pull-request branch, as GitHub Actions and GitLab CI would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hf, HF_BIN, removeDir } from '../helpers/cli.js';

let base = '';
let repo = '';
let bin = '';
/** Before the meeting, so the new repository has nothing to warn about. */
const NOW = { HF_NOW: '2025-03-01' };

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'hf', GIT_AUTHOR_EMAIL: 'hf@example.no', GIT_COMMITTER_NAME: 'hf', GIT_COMMITTER_EMAIL: 'hf@example.no' } });

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'hf-init-flow-'));
  repo = join(base, 'repo');
  // `hf` on PATH, as `npm install --global` would put it.
  bin = join(base, 'bin');
  execFileSync('mkdir', ['-p', bin]);
  writeFileSync(join(bin, 'hf'), `#!/bin/sh\nexec "${process.execPath}" "${HF_BIN}" "$@"\n`);
  chmodSync(join(bin, 'hf'), 0o755);
});
afterAll(() => removeDir(base));

describe('a new repository from hf init', () => {
  it('works at once with new-meeting, new-case, agenda and validate', () => {
    const init = hf(base, ['init', 'repo', '--name', 'Helsefellesskapet i Testfylke'], NOW);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const meeting = hf(repo, ['new-meeting', 'SSU', '2025-03-27'], NOW);
    expect(meeting.stderr).not.toMatch(/^hf:/m);
    expect(meeting.code).toBe(0);
    const kase = hf(repo, ['new-case', '--organ', 'SSU', '--title', 'Budsjett 2025', '--type', 'Beslutning', '--meeting', '2025-03-27'], NOW);
    expect(kase.stderr).toBe('');
    expect(kase.code).toBe(0);
    const agenda = hf(repo, ['agenda', 'SSU', '2025-03-27'], NOW);
    expect(agenda.stderr).toBe('');
    expect(agenda.code).toBe(0);
    expect(agenda.stdout).toContain('Budsjett 2025');
    expect(agenda.stdout).toContain('Helsefellesskapet i Testfylke');
    const validate = hf(repo, ['validate'], NOW);
    expect(validate.stdout).toMatch(/^Ingen problemer i \d+ filer\.\n$/);
    expect(validate.code).toBe(0);
  });

  it('runs the GitHub workflow’s commands on a pull request', () => {
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'Nytt hf-repo');
    execFileSync('git', ['clone', '-q', '--bare', repo, join(base, 'origin.git')]);
    git('remote', 'add', 'origin', join(base, 'origin.git'));
    git('fetch', '-q', 'origin');
    git('checkout', '-q', '-b', 'ny-sak');
    expect(hf(repo, ['new-case', '--organ', 'SSU', '--title', 'Beredskap', '--meeting', '2025-03-27'], NOW).code).toBe(0);
    git('add', '.');
    git('commit', '-q', '-m', 'Ny sak');

    const wf = parse(readFileSync(join(repo, '.github', 'workflows', 'hf.yml'), 'utf8')) as {
      jobs: { validate: { steps: { run?: string; env?: Record<string, string> }[] } };
    };
    const steps = wf.jobs.validate.steps.filter((s) => s.run && !s.run.startsWith('npm install'));
    expect(steps.map((s) => s.run)).toEqual(['hf validate --format github', 'hf validate --against "origin/$TARGET_BRANCH"']);
    for (const step of steps) {
      // What the runner does: the step's env with ${{ github.base_ref }} filled in, then `bash -e -c`.
      const env: Record<string, string> = { PATH: `${bin}:${process.env.PATH}`, HOME: base, NO_COLOR: '1', ...NOW };
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = v.replace('${{ github.base_ref }}', 'main');
      const r = spawnSync('bash', ['-e', '-c', step.run!], { cwd: repo, env, encoding: 'utf8' });
      expect(r.stderr, step.run).toBe('');
      expect(r.status, step.run).toBe(0);
    }
  });

  it('runs the GitLab job’s script on a merge request and writes the code-quality report', () => {
    const ci = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')) as { hf: { script: string[] } };
    const script = ci.hf.script.filter((l) => !l.startsWith('npm install')).join('\n');
    const env = { PATH: `${bin}:${process.env.PATH}`, HOME: base, NO_COLOR: '1', ...NOW, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' };
    const job = () => spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd: repo, env, encoding: 'utf8' });
    const r = job();
    expect(r.stderr.split('\n').filter((l) => l && !/^From |^ \* branch /.test(l))).toEqual([]); // only git fetch's own report
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);

    // Meanwhile main numbers another case 2025.4 too: the merge request's job must fail.
    git('checkout', '-q', 'main');
    expect(hf(repo, ['new-case', '--organ', 'SSU', '--title', 'Rehabilitering', '--meeting', '2025-03-27'], NOW).stdout).toContain('2025.4');
    git('add', '.');
    git('commit', '-q', '-m', 'Annen sak');
    git('push', '-q', 'origin', 'main');
    git('checkout', '-q', 'ny-sak');
    const collision = job();
    expect(collision.status).not.toBe(0);
    expect(collision.stdout).toMatch(/Saksnummer 2025\.4 i SSU er brukt av en annen sak på origin\/main/);
    expect(JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]); // the branch itself is clean
  });
});
