/**
 * Writing files without losing anything: a temporary file in the same folder,
 * fsync, then rename over the target, so a crash leaves either the old or the new
 * file, never half of one. Nothing is overwritten unless the caller says so, and
 * nothing is written through a symbolic link or outside the repository.
 */
import { closeSync, constants, existsSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isInside } from './read.js';
import { assertNoNationalIds } from './pii.js';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} exists`);
  }
}

export class UnsafePathError extends Error {
  constructor(
    readonly path: string,
    /** The symbolic link on the way to `path` (repository path), when that is why; undefined when `path` is outside the repository. */
    readonly link?: string,
  ) {
    super(link ? `${path}: ${link} is a symbolic link` : `${path} is outside the repository`);
  }
}

/** The first symbolic link on the way from `root` to `repoPath` (a repository path), if any. */
function firstLink(root: string, repoPath: string): string | undefined {
  const parts = repoPath.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return undefined;
  for (let i = 1; i <= parts.length; i++) {
    const rel = parts.slice(0, i).join('/');
    try {
      if (lstatSync(join(root, rel)).isSymbolicLink()) return rel;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export interface WriteOptions {
  /** Replace an existing file (default: refuse). */
  overwrite?: boolean;
}

/** Resolves a path for writing; refuses paths outside `root` and any symbolic link on the way. */
export function safeTarget(root: string, repoPath: string): string {
  const abs = resolve(root, repoPath);
  // Not through any link on the way, also one that points back into the repository.
  const link = firstLink(root, repoPath);
  if (link !== undefined || !isInside(root, repoPath)) throw new UnsafePathError(repoPath, link);
  return abs;
}

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** rename with a short bounded retry: Windows virus scanners and indexers hold files briefly. */
function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE.has(code) || attempt >= 5 || process.platform !== 'win32') throw error;
      const until = Date.now() + 20 * (attempt + 1);
      while (Date.now() < until) {
        /* wait briefly without timers: writes are synchronous */
      }
    }
  }
}

/**
 * A name for a temporary file beside the target: unique to this process and call.
 * It is created with O_EXCL, so a name that exists (or a planted link) makes the
 * write fail rather than follow it; the name need not be unguessable, and
 * node:crypto is not loaded for it.
 */
function tempName(): string {
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  return `.${hex(process.pid, 8)}${hex(++tempCount, 8)}${hex(Math.floor(Math.random() * 2 ** 40), 10)}.hf-tmp`;
}
let tempCount = 0;

/** The process that made a temporary file, from its name; undefined for any other name. */
export function tempFilePid(name: string): number | undefined {
  const m = /^\.([0-9a-f]{8})[0-9a-f]{18}\.hf-tmp$/.exec(name);
  return m ? parseInt(m[1]!, 16) : undefined;
}

/**
 * Writes `data` to a new temporary file in `dir` (created exclusively, written
 * whole and fsynced) and returns its path; on failure nothing is left behind.
 */
function writeTemp(dir: string, data: Uint8Array | string): string {
  const tmp = join(dir, tempName());
  const fd = openSync(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(tmp);
    throw error;
  }
  closeSync(fd);
  return tmp;
}

/** Writes `data` to an absolute path atomically (temp file, fsync, rename). */
export function writeAtomicAbs(abs: string, data: Uint8Array | string, options: WriteOptions = {}): void {
  if (!options.overwrite && existsSync(abs)) throw new FileExistsError(abs);
  mkdirSync(dirname(abs), { recursive: true });
  const tmp = writeTemp(dirname(abs), data);
  try {
    if (!options.overwrite && existsSync(abs)) throw new FileExistsError(abs);
    renameWithRetry(tmp, abs);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw error;
  }
  fsyncDir(dirname(abs));
}

/** Writes a repository file atomically. */
export function writeAtomic(root: string, repoPath: string, data: Uint8Array | string, options: WriteOptions = {}): void {
  writeAtomicAbs(safeTarget(root, repoPath), data, options);
}

/**
 * Creates a file that must not exist yet, atomically and exclusively: of two
 * processes creating the same path, exactly one succeeds and the other gets
 * FileExistsError. The content is complete before the name appears (written to a
 * temporary file and hard-linked into place; link fails if the name exists).
 */
export function createExclusive(root: string, repoPath: string, data: Uint8Array | string): void {
  const abs = safeTarget(root, repoPath);
  // Every new file of the repository (cases, meetings, plan rows) passes here: none may hold an identity number.
  assertNoNationalIds([{ path: repoPath, data }]);
  mkdirSync(dirname(abs), { recursive: true });
  const tmp = writeTemp(dirname(abs), data);
  try {
    linkExclusive(tmp, abs);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* ignore */
    }
  }
  fsyncDir(dirname(abs));
}

function linkExclusive(from: string, to: string): void {
  // linkSync fails with EEXIST if `to` exists: no check-then-write race.
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(to);
    throw error;
  }
}

function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* some file systems do not allow it; the rename is still atomic */
  }
}
