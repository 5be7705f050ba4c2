/**
 * A change of several files that is stopped half-way. A hard kill (SIGKILL) can
 * come at any moment: the journal then stays, every command sees it (hf validate
 * reports it as an error, the others stop with a usage error), both naming
 * `hf renumber --recover`, which puts every file back and leaves no temporary
 * file. Ctrl-C (SIGINT) never stops a change half-way: it is acted on when the
 * change is done. Tested at every step of a change, and by killing real runs of
 * `hf renumber` and `hf new-meeting` at many points.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { copyBundled, hf, HF_BIN, removeDir } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/bundled.js';
import { argsOf, INVOCATIONS } from '../helpers/invocations.js';

const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', HF_NOW: '2024-09-20', LANG: 'C' };
const SSU = 'cases/ssu/2024';
const C17 = `${SSU}/2024.17-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md`;
const C28 = `${SSU}/2024.28-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md`;
const PLAN = 'plans/2025/beredskapsnettverk.md';
const RENUMBER = ['renumber', 'SSU', '2024.17', '--to', '2024.40'];

const dirs: string[] = [];
const fresh = () => {
  const dir = copyBundled('hf-interrupt-');
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach(removeDir));

/** Every file under `dir` but the cache and number claims (a claim of a killed process is broken by the next run), with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      if (path === '.hf-cache' || name.endsWith('.claim') || name.endsWith('.claim.lock')) continue;
      const st = lstatSync(join(dir, path));
      if (st.isDirectory()) walk(path);
      else files.set(path, readFileSync(join(dir, path)).toString('base64'));
    }
  };
  walk('');
  return files;
}

/**
 * What a stopped run must not leave: a journal, or a temporary file (`.*.hf-tmp`)
 * outside the journal's folder. In that folder (git-ignored) a write of the
 * journal itself that a kill stopped leaves one, which the next change sweeps away.
 */
const leftovers = (snap: Map<string, string>) => [...snap.keys()].filter((p) => p.startsWith('.hf-journal/') ? p.endsWith('.json') : p.endsWith('.hf-tmp'));
const same = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
/** The snapshot without the (empty) journal folder the test made to watch it. */
const data = (snap: Map<string, string>) => new Map([...snap].filter(([p]) => !p.startsWith('.hf-journal/')));

/** A script that applies `changes` to the repository with hf's transaction code and does `act` before step `at`. */
function applyScript(dir: string, at: number, act: string): string {
  const module = pathToFileURL(join(REPO_ROOT, 'dist/repo/transaction.js')).href;
  return `
    const { applyChanges } = await import(${JSON.stringify(module)});
    const fs = await import('node:fs');
    const root = ${JSON.stringify(dir)};
    const read = (p) => fs.readFileSync(root + '/' + p);
    const swap = (p) => Buffer.from(read(p).toString().replaceAll('2024.17', '2024.40'));
    const c17 = ${JSON.stringify(C17)}, c28 = ${JSON.stringify(C28)}, plan = ${JSON.stringify(PLAN)};
    const changes = [
      { from: c17, to: c17.replace('2024.17', '2024.40'), before: read(c17), after: swap(c17) },
      { from: c28, to: c28, before: read(c28), after: swap(c28) },
      { from: plan, to: plan, before: read(plan), after: swap(plan) },
      { to: 'cases/ssu/2024/2024.41-ny.md', after: Buffer.from('---\\norgan: SSU\\ntittel: Ny\\n---\\n') },
    ];
    // A temporary file as a write that the kill interrupts leaves it (write.ts names it by process id).
    const stray = () => fs.writeFileSync(root + '/' + ${JSON.stringify(SSU)} + '/.' + process.pid.toString(16).padStart(8, '0') + '0'.repeat(18) + '.hf-tmp', 'halv');
    applyChanges(root, changes, { description: 'hf renumber SSU 2024.17 → 2024.40', beforeStep: (i) => { if (i === ${at}) { ${act} } } });
    // As a command goes on after its change: a signal held back until the change was done ends it here.
    await new Promise((r) => setTimeout(r, 200));
  `;
}

