/** Reading a partnership's repository from disk. */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { InputFile, RepoSource } from './build.js';
import { CONFIG_FILE, DATA_DIRS } from './paths.js';
import { readNoFollow } from './fs.js';

export { readNoFollow };

/** Thrown when no hf.yaml is found; the CLI turns it into a usage error. */
export class NotARepositoryError extends Error {
  constructor(readonly start: string) {
    super(`no ${CONFIG_FILE} in ${start} or any folder above it`);
  }
}

/** Finds the repository root by walking up from `start` to the first folder holding hf.yaml. */
export function findRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
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

/**
 * Lists the data files (Markdown under the data folders), not following symbolic
 * links: a linked file or folder (also a data folder itself) is listed as a
 * link, to be reported, and nothing behind it is read.
 */
export function listDataFiles(root: string): { files: string[]; symlinks: string[] } {
  const files: string[] = [];
  const symlinks: string[] = [];
  // `rel` is the folder's repository path: built by appending names, as path.relative per file is slow.
  const walk = (dir: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (e.isSymbolicLink()) {
        if (e.name.endsWith('.md') || safeIsDir(abs)) symlinks.push(`${rel}/${e.name}`);
      } else if (e.isDirectory()) {
        if (!e.name.startsWith('.')) walk(abs, `${rel}/${e.name}`);
      } else if (e.isFile() && e.name.endsWith('.md')) {
        files.push(`${rel}/${e.name}`);
      }
    }
  };
  for (const d of DATA_DIRS) {
    const abs = join(root, d);
    if (isLink(abs)) symlinks.push(d);
    else walk(abs, d);
  }
  return { files, symlinks };
}

/** True for a folder, or a link to one (followed only to ask). */
function safeIsDir(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
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
  const { files, symlinks } = listDataFiles(root);
  const inputs: InputFile[] = [];
  const configAbs = join(root, CONFIG_FILE);
  const configLinked = isLink(configAbs);
  if (!configLinked) inputs.push(lazyInput(CONFIG_FILE, configAbs));
  for (const f of files) inputs.push(read(f, join(root, f)));
  return {
    root,
    files: inputs,
    skipped: [...(configLinked ? [CONFIG_FILE] : []), ...symlinks].map((path) => ({ path, reason: 'symlink' as const })),
    exists: (p: string) => isInside(root, p) && existsSync(join(root, p)),
  };
}
