/**
 * What numbering needs to know from git: which cases another branch holds,
 * where two branches met, which commit added a file or wrote a line. Built on
 * `git()` (an argument array, never a shell); a ref the user typed is resolved
 * to a commit id first, and a ref that looks like an option is refused, so
 * nothing typed can become an option or a command.
 */
import { git, gitLine } from './git.js';

const NO_COMMIT = /^0{40}$/;

function quiet<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** True if `cwd` is inside a git work tree (and git is installed). */
export function insideWorkTree(cwd: string): boolean {
  return quiet(() => gitLine(cwd, ['rev-parse', '--is-inside-work-tree'])) === 'true';
}

/** The commit a ref names, or undefined. */
export function resolveCommit(cwd: string, ref: string): string | undefined {
  if (ref.startsWith('-') || ref.trim() === '' || /[\0\n]/.test(ref)) return undefined;
  const sha = quiet(() => gitLine(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]));
  return sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

/** Where two commits' histories meet, or undefined (unrelated histories, no commits yet). */
export function mergeBase(cwd: string, a: string, b: string): string | undefined {
  return quiet(() => gitLine(cwd, ['merge-base', a, b])) || undefined;
}

/** Paths, relative to `cwd`, of the files a commit holds under `folder` (relative to `cwd`). */
export function filesAt(cwd: string, commit: string, folder: string): string[] {
  return git(cwd, ['ls-tree', '-r', '-z', '--name-only', commit, '--', folder])
    .toString('utf8')
    .split('\0')
    .filter((p) => p !== '');
}

/** The commit that added the file now at `path`, or undefined when it is not committed. */
export function addedIn(cwd: string, path: string): string | undefined {
  return quiet(() => gitLine(cwd, ['log', '--diff-filter=A', '--format=%H', '-1', '--', path])) || undefined;
}

/** True if commit `a` is `b` or one of its ancestors. */
export function isAncestor(cwd: string, a: string, b: string): boolean {
  return quiet(() => git(cwd, ['merge-base', '--is-ancestor', a, b])) !== undefined;
}

/** The commit that last wrote line `line` (1-based) of a work-tree file; undefined if that line is not committed. */
export function blameLine(cwd: string, path: string, line: number): string | undefined {
  const out = quiet(() => git(cwd, ['blame', '--porcelain', '-L', `${line},${line}`, '--', path]).toString('utf8'));
  const sha = out?.slice(0, out.indexOf(' '));
  return sha && !NO_COMMIT.test(sha) ? sha : undefined;
}

/** The commits on HEAD's first-parent line: the branch's own history, without what merges brought in. */
export function firstParentLine(cwd: string): Set<string> {
  const out = quiet(() => git(cwd, ['rev-list', '--first-parent', 'HEAD']).toString('utf8')) ?? '';
  return new Set(out.split('\n').filter(Boolean));
}

/** Committer time (seconds since 1970) of a commit. */
export function commitTime(cwd: string, commit: string): number {
  return Number(gitLine(cwd, ['show', '-s', '--format=%ct', commit]));
}