describe('a change killed at each of its steps', () => {
  it('is seen by every command until hf renumber --recover has put every file back, with no temporary file left', () => {
    for (let step = 0; step < 4; step++) {
      const dir = fresh();
      const before = snapshot(dir);
      const killed = spawnSync(process.execPath, ['--input-type=module', '-e', applyScript(dir, step, "stray(); process.kill(process.pid, 'SIGKILL');")]);
      expect(killed.signal, killed.stderr.toString()).toBe('SIGKILL');
      const [journal] = readdirSync(join(dir, '.hf-journal')).filter((n) => n.endsWith('.json'));
      expect(journal, `step ${step}`).toBeDefined();

      if (step === 1) {
        // hf validate, as in CI: an error naming the interrupted change and how to recover.
        const v = hf(dir, ['validate', '--format', 'json'], ENV);
        expect(v.code).toBe(1);
        const found = (JSON.parse(v.stdout) as { diagnostics: { file: string; ruleId: string; message: string; hint?: string; severity: string }[] }).diagnostics.filter((d) => d.ruleId === 'interrupted-change');
        expect(found).toEqual([expect.objectContaining({ file: `.hf-journal/${journal}`, severity: 'error', message: expect.stringContaining('hf renumber SSU 2024.17 → 2024.40'), hint: expect.stringContaining('hf renumber --recover') })]);
        // Also when only some files are asked for: the change concerns them all.
        const some = hf(dir, ['validate', 'meetings'], ENV);
        expect(some.code).toBe(1);
        expect(some.stdout).toContain(`.hf-journal/${journal}`);
        // Every other command stops before it does anything, saying the same.
        for (const inv of INVOCATIONS) {
          if (inv.covers === 'validate' || inv.covers === 'completion') continue;
          const r = hf(dir, argsOf(inv, dir + '-ut'), ENV);
          expect(r.code, `hf ${inv.args.join(' ')}: ${r.stderr}`).toBe(2);
          expect(r.stderr, `hf ${inv.args.join(' ')}`).toContain(`.hf-journal/${journal}`);
          expect(r.stderr, `hf ${inv.args.join(' ')}`).toContain('hf renumber --recover');
        }
        expect(existsSync(dir + '-ut')).toBe(false);
      }

      const recovered = hf(dir, ['renumber', '--recover'], ENV);
      expect(recovered.code, recovered.stderr).toBe(0);
      const after = snapshot(dir);
      expect(leftovers(after), `step ${step}`).toEqual([]);
      expect(same(data(after), before), `step ${step}`).toBe(true);
      expect(hf(dir, ['validate'], ENV).stdout).not.toContain('interrupted-change');
    }
  });

  it('Ctrl-C (SIGINT) during a change lets it finish, then stops hf, and leaves no journal', () => {
    for (let step = 0; step < 4; step++) {
      const dir = fresh();
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', applyScript(dir, step, "process.kill(process.pid, 'SIGINT');")]);
      // Ended by the signal once the change was done.
      expect(r.signal, `step ${step}: ${r.status} ${r.stderr.toString()}`).toBe('SIGINT');
      expect(readdirSync(join(dir, '.hf-journal'))).toEqual([]);
      expect(existsSync(join(dir, C17))).toBe(false);
      expect(readFileSync(join(dir, PLAN), 'utf8')).toContain('SSU 2024.40');
      expect(existsSync(join(dir, 'cases/ssu/2024/2024.41-ny.md'))).toBe(true);
    }
  });
});

describe('a change another hf is making right now', () => {
  it('is named as running, not as interrupted, and --recover leaves it alone until its process has ended', async () => {
    const dir = fresh();
    // A live process on this machine stands for the hf that writes the change.
    const writer = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const journal = {
        version: 1,
        id: 'x',
        description: 'hf schedule SSU 2024-11-28',
        created: new Date().toISOString(),
        pid: writer.pid,
        host: hostname(),
        changes: [{ to: 'cases/ssu/2024/2024.41-ny.md', after: Buffer.from('---\ntittel: Ny\n---\n').toString('base64') }],
      };
      mkdirSync(join(dir, '.hf-journal'), { recursive: true });
      writeFileSync(join(dir, '.hf-journal', 'x.json'), JSON.stringify(journal));
      const list = hf(dir, ['list', 'cases'], ENV);
      expect(list.code).toBe(2);
      expect(list.stderr).toContain('En annen hf-kommando endrer filer i repoet akkurat nå (hf schedule SSU 2024-11-28, .hf-journal/x.json)');
      const early = hf(dir, ['renumber', '--recover'], ENV);
      expect(early.code).toBe(1);
      expect(early.stderr).toContain('hf-kommandoen som gjør den, kjører fortsatt');
      expect(existsSync(join(dir, '.hf-journal', 'x.json'))).toBe(true);
    } finally {
      writer.kill('SIGKILL');
      await new Promise((resolve) => writer.once('exit', resolve));
    }
    // Its process gone, it is an interrupted change like any other.
    expect(hf(dir, ['list', 'cases'], ENV).stderr).toContain('En tidligere endring ble avbrutt før den var ferdig (hf schedule SSU 2024-11-28, .hf-journal/x.json)');
    expect(hf(dir, ['renumber', '--recover'], ENV).code).toBe(0);
    expect(readdirSync(join(dir, '.hf-journal'))).toEqual([]);
  });
});

/**
 * Runs hf in `dir` and stops it with `signal` when the `at`-th change to the
 * watched folders is seen, or after `afterMs`; resolves when it has ended.
 */
