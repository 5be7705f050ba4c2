/**
 * Another branch's cases, read from git for `hf validate --against <ref>`: the
 * case files at the merge base (what this branch started from) and the numbered
 * cases on the ref, from file names alone — nothing on the other branch is
 * parsed or checked out.
 */
import { numberFromFileName } from './numbering.js';
import { bodyFolder } from './paths.js';
import { filesAt, insideWorkTree, mergeBase, resolveCommit } from './git-history.js';

/**
 * Another git ref's cases, for `hf validate --against <ref>`: what the rule
 * `number-collision` compares this branch's new cases with.
 */
export interface OtherRef {
  /** The ref as the user wrote it (`origin/main`). */
  ref: string;
  /** Case files (repository paths) at the merge base of HEAD and the ref: cases this branch did not add. */
  base: readonly string[];
  /** The ref's numbered cases, from their file names: repository path, body code, number (`2024.36`). */
  cases: readonly { path: string; body: string; number: string }[];
}

export class OtherRefError extends Error {
  constructor(readonly reason: 'not-git' | 'unknown-ref') {
    super(reason);
  }
}

/** Reads the other ref's cases; `bodies` maps folder names back to body codes. */
export function readOtherRef(root: string, ref: string, bodies: readonly string[]): OtherRef {
  if (!insideWorkTree(root)) throw new OtherRefError('not-git');
  const commit = resolveCommit(root, ref);
  if (!commit) throw new OtherRefError('unknown-ref');
  const head = resolveCommit(root, 'HEAD');
  const base = head ? mergeBase(root, head, commit) : undefined;
  const codes = new Map(bodies.map((b) => [bodyFolder(b), b]));
  const cases: { path: string; body: string; number: string }[] = [];
  for (const path of filesAt(root, commit, 'cases')) {
    const [top, folder, year, name, ...rest] = path.split('/');
    if (top !== 'cases' || !folder || !year || !name || rest.length || !/^\d{4}$/.test(year)) continue;
    const seq = numberFromFileName(name, Number(year));
    const nfc = folder.normalize('NFC');
    if (seq !== undefined) cases.push({ path, body: codes.get(nfc) ?? nfc.toUpperCase(), number: `${year}.${seq}` });
  }
  return { ref, base: base ? filesAt(root, base, 'cases') : [], cases };
}
