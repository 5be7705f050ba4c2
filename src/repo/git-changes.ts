/**
 * Which files of the repository changed since a date, as git knows it: every
 * path a commit since then touched (committer date, so a rebased or merged
 * change counts when it arrived), and every file changed or added in the work
 * tree and not yet committed. Paths are relative to `root`. Undefined when
 * `root` is not in a git work tree, so the caller can fall back to dates in the
 * data.
 */
import { git } from './git.js';
import { insideWorkTree } from './git-history.js';

export function changedSince(root: string, date: string): Set<string> | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !insideWorkTree(root)) return undefined;
  const paths = new Set<string>();
  const add = (out: Buffer) => {
    for (const p of out.toString('utf8').split('\0')) if (p.trim() !== '') paths.add(p.trim());
  };
  try {
    add(git(root, ['log', `--since=${date}T00:00:00`, '--name-only', '--relative', '-z', '--format=', '--no-renames', '--', '.']));
  } catch {
    // A repository without commits has no history; the work tree below still counts.
  }
  try {
    add(git(root, ['diff', 'HEAD', '--name-only', '--relative', '-z', '--no-ext-diff', '--', '.']));
  } catch {
    add(git(root, ['diff', '--name-only', '--relative', '-z', '--no-ext-diff', '--', '.']));
  }
  add(git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.']));
  return paths;
}
