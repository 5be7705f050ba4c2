/**
 * Changing several files as one: all of them or none. A change is planned in
 * full first (every file's bytes before and after), written to a journal in
 * `.hf-journal/`, and then applied file by file with atomic writes. If a step
 * fails, the files already changed are put back as they were and the journal is
 * removed. If the process dies half-way, the journal stays: any later hf run (or
 * another session) can undo the change (`rollbackJournal`) or finish it
 * (`completeJournal`), because the journal holds both versions of every file.
 *
 * A file that someone else changed since the plan was made is never touched:
 * the plan is refused before anything is written, and recovery leaves such a
 * file alone and names it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { safeTarget, writeAtomic } from './write.js';
import { assertNoNationalIds } from './pii.js';

export const JOURNAL_DIR = '.hf-journal';

/**
 * One file's change: created (no `from`), changed in place (`from === to`),
 * moved and possibly changed (`from !== to`), or deleted (no `to`).
 */
export interface FileChange {
  from?: string;
  to?: string;
  /** The bytes at `from` when the change was planned. */
  before?: Uint8Array;
  /** The bytes to write at `to`. */
  after?: Uint8Array;
}

interface JournalChange {
  from?: string;
  to?: string;
  before?: string;
  after?: string;
}

export interface Journal {
  version: 1;
  id: string;
  description: string;
  created: string;
  pid: number;
  host: string;
  changes: JournalChange[];
}

/** A file is not as the plan expects: changed by someone else, or in the way. */
export class ConflictError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'changed' | 'exists' | 'missing',
  ) {
    super(`${path}: ${reason}`);
  }
}

/** A change failed part-way; `restored` tells whether every file is back as it was. */
export class TransactionError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly restored: boolean,
    readonly conflicts: string[],
    readonly journal: string,
  ) {
    super(`change failed (${cause instanceof Error ? cause.message : String(cause)}); ${restored ? 'every file was restored' : `not restored: ${conflicts.join(', ')}`}`);
  }
}

export interface ApplyOptions {
  description: string;
  /** Called before each step; tests use it to make a step fail. */
  beforeStep?: (index: number, change: FileChange) => void;
}

export interface RecoveryReport {
  journal: string;
  description: string;
  /** Files written or removed by the recovery. */
  touched: string[];
  /** Files left alone because they are neither the old nor the new version. */
  conflicts: string[];
}

/** Checks a plan against the disk: every `before` matches, no new path is taken. Throws ConflictError. */
export function checkChanges(root: string, changes: readonly FileChange[]): void {
  for (const c of changes) {
    if (c.from !== undefined) {
      const current = readIfExists(root, c.from);
      if (current === undefined) throw new ConflictError(c.from, 'missing');
      if (!c.before || !same(current, c.before)) throw new ConflictError(c.from, 'changed');
    }
    if (c.to !== undefined) {
      safeTarget(root, c.to);
      if (c.to !== c.from && existsSync(join(root, c.to))) throw new ConflictError(c.to, 'exists');
    }
  }
}

/** Applies every change or none (see the module comment). */
export function applyChanges(root: string, changes: readonly FileChange[], options: ApplyOptions): void {
  checkChanges(root, changes);
  // Refused before the journal and the first write: a change never writes an identity number.
  assertNoNationalIds(changes.flatMap((c) => (c.to !== undefined && c.after ? [{ path: c.to, data: c.after }] : [])));
  const journal = writeJournal(root, changes, options.description);
  try {
    changes.forEach((c, i) => {
      options.beforeStep?.(i, c);
      applyOne(root, c);
    });
  } catch (error) {
    const report = undo(root, readJournal(root, journal));
    if (report.conflicts.length === 0) removeQuietly(root, journal);
    throw new TransactionError(error, report.conflicts.length === 0, report.conflicts, journal);
  }
  removeQuietly(root, journal);
}

