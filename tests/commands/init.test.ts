/** `hf init`: the files of a new partnership repository, and what it refuses to do. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { hfVersion } from '../../src/commands/shared/version.js';
import { hf, removeDir } from '../helpers/cli.js';

let dir = '';
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) removeDir(d);
});

const fresh = () => {
  dir = mkdtempSync(join(tmpdir(), 'hf-init-'));
  made.push(dir);
  return dir;
};
/** Without npm: these tests look at the files; tests/package/ci.test.ts installs hf as the CI does. */
const NO_NPM = '--no-npm';
const read = (...p: string[]) => readFileSync(join(dir, ...p), 'utf8');

describe('hf init', () => {
  it('writes hf.yaml, folders, schemas, README, CI, editor settings and line-ending rules', () => {
    fresh();
    const r = hf(dir, ['init', 'agder', '--name', 'Helsefellesskapet i Agder', NO_NPM]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Opprettet et hf-repo for Helsefellesskapet i Agder i agder:');
    dir = join(dir, 'agder');
    const config = parse(read('hf.yaml')) as { navn: string; språk: string; hf_versjon: string; organer: { kode: string; rapporterer_til?: string }[] };
    expect(config.navn).toBe('Helsefellesskapet i Agder');
    expect(config.språk).toBe('nb');
    expect(config.hf_versjon).toBe(`^${hfVersion()}`);
    expect(config.organer.map((b) => b.kode)).toEqual(['PM', 'SSU', 'FSU']);
    expect(config.organer.find((b) => b.kode === 'FSU')!.rapporterer_til).toBe('SSU');
    for (const folder of ['cases', 'meetings', 'plans', 'mandates']) expect(existsSync(join(dir, folder, 'README.md'))).toBe(true);
    expect(readdirSync(join(dir, 'schemas')).sort()).toEqual(readdirSync(join(process.cwd(), 'schemas')).filter((n) => n.endsWith('.schema.json')).sort());
    expect(read('schemas', 'case.schema.json')).toBe(readFileSync(join(process.cwd(), 'schemas', 'case.schema.json'), 'utf8'));
    const readme = read('README.md');
    for (const heading of ['## Åpne en sak', '## Sende innkallingen', '## Skrive referatet']) expect(readme).toContain(heading);
    expect(readme).toContain('npx hf new-case --organ SSU');
    expect(readme).toContain('npx hf agenda SSU');
    expect(readme).toContain('npx hf minutes SSU');
    expect(readme).toContain('## Oppgradere hf');
    // hf itself, packed, is what the repository installs: package.json names the file in vendor/.
    const pkg = JSON.parse(read('package.json')) as { private: boolean; devDependencies: Record<string, string>; engines: { node: string }; overrides?: unknown };
    const tarball = `helsefellesskap-hf-${hfVersion()}.tgz`;
    expect(pkg.private).toBe(true);
    expect(pkg.devDependencies).toEqual({ '@helsefellesskap/hf': `file:vendor/${tarball}` });
    expect(pkg.engines.node).toBe((JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node);
    expect(pkg.overrides).toEqual((JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { overrides: unknown }).overrides);
    expect(existsSync(join(dir, 'vendor', tarball))).toBe(true);
    // ... and its lock file, written from hf's own (no npm needed): hf and every dependency pinned.
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; resolved?: string; integrity?: string; dev?: boolean }> };
    expect(lock.packages['node_modules/@helsefellesskap/hf']).toMatchObject({ version: hfVersion(), resolved: `file:vendor/${tarball}`, dev: true });
    const ownLock = JSON.parse(readFileSync(join(process.cwd(), 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string; dev?: boolean; integrity?: string }> };
    expect(lock.packages['node_modules/commander']).toMatchObject({ version: ownLock.packages['node_modules/commander']!.version, integrity: ownLock.packages['node_modules/commander']!.integrity });
    expect(lock.packages['node_modules/vitest']).toBeUndefined();
    expect(r.stdout).not.toContain('npm install');
    expect(read('.gitattributes')).toContain('* text=auto eol=lf');
    const settings = JSON.parse(read('.vscode', 'settings.json')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']['./schemas/hf.schema.json']).toEqual(['hf.yaml']);
    expect(existsSync(join(dir, 'schemas', 'hf.schema.json'))).toBe(true);
    expect(hf(dir, ['validate']).stdout).toMatch(/^Ingen problemer/);
  });

  it('writes a GitHub workflow that validates every pull request, also against the target branch', () => {
    fresh();
    expect(hf(dir, ['init', '--name', 'HF Test', '--branch', 'trunk', NO_NPM]).code).toBe(0);
    const wf = parse(read('.github', 'workflows', 'hf.yml')) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: { run?: string; uses?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown> }[] }>;
    };
    expect(Object.keys(wf.on)).toContain('pull_request');
    expect(wf.on.push).toEqual({ branches: ['trunk'] });
    const job = wf.jobs.validate!;
    const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout'))!;
    expect(checkout.with).toEqual({ 'fetch-depth': 0 });
    const runs = job.steps.map((s) => s.run).filter(Boolean);
    // hf from the lock file, never a package of the same name from the registry (npx --no).
    expect(runs).toEqual(['npm ci', 'npx --no hf validate --format github', 'npx --no hf validate --against "origin/$TARGET_BRANCH"']);
    expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with).toEqual({ 'node-version': 20, cache: 'npm' });
    const against = job.steps.find((s) => s.run?.includes('--against'))!;
    expect(against.env).toEqual({ TARGET_BRANCH: '${{ github.base_ref }}' });
    expect(against.if).toContain("github.event_name == 'pull_request'");
  });

  it('writes a GitLab CI job with a code-quality report', () => {
    fresh();
    expect(hf(dir, ['init', '--name', 'HF Test', '--hf-package', 'git+https://example.org/hf.git#v1.2.3', NO_NPM]).code).toBe(0);
    expect((JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies).toEqual({ '@helsefellesskap/hf': 'git+https://example.org/hf.git#v1.2.3' });
    expect(existsSync(join(dir, 'vendor'))).toBe(false);
    const ci = parse(read('.gitlab-ci.yml')) as { hf: { script: string[]; variables: Record<string, string>; artifacts: { when: string; reports: { codequality: string } } } };
    expect(ci.hf.script[0]).toBe('npm ci --cache .npm --prefer-offline');
    expect(ci.hf.script).toContain('npx --no hf validate --format gitlab > gl-code-quality-report.json || status=$?');
    expect(ci.hf.script.some((s) => s.includes('npx --no hf validate --against "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"'))).toBe(true);
    expect(ci.hf.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
    expect(ci.hf.script.at(-1)).toBe('exit $status');
  });

  it('takes the language and own bodies as options', () => {
    fresh();
    const r = hf(dir, ['init', '--name', 'Helsefellesskapet i Østfold', '--language', 'nn', '--body', 'PM', '--body', 'SSU', '--body', 'UU-BARN=Underutvalg barn og unge', NO_NPM]);
    expect(r.code).toBe(0);
    const config = parse(read('hf.yaml')) as { språk: string; organer: { kode: string; navn: string }[] };
    expect(config.språk).toBe('nn');
    expect(config.organer).toEqual([
      expect.objectContaining({ kode: 'PM', navn: 'Partnerskapsmøtet' }),
      expect.objectContaining({ kode: 'SSU', navn: 'Strategisk samarbeidsutvalg', rapporterer_til: 'PM' }),
      expect.objectContaining({ kode: 'UU-BARN', navn: 'Underutvalg barn og unge' }),
    ]);
    expect(hf(dir, ['validate']).code).toBe(0);
    const bad = hf(fresh(), ['init', '--name', 'X', '--body', 'ukjent organ', NO_NPM]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('KODE=Navn');
  });

  it('refuses a folder that already holds an hf repository, and changes nothing', () => {
    fresh();
    writeFileSync(join(dir, 'hf.yaml'), 'navn: Eksisterende\n');
    const r = hf(dir, ['init', '--name', 'Ny']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('har allerede et hf-repo');
    expect(readdirSync(dir)).toEqual(['hf.yaml']);
    expect(read('hf.yaml')).toBe('navn: Eksisterende\n');
  });

  it('never overwrites files that are there already', () => {
    fresh();
    writeFileSync(join(dir, 'README.md'), '# Vårt eget\n');
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode', 'settings.json'), '{"editor.fontSize": 14}\n');
    const r = hf(dir, ['init', '--name', 'HF Test', NO_NPM]);
    expect(r.code).toBe(0);
    expect(read('README.md')).toBe('# Vårt eget\n');
    expect(read('.vscode', 'settings.json')).toBe('{"editor.fontSize": 14}\n');
    expect(r.stdout).toMatch(/Fantes fra før og er ikke endret:\n {2}README\.md\n {2}\.vscode\/settings\.json/);
    expect(existsSync(join(dir, 'hf.yaml'))).toBe(true);
  });

  it('refuses a package file that does not exist, and writes nothing', () => {
    fresh();
    const r = hf(dir, ['init', '--name', 'HF Test', '--hf-package', './finnes-ikke.tgz', NO_NPM]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Finner ikke pakkefilen `./finnes-ikke.tgz`');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the missing option when there is no terminal to ask in', () => {
    fresh();
    const r = hf(dir, ['init']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Mangler --name');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives a VS Code task whose problem matcher reads hf validate --format github', () => {
    fresh();
    hf(dir, ['init', '--name', 'HF Test', NO_NPM]);
    const tasks = JSON.parse(read('.vscode', 'tasks.json')) as { tasks: { command: string; problemMatcher: { pattern: { regexp: string; file: number; line: number } } }[] };
    const task = tasks.tasks[0]!;
    expect(task.command).toBe('npx --no hf validate --format github');
    mkdirSync(join(dir, 'meetings', 'ssu'), { recursive: true });
    writeFileSync(join(dir, 'meetings', 'ssu', '2025-03-27.md'), '---\norgan: SSU\ndato: 2025-03-27\nukjent: 1\n---\n');
    const out = hf(dir, ['validate', '--format', 'github']).stdout.trim().split('\n');
    const re = new RegExp(task.problemMatcher.pattern.regexp);
    const m = re.exec(out[0]!);
    expect(m).not.toBeNull();
    expect(m![task.problemMatcher.pattern.file]).toBe('meetings/ssu/2025-03-27.md');
    expect(Number(m![task.problemMatcher.pattern.line])).toBe(4);
  });
});
