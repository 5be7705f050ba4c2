/**
 * Running git. Always an argument array and never a shell, so a file name can
 * never become a command; output as bytes, because file names and contents are
 * data, not text we trust.
 */
import { spawnSync } from 'node:child_process';

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly status: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args[0] ?? ''} failed${stderr ? `: ${stderr.trim().split('\n')[0]}` : ''}`);
  }
}

/** Runs `git <args>` in `cwd` and returns standard output; throws GitError on a non-zero exit or when git is missing. */
export function git(cwd: string, args: readonly string[]): Buffer {
  const r = spawnSync('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw new GitError(args, null, String((r.error as NodeJS.ErrnoException).code ?? r.error.message));
  if (r.status !== 0) throw new GitError(args, r.status, r.stderr.toString('utf8'));
  return r.stdout;
}

/** `git` output as one trimmed line of text. */
export function gitLine(cwd: string, args: readonly string[]): string {
  return git(cwd, args).toString('utf8').replace(/\r?\n$/, '');
}

/** Paths of the files staged for the next commit (added, copied, modified, renamed), relative to the top of the work tree. */
export function stagedPaths(cwd: string): string[] {
  const out = git(cwd, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--no-ext-diff']);
  return out
    .toString('utf8')
    .split('\0')
    .filter((p) => p !== '');
}

/** The staged content of a path (the index, not the working tree). */
export function stagedBlob(top: string, path: string): Buffer {
  // `:<path>` names the index entry; the leading colon also keeps a path like `-x` from being read as an option.
  return git(top, ['cat-file', 'blob', `:${path}`]);
}
