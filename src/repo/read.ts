/** Reading a partnership's repository from disk. */
import { existsSync, lstatSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { InputFile, RepoSource, SkipReason } from './build.js';
import { CONFIG_FILE, DATA_DIRS, JOURNAL_DIR } from './paths.js';
import { configProblem, readNoFollow } from './fs.js';
import { stillRunning } from './process.js';

export { configProblem, readNoFollow };

/** Thrown when no hf.yaml is found; the CLI turns it into a usage error. */
export class NotARepositoryError extends Error {
  constructor(readonly start: string) {
    super(`no ${CONFIG_FILE} in ${start} or any folder above it`);
  }
}

/**
 * Finds the repository root by walking up from `start` to the first folder holding
 * an entry named hf.yaml — whatever it is: a link or a folder by that name is
 * the repository's to report (configProblem), not a reason to look further up.
 */
export function findRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (lstatSync(join(dir, CONFIG_FILE), { throwIfNoEntry: false })) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new NotARepositoryError(start);
    dir = parent;
  }
}

/** Converts an absolute path to a repository-relative one with forward slashes. */
export function toRepoPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

/**
 * True if `repoPath` stays inside the repository, also after resolving symbolic
 * links: hf never reads or writes through a link that leads out of it. For a path
 * that does not exist yet, the nearest folder above it that exists decides, so a
 * new file in a linked folder that points elsewhere is refused too.
 */
export function isInside(root: string, repoPath: string): boolean {
  const abs = resolve(root, repoPath);
  const rel = relative(root, abs);
  if (rel.startsWith('..') || resolve(rel) === rel) return false;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return false;
  }
  let probe = abs;
  for (;;) {
    try {
      const real = realpathSync(probe);
      const r = relative(realRoot, real);
      return r === '' || (!r.startsWith('..') && !isAbsolute(r));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A dangling link cannot be resolved: never follow it.
      if (code !== 'ENOENT' || isLink(probe)) return false;
      const parent = dirname(probe);
      if (parent === probe) return false;
      probe = parent;
    }
  }
}

function isLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A name a Markdown file could have, in any case: `.md`, `.MD`, `.markdown` … */
const MARKDOWN_LIKE = /\.(?:md|markdown|mdown|mkdn?|mdwn)$/i;
const isReadme = (name: string) => /^readme\./i.test(name);

/** The folders where hf expects only folders (bodies, years, plans), as depths below a data folder. */
function onlyFolders(top: string, depth: number): boolean {
  return (top === 'cases' && depth <= 1) || ((top === 'meetings' || top === 'plans') && depth === 0);
}

/** What a walk over the data folders finds: Markdown files to read, and entries to report by name. */
export interface DataWalker {
  file(path: string, abs: string): void;
  odd(path: string, reason: SkipReason): void;
}

/**
 * Walks the data folders (`tops`, by default all of them) without following
 * symbolic links. Every entry is judged by what it is (lstat), never by what a
 * link points to: Markdown files (`.md`) are listed; a link, a folder named like
 * a Markdown file, something that is neither file nor folder (a FIFO), a
 * Markdown file with another extension (`.MD`, `.markdown`) and a file where hf
 * expects a folder are reported; hidden entries and other files are left alone.
 */
export function walkData(root: string, walker: DataWalker, tops: readonly string[] = DATA_DIRS): void {
  // `rel` is the folder's repository path: built by appending names, as path.relative per file is slow.
  const walk = (top: string, dir: string, rel: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const name = e.name;
      if (name.startsWith('.')) continue;
      const path = `${rel}/${name}`;
      if (e.isFile()) {
        if (name.endsWith('.md')) walker.file(path, join(dir, name));
        else if (MARKDOWN_LIKE.test(name) && !isReadme(name)) walker.odd(path, 'extension');
        else if (onlyFolders(top, depth)) walker.odd(path, 'notFolder');
      } else if (e.isDirectory()) {
        if (MARKDOWN_LIKE.test(name)) walker.odd(path, 'folder');
        else walk(top, join(dir, name), path, depth + 1);
      } else if (e.isSymbolicLink()) {
        walker.odd(path, 'symlink');
      } else {
        walker.odd(path, 'special');
      }
    }
  };
  for (const top of tops) {
    const abs = join(root, top);
    const st = lstatSync(abs, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isSymbolicLink()) walker.odd(top, 'symlink');
    else if (!st.isDirectory()) walker.odd(top, 'notFolder');
    else walk(top, abs, top, 0);
  }
}

/**
 * Lists the data files (Markdown under the data folders), not following symbolic
 * links: a linked file or folder (also a data folder itself) and the other odd
 * entries walkData finds are listed to be reported, and nothing behind them is read.
 */
