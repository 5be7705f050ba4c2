/**
 * Carrying an action plan over to the next year: every row that is not
 * completed (status neither fullført nor avsluttet) gets a row in the new year
 * that continues it (`viderefører: 2025/<id>`), and the new year gets a copy of
 * plan.md when it has none. Planning is pure and happens before anything is
 * written; a row that has been continued already is left alone, so running it
 * twice creates nothing new.
 *
 * The new file is the old one with a few keys changed, edited through the YAML
 * syntax tree so comments, quoting and the Markdown text are kept.
 */
import { parseDocument, type Document } from 'yaml';
import { isDone, rowKey, rowsOf } from '../model/plan.js';
import type { Repository } from '../model/repository.js';
import type { PlanRow } from '../model/types.js';
import { splitFrontmatter } from './frontmatter.js';
import type { LoadedFile } from './load-file.js';
import { encodeText } from './text.js';

export type CarryReason = 'open' | 'parent' | 'area' | 'plan';

export interface PlannedFile {
  /** Repository-relative path of the new file. */
  path: string;
  bytes: Uint8Array;
  /** The file it was made from. */
  from: string;
  /** `2025/vitality` for a row (absent for plan.md). */
  continues?: string;
  reason: CarryReason;
  /** The new row's status. */
  status?: string;
}

export interface SkippedRow {
  key: string;
  file: string;
  reason: 'done' | 'continued';
  /** For 'done': the status; for 'continued': the row of the new year that continues it. */
  detail: string;
}

export interface Conflict {
  key: string;
  /** The file of the new year that has the row's name but does not continue it. */
  path: string;
}

export interface CarryOverPlan {
  from: number;
  to: number;
  files: PlannedFile[];
  skipped: SkippedRow[];
  conflicts: Conflict[];
}

/** Plans the carry-over of `from` into `to`; writes nothing. */
export function planCarryOver(repo: Repository, from: number, to: number): CarryOverPlan {
  const source = rowsOf(repo, from);
  const target = rowsOf(repo, to);
  const continuedBy = new Map<string, PlanRow>();
  for (const r of target) if (r.continues) continuedBy.set(r.continues, r);
  const taken = new Set(target.map((r) => r.id));
  const result: CarryOverPlan = { from, to, files: [], skipped: [], conflicts: [] };

  // Satsninger that must come along because a tiltak under them goes on.
  const byId = new Map(source.map((r) => [r.id, r]));
  const needed = new Set<string>();
  for (const r of source) if (r.type === 'measure' && !isDone(r) && r.initiative && byId.get(r.initiative)?.type === 'initiative') needed.add(r.initiative);

  // The id each carried satsning has in the new year (an existing continuation may have another name).
  const newId = new Map<string, string>();
  for (const r of source) newId.set(r.id, continuedBy.get(rowKey(r))?.id ?? r.id);

  for (const row of source) {
    const key = rowKey(row);
    const reason: CarryReason = row.type === 'area' ? 'area' : isDone(row) ? 'parent' : 'open';
    if (reason === 'parent' && !needed.has(row.id)) {
      result.skipped.push({ key, file: row.file, reason: 'done', detail: row.status! });
      continue;
    }
    const existing = continuedBy.get(key);
    if (existing) {
      result.skipped.push({ key, file: row.file, reason: 'continued', detail: existing.file });
      continue;
    }
    const path = `plans/${to}/${row.id}.md`;
    if (taken.has(row.id)) {
      result.conflicts.push({ key, path });
      continue;
    }
    const file = repo.files.get(row.file);
    if (!file) continue;
    const status = row.type === 'area' ? undefined : row.status === 'planlagt' ? 'planlagt' : 'pågår';
    const parent = row.type === 'measure' && row.initiative ? newId.get(row.initiative) : undefined;
    const bytes = rewrite(file, (doc) => {
      if (status) doc.set('status', status);
      if (parent && parent !== row.initiative) doc.set('satsning', parent);
      doc.delete('saker');
      doc.set('viderefører', key);
    });
    if (!bytes) continue;
    result.files.push({ path, bytes, from: row.file, continues: key, reason, ...(status ? { status } : {}) });
  }

  const planFile = `plans/${from}/plan.md`;
  const newPlan = `plans/${to}/plan.md`;
  const plan = repo.files.get(planFile);
  if (plan && !repo.files.has(newPlan) && !repo.exists(newPlan)) {
    const bytes = rewrite(plan, (doc) => {
      doc.set('år', to);
      const title = doc.get('tittel');
      if (typeof title === 'string' && title.includes(String(from))) doc.set('tittel', title.split(String(from)).join(String(to)));
      // The new plan has not been decided yet.
      doc.delete('vedtatt_i');
    });
    if (bytes) result.files.push({ path: newPlan, bytes, from: planFile, reason: 'plan' });
  }
  result.files.sort((a, b) => (a.reason === 'plan' ? -1 : b.reason === 'plan' ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

/** The file with its frontmatter edited; undefined when the frontmatter cannot be read safely. */
function rewrite(file: LoadedFile, edit: (doc: Document) => void): Uint8Array | undefined {
  const split = splitFrontmatter(file.text);
  if (split.problem || split.yaml === undefined) return undefined;
  const doc = parseDocument(split.yaml.replace(/\r\n/g, '\n'), { version: '1.2', schema: 'core', uniqueKeys: true });
  if (doc.errors.length) return undefined;
  edit(doc);
  const yaml = doc.toString({ lineWidth: 0 });
  return encodeText(`---\n${yaml}---\n${split.body.replace(/\r\n/g, '\n')}`, file.bom, file.eol);
}
