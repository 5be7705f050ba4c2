/**
 * The stored answers of `hf validate` in `.hf-cache/`: what a run printed and
 * the exit code it gave, with everything that answer depends on, so that the
 * next run over an unchanged repository prints it again after listing the files
 * and comparing their time stamps, without loading, mapping or checking anything.
 * The per-file cache (cache.ts) still serves every run that cannot be answered so.
 *
 * An answer depends on, and is stored with:
 * - hf itself (its version and every module of its code), the schema files and
 *   hf.yaml (`answerKey`);
 * - every data file: its path and its size, modification and change time and
 *   inode as they were before the run read it, and every entry that was reported
 *   instead of read (links, folders named like files, FIFOs, …) with why (one
 *   digest of them all, `StampDigest`);
 * - the answer of every "does this path exist" the rules asked (attachments,
 *   pictures), asked again;
 * - today's date;
 * - what the command was asked: the format, --strict, the paths shown, the
 *   language and whether colour is on (`options`, given by the command).
 * Anything else (--against, --no-cache, a rule that failed, a change of several
 * files that did not finish or is under way: a journal in .hf-journal/) is
 * neither answered nor stored. A file whose time stamp is within two seconds of the run that read
 * it cannot be trusted by its stamp (a change in the same tick of a coarse
 * clock), so that run stores no answer. As with the per-file cache, answers that
 * hf did not write itself (a stamp file records the inode and change time of the
 * answers file as hf wrote it) are ignored, and a missing or unreadable file only
 * makes the run slower.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { SkipReason } from './assemble.js';
import { answerKey, CACHE_DIR, type FileStamp } from './cache.js';
import { JOURNAL_DIR } from './paths.js';
import { configProblem, fileNames, pathExists, walkData } from './read.js';

export type { FileStamp };

const ANSWERS_FILE = 'answers-v1.json';
const ANSWERS_STAMP = 'answers-v1.stamp';
/** Files changed this close (ms) before the run that read them make it store no answer. */
const RACY_MS = 2000;
/** Answers kept for the same repository (a terminal and an editor ask with different options). */
const MAX_ANSWERS = 6;

/** What a run printed on standard output, and its exit code. */
export interface StoredAnswer {
  out: string;
  code: number;
}

/** What the command was asked, besides the repository: today and its options, as one string. */
export interface Question {
  today: string;
  options: string;
}

/** What the repository was for one run: its files' stamps (listing order) and the links reported instead of read. */
export interface RunInputs {
  /** Data files in the order they were listed, each with its stamp (undefined when the run has none: no answer is stored). */
  files: { path: string; stamp: FileStamp | undefined }[];
  /** Entries reported instead of read, in the order RepoSource.skipped gives them. */
  skipped: readonly { path: string; reason: SkipReason }[];
  /** Each path the rules asked about and whether it existed. */
  probes: ReadonlyMap<string, boolean>;
  /** When the run started (ms since the epoch): files changed after two seconds before it are not trusted by stamp. */
  started: number;
}

interface AnswersFile {
  key: string;
  today: string;
  digest: string;
  probes: [string, 0 | 1][];
  answers: { o: string; out: string; code: number }[];
}

/**
 * One digest of every data file's path and stamp, in listing order, and then of
 * the links: built as the files are listed, so that nothing is kept per file.
 */
export class StampDigest {
  private readonly hash = createHash('sha1');
  private piece = '';

  add(path: string, s: number, m: number, c: number, i: number): void {
    this.piece += `F\0${path}\0${s}\0${m}\0${c}\0${i}\n`;
    if (this.piece.length > 1 << 16) {
      this.hash.update(this.piece);
      this.piece = '';
    }
  }

  digest(skipped: readonly { path: string; reason: SkipReason }[]): string {
    for (const { path, reason } of skipped) this.piece += `S\0${path}\0${reason}\n`;
    return this.hash.update(this.piece).digest('hex');
  }
}

function stampOf(st: Stats): string {
  return `${st.ino}:${st.ctimeMs}:${st.size}`;
}

/** Reads the answers file if hf wrote it; undefined otherwise. */
function readAnswers(dir: string): AnswersFile | undefined {
  try {
    const file = join(dir, ANSWERS_FILE);
    if (readFileSync(join(dir, ANSWERS_STAMP), 'utf8') !== stampOf(lstatSync(file))) return undefined;
    return JSON.parse(readFileSync(file, 'utf8')) as AnswersFile;
  } catch {
    return undefined;
  }
}