/** Journals of changes that did not finish (a crash, a killed process), oldest first. */
export function pendingJournals(root: string): { path: string; journal: Journal }[] {
  let names: string[];
  try {
    names = readdirSync(join(root, JOURNAL_DIR));
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .flatMap((n) => {
      const path = `${JOURNAL_DIR}/${n}`;
      try {
        return [{ path, journal: readJournal(root, path) }];
      } catch {
        return [];
      }
    });
}

/** Puts every file of an unfinished change back as it was before. */
export function rollbackJournal(root: string, path: string): RecoveryReport {
  const report = undo(root, readJournal(root, path));
  if (report.conflicts.length === 0) removeQuietly(root, path);
  return report;
}

/** Finishes an unfinished change: every file as the change meant it to be. */
export function completeJournal(root: string, path: string): RecoveryReport {
  const journal = readJournal(root, path);
  const report: RecoveryReport = { journal: path, description: journal.description, touched: [], conflicts: [] };
  for (const c of journal.changes.map(decode)) {
    if (c.to !== undefined) {
      const current = readIfExists(root, c.to);
      if (current !== undefined && same(current, c.after!)) {
        /* already done */
      } else if ((c.to === c.from && current !== undefined && same(current, c.before!)) || (c.to !== c.from && current === undefined)) {
        writeAtomic(root, c.to, c.after!, { overwrite: c.to === c.from });
        report.touched.push(c.to);
      } else {
        report.conflicts.push(c.to);
      }
    }
    if (c.from !== undefined && c.from !== c.to) {
      const current = readIfExists(root, c.from);
      if (current === undefined) continue;
      if (same(current, c.before!)) {
        unlinkSync(safeTarget(root, c.from));
        report.touched.push(c.from);
      } else {
        report.conflicts.push(c.from);
      }
    }
  }
  if (report.conflicts.length === 0) removeQuietly(root, path);
  return report;
}

function applyOne(root: string, c: FileChange): void {
  if (c.from !== undefined) {
    // Checked again right before the write: another program may have saved the file meanwhile.
    const current = readIfExists(root, c.from);
    if (current === undefined || !same(current, c.before!)) throw new ConflictError(c.from, current === undefined ? 'missing' : 'changed');
  }
  if (c.to !== undefined) writeAtomic(root, c.to, c.after!, { overwrite: c.to === c.from });
  if (c.from !== undefined && c.from !== c.to) unlinkSync(safeTarget(root, c.from));
}

function undo(root: string, journal: Journal): RecoveryReport {
  const report: RecoveryReport = { journal: journal.id, description: journal.description, touched: [], conflicts: [] };
  for (const c of journal.changes.map(decode).reverse()) {
    if (c.to !== undefined && c.to !== c.from) {
      const current = readIfExists(root, c.to);
      if (current !== undefined) {
        if (same(current, c.after!)) {
          unlinkSync(safeTarget(root, c.to));
          report.touched.push(c.to);
        } else {
          report.conflicts.push(c.to);
        }
      }
    }
    if (c.from !== undefined) {
      const current = readIfExists(root, c.from);
      if (current !== undefined && same(current, c.before!)) continue;
      if (current === undefined || (c.to === c.from && same(current, c.after!))) {
        writeAtomic(root, c.from, c.before!, { overwrite: current !== undefined });
        report.touched.push(c.from);
      } else {
        report.conflicts.push(c.from);
      }
    }
  }
  return report;
}

function writeJournal(root: string, changes: readonly FileChange[], description: string): string {
  mkdirSync(join(root, JOURNAL_DIR), { recursive: true });
  const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}`;
  const journal: Journal = {
    version: 1,
    id,
    description,
    created: new Date().toISOString(),
    pid: process.pid,
    host: hostname(),
    changes: changes.map((c) => ({
      ...(c.from !== undefined ? { from: c.from, before: Buffer.from(c.before!).toString('base64') } : {}),
      ...(c.to !== undefined ? { to: c.to, after: Buffer.from(c.after!).toString('base64') } : {}),
    })),
  };
  const path = `${JOURNAL_DIR}/${id}.json`;
  writeAtomic(root, path, JSON.stringify(journal, null, 1) + '\n');
  return path;
}

function readJournal(root: string, path: string): Journal {
  const journal = JSON.parse(readFileSync(safeTarget(root, path), 'utf8')) as Journal;
  if (journal.version !== 1 || !Array.isArray(journal.changes)) throw new Error(`${path} is not an hf journal`);
  return journal;
}

function decode(c: JournalChange): FileChange {
  return {
    ...(c.from !== undefined ? { from: c.from, before: Buffer.from(c.before ?? '', 'base64') } : {}),
    ...(c.to !== undefined ? { to: c.to, after: Buffer.from(c.after ?? '', 'base64') } : {}),
  };
}

function readIfExists(root: string, path: string): Uint8Array | undefined {
  const abs = safeTarget(root, path);
  try {
    return readFileSync(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function removeQuietly(root: string, path: string): void {
  try {
    unlinkSync(safeTarget(root, path));
  } catch {
    /* already gone */
  }
}
