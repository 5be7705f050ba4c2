/**
 * The collision every sequential-numbering tool meets: two git branches both add
 * SSU 2024.36 and git merges them without a conflict. `hf validate --against`
 * catches it before the merge; after it, `hf validate` names both files, and
 * `hf renumber SSU 2024.36 --next` moves the case the merge brought in, with
 * every reference written for it (and none written for the other case).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

const NOW = { HF_NOW: '2024-09-20' };
const SSU = 'cases/ssu/2024';
const FSU_CASE = `${SSU}/2024.35-faglig-samarbeidsutvalg-fsu.md`;
const OTHER_CASE = `${SSU}/2024.34-endringer-i-tjenestetilbudet-som-far-konsekvenser-for.md`;
let dir: string;
let clock = Date.parse('2024-09-01T10:00:00Z') / 1000;

function git(...args: string[]): string {
  clock += 60;
  const date = `${clock} +0000`;
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: join(dir, '.no-gitconfig'),
      GIT_AUTHOR_NAME: 'Sekretariatet',
      GIT_AUTHOR_EMAIL: 'sekretariat@example.org',
      GIT_COMMITTER_NAME: 'Sekretariatet',
      GIT_COMMITTER_EMAIL: 'sekretariat@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

function newCase(...args: string[]): string {
  const r = hf(dir, ['new-case', '--json', ...args], NOW);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).path as string;
}

interface Json {
  summary: { errors: number };
  diagnostics: { file: string; line: number; column: number; ruleId: string; hint?: string; related?: { file: string; line: number; column: number }[] }[];
}
const validate = (...args: string[]) => {
  const r = hf(dir, ['validate', '--format', 'json', ...args], NOW);
  return { code: r.code, out: JSON.parse(r.stdout) as Json, stderr: r.stderr };
};

// What the shared file looked like in the base commit: a BOM and CRLF line endings, as Word-era editors leave them.
let fsuCaseBase: Buffer;
let beredskap: string;
let followUp: string;
let budsjett: string;

beforeAll(() => {
  dir = copyBundled('hf-git-');
  const original = readFileSync(join(dir, FSU_CASE), 'utf8');
  writeFileSync(join(dir, FSU_CASE), '\ufeff' + original.replace(/\n/g, '\r\n'));
  fsuCaseBase = readFileSync(join(dir, FSU_CASE));
  git('init', '-q');
  git('symbolic-ref', 'HEAD', 'refs/heads/main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Vestfold');

  // The feature branch: a new case, a follow-up of it, and a mention in an existing case.
  git('checkout', '-q', '-b', 'beredskap');
  beredskap = newCase('--organ', 'SSU', '--title', 'Beredskap', '--meeting', '2024-09-26');
  appendFileSync(join(dir, FSU_CASE), '\r\nBeredskap følges opp i sak 2024.36.\r\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'Beredskap');
  followUp = newCase('--follow-up', 'SSU 2024.36', '--title', 'Beredskap, oppfølging', '--meeting', '2024-09-26');
  git('add', '-A');
  git('commit', '-q', '-m', 'Oppfølging');

  // Meanwhile on main: another case takes the same number, and is mentioned elsewhere.
  git('checkout', '-q', 'main');
  budsjett = newCase('--organ', 'SSU', '--title', 'Budsjett', '--meeting', '2024-09-26');
  appendFileSync(join(dir, OTHER_CASE), '\nBudsjettet behandles i SSU-sak 2024.36.\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'Budsjett');
}, 120_000);
afterAll(() => removeDir(dir));

describe('two branches that both add SSU 2024.36', () => {
  it('both branches took the same number', () => {
    expect(beredskap).toBe(`${SSU}/2024.36-beredskap.md`);
    expect(followUp).toBe(`${SSU}/2024.37-beredskap-oppfolging.md`);
    expect(budsjett).toBe(`${SSU}/2024.36-budsjett.md`);
  });

  it('hf validate --against catches it on the branch before the merge', () => {
    git('checkout', '-q', 'beredskap');
    const r = validate('--against', 'main');
    expect(r.code).toBe(1);
    const found = r.out.diagnostics.filter((d) => d.ruleId === 'number-collision');
    expect(found.map((d) => [d.file, d.line, d.column])).toEqual([[beredskap, 2, 9]]);
    expect(found[0]!.hint).toContain('hf renumber SSU 2024.36 --to 2024.38');
    // Without --against, each branch on its own is clean.
    expect(validate().code).toBe(0);
    const unknown = hf(dir, ['validate', '--against', 'no-such-branch'], NOW);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Fant ikke git-referansen `no-such-branch`');
    git('checkout', '-q', 'main');
  });

  it('git merges them without a conflict, and hf validate names both files', () => {
    git('merge', '-q', '--no-edit', 'beredskap');
    expect(existsSync(join(dir, beredskap)) && existsSync(join(dir, budsjett))).toBe(true);
    const r = validate();
    expect(r.code).toBe(1);
    const dup = r.out.diagnostics.filter((d) => d.ruleId === 'case-number-unique');
    expect(dup.map((d) => [d.file, d.line, d.column])).toEqual([
      [beredskap, 2, 9],
      [budsjett, 2, 9],
    ]);
    expect(dup[0]!.related).toEqual([{ file: budsjett, line: 2, column: 9, message: expect.any(String) }]);
    expect(dup[0]!.hint).toContain('hf renumber SSU 2024.36 --next');
  });

  it('hf renumber --dry-run shows the diff and changes nothing', () => {
    const status = git('status', '--porcelain');
    const r = hf(dir, ['renumber', 'SSU', '2024.36', '--next', '--dry-run'], NOW);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`rename from ${beredskap}\nrename to ${SSU}/2024.38-beredskap.md`);
    expect(r.stdout).toContain('-saksnr: "2024.36"\n+saksnr: "2024.38"');
    expect(r.stdout).toContain('-oppfølging_av: "SSU 2024.36"\n+oppfølging_av: "SSU 2024.38"');
    expect(r.stdout).toContain('-Beredskap følges opp i sak 2024.36.\n+Beredskap følges opp i sak 2024.38.');
    expect(r.stdout).not.toContain('Budsjettet behandles');
    expect(git('status', '--porcelain')).toBe(status);
  });

  it('hf renumber --next moves the merged-in case and every reference written for it', () => {
    const budsjettBefore = readFileSync(join(dir, budsjett));
    const otherBefore = readFileSync(join(dir, OTHER_CASE), 'utf8');
    const r = hf(dir, ['renumber', 'SSU', '2024.36', '--next'], NOW);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Omnummererte SSU-sak 2024.36 til 2024.38: ${beredskap} → ${SSU}/2024.38-beredskap.md`);
    expect(r.stdout).toContain('Oppdaterte 2 referanser:');

    expect(existsSync(join(dir, beredskap))).toBe(false);
    expect(readFileSync(join(dir, `${SSU}/2024.38-beredskap.md`), 'utf8')).toMatch(/^---\nsaksnr: "2024\.38"\norgan: SSU\n/);
    expect(readFileSync(join(dir, followUp), 'utf8')).toContain('\noppfølging_av: "SSU 2024.38"\n');
    // The shared file: only the number changed; BOM and CRLF are kept byte for byte.
    const expected = Buffer.concat([fsuCaseBase, Buffer.from('\r\nBeredskap følges opp i sak 2024.38.\r\n')]);
    expect(readFileSync(join(dir, FSU_CASE)).equals(expected)).toBe(true);
    // What main wrote about its own 2024.36 stays.
    expect(readFileSync(join(dir, budsjett)).equals(budsjettBefore)).toBe(true);
    expect(readFileSync(join(dir, OTHER_CASE), 'utf8')).toBe(otherBefore);
    expect(otherBefore).toContain('Budsjettet behandles i SSU-sak 2024.36.');
  });

  it('leaves hf validate clean', () => {
    const r = validate();
    // Apart from the two links of SSU 2024.28 that the seed gives no address (link-url warnings).
    expect(r.out.diagnostics.filter((d) => d.ruleId !== 'link-url')).toEqual([]);
    expect(r.out.diagnostics.map((d) => d.file.split('/').pop()!.slice(0, 7))).toEqual(['2024.28', '2024.28']);
    expect(r.code).toBe(0);
    // No journal left behind: the change finished.
    expect(existsSync(join(dir, '.hf-journal')) ? readdirSync(join(dir, '.hf-journal')) : []).toEqual([]);
  });
});
