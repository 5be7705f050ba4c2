/**
 * Allocating case numbers without collisions on one machine.
 *
 * The next number of a body and year is found from file names only (a case
 * file's name starts with its number), never by parsing the cases, so it stays
 * cheap in a repository of ten thousand cases. A number is *claimed* before the
 * case file is written: an exclusive create (O_EXCL) of a small claim file
 * `cases/<body>/<year>/.<saksnr>.claim`. Of two processes that want the same
 * number exactly one gets the claim; the other moves on to the next number. The
 * claim is removed once the case file exists, and a claim whose process has died
 * is broken, so a crash never blocks numbering or leaves a gap for good.
 * Staleness is judged by the real clock, never by `HF_NOW`.
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync, mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { formatCaseNumber, type CaseNumber } from '../model/case-number.js';
import { bodyFolder } from './paths.js';
import { processAlive } from './process.js';
import { listFolder } from './read.js';
import { safeTarget } from './write.js';

/** A claim older than this is stale whatever its process (another machine, a reused pid). */
export const CLAIM_MAX_AGE_MS = 10 * 60 * 1000;
/** A claim-breaking lock older than this was left by a crash. */
const BREAK_LOCK_MAX_AGE_MS = 30 * 1000;
/** A claim file that is still empty after this long was left by a crash while being written. */
const EMPTY_CLAIM_GRACE_MS = 5 * 1000;

const CASE_NAME = /^(\d{4})\.([1-9]\d{0,5})(?:-.*)?\.md$/;
const CLAIM_NAME = /^\.(\d{4})\.([1-9]\d{0,5})\.claim$/;

/** The folder of a body's numbered cases for a year, repository-relative. */
export function yearFolder(body: string, year: number): string {
  return `cases/${bodyFolder(body)}/${year}`;
}

/** The repository path of the claim on a number. */
export function claimPath(body: string, number: CaseNumber): string {
  return `${yearFolder(body, number.year)}/.${formatCaseNumber(number)}.claim`;
}

/** The sequence number a case file name starts with, for the given year. */
export function numberFromFileName(name: string, year?: number): number | undefined {
  const m = CASE_NAME.exec(name);
  if (!m || (year !== undefined && Number(m[1]) !== year)) return undefined;
  return Number(m[2]);
}

interface ClaimContent {
  pid: number;
  host: string;
  time: string;
}

/**
 * An entry in a year folder is named like a case file but is a folder (or a
 * FIFO, a socket…): it would hold its number without being a case. Numbering
 * stops and names it rather than step past it silently.
 */
export class NumberBlockedError extends Error {
  constructor(
    /** Repository path of the entry. */
    readonly path: string,
    readonly what: 'folder' | 'special',
    readonly number: CaseNumber,
  ) {
    super(`${path} is ${what === 'folder' ? 'a folder' : 'not a file'} named like case ${formatCaseNumber(number)}`);
  }
}

export interface FolderScan {
  /** Sequence numbers used by case files (from their names). */
  files: number[];
  /** Sequence numbers held by live claims (stale claims are broken while scanning). */
  claims: number[];
}

/**
 * Lists the numbers in use for a body and year: case file names (a linked file
 * too: validate reports it) plus live claims. Stale claims are removed on the
 * way. A folder or other entry named like a case file throws NumberBlockedError.
 * A year folder that is a link is not listed (nothing outside the repository is;
 * writing there is refused).
 */
export function scanNumbers(root: string, body: string, year: number): FolderScan {
  const folder = yearFolder(body, year);
  const files: number[] = [];
  const claims: number[] = [];
  for (const entry of listFolder(root, folder)) {
    const name = entry.name;
    const seq = numberFromFileName(name, year);
    if (seq !== undefined) {
      if (!entry.isFile() && !entry.isSymbolicLink()) throw new NumberBlockedError(`${folder}/${name}`, entry.isDirectory() ? 'folder' : 'special', { year, seq });
      files.push(seq);
      continue;
    }
    const c = CLAIM_NAME.exec(name);
    if (c && Number(c[1]) === year) {
      const number = { year, seq: Number(c[2]) };
      if (!breakIfStale(root, claimPath(body, number))) claims.push(number.seq);
    }
  }
  return { files, claims };
}

/** The number `hf new-case` would take now (for `--dry-run`); nothing is claimed. */
export function peekNextNumber(root: string, body: string, year: number): CaseNumber {
  const scan = scanNumbers(root, body, year);
  return { year, seq: Math.max(0, ...scan.files, ...scan.claims) + 1 };
}

