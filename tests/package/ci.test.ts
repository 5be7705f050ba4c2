/**
 * The CI that `hf init` writes, proved rather than assumed: a new repository
 * from `hf init` (which puts this hf, packed, in vendor/ with a lock file), in
 * git with a pull-request branch, and then every step of the GitHub job and the
 * GitLab job run in order as the runners would: `npm ci` installs hf from the
 * lock file (offline: npm's cache holds everything after `npm ci` of this
 * repository), then `npx --no hf validate …`. Nothing comes from the network.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hf, removeDir } from '../helpers/cli.js';
import { childEnv, NPM, run } from '../helpers/npm.js';

let base = '';
let repo = '';
/** Before the meeting, so the new repository has nothing to warn about. */
const NOW = { HF_NOW: '2025-03-01' };
const env = childEnv(NOW);
const gitEnv = { ...env, GIT_AUTHOR_NAME: 'hf', GIT_AUTHOR_EMAIL: 'hf@example.no', GIT_COMMITTER_NAME: 'hf', GIT_COMMITTER_EMAIL: 'hf@example.no' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: gitEnv, timeout: 30_000 });

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'hf-ci-'));
  repo = join(base, 'repo');
  const init = hf(base, ['init', 'repo', '--name', 'Helsefellesskapet i Testfylke'], NOW);
  if (init.code !== 0) throw new Error(init.stderr);
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Nytt hf-repo');
  execFileSync('git', ['clone', '-q', '--bare', repo, join(base, 'origin.git')], { env: gitEnv });
  git('remote', 'add', 'origin', join(base, 'origin.git'));
  git('fetch', '-q', 'origin');
  git('checkout', '-q', '-b', 'ny-sak');
  const meeting = hf(repo, ['new-meeting', 'SSU', '2025-03-27'], NOW);
  const kase = hf(repo, ['new-case', '--organ', 'SSU', '--title', 'Beredskap', '--meeting', '2025-03-27'], NOW);
  if (meeting.code !== 0 || kase.code !== 0) throw new Error(meeting.stderr + kase.stderr);
  git('add', '.');
  git('commit', '-q', '-m', 'Ny sak');
}, 60_000);
afterAll(() => removeDir(base));

describe('the CI of a new repository', () => {
  it('pins hf in package.json and package-lock.json to the tarball in vendor/', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const spec = pkg.devDependencies['@helsefellesskap/hf']!;
    expect(spec).toMatch(/^file:vendor\/helsefellesskap-hf-\d+\.\d+\.\d+\.tgz$/);
    expect(existsSync(join(repo, spec.slice('file:'.length)))).toBe(true);
    const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string; integrity?: string }> };
    expect(lock.packages['node_modules/@helsefellesskap/hf']).toMatchObject({ resolved: spec, integrity: expect.stringMatching(/^sha512-/) });
  });

  it('runs every step of the GitHub job in order, hf installed by npm ci', () => {
    const wf = parse(readFileSync(join(repo, '.github', 'workflows', 'hf.yml'), 'utf8')) as { jobs: { validate: { steps: Step[] } } };
    const steps = wf.jobs.validate.steps;
    // The runner's own actions: the checkout is this git repository, setup-node the Node.js running the tests.
    expect(steps.filter((s) => s.uses).map((s) => s.uses!.split('@')[0])).toEqual(['actions/checkout', 'actions/setup-node']);
    const runs = steps.filter((s) => s.run);
    expect(runs.map((s) => s.run)).toEqual(['npm ci', 'npx --no hf validate --format github', 'npx --no hf validate --against "origin/$TARGET_BRANCH"']);
    for (const step of runs) {
      // What the runner does: the step's env with ${{ github.base_ref }} filled in, then `bash -e -c`.
      const stepEnv = { ...env };
      for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = v.replace('${{ github.base_ref }}', 'main');
      const r = run('bash', ['-e', '-c', step.run!], repo, stepEnv);
      expect(r.status, r.shown).toBe(0);
      if (step.run!.includes('hf validate')) expect(r.stderr, step.run).toBe('');
    }
    expect(existsSync(join(repo, 'node_modules', '.bin', 'hf'))).toBe(true);
  }, 60_000);

  const gitlabJob = () => {
    const ci = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')) as { hf: { script: string[]; variables: Record<string, string> } };
    const script = ci.hf.script.join('\n');
    return run('bash', ['-e', '-o', 'pipefail', '-c', script], repo, { ...env, ...ci.hf.variables, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', CI_PIPELINE_SOURCE: 'merge_request_event' });
  };

  it('runs the GitLab job’s script on a merge request and writes the code-quality report', () => {
    // The runner restores the job's npm cache (.npm) before the script: here, this machine's cache.
    const cache = run(NPM, ['config', 'get', 'cache'], repo, env).stdout.trim();
    symlinkSync(cache, join(repo, '.npm'));
    const r = gitlabJob();
    expect(r.status, r.shown).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l && !/^From |^ \* branch /.test(l))).toEqual([]); // only git fetch's own report
    expect(JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
  }, 60_000);

  it('fails the merge request’s job when the target branch took the same case number', () => {
    git('checkout', '-q', 'main');
    expect(hf(repo, ['new-meeting', 'SSU', '2025-03-27'], NOW).code).toBe(0);
    expect(hf(repo, ['new-case', '--organ', 'SSU', '--title', 'Rehabilitering', '--meeting', '2025-03-27'], NOW).stdout).toContain('2025.3');
    git('add', 'cases', 'meetings');
    git('commit', '-q', '-m', 'Annen sak');
    git('push', '-q', 'origin', 'main');
    git('checkout', '-q', 'ny-sak');
    const collision = gitlabJob();
    expect(collision.status).not.toBe(0);
    expect(collision.stdout).toMatch(/Saksnummer 2025\.3 i SSU er brukt av en annen sak på origin\/main/);
    expect(JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]); // the branch itself is clean
    expect(spawnSync('git', ['status', '--porcelain', '--', 'cases'], { cwd: repo, encoding: 'utf8' }).stdout).toBe('');
  }, 60_000);
});