/**
 * The stored answer to `question` for the repository at `root` as it is now, or
 * undefined when there is none that still holds (the command then runs in full).
 */
export function storedAnswer(root: string, question: Question): StoredAnswer | undefined {
  const dir = join(root, CACHE_DIR);
  const stored = readAnswers(dir);
  if (!stored || stored.today !== question.today) return undefined;
  const answer = stored.answers.find((a) => a.o === question.options);
  if (!answer) return undefined;
  const key = answerKey(root);
  if (!key || key !== stored.key) return undefined;
  if (configProblem(root) || changesUnderWay(root)) return undefined;
  // The same walk as the run that stored the answer (read.ts), with each file's stamp.
  // A stamp equal to the stored one was taken more than two seconds before that run (saveAnswer).
  const digest = new StampDigest();
  const skipped: { path: string; reason: SkipReason }[] = [];
  walkData(root, {
    file(path, abs) {
      const st = lstatSync(abs, { throwIfNoEntry: false });
      // Gone since it was listed: no answer.
      if (st) digest.add(path, st.size, st.mtimeMs, st.ctimeMs, st.ino);
      else digest.add(path, -1, -1, -1, -1);
    },
    odd: (path, reason) => skipped.push({ path, reason }),
  });
  if (digest.digest(skipped) !== stored.digest) return undefined;
  for (const [path, was] of stored.probes) if (pathExists(root, path) !== (was === 1)) return undefined;
  return { out: answer.out, code: answer.code };
}

/**
 * Stores `answer` to `question` for the repository as the run saw it. Nothing is
 * stored when a file has no stamp or was changed too close to the run; quietly
 * nothing when `.hf-cache/` cannot be written.
 */
export function saveAnswer(root: string, question: Question, inputs: RunInputs, answer: StoredAnswer): void {
  try {
    if (inputs.skipped.some((s) => s.reason === 'journal') || changesUnderWay(root)) return;
    const stamps = new StampDigest();
    for (const { path, stamp } of inputs.files) {
      if (!stamp || stamp.m >= inputs.started - RACY_MS) return;
      stamps.add(path, stamp.s, stamp.m, stamp.c, stamp.i);
    }
    const key = answerKey(root);
    if (!key) return;
    const digest = stamps.digest(inputs.skipped);
    const probes: [string, 0 | 1][] = [...inputs.probes].map(([p, e]) => [p, e ? 1 : 0]);
    const dir = join(root, CACHE_DIR);
    const old = readAnswers(dir);
    const same = old && old.key === key && old.today === question.today && old.digest === digest && JSON.stringify(old.probes) === JSON.stringify(probes);
    const others = same ? old.answers.filter((a) => a.o !== question.options).slice(0, MAX_ANSWERS - 1) : [];
    const file: AnswersFile = { key, today: question.today, digest, probes, answers: [{ o: question.options, out: answer.out, code: answer.code }, ...others] };
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '.gitignore'), '# hf validate cache: safe to delete, never commit\n*\n');
    }
    const target = join(dir, ANSWERS_FILE);
    const tmp = `${target}.${process.pid}.tmp`;
    const stampTmp = join(dir, `${ANSWERS_STAMP}.${process.pid}.tmp`);
    try {
      writeFileSync(tmp, JSON.stringify(file));
      renameSync(tmp, target);
      writeFileSync(stampTmp, stampOf(lstatSync(target)));
      renameSync(stampTmp, join(dir, ANSWERS_STAMP));
    } finally {
      rmSync(tmp, { force: true });
      rmSync(stampTmp, { force: true });
    }
  } catch {
    // A read-only checkout or a full disk: the next run answers in full again.
  }
}

/**
 * Wraps a repository's `exists` so that every path asked about, and the answer,
 * is kept for saveAnswer.
 */
export function recordingExists(exists: (path: string) => boolean): { exists: (path: string) => boolean; probes: Map<string, boolean> } {
  const probes = new Map<string, boolean>();
  return {
    probes,
    exists: (path) => {
      const answer = exists(path);
      probes.set(path, answer);
      return answer;
    },
  };
}

/** True while a change of several files has a journal in .hf-journal/ (finished or not): nothing is answered or stored then. */
function changesUnderWay(root: string): boolean {
  return fileNames(root, JOURNAL_DIR).some((n) => n.endsWith('.json'));
}
