/** Reading a partnership's repository from disk. */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { InputFile, RepoSource } from './build.js';
import { CONFIG_FILE, DATA_DIRS } from './paths.js';

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
 * links: hf never reads or writes through a link that leads out of it.
 */
export function isInside(root: string, repoPath: string): boolean {
  const abs = resolve(root, repoPath);
  const rel = relative(root, abs);
  if (rel.startsWith('..') || resolve(rel) === rel) return false;
  try {
    const real = realpathSync(abs);
    const realRoot = realpathSync(root);
    const r = relative(realRoot, real);
    return !r.startsWith('..') && resolve(r) !== r;
  } catch {
    return true; // does not exist yet: the lexical check above decides
  }
}

/** Lists the data files (Markdown under the data folders), not following symbolic links. */
export function listDataFiles(root: string): { files: string[]; symlinks: string[] } {
  const files: string[] = [];
  const symlinks: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (e.isSymbolicLink()) {
        if (e.name.endsWith('.md') || safeIsDir(abs)) symlinks.push(toRepoPath(root, abs));
      } else if (e.isDirectory()) {
        if (!e.name.startsWith('.')) walk(abs);
      } else if (e.isFile() && e.name.endsWith('.md')) {
        files.push(toRepoPath(root, abs));
      }
    }
  };
  for (const d of DATA_DIRS) walk(join(root, d));
  return { files, symlinks };
}

function safeIsDir(abs: string): boolean {
  try {
    return lstatSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/** Reads hf.yaml and every data file. */
export function readRepository(root: string): RepoSource {
  const { files, symlinks } = listDataFiles(root);
  const inputs: InputFile[] = [];
  const configAbs = join(root, CONFIG_FILE);
  if (!lstatSync(configAbs).isSymbolicLink()) inputs.push({ path: CONFIG_FILE, bytes: readFileSync(configAbs) });
  for (const f of files) inputs.push({ path: f, bytes: readFileSync(join(root, f)) });
  return {
    root,
    files: inputs,
    skipped: symlinks.map((path) => ({ path, reason: 'symlink' as const })),
    exists: (p: string) => isInside(root, p) && existsSync(join(root, p)),
  };
}
