/**
 * Planning a renumbering: the case file's new name, its `saksnr`, and every
 * reference to it in every other file (frontmatter and text), as one list of
 * file changes that `applyChanges` writes all or nothing. Nothing is written
 * here; each file is edited by offsets in its own bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCaseNumber, type CaseNumber } from '../model/case-number.js';
import type { Repository } from '../model/repository.js';
import type { Case } from '../model/types.js';
import { applyEdits, encodeRaw, readRaw, type Edit } from './edit.js';
import type { DiffFile } from './diff.js';
import { caseFileName, CONFIG_FILE } from './paths.js';
import { findOccurrences, replacementFor, type Occurrence } from './references.js';
import type { FileChange } from './transaction.js';

/** Whether a reference means the case being renumbered, when two cases share its number. */
export type Attribution = 'move' | 'keep' | 'ambiguous';

export interface RenumberInput {
  root: string;
  repo: Repository;
  /** The case that gets the new number. */
  target: Case;
  /** Other cases of the body with the same number (a collision); their references must stay. */
  others: readonly Case[];
  to: CaseNumber;
  /** Decides a reference outside the case's own file while the number is shared. */
  attribute(file: string, occurrence: Occurrence): Attribution;
}

export interface ReferenceSite {
  file: string;
  line: number;
  written: string;
}

export interface RenumberPlan {
  from: string;
  to: string;
  changes: FileChange[];
  diffs: DiffFile[];
  /** References rewritten to the new number (the case's own `saksnr` not counted). */
  moved: ReferenceSite[];
  /** References that may mean either case with the shared number; left as they are. */
  ambiguous: ReferenceSite[];
}

export class UnreadableCaseError extends Error {
  constructor(readonly path: string) {
    super(`${path} is not UTF-8 text`);
  }
}

/** Plans the renumbering of `target` to `to`. */
export function planRenumber(input: RenumberInput): RenumberPlan {
  const { root, repo, target } = input;
  const bodies = repo.config.bodies.map((b) => b.code);
  const ownBody = new Map<string, string>();
  for (const c of repo.cases) ownBody.set(c.file, c.body);
  for (const m of repo.meetings) ownBody.set(m.file, m.body);
  const meetingsOfBody = new Set(repo.meetings.filter((m) => m.body === target.body).map((m) => m.file));
  const others = new Set(input.others.map((o) => o.file));
  const number = target.number!;
  const newPath = renamed(target, input.to);
  const plan: RenumberPlan = { from: target.file, to: newPath, changes: [], diffs: [], moved: [], ambiguous: [] };

  for (const file of [...repo.files.keys()].sort()) {
    if (file === CONFIG_FILE) continue;
    const bytes = readFileSync(join(root, file));
    const raw = readRaw(bytes);
    const isTarget = file === target.file;
    if (!raw) {
      if (isTarget) throw new UnreadableCaseError(file);
      continue;
    }
    const occurrences = findOccurrences(raw.text, {
      bodies,
      body: target.body,
      number,
      ...(ownBody.has(file) ? { ownBody: ownBody.get(file)! } : {}),
      isCase: isTarget,
      isMeeting: meetingsOfBody.has(file),
    });
    const edits: Edit[] = [];
    for (const o of occurrences) {
      const decision: Attribution = isTarget ? 'move' : others.has(file) ? 'keep' : input.others.length === 0 ? 'move' : input.attribute(file, o);
      if (decision === 'move') {
        edits.push({ start: o.start, end: o.end, text: replacementFor(o, input.to) });
        if (o.kind !== 'saksnr') plan.moved.push({ file: isTarget ? newPath : file, line: o.line, written: o.written });
      } else if (decision === 'ambiguous') {
        plan.ambiguous.push({ file, line: o.line, written: o.written });
      }
    }
    if (!isTarget && edits.length === 0) continue;
    const text = applyEdits(raw.text, edits);
    const to = isTarget ? newPath : file;
    plan.changes.push({ from: file, to, before: bytes, after: encodeRaw(raw, text) });
    plan.diffs.push({ from: file, to, before: raw.text, after: text });
  }
  // The case file first: if anything fails, the rest is rolled back before the next run.
  plan.changes.sort((a, b) => Number(b.from === target.file) - Number(a.from === target.file));
  plan.diffs.sort((a, b) => Number(b.from === target.file) - Number(a.from === target.file));
  return plan;
}

/** The case's path with the new number: the name's number replaced, the rest kept. */
export function renamed(target: Case, to: CaseNumber): string {
  const slash = target.file.lastIndexOf('/');
  const folder = target.file.slice(0, slash);
  const name = target.file.slice(slash + 1);
  const old = formatCaseNumber(target.number!);
  const next = formatCaseNumber(to);
  if (name === `${old}.md` || name.startsWith(`${old}-`)) return `${folder}/${next}${name.slice(old.length)}`;
  return `${folder}/${caseFileName(next, target.title)}`;
}