function runAndStop(dir: string, args: string[], watched: string[], signal: NodeJS.Signals, stop: { at?: number; afterMs?: number }): Promise<{ events: number; ms: number }> {
  return new Promise((resolve) => {
    let events = 0;
    // eslint-disable-next-line prefer-const -- the watchers call fire(), which reads child, before it is spawned
    let child: ChildProcess | undefined;
    const fire = () => child?.exitCode === null && child.kill(signal);
    const watchers: FSWatcher[] = watched.map((w) => {
      mkdirSync(join(dir, w), { recursive: true });
      return watch(join(dir, w), () => {
        if (events++ === stop.at) fire();
      });
    });
    const started = Date.now();
    child = spawn(process.execPath, [HF_BIN, ...args], { cwd: dir, env: ENV, stdio: 'ignore', timeout: 30_000 });
    const timer = stop.afterMs === undefined ? undefined : setTimeout(fire, stop.afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      // Events still on their way belong to this run.
      setTimeout(() => {
        watchers.forEach((w) => w.close());
        resolve({ events, ms });
      }, 50);
    });
  });
}

/** Points to stop a run at: every few of its file-system events, and a few moments before the first. */
function stopPoints(events: number, firstEventMs: number): { at?: number; afterMs?: number }[] {
  const at = [0, 1, 2, 3, 5, 8, 12, 17, 23].filter((k) => k < events);
  return [{ afterMs: Math.round(firstEventMs * 0.4) }, { afterMs: Math.round(firstEventMs * 0.8) }, ...at.map((k) => ({ at: k }))];
}

describe.each([
  { name: 'hf renumber', args: RENUMBER, watched: ['.hf-journal', SSU, 'plans/2025'] },
  { name: 'hf new-meeting', args: ['new-meeting', 'SSU', '2024-12-12'], watched: ['.hf-journal', SSU, 'meetings/ssu'] },
])('$name stopped at many points of its run', ({ args, watched }) => {
  it('leaves the files as they were or as the command meant them, after hf renumber --recover, and no temporary file', async () => {
    // The whole run once: what "done" looks like, and how many file-system events it makes.
    const reference = fresh();
    const before = data(snapshot(reference));
    const whole = await runAndStop(reference, args, watched, 'SIGKILL', {});
    const done = data(snapshot(reference));
    expect(same(done, before)).toBe(false);
    expect(whole.events).toBeGreaterThan(3);
    const firstEventMs = whole.ms * 0.6;

    const points = stopPoints(whole.events, firstEventMs);
    for (const signal of ['SIGKILL', 'SIGINT'] as const) {
      for (const stop of signal === 'SIGKILL' ? points : points.filter((_, i) => i % 3 === 1)) {
        const dir = fresh();
        await runAndStop(dir, args, watched, signal, stop);
        const label = `${signal} at ${JSON.stringify(stop)}`;
        const pending = readdirSync(join(dir, '.hf-journal')).filter((n) => n.endsWith('.json'));
        // Ctrl-C never leaves a change half-done: there is nothing to recover.
        if (signal === 'SIGINT') expect(pending, label).toEqual([]);
        if (pending.length) {
          const r = hf(dir, ['renumber', '--recover'], ENV);
          expect(r.code, `${label}: ${r.stderr}`).toBe(0);
        }
        const after = snapshot(dir);
        expect(leftovers(after), label).toEqual([]);
        const now = data(after);
        expect(same(now, before) || same(now, done), label).toBe(true);
      }
    }
  }, 120_000);
});

it('hf init ignores what hf leaves while it writes, so `git add -A` does not commit it', () => {
  const dir = fresh();
  const repo = join(dir, 'ny');
  expect(hf(dir, ['init', 'ny', '--name', 'Testfellesskapet', '--no-npm'], ENV).code).toBe(0);
  const ignore = readFileSync(join(repo, '.gitignore'), 'utf8').split('\n');
  expect(ignore).toEqual(expect.arrayContaining(['.hf-journal/', '.*.claim', '.*.hf-tmp']));
  expect(spawnSync('git', ['init', '-q'], { cwd: repo }).status).toBe(0);
  writeFileSync(join(repo, '.0000abcd000000010000000000.hf-tmp'), 'halv');
  const ignored = spawnSync('git', ['check-ignore', '.0000abcd000000010000000000.hf-tmp', '.hf-journal/x.json'], { cwd: repo, encoding: 'utf8' });
  expect(ignored.stdout.trim().split('\n')).toEqual(['.0000abcd000000010000000000.hf-tmp', '.hf-journal/x.json']);
  // And hf's own repository ignores them too.
  expect(readFileSync(join(REPO_ROOT, '.gitignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['.hf-journal/', '.*.hf-tmp']));
});
