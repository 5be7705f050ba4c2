/**
 * Number allocation from file names and claims: integers not strings, claims
 * held by live processes are respected, claims left by dead processes are broken
 * so a crash neither blocks numbering nor leaves a gap.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseFilesWithNumber, claimNextNumber, claimNumber, claimPath, numberFromFileName, peekNextNumber, scanNumbers } from '../../src/repo/numbering.js';

let root: string;
const SSU = 'cases/ssu/2024';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hf-numbering-'));
  writeFileSync(join(root, 'hf.yaml'), 'navn: Test\norganer: [{kode: SSU, navn: SSU}]\n');
  mkdirSync(join(root, SSU), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function touch(...names: string[]) {
  for (const n of names) writeFileSync(join(root, SSU, n), '---\n---\n');
}

function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('numbers from file names', () => {
  it('reads the number a name starts with, as an integer', () => {
    expect(numberFromFileName('2024.10-budsjett.md')).toBe(10);
    expect(numberFromFileName('2024.9.md')).toBe(9);
    expect(numberFromFileName('2024.10-budsjett.md', 2025)).toBeUndefined();
    expect(numberFromFileName('2024-09-05-godkjenning.md')).toBeUndefined();
    expect(numberFromFileName('2024.010-x.md')).toBeUndefined();
    expect(numberFromFileName('README.md')).toBeUndefined();
  });

  it('continues after the highest number: 2024.9 → 2024.10', () => {
    touch('2024.1-a.md', '2024.9-b.md', '2024.2-c.md', '2023.40-feil-mappe.md', '2024-09-05-referat.md', 'notat.txt');
    expect(peekNextNumber(root, 'SSU', 2024)).toEqual({ year: 2024, seq: 10 });
    touch('2024.10-d.md');
    expect(peekNextNumber(root, 'SSU', 2024)).toEqual({ year: 2024, seq: 11 });
  });

  it('starts at 1 when the body has no folder for the year', () => {
    expect(peekNextNumber(root, 'SSU', 2031)).toEqual({ year: 2031, seq: 1 });
    expect(peekNextNumber(root, 'FSU', 2024)).toEqual({ year: 2024, seq: 1 });
  });

  it('finds the files of a number', () => {
    touch('2024.3-a.md', '2024.3-b.md', '2024.30-c.md');
    expect(caseFilesWithNumber(root, 'SSU', { year: 2024, seq: 3 })).toEqual([`${SSU}/2024.3-a.md`, `${SSU}/2024.3-b.md`]);
  });
});

describe('claims', () => {
  it('a held claim makes the next process take the next number; a released one is free again', () => {
    touch('2024.35-x.md');
    const first = claimNextNumber(root, 'SSU', 2024);
    expect(first.number).toEqual({ year: 2024, seq: 36 });
    expect(existsSync(join(root, claimPath('SSU', first.number)))).toBe(true);
    const second = claimNextNumber(root, 'SSU', 2024);
    expect(second.number.seq).toBe(37);
    expect(claimNumber(root, 'SSU', { year: 2024, seq: 36 })).toBeUndefined();
    first.release();
    second.release();
    expect(readdirSync(join(root, SSU)).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(peekNextNumber(root, 'SSU', 2024).seq).toBe(36);
  });

  it('a number whose file exists cannot be claimed, even with no claim on it', () => {
    touch('2024.36-x.md');
    expect(claimNumber(root, 'SSU', { year: 2024, seq: 36 })).toBeUndefined();
    expect(readdirSync(join(root, SSU)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('breaks the claim of a process that died, without leaving a gap', () => {
    touch('2024.35-x.md');
    writeFileSync(join(root, SSU, '.2024.36.claim'), JSON.stringify({ pid: deadPid(), host: hostname(), time: new Date().toISOString() }));
    expect(scanNumbers(root, 'SSU', 2024).claims).toEqual([]);
    expect(existsSync(join(root, SSU, '.2024.36.claim'))).toBe(false);
    const claim = claimNextNumber(root, 'SSU', 2024);
    expect(claim.number.seq).toBe(36);
    claim.release();
  });

  it('keeps a fresh claim of another machine, breaks it when it is old', () => {
    const path = join(root, SSU, '.2024.1.claim');
    writeFileSync(path, JSON.stringify({ pid: 1, host: 'another-machine', time: new Date().toISOString() }));
    expect(claimNextNumber(root, 'SSU', 2024).number.seq).toBe(2);
    const old = new Date(Date.now() - 11 * 60 * 1000);
    utimesSync(path, old, old);
    expect(scanNumbers(root, 'SSU', 2024).claims).toEqual([2]);
    expect(existsSync(path)).toBe(false);
  });

  it('treats an empty claim as being written, and as left by a crash once it is old', () => {
    const path = join(root, SSU, '.2024.1.claim');
    writeFileSync(path, '');
    expect(scanNumbers(root, 'SSU', 2024).claims).toEqual([1]);
    const old = new Date(Date.now() - 60 * 1000);
    utimesSync(path, old, old);
    expect(scanNumbers(root, 'SSU', 2024).claims).toEqual([]);
  });

  it('does not break a claim while another process is breaking it', () => {
    const path = join(root, SSU, '.2024.1.claim');
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: hostname(), time: new Date().toISOString() }));
    writeFileSync(path + '.lock', '');
    expect(scanNumbers(root, 'SSU', 2024).claims).toEqual([1]);
    expect(existsSync(path)).toBe(true);
    // A breaking lock left by a crash is cleared after a while.
    const old = new Date(Date.now() - 60 * 1000);
    utimesSync(path + '.lock', old, old);
    scanNumbers(root, 'SSU', 2024);
    expect(scanNumbers(root, 'SSU', 2024).claims).toEqual([]);
  });
});