/** True if a case file with this number exists in the body's folder for the year. */
export function caseFileExists(root: string, body: string, number: CaseNumber): boolean {
  return listFolder(root, yearFolder(body, number.year)).some((e) => numberFromFileName(e.name, number.year) === number.seq);
}

/** A number held by this process until the case file is written. */
export interface NumberClaim {
  body: string;
  number: CaseNumber;
  /** Removes the claim; call it after the case file exists (or when giving up). */
  release(): void;
}

/**
 * Claims one specific number. Returns undefined when the number is taken: a case
 * file uses it, or another live process holds its claim.
 */
export function claimNumber(root: string, body: string, number: CaseNumber): NumberClaim | undefined {
  const path = claimPath(body, number);
  if (!createClaim(root, path)) {
    if (!breakIfStale(root, path) || !createClaim(root, path)) return undefined;
  }
  const claim: NumberClaim = { body: body.toUpperCase(), number, release: () => removeQuietly(safeTarget(root, path)) };
  // A process that finished just before our claim has already written its file
  // and removed its claim: the file is there now, so this check cannot miss it.
  if (caseFileExists(root, body, number)) {
    claim.release();
    return undefined;
  }
  return claim;
}

/**
 * Claims the next free number of a body and year: one above the highest number
 * in use, moving up on every collision. Never fills an old gap: a number is
 * never reused.
 */
export function claimNextNumber(root: string, body: string, year: number): NumberClaim {
  let seq = peekNextNumber(root, body, year).seq;
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const claim = claimNumber(root, body, { year, seq });
    if (claim) return claim;
    seq++;
  }
  throw new Error(`no free case number found for ${body} ${year} after 10000 attempts`);
}

/** Exclusive create of the claim file; false if it exists. */
function createClaim(root: string, repoPath: string): boolean {
  const abs = safeTarget(root, repoPath);
  mkdirSync(dirname(abs), { recursive: true });
  let fd: number;
  try {
    fd = openSync(abs, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    const content: ClaimContent = { pid: process.pid, host: hostname(), time: new Date().toISOString() };
    writeSync(fd, JSON.stringify(content) + '\n');
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a claim whose process is gone. Another process may break the same
 * claim at the same moment, so breaking takes a short lock of its own and
 * removes the claim only if it is still the one judged stale.
 */
function breakIfStale(root: string, repoPath: string): boolean {
  const abs = safeTarget(root, repoPath);
  const seen = readClaim(abs);
  if (seen === undefined || !isStale(seen)) return false;
  const lock = abs + '.lock';
  let fd: number;
  try {
    fd = openSync(lock, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (ageOf(lock) > BREAK_LOCK_MAX_AGE_MS) removeQuietly(lock);
    return false;
  }
  closeSync(fd);
  try {
    const again = readClaim(abs);
    if (again === undefined) return true;
    if (again.raw !== seen.raw) return false;
    removeQuietly(abs);
    return true;
  } finally {
    removeQuietly(lock);
  }
}

interface SeenClaim {
  raw: string;
  content: ClaimContent | undefined;
  mtimeMs: number;
}

function readClaim(abs: string): SeenClaim | undefined {
  try {
    const raw = readFileSync(abs, 'utf8');
    const mtimeMs = statSync(abs).mtimeMs;
    let content: ClaimContent | undefined;
    try {
      const v = JSON.parse(raw) as Partial<ClaimContent>;
      if (typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.time === 'string') content = v as ClaimContent;
    } catch {
      content = undefined;
    }
    return { raw, content, mtimeMs };
  } catch {
    return undefined;
  }
}

function isStale(claim: SeenClaim): boolean {
  const age = Date.now() - claim.mtimeMs;
  if (!claim.content) return age > EMPTY_CLAIM_GRACE_MS;
  if (age > CLAIM_MAX_AGE_MS) return true;
  return claim.content.host === hostname() && !processAlive(claim.content.pid);
}

function ageOf(abs: string): number {
  try {
    return Date.now() - statSync(abs).mtimeMs;
  } catch {
    return 0;
  }
}

function removeQuietly(abs: string): void {
  try {
    unlinkSync(abs);
  } catch {
    /* already gone */
  }
}

/** Repository paths of the case files that carry a number in their name (normally one). */
export function caseFilesWithNumber(root: string, body: string, number: CaseNumber): string[] {
  const folder = yearFolder(body, number.year);
  return listFolder(root, folder)
    .map((e) => e.name)
    .filter((n) => numberFromFileName(n, number.year) === number.seq)
    .sort()
    .map((n) => `${folder}/${n}`);
}
