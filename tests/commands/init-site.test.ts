/**
 * The publishing CI `hf init` writes: a GitHub Pages workflow and a GitLab Pages
 * job that run `hf validate` before `hf site` on the main branch. Their commands
 * are run here as the runners would, in a repository fresh from `hf init`
 * (nothing but hf.yaml yet), and the site they build is there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hf, HF_BIN, removeDir } from '../helpers/cli.js';

let base = '';
let repo = '';
let bin = '';
const NOW = { HF_NOW: '2025-03-01' };

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'hf-init-site-'));
  repo = join(base, 'repo');
  bin = join(base, 'bin');
  execFileSync('mkdir', ['-p', bin]);
  writeFileSync(join(bin, 'hf'), `#!/bin/sh\nexec "${process.execPath}" "${HF_BIN}" "$@"\n`);
  chmodSync(join(bin, 'hf'), 0o755);
  // `npx --no hf …` runs the hf that `npm ci` installed (tests/package/ci.test.ts runs both for real); here, this hf.
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = "--no" ] && shift\n[ "$1" = "hf" ] || exit 99\nshift\nexec "${process.execPath}" "${HF_BIN}" "$@"\n`);
  chmodSync(join(bin, 'npx'), 0o755);
  const init = hf(base, ['init', 'repo', '--name', 'Helsefellesskapet i Testfylke', '--branch', 'hoved'], NOW);
  expect(init.code).toBe(0);
  expect(init.stdout).toContain('.github/workflows/nettsted.yml');
});
afterAll(() => removeDir(base));

const run = (script: string, env: Record<string, string>) =>
  spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd: repo, env: { PATH: `${bin}:${process.env.PATH}`, HOME: base, NO_COLOR: '1', ...NOW, ...env }, encoding: 'utf8' });

describe('the publishing CI from hf init', () => {
  it('builds and publishes the site with GitHub Pages on the main branch, after hf validate', () => {
    const wf = parse(readFileSync(join(repo, '.github', 'workflows', 'nettsted.yml'), 'utf8')) as {
      on: { push: { branches: string[] } };
      permissions: Record<string, string>;
      jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[]; environment: { name: string } } };
    };
    expect(wf.on.push.branches).toEqual(['hoved']);
    expect(wf.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const steps = wf.jobs.build.steps;
    const runs = steps.filter((s) => s.run).map((s) => s.run);
    // hf comes from the repository's package-lock.json, as in the validation workflow.
    expect(runs).toEqual(['npm ci', 'npx --no hf validate --format github', 'npx --no hf site -o _site --base-url "$BASE_URL/"']);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with).toMatchObject({ cache: 'npm' });
    expect(steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact'))).toBeGreaterThan(steps.findIndex((s) => s.run?.startsWith('npx --no hf site')));
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with).toEqual({ path: '_site' });
    expect(wf.jobs.deploy.needs).toBe('build');
    expect(wf.jobs.deploy.environment.name).toBe('github-pages');
    expect(wf.jobs.deploy.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
    // What the runner does with the two steps (configure-pages gives the address without a final slash).
    const hfSteps = steps.filter((s) => s.run?.startsWith('npx --no hf '));
    expect(hfSteps).toHaveLength(2);
    for (const step of hfSteps) {
      const env: Record<string, string> = {};
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = v.replace('${{ steps.pages.outputs.base_url }}', 'https://helsefellesskap.github.io/testfylke');
      const r = run(step.run!, env);
      expect(r.status, `${step.run}\n${r.stdout}\n${r.stderr}`).toBe(0);
    }
    expect(readFileSync(join(repo, '_site', 'index.html'), 'utf8')).toContain('<h1>Helsefellesskapet i Testfylke</h1>');
    expect(readFileSync(join(repo, '_site', 'feed.xml'), 'utf8')).toContain('href="https://helsefellesskap.github.io/testfylke/feed.xml"');
  });

  it('adds a pages job to the GitLab CI that validates first and publishes the folder public', () => {
    const ci = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; rules: { if: string }[]; artifacts: { paths: string[] }; stage?: string }>;
    expect(Object.keys(ci)).toEqual(['hf', 'pages']);
    const pages = ci.pages!;
    // A CI/CD expression compares with a quoted string.
    expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == "hoved"' }]);
    expect(pages.artifacts.paths).toEqual(['public']);
    expect(pages.script[0]).toBe('npm ci --cache .npm --prefer-offline');
    const script = pages.script.slice(1);
    expect(script).toEqual(['npx --no hf validate', 'npx --no hf site -o public --base-url "$CI_PAGES_URL/"']);
    const r = run(script.join('\n'), { CI_PAGES_URL: 'https://helsefellesskap.gitlab.io/testfylke' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(repo, 'public', 'sok.html'))).toBe(true);
  });

  it('runs the validation job on the main branch by a quoted comparison too', () => {
    const ci = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')) as Record<string, { rules: { if: string }[] }>;
    expect(ci.hf!.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == "hoved"' }]);
  });

  it('refuses a branch name a CI expression or YAML would have to escape, and writes nothing', () => {
    for (const branch of ['hoved"gren', "o'neil", 'med mellomrom', 'a\\b', '-x', 'a..b', 'gren.lock']) {
      const r = hf(base, ['init', 'annen', '--name', 'Helsefellesskapet i Testfylke', '--branch', branch], NOW);
      expect(r.code, branch).toBe(2);
      expect(r.stderr, branch).toContain('kan ikke brukes i CI-filene');
      expect(existsSync(join(base, 'annen')), branch).toBe(false);
    }
    expect(hf(base, ['init', 'annen', '--name', 'Helsefellesskapet i Testfylke', '--branch', 'utvikling/hf-2'], NOW).code).toBe(0);
  });

  it('publishes nothing when hf validate finds an error', () => {
    execFileSync('mkdir', ['-p', join(repo, 'cases', 'ssu', '2025')]);
    writeFileSync(join(repo, 'cases', 'ssu', '2025', '2025.1-uten-tittel.md'), '---\nsaksnr: "2025.1"\norgan: SSU\n---\n');
    const r = run(['hf validate', 'hf site -o public2'].join('\n'), {});
    expect(r.status).not.toBe(0);
    expect(existsSync(join(repo, 'public2'))).toBe(false);
  });
});
