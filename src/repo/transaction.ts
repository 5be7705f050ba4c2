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
 *
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP never stop a change half-way: a change is
 * written synchronously, and once one has begun those signals are handled on
 * the event loop, after it (deferSignals). Only a hard kill or a crash of the
 * machine leaves a journal; every hf command then refuses to run (hf validate
 * reports it) until `hf renumber --recover` has rolled the change back, and
 * recovery leaves no temporary file behind.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createExclusive, safeTarget, tempFilePid, writeAtomic } from './write.js';
import { assertNoNationalIds } from './pii.js';
import { JOURNAL_DIR } from './paths.js';
import { fileNames, pendingChanges } from './read.js';
import { processAlive } from './process.js';

export { JOURNAL_DIR };

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
  deferSignals();
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

/**
 * Journals of changes that did not finish (a crash, a killed process), oldest
 * first; `running` when the process that writes it is still at it.
 */
export function pendingJournals(root: string): { path: string; journal: Journal; running: boolean }[] {
  return pendingChanges(root).flatMap(({ path, running }) => {
    try {
      return [{ path, journal: readJournal(root, path), running }];
    } catch {
      return [];
    }
  });
}

/** Puts every file of an unfinished change back as it was before. */
export function rollbackJournal(root: string, path: string): RecoveryReport {
  const journal = readJournal(root, path);
  const report = undo(root, journal);
  if (report.conflicts.length === 0) {
    removeQuietly(root, path);
    removeTempFiles(root, journal);
  }
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
  if (report.conflicts.length === 0) {
    removeQuietly(root, path);
    removeTempFiles(root, journal);
  }
  return report;
}

/**
 * Removes the temporary files the journal's process left (a write it was killed
 * in): in every folder the change touches and in the journal's own folder. Only
 * that process's files (write.ts names them by process id), so another hf
 * writing in the same folder meanwhile is left alone.
 */
function removeTempFiles(root: string, journal: Journal): void {
  sweepJournalFolder(root);
  if (typeof journal.pid !== 'number') return;
  const folders = new Set<string>([JOURNAL_DIR]);
  for (const c of journal.changes) for (const p of [c.from, c.to]) if (p !== undefined) folders.add(dirname(p));
  for (const folder of folders) {
    for (const name of fileNames(root, folder)) if (tempFilePid(name) === journal.pid) removeQuietly(root, `${folder}/${name}`);
  }
}

/** Removes what a process killed while it wrote a journal left in the journal folder (never a live process's file). */
function sweepJournalFolder(root: string): void {
  for (const name of fileNames(root, JOURNAL_DIR)) {
    const pid = tempFilePid(name);
    if (pid !== undefined && !processAlive(pid)) removeQuietly(root, `${JOURNAL_DIR}/${name}`);
  }
}

function applyOne(root: string, c: FileChange): void {
  if (c.from !== undefined) {
    // Checked again right before the write: another program may have saved the file meanwhile.
    const current = readIfExists(root, c.from);
    if (current === undefined || !same(current, c.before!)) throw new ConflictError(c.from, current === undefined ? 'missing' : 'changed');
  }
  if (c.to !== undefined) {
    // A new name is taken exclusively: of two processes, one gets it and the other fails and rolls back.
    if (c.to === c.from) writeAtomic(root, c.to, c.after!, { overwrite: true });
    else createExclusive(root, c.to, c.after!);
  }
  if (c.from !== undefined && c.from !== c.to) unlinkSync(safeTarget(root, c.from));
}

let deferring = false;

/**
 * From the first change of a run on, SIGINT (Ctrl-C), SIGTERM and SIGHUP are
 * handled on the event loop: a change is written synchronously, so a signal that
 * comes during one is acted on only when it is done. Then hf stops as the signal
 * asked (the handlers are removed and the signal is raised again), unless some
 * other part of hf listens for it too.
 */
function deferSignals(): void {
  if (deferring) return;
  deferring = true;
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const handlers = signals.map((signal) => {
    const handler = () => {
      signals.forEach((s, i) => process.removeListener(s, handlers[i]!));
      deferring = false;
      if (process.listenerCount(signal) > 0) return;
      try {
        process.kill(process.pid, signal);
      } catch {
        // A platform that cannot raise it (Windows and SIGHUP): stop as a shell reports an interrupt.
        process.exit(130);
      }
    };
    return handler;
  });
  signals.forEach((s, i) => process.on(s, handlers[i]!));
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
  sweepJournalFolder(root);
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