export function listDataFiles(root: string): { files: string[]; odd: { path: string; reason: SkipReason }[] } {
  const files: string[] = [];
  const odd: { path: string; reason: SkipReason }[] = [];
  walkData(root, { file: (path) => files.push(path), odd: (path, reason) => odd.push({ path, reason }) });
  return { files, odd };
}

/**
 * The entries of a folder of the repository (`rel`, forward slashes), or none
 * when it does not exist, is not a folder, or it or a folder above it in the
 * repository is a symbolic link: nothing outside the repository is listed.
 */
export function listFolder(root: string, rel: string): Dirent[] {
  const abs = walkTo(root, rel, 'folder');
  if (abs === undefined) return [];
  try {
    return readdirSync(abs, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** True if `rel` is a plain file of the repository, with no symbolic link on the way to it. */
export function isPlainFile(root: string, rel: string): boolean {
  return walkTo(root, rel, 'file') !== undefined;
}

/** The absolute path of `rel` when every step to it is a real folder and it is a `last`; else undefined. */
function walkTo(root: string, rel: string, last: 'folder' | 'file'): string | undefined {
  const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..') || (last === 'file' && parts.length === 0)) return undefined;
  let abs = root;
  for (let i = 0; i < parts.length; i++) {
    abs = join(abs, parts[i]!);
    const st = lstatSync(abs, { throwIfNoEntry: false });
    if (!(i === parts.length - 1 && last === 'file' ? st?.isFile() : st?.isDirectory())) return undefined;
  }
  return abs;
}

/** The names of the plain files in a folder of the repository (see listFolder). */
export function fileNames(root: string, rel: string): string[] {
  return listFolder(root, rel)
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

/** A change that did not finish (a journal in `.hf-journal/`, see transaction.ts). */
export interface PendingChange {
  /** The journal's repository path. */
  path: string;
  /** What the change was (`hf renumber SSU 2024.5 → 2024.7`), when the journal says. */
  description?: string;
  /** The process that made it may still be at it (on this machine, still running). */
  running: boolean;
}

/** A change older than this is not running any more, whatever process has its id now. */
const CHANGE_MAX_AGE_MS = 10 * 60 * 1000;

/** The changes that were begun and not finished, oldest first. */
export function pendingChanges(root: string): PendingChange[] {
  return fileNames(root, JOURNAL_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => {
      const path = `${JOURNAL_DIR}/${n}`;
      let journal: { description?: unknown; pid?: unknown; host?: unknown; created?: unknown } = {};
      try {
        const parsed: unknown = JSON.parse(readNoFollow(join(root, path)).toString('utf8'));
        if (parsed && typeof parsed === 'object') journal = parsed;
      } catch {
        // Unreadable: still a change that did not finish.
      }
      return {
        path,
        ...(typeof journal.description === 'string' ? { description: journal.description } : {}),
        running: stillRunning(journal.pid, journal.host, journal.created, CHANGE_MAX_AGE_MS),
      };
    });
}

/**
 * A listed file whose bytes are read when the loader gets to it and not kept:
 * the repository never holds every file's bytes at once.
 */
function lazyInput(path: string, abs: string): InputFile {
  return {
    path,
    abs,
    get bytes() {
      return readNoFollow(abs);
    },
  };
}

/** Reads one listed data file; the cache (cache.ts) passes its own, which reads only files that changed. */
export type FileReader = (path: string, abs: string) => InputFile;

/** Reads hf.yaml and every data file. */
export function readRepository(root: string, read: FileReader = lazyInput): RepoSource {
  const { files, odd } = listDataFiles(root);
  const inputs: InputFile[] = [];
  const skipped: { path: string; reason: SkipReason; detail?: string }[] = [];
  // A linked hf.yaml, or one that is not a file, is reported and never read (the commands refuse it first).
  const problem = configProblem(root);
  if (problem) skipped.push({ path: CONFIG_FILE, reason: problem === 'symlink' ? 'symlink' : 'special' });
  else inputs.push(lazyInput(CONFIG_FILE, join(root, CONFIG_FILE)));
  for (const f of files) inputs.push(read(f, join(root, f)));
  skipped.push(...odd);
  // A change another hf is making right now is not reported: it will be finished in a moment.
  for (const p of pendingChanges(root)) if (!p.running) skipped.push({ path: p.path, reason: 'journal', ...(p.description ? { detail: p.description } : {}) });
  return {
    root,
    files: inputs,
    skipped,
    exists: (p: string) => pathExists(root, p),
  };
}

/** True if the repository path `p` exists and stays inside the repository (RepoSource.exists on disk). */
export function pathExists(root: string, p: string): boolean {
  return isInside(root, p) && existsSync(join(root, p));
}
