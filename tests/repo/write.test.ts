/**
 * Writes that survive failure: a write that fails half-way (disk full), a rename
 * that Windows keeps refusing, and a process killed while writing all leave the
 * original file intact and no temporary file behind (except after a kill, where
 * a hidden `.hf-tmp` file may remain and is never read as data).
 */
import { spawn } from 'node:child_process';
import * as realFs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../helpers/bundled.js';

const faults = vi.hoisted(() => ({
  /** Bytes the next writeSync calls may write before one fails with ENOSPC (-1: no fault). */
  writeBudget: -1,
  /** Error codes the next renameSync calls throw, in order. */
  rename: [] as string[],
  renameCalls: 0,
}));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((fd: number, buffer: Uint8Array, offset?: number, length?: number) => {
    if (faults.writeBudget >= 0) {
      if (faults.writeBudget === 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const n = Math.min(faults.writeBudget, length ?? buffer.length);
      faults.writeBudget -= n;
      return fs.writeSync(fd, buffer, offset ?? 0, n);
    }
    return fs.writeSync(fd, buffer, offset, length);
  }) as typeof fs.writeSync;
  const renameSync = ((from: string, to: string) => {
    faults.renameCalls++;
    const code = faults.rename.shift();
    if (code) throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
    return fs.renameSync(from, to);
  }) as typeof fs.renameSync;
  return { ...fs, default: { ...fs, writeSync, renameSync }, writeSync, renameSync };
});

const { writeAtomic, createExclusive, FileExistsError } = await import('../../src/repo/write.js');

let root: string;
const ORIGINAL = '---\norgan: SSU\ntittel: Original\n---\nTekst\n';
const target = () => join(root, 'cases', 'sak.md');
const leftovers = () => readdirSync(join(root, 'cases')).filter((n) => n !== 'sak.md');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hf-write-'));
  realFs.mkdirSync(join(root, 'cases'));
  writeFileSync(target(), ORIGINAL);
  faults.writeBudget = -1;
  faults.rename = [];
  faults.renameCalls = 0;
});
afterEach(() => realFs.rmSync(root, { recursive: true, force: true }));

describe('a failing write', () => {
  it('disk full half-way: the original is intact and the temporary file is gone', () => {
    const big = 'x'.repeat(100_000);
    faults.writeBudget = 40_000;
    expect(() => writeAtomic(root, 'cases/sak.md', big, { overwrite: true })).toThrow(/ENOSPC/);
    expect(readFileSync(target(), 'utf8')).toBe(ORIGINAL);
    expect(leftovers()).toEqual([]);
  });

  it('a rename that fails: the original is intact and the temporary file is gone', () => {
    faults.rename = ['EXDEV'];
    expect(() => writeAtomic(root, 'cases/sak.md', 'ny', { overwrite: true })).toThrow(/EXDEV/);
    expect(readFileSync(target(), 'utf8')).toBe(ORIGINAL);
    expect(leftovers()).toEqual([]);
  });

  it('never overwrites without being asked, and creates exclusively', () => {
    expect(() => writeAtomic(root, 'cases/sak.md', 'ny')).toThrow(FileExistsError);
    expect(() => createExclusive(root, 'cases/sak.md', 'ny')).toThrow(FileExistsError);
    expect(readFileSync(target(), 'utf8')).toBe(ORIGINAL);
    expect(leftovers()).toEqual([]);
  });
});

describe('Windows: a file held briefly by a virus scanner or an indexer', () => {
  const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
  beforeEach(() => Object.defineProperty(process, 'platform', { value: 'win32' }));
  afterEach(() => Object.defineProperty(process, 'platform', platform));

  it('retries a rename refused with EPERM or EBUSY and succeeds', () => {
    faults.rename = ['EPERM', 'EBUSY', 'EACCES'];
    writeAtomic(root, 'cases/sak.md', 'ny', { overwrite: true });
    expect(readFileSync(target(), 'utf8')).toBe('ny');
    expect(faults.renameCalls).toBe(4);
    expect(leftovers()).toEqual([]);
  });

  it('gives up after a short, bounded wait, leaving the original intact', () => {
    faults.rename = Array.from({ length: 50 }, () => 'EBUSY');
    const t0 = Date.now();
    expect(() => writeAtomic(root, 'cases/sak.md', 'ny', { overwrite: true })).toThrow(/EBUSY/);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(faults.renameCalls).toBe(6);
    expect(readFileSync(target(), 'utf8')).toBe(ORIGINAL);
    expect(leftovers()).toEqual([]);
  });

  it('does not retry errors that are not about a held file', () => {
    faults.rename = ['ENOENT', 'ENOENT'];
    expect(() => writeAtomic(root, 'cases/sak.md', 'ny', { overwrite: true })).toThrow(/ENOENT/);
    expect(faults.renameCalls).toBe(1);
  });
});

describe('a process killed while writing', () => {
  it('leaves the file either wholly old or wholly new, never a mixture (killed at many moments)', async () => {
    const module = pathToFileURL(join(REPO_ROOT, 'dist/repo/write.js')).href;
    const NEW = 'n'.repeat(30 * 1024 * 1024);
    const script = `
      const { writeAtomic } = await import(${JSON.stringify(module)});
      const data = 'n'.repeat(${NEW.length});
      process.stdout.write('go\\n');
      for (;;) writeAtomic(process.argv[1], 'cases/sak.md', data, { overwrite: true });
    `;
    const outcomes = new Set<string>();
    for (const delay of [0, 5, 15, 30, 60, 120, 250, 1000, 2500]) {
      writeFileSync(target(), ORIGINAL);
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script, root], { stdio: ['ignore', 'pipe', 'inherit'] });
        child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delay));
        child.on('exit', () => resolve());
      });
      const now = readFileSync(target(), 'utf8');
      expect(now === ORIGINAL || now === NEW, `after a kill at ${delay} ms the file is ${now.length} bytes`).toBe(true);
      outcomes.add(now === ORIGINAL ? 'old' : 'new');
      // Left-over temporary files are hidden and not Markdown: hf never reads them as data.
      for (const name of leftovers()) expect(name).toMatch(/^\.[0-9a-f]+\.hf-tmp$/);
    }
    expect(outcomes.size).toBeGreaterThan(0);
  }, 60_000);
});
