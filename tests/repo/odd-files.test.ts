/**
 * The repository layer and odd entries: every walk judges an entry by what it
 * is (lstat), never by what a link points to; hf.yaml is read only as a plain
 * file; writes refuse any link on the way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOne, meetingDates } from '../../src/repo/config-only.js';
import { ConfigFileError, readConfigFile } from '../../src/repo/fs.js';
import { NumberBlockedError, peekNextNumber } from '../../src/repo/numbering.js';
import { queueEntries } from '../../src/repo/queue.js';
import { findRoot, isPlainFile, listFolder, readRepository } from '../../src/repo/read.js';
import { safeTarget, UnsafePathError } from '../../src/repo/write.js';
import { DEFAULT_CASE_TEMPLATE, loadCaseTemplate } from '../../src/repo/templates.js';
import { BASE_CONFIG } from '../../src/rules/fixture.js';
import { removeDir } from '../helpers/cli.js';

const canFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--help']).status === 0;
const CASE = '---\nsaksnr: "2024.1"\norgan: SSU\nmøte: 2024-09-26\ntittel: En sak\n---\n';

let root: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hf-odd-files-'));
  outside = mkdtempSync(join(tmpdir(), 'hf-odd-outside-'));
  writeFileSync(join(root, 'hf.yaml'), BASE_CONFIG);
  mkdirSync(join(root, 'cases', 'ssu', '2024'), { recursive: true });
  mkdirSync(join(root, 'cases', 'ssu', 'ko'), { recursive: true });
  mkdirSync(join(root, 'meetings', 'ssu'), { recursive: true });
  writeFileSync(join(root, 'cases', 'ssu', '2024', '2024.1-en-sak.md'), CASE);
  writeFileSync(join(outside, 'ute.md'), CASE.replace('En sak', 'Utenfor'));
  mkdirSync(join(outside, 'mappe'));
});
afterEach(() => {
  removeDir(root);
  removeDir(outside);
});
const at = (...p: string[]) => join(root, ...p);

describe('walking the data folders', () => {
  it('reports each odd entry by its path and reason, and lists only the plain .md files', () => {
    symlinkSync(at('cases', 'ssu', '2024', '2024.1-en-sak.md'), at('cases', 'ssu', '2024', '2024.2-lenke.md'));
    symlinkSync(join(outside, 'mappe'), at('cases', 'ssu', '2023'), 'dir');
    symlinkSync(join(outside, 'borte.md'), at('meetings', 'ssu', '2024-12-12.md'));
    symlinkSync(join(outside, 'notater.txt'), at('cases', 'ssu', '2024', 'notater.txt'));
    mkdirSync(at('cases', 'ssu', '2024', '2024.3-mappe.md'));
    mkdirSync(at('meetings', 'ssu', '2024-12-19.MD'));
    writeFileSync(at('cases', 'ssu', '2024', '2024.4-stor.MD'), CASE);
    writeFileSync(at('cases', 'ssu', '2024', '2024.5-lang.markdown'), CASE);
    writeFileSync(at('cases', 'ssu', '2024', 'README.MD'), 'Om mappen\n');
    writeFileSync(at('cases', 'ssu', '2025'), 'ikke en mappe\n');
    writeFileSync(at('cases', 'fil'), 'ikke en mappe\n');
    writeFileSync(at('cases', 'ssu', '2024', 'vedlegg.pdf'), '%PDF');
    writeFileSync(at('plans'), 'ikke en mappe\n');
    if (canFifo) spawnSync('mkfifo', [at('cases', 'ssu', '2024', '2024.6-fifo.md')]);
    const source = readRepository(root);
    expect(source.files.map((f) => f.path)).toEqual(['hf.yaml', 'cases/ssu/2024/2024.1-en-sak.md']);
    expect([...(source.skipped ?? [])].sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(
      [
        { path: 'cases/fil', reason: 'notFolder' },
        { path: 'cases/ssu/2023', reason: 'symlink' },
        { path: 'cases/ssu/2024/2024.2-lenke.md', reason: 'symlink' },
        { path: 'cases/ssu/2024/2024.3-mappe.md', reason: 'folder' },
        { path: 'cases/ssu/2024/2024.4-stor.MD', reason: 'extension' },
        { path: 'cases/ssu/2024/2024.5-lang.markdown', reason: 'extension' },
        ...(canFifo ? [{ path: 'cases/ssu/2024/2024.6-fifo.md', reason: 'special' }] : []),
        { path: 'cases/ssu/2024/notater.txt', reason: 'symlink' },
        { path: 'cases/ssu/2025', reason: 'notFolder' },
        { path: 'meetings/ssu/2024-12-12.md', reason: 'symlink' },
        { path: 'meetings/ssu/2024-12-19.MD', reason: 'folder' },
        { path: 'plans', reason: 'notFolder' },
      ].sort((a, b) => (a.path < b.path ? -1 : 1)),
    );
  });

  it('lists no folder through a link, and finds a plain file only with no link on the way', () => {
    symlinkSync(join(outside, 'mappe'), at('cases', 'fsu'), 'dir');
    writeFileSync(join(outside, 'mappe', 'x.md'), CASE);
    symlinkSync(at('cases', 'ssu', '2024'), at('cases', 'ssu', '2022'), 'dir');
    expect(listFolder(root, 'cases/fsu')).toEqual([]);
    expect(listFolder(root, 'cases/ssu/2022')).toEqual([]);
    expect(listFolder(root, '../')).toEqual([]);
    expect(listFolder(root, 'cases/ssu/2024').map((e) => e.name)).toEqual(['2024.1-en-sak.md']);
    expect(isPlainFile(root, 'cases/ssu/2024/2024.1-en-sak.md')).toBe(true);
    expect(isPlainFile(root, 'cases/ssu/2022/2024.1-en-sak.md')).toBe(false);
    expect(isPlainFile(root, 'cases/fsu/x.md')).toBe(false);
    expect(isPlainFile(root, 'cases/ssu/2024')).toBe(false);
    expect(loadOne(root, 'cases/ssu/2022/2024.1-en-sak.md')).toBeUndefined();
    expect(loadOne(root, 'cases/ssu/2024/2024.1-en-sak.md')?.data?.tittel).toBe('En sak');
  });

  it('the queue reads plain files only: a link is not followed, a folder or FIFO not opened', () => {
    writeFileSync(at('cases', 'ssu', 'ko', '2024-09-01-vanlig.md'), '---\norgan: SSU\ntittel: Vanlig\n---\n');
    symlinkSync(join(outside, 'ute.md'), at('cases', 'ssu', 'ko', '2024-09-02-lenke.md'));
    mkdirSync(at('cases', 'ssu', 'ko', '2024-09-03-mappe.md'));
    if (canFifo) spawnSync('mkfifo', [at('cases', 'ssu', 'ko', '2024-09-04-fifo.md')]);
    expect(queueEntries(root, 'SSU').map((e) => e.title)).toEqual(['Vanlig']);
  });

  it('meeting dates come from plain files, not from a linked folder', () => {
    writeFileSync(join(outside, 'mappe', '2030-01-01.md'), '---\n---\n');
    symlinkSync(join(outside, 'mappe'), at('meetings', 'fsu'), 'dir');
    writeFileSync(at('meetings', 'ssu', '2024-09-26.md'), '---\n---\n');
    mkdirSync(at('meetings', 'ssu', '2024-10-10.md'));
    expect(meetingDates(root, 'FSU')).toEqual([]);
    expect(meetingDates(root, 'SSU')).toEqual(['2024-09-26']);
  });
});

describe('case templates', () => {
  it('are read from plain files only: not through a linked templates folder', () => {
    mkdirSync(join(outside, 'maler'));
    writeFileSync(join(outside, 'maler', 'sak.md'), '## Utenfor\n');
    symlinkSync(join(outside, 'maler'), at('templates'), 'dir');
    expect(loadCaseTemplate(root, 'SSU')).toEqual({ text: DEFAULT_CASE_TEMPLATE });
  });
});

describe('numbering', () => {
  it('stops at a folder named like a case file, naming it', () => {
    mkdirSync(at('cases', 'ssu', '2024', '2024.7-tom.md'));
    let error: unknown;
    try {
      peekNextNumber(root, 'SSU', 2024);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NumberBlockedError);
    expect(error).toMatchObject({ path: 'cases/ssu/2024/2024.7-tom.md', what: 'folder', number: { year: 2024, seq: 7 } });
  });

  it('counts a linked case file (its number is taken), and nothing behind a linked year folder', () => {
    symlinkSync(join(outside, 'ute.md'), at('cases', 'ssu', '2024', '2024.9-lenke.md'));
    expect(peekNextNumber(root, 'SSU', 2024)).toEqual({ year: 2024, seq: 10 });
    writeFileSync(join(outside, 'mappe', '2023.40-x.md'), CASE);
    symlinkSync(join(outside, 'mappe'), at('cases', 'ssu', '2023'), 'dir');
    expect(peekNextNumber(root, 'SSU', 2023)).toEqual({ year: 2023, seq: 1 });
  });
});

describe('hf.yaml', () => {
  it('is read only as a plain file: a link (inside or out), a folder or a FIFO throws ConfigFileError', () => {
    expect(readConfigFile(root).toString('utf8')).toBe(BASE_CONFIG);
    const other = mkdtempSync(join(tmpdir(), 'hf-odd-config-'));
    try {
      writeFileSync(join(root, 'oppsett.yaml'), BASE_CONFIG);
      symlinkSync(join(root, 'oppsett.yaml'), join(other, 'hf.yaml'));
      expect(() => readConfigFile(other)).toThrow(ConfigFileError);
      expect(findRoot(join(other))).toBe(other);
      removeDir(join(other, 'hf.yaml'));
      mkdirSync(join(other, 'hf.yaml'));
      expect(() => readConfigFile(other)).toThrow(expect.objectContaining({ problem: 'notFile' }));
      // A folder named hf.yaml still marks the repository: hf does not look further up.
      mkdirSync(join(other, 'under'));
      expect(findRoot(join(other, 'under'))).toBe(other);
      if (canFifo) {
        removeDir(join(other, 'hf.yaml'));
        spawnSync('mkfifo', [join(other, 'hf.yaml')]);
        expect(() => readConfigFile(other)).toThrow(expect.objectContaining({ problem: 'notFile' }));
      }
    } finally {
      removeDir(other);
    }
  });
});

describe('writing', () => {
  it('refuses any link on the way, also one that points back into the repository, and names it', () => {
    symlinkSync(at('cases', 'ssu', '2024'), at('cases', 'ssu', '2022'), 'dir');
    expect(() => safeTarget(root, 'cases/ssu/2022/2022.1-ny.md')).toThrow(UnsafePathError);
    expect(() => safeTarget(root, 'cases/ssu/2022/2022.1-ny.md')).toThrow(expect.objectContaining({ link: 'cases/ssu/2022' }));
    expect(() => safeTarget(root, '../ute.md')).toThrow(expect.objectContaining({ link: undefined }));
    expect(safeTarget(root, 'cases/ssu/2024/2024.2-ny.md')).toBe(at('cases', 'ssu', '2024', '2024.2-ny.md'));
  });
});
