/** Shell completion: the candidates for each position, and the scripts that ask for them. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complete, completionTree, repoFacts, type CompletionNode } from '../../src/commands/completion/complete.js';
import { loadAll } from '../../src/commands/index.js';
import { copyBundled, hf, HF_BIN, removeDir } from '../helpers/cli.js';

let dir = '';
let tree: CompletionNode;
beforeAll(async () => {
  dir = copyBundled();
  tree = completionTree(await loadAll(), 'nb');
});
afterAll(() => removeDir(dir));

const program = () => tree;
const values = (...words: string[]) => complete(program(), words, repoFacts(dir)).map((c) => c.value);

describe('completion candidates', () => {
  it('completes command names, without hidden ones', () => {
    const all = values('');
    expect(all).toEqual(expect.arrayContaining(['validate', 'list', 'show', 'search', 'calendar', 'completion']));
    expect(all).not.toContain('__complete');
    expect(values('li')).toEqual(['list']);
  });

  it('completes the options of the command, and global ones', () => {
    expect(values('list', 'cases', '--')).toEqual(expect.arrayContaining(['--body', '--year', '--status', '--json', '--lang', '--help']));
    expect(values('calendar', '--f')).toEqual(['--from', '--force']);
  });

  it('completes body codes from hf.yaml, case-insensitively', () => {
    expect(values('show', '')).toEqual(expect.arrayContaining(['PM', 'SSU', 'FSU', 'SF-PHR']));
    expect(values('list', 'cases', '--body', 'ss')).toEqual(['SSU']);
    expect(values('calendar', '--body=F')).toEqual(expect.arrayContaining(['--body=FSU', '--body=FU-HR']));
    expect(values('calendar', '--body', '=', 'S')).toEqual(['--body=SSU', '--body=SF-PHR']); // as bash splits it
    const described = complete(program(), ['show', 'SS'], repoFacts(dir));
    expect(described).toEqual([{ value: 'SSU', description: 'Strategisk samarbeidsutvalg' }]);
  });

  it('completes case numbers of the body given before, newest first', () => {
    const ssu = values('show', 'SSU', '');
    expect(ssu[0]).toBe('2024.35');
    expect(ssu).toContain('2024.11');
    expect(ssu).not.toContain('2024.1');
    expect(values('show', 'ssu', '2024.2')).toEqual(['2024.29', '2024.28', '2024.27', '2024.26', '2024.25', '2024.24', '2024.23', '2024.22', '2024.21', '2024.20']);
    expect(values('show', 'PM', '')).toEqual(['2024.4', '2024.3', '2024.2', '2024.1']);
  });

  it('completes meeting dates, of the body when one is named', () => {
    expect(values('new-case', '--organ', 'SSU', '--meeting', '')).toEqual(['2024-09-26', '2024-05-23']);
    expect(values('list', 'meetings', '--status', '')).toEqual([]); // free text: no guesses
    const facts = repoFacts(dir);
    expect(facts.meetingDates()).toEqual(['2024-09-26', '2024-09-05', '2024-05-30', '2024-05-23']);
  });

  it('completes fixed choices of arguments and options', () => {
    expect(values('list', '')).toEqual(['cases', 'meetings', 'plans', 'mandates']);
    expect(values('validate', '--format', 'g')).toEqual(['github', 'gitlab']);
    expect(values('--lang', '')).toEqual(['nb', 'nn', 'en']);
    expect(values('completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(values('plan', '')).toEqual(expect.arrayContaining(['status', 'carry-over', '2025']));
  });

  it('offers commands but no repository facts outside a repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'hf-nowhere-'));
    try {
      expect(complete(program(), ['show', ''], repoFacts(outside))).toEqual([]);
      expect(complete(program(), [''], repoFacts(outside)).map((c) => c.value)).toContain('validate');
    } finally {
      removeDir(outside);
    }
  });
});

describe('hf __complete and the completion scripts', () => {
  it('prints candidates with descriptions after a tab', () => {
    const r = hf(dir, ['__complete', '--', 'show', 'SS']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('SSU\tStrategisk samarbeidsutvalg\n');
  });

  it('produces a script for each shell that calls back into hf', () => {
    const bash = hf(dir, ['completion', 'bash']);
    expect(bash.code).toBe(0);
    expect(bash.stdout).toContain('hf __complete --');
    expect(bash.stdout).toContain('complete -o default -F _hf_complete hf');
    expect(spawnSync('bash', ['-n'], { input: bash.stdout }).status).toBe(0);
    const zsh = hf(dir, ['completion', 'zsh']);
    expect(zsh.stdout.startsWith('#compdef hf\n')).toBe(true);
    expect(zsh.stdout).toContain('hf __complete --');
    expect(zsh.stdout).toContain('_describe');
    const fish = hf(dir, ['completion', 'fish']);
    expect(fish.stdout).toContain("complete -c hf -f -a '(__hf_complete)'");
    expect(fish.stdout).toContain('hf __complete --');
    const bad = hf(dir, ['completion', 'powershell']);
    expect(bad.code).toBe(2);
  });

  it('completes in a real bash through the script', () => {
    const bin = mkdtempSync(join(tmpdir(), 'hf-bin-'));
    try {
      writeFileSync(join(bin, 'hf'), `#!/bin/sh\nexec "${process.execPath}" "${HF_BIN}" "$@"\n`);
      chmodSync(join(bin, 'hf'), 0o755);
      const script = hf(dir, ['completion', 'bash']).stdout;
      const run = (words: string[]) => {
        const program = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _hf_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
        const r = spawnSync('bash', ['-c', program], { cwd: dir, env: { PATH: `${bin}:${process.env.PATH}`, HOME: dir }, encoding: 'utf8' });
        expect(r.status).toBe(0);
        return r.stdout.split('\n').filter(Boolean);
      };
      expect(run(['hf', 'sho'])).toEqual(['show']);
      expect(run(['hf', 'show', 'FS'])).toEqual(['FSU']);
      expect(run(['hf', 'show', 'PM', ''])).toEqual(['2024.4', '2024.3', '2024.2', '2024.1']);
      expect(run(['hf', 'list', 'cases', '--body', '=', 'SS'])).toEqual(['SSU']);
    } finally {
      removeDir(bin);
    }
  });
});
