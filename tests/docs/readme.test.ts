/**
 * The README runs as it stands: every command of every ```sh block, in the
 * order the README gives them, on one fresh copy of the bundled data in a git
 * repository with an `origin/main` (as a fresh clone has), succeeds — and where
 * a comment says `→ text`, the command prints that text. A writing command
 * shows `--dry-run` before it writes (checked below).
 *
 * `npx hf …` and `hf …` run the hf built in this repository. npm's own commands
 * (install, test, ci, pack, install --global) are what the other tests prove:
 * tests/package/install.test.ts and ci.test.ts; they are the only ones left out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/bundled.js';
import { chromiumEnv } from '../helpers/browser.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

/** The clock of the examples: after SSU's May meeting, before its September one. */
const NOW = '2024-09-20';

interface Command {
  section: string;
  line: string;
  words: string[];
  expect?: string;
}

/** A line's words as a POSIX shell splits them (quotes, no expansion); pipes and redirections are refused. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | undefined;
  let inWord = false;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if ('|<>;$`'.includes(ch)) {
      throw new Error(`the README's commands are plain commands; "${ch}" in: ${line}`);
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unclosed quote in: ${line}`);
  if (inWord) words.push(word);
  return words;
}

/** Every command of the README's sh blocks, in order, with its section and what its comment says it prints. */
function readmeCommands(): Command[] {
  const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const out: Command[] = [];
  let section = '';
  let inBlock = false;
  for (const raw of text.split('\n')) {
    if (!inBlock && raw.startsWith('## ')) section = raw.slice(3).trim();
    if (raw.startsWith('```')) {
      inBlock = !inBlock && raw.trim() === '```sh';
      continue;
    }
    if (!inBlock || !raw.trim()) continue;
    // A comment starts at a # after white space: `# what it does → what it prints`.
    const at = raw.search(/\s#\s/);
    const code = (at >= 0 ? raw.slice(0, at) : raw).trim();
    const comment = at >= 0 ? raw.slice(at).trim() : '';
    const expect = /→\s*(.+)$/.exec(comment)?.[1]?.trim();
    for (const part of code.split('&&').map((p) => p.trim())) out.push({ section, line: part, words: shellWords(part), ...(expect ? { expect } : {}) });
  }
  return out;
}

/** npm's own commands, which tests/package/*.test.ts prove instead. */
const PROVED_ELSEWHERE = /^npm (install|test|ci|pack)\b/;

let dir = '';
const env = { HF_NOW: NOW, ...chromiumEnv() };
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 'hf', GIT_AUTHOR_EMAIL: 'hf@example.no', GIT_COMMITTER_NAME: 'hf', GIT_COMMITTER_EMAIL: 'hf@example.no' }, stdio: 'pipe' });

beforeAll(() => {
  // A fresh clone of the data: git, with main pushed to an origin.
  dir = copyBundled('hf-readme-');
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'data');
  const origin = mkdtempSync(join(tmpdir(), 'hf-readme-origin-'));
  execFileSync('git', ['clone', '-q', '--bare', dir, join(origin, 'repo.git')], { stdio: 'pipe' });
  git('remote', 'add', 'origin', join(origin, 'repo.git'));
  git('fetch', '-q', 'origin');
  removeDir(origin);
}, 60_000);
afterAll(() => removeDir(dir));

const commands = readmeCommands();
const sections = [...new Set(commands.map((c) => c.section))];

describe('the README', () => {
  it('has command blocks in the sections a new user reads', () => {
    expect(sections).toEqual(expect.arrayContaining(['Quick start', 'Everyday commands', 'Opening cases and meetings', 'The meeting itself', 'Finding things', 'A new partnership']));
    expect(commands.length).toBeGreaterThan(40);
  });

  it('shows --dry-run before every command that writes the repository', () => {
    const writing = /^(new-meeting|new-case|schedule|renumber|refer|plan carry-over|minutes (import|approve|correct)|paper import)\b/;
    const hfLines = commands.map((c) => c.words.slice(c.words[0] === 'npx' ? 2 : 1).join(' '));
    hfLines.forEach((line, i) => {
      if (!writing.test(line) || line.includes('--dry-run') || line.includes('--queue')) return;
      const dry = hfLines.slice(0, i).some((earlier) => earlier.includes('--dry-run') && earlier.split(' ')[0] === line.split(' ')[0]);
      expect(dry, `no --dry-run of "${line}" before it`).toBe(true);
    });
  });

  for (const section of sections) {
    it(`runs every command of “${section}” as it stands`, () => {
      const inSection = commands.filter((x) => x.section === section);
      expect(inSection.length, section).toBeGreaterThan(0);
      for (const c of inSection) {
        if (PROVED_ELSEWHERE.test(c.line)) continue;
        const [first, second, ...rest] = c.words;
        const args = first === 'npx' && second === 'hf' ? rest : first === 'hf' ? [second!, ...rest].filter((w) => w !== undefined) : undefined;
        expect(args, `not an hf command: ${c.line}`).toBeDefined();
        const r = hf(dir, args!, env);
        // mandate check reports what is overdue with exit code 1, as the README says.
        const ok = r.code === 0 || (r.code === 1 && args![0] === 'mandate');
        expect(ok, `${c.line}\n${r.stderr}`).toBe(true);
        expect(r.stderr, c.line).not.toMatch(/^hf: |internal error|intern feil/m);
        if (c.expect) expect(r.stdout + r.stderr, c.line).toContain(c.expect);
      }
    }, 60_000);
  }
});
