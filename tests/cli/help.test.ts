/**
 * The `--help` of every command, in bokmål and English, against golden files in
 * tests/cli/help/. The commands are taken from the program itself, so a new
 * command without a golden file fails here. After changing help text on purpose:
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/cli/help.test.ts
 *
 * and review the diff of the golden files.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { hfAsync, removeDir, type RunResult } from '../helpers/cli.js';

const GOLDEN = join(import.meta.dirname, 'help');
const UPDATE = !!process.env.UPDATE_GOLDEN;
const LANGS = ['nb', 'en'] as const;

/** Every visible command path: ['validate'], ['plan', 'status'] … */
function commandPaths(cmd: Command, prefix: string[] = []): string[][] {
  return cmd.commands
    .filter((c) => !(c as unknown as { _hidden?: boolean })._hidden)
    .flatMap((c) => [[...prefix, c.name()], ...commandPaths(c, [...prefix, c.name()])]);
}

const io = { cwd: '.', env: {}, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
const PATHS = commandPaths(await buildProgram({ lang: 'nb', io, exit: { code: 0 } }, '0.0.0'));
const goldenName = (path: string[]) => (path.length ? path.join('-') : 'hf') + '.txt';

let outside = '';
const results = new Map<string, RunResult>();

beforeAll(async () => {
  // Outside any repository, so no hf.yaml decides the language.
  outside = mkdtempSync(join(tmpdir(), 'hf-help-'));
  const jobs: [string, string[], Record<string, string>][] = [];
  for (const lang of LANGS) {
    const env = { HF_LANG: lang };
    jobs.push([`${lang}/common-tasks.txt`, [], env], [`${lang}/hf.txt`, ['--help'], env]);
    for (const path of PATHS) jobs.push([`${lang}/${goldenName(path)}`, [...path, '--help'], env]);
  }
  // A few at a time: the machine has two cores.
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) results.set(job[0], await hfAsync(outside, job[1], job[2]));
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}, 120_000);
afterAll(() => removeDir(outside));

function compare(key: string): void {
  const r = results.get(key)!;
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const file = join(GOLDEN, key);
  if (UPDATE) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, r.stdout);
  }
  expect(existsSync(file), `no golden file ${key}; run UPDATE_GOLDEN=1 npx vitest run tests/cli/help.test.ts and review it`).toBe(true);
  expect(r.stdout).toBe(readFileSync(file, 'utf8'));
}

describe('help that teaches', () => {
  it('has commands to cover', () => {
    expect(PATHS.map((p) => p.join(' '))).toEqual(expect.arrayContaining(['validate', 'list', 'show', 'search', 'calendar', 'completion', 'init']));
  });

  for (const lang of LANGS) {
    describe(lang, () => {
      it('hf without arguments shows the common tasks', () => {
        compare(`${lang}/common-tasks.txt`);
        expect(results.get(`${lang}/common-tasks.txt`)!.stdout).toContain(lang === 'en' ? 'Common tasks:' : 'Vanlige oppgaver:');
      });

      it('hf --help lists every command', () => {
        compare(`${lang}/hf.txt`);
        const commands = PATHS.filter((p) => p.length === 1);
        expect(commands.length).toBeGreaterThan(20);
        for (const path of commands) expect(results.get(`${lang}/hf.txt`)!.stdout).toContain(`  ${path[0]}`);
      });

      for (const path of PATHS) {
        it(`hf ${path.join(' ')} --help has examples and matches its golden file`, () => {
          const key = `${lang}/${goldenName(path)}`;
          compare(key);
          expect(results.get(key)!.stdout).toContain(lang === 'en' ? '\nExamples:\n' : '\nEksempler:\n');
          // commander's own words in usage lines are translated too.
          if (lang === 'nb') expect(results.get(key)!.stdout).not.toMatch(/\[options\]|\[command\]|\bUsage:/);
        });
      }

      it('has no golden file for a command that no longer exists', () => {
        const expected = new Set(['common-tasks.txt', 'hf.txt', ...PATHS.map(goldenName)]);
        const stale = existsSync(join(GOLDEN, lang)) ? readdirSync(join(GOLDEN, lang)).filter((f) => !expected.has(f)) : [];
        expect(stale).toEqual([]);
      });
    });
  }
});

describe('--version', () => {
  it('prints the version of the package', async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = await hfAsync(outside, [flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${pkg.version}\n`);
    }
  });
});
