/**
 * Carrying an action plan over to the plan after it (the next year's, or the
 * next period's): every row that is not completed (status neither fullført nor
 * avsluttet) gets a row in the new plan that continues it (`viderefører:
 * 2025/<id>`), keeping its own period, and the new plan gets a copy of plan.md
 * with the new period when it has none. Planning is pure and happens before
 * anything is written; a row that has been continued already is left alone, so
 * running it twice creates nothing new.
 *
 * The new file is the old one with a few keys changed, edited through the YAML
 * syntax tree so comments, quoting and the Markdown text are kept.
 */
import { parseDocument, type Document } from 'yaml';
import { folderOf, resolveImage } from '../model/images.js';
import { findPlan, isDone, planLabel, rowKey, type ActionPlan } from '../model/plan.js';
import type { Repository } from '../model/repository.js';
import type { PlanRow } from '../model/types.js';
import { splitFrontmatter } from './frontmatter.js';
import type { LoadedFile } from './load-file.js';
import { encodeText } from './text.js';

export type CarryReason = 'open' | 'parent' | 'area' | 'plan' | 'picture';

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
  /** The plans' ids (folders under plans/). */
  from: string;
  to: string;
  /** Their periods: "2025–2027". */
  fromLabel: string;
  toLabel: string;
  files: PlannedFile[];
  skipped: SkippedRow[];
  conflicts: Conflict[];
}

/** The plan to carry over to: its folder and period. */
export interface TargetPlan {
  id: string;
  from: number;
  to: number;
}

/**
 * The plan a carry-over goes to, from what the user wrote: an existing plan, a
 * year (`2026`) or years (`2028-2030`) for a new folder, or another name for a
 * new folder whose period follows the source's and is as long.
 */
export function targetPlan(repo: Repository, source: ActionPlan, written: string): TargetPlan | undefined {
  const id = written.trim();
  const existing = findPlan(repo, id);
  if (existing && existing.id === id && existing.from !== undefined) return { id, from: existing.from, to: existing.to ?? existing.from };
  const years = /^(\d{4})(?:-(\d{4}))?$/.exec(id);
  if (years) {
    const from = Number(years[1]);
    const to = Number(years[2] ?? years[1]);
    return to >= from ? { id, from, to } : undefined;
  }
  if (source.from === undefined || !/^[a-z0-9][a-z0-9-]*$/.test(id)) return undefined;
  const length = (source.to ?? source.from) - source.from;
  const from = (source.to ?? source.from) + 1;
  return { id, from, to: from + length };
}

/**
 * Plans the carry-over of the plan `from` (a plan, its id, or a year it covers)
 * into `to`; writes nothing. The pictures in the plan's folder that the copied
 * texts show are copied along, read with `readPicture` (none without it).
 */
export function planCarryOver(
  repo: Repository,
  from: ActionPlan | string | number,
  to: TargetPlan | string | number,
  readPicture?: (path: string) => Uint8Array | undefined,
): CarryOverPlan {
  const sourcePlan = typeof from === 'object' ? from : findPlan(repo, from) ?? { id: String(from), rows: [] };
  const targetInfo = typeof to === 'object' ? to : targetPlan(repo, sourcePlan, String(to)) ?? { id: String(to), from: NaN, to: NaN };
  const source = sourcePlan.rows;
  const target = repo.planRows.filter((r) => r.plan === targetInfo.id);
  const continuedBy = new Map<string, PlanRow>();
  for (const r of target) for (const key of r.continues) continuedBy.set(key, r);
  const taken = new Set(target.map((r) => r.id));
  const result: CarryOverPlan = {
    from: sourcePlan.id,
    to: targetInfo.id,
    fromLabel: planLabel(sourcePlan),
    toLabel: planLabel(targetInfo),
    files: [],
    skipped: [],
    conflicts: [],
  };

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
    const path = `plans/${targetInfo.id}/${row.id}.md`;
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

  const planFile = sourcePlan.plan?.file;
  const newPlan = `plans/${targetInfo.id}/plan.md`;
  const plan = planFile ? repo.files.get(planFile) : undefined;
  if (planFile && plan && !repo.files.has(newPlan) && !repo.exists(newPlan)) {
    const oneYear = targetInfo.from === targetInfo.to;
    const bytes = rewrite(plan, (doc) => {
      // A yearly plan keeps `år`; a plan of several years (or one that had a period) gets `periode`.
      if (oneYear && (doc.has('år') || !doc.has('periode'))) {
        doc.set('år', targetInfo.from);
        doc.delete('periode');
      } else {
        doc.delete('år');
        doc.set('periode', planLabel(targetInfo));
      }
      const title = doc.get('tittel');
      if (typeof title === 'string') doc.set('tittel', retitle(title, sourcePlan, targetInfo));
      // The new plan has not been decided yet.
      doc.delete('vedtatt_i');
    });
    if (bytes) result.files.push({ path: newPlan, bytes, from: planFile, reason: 'plan' });
  }
  // The pictures the copied texts show from the old plan's folder go along, at the same place in the new one.
  const folder = `plans/${sourcePlan.id}/`;
  const pictures = new Map<string, string>();
  for (const f of result.files) {
    const facts = repo.files.get(f.from)?.facts;
    for (const src of [...(facts?.images ?? []).map(([s]) => s), ...(facts?.fieldImages ?? []).map(([, s]) => s)]) {
      const target = resolveImage(folderOf(f.from), src);
      if (target.kind !== 'file' || !target.path.startsWith(folder)) continue;
      const copy = `plans/${targetInfo.id}/${target.path.slice(folder.length)}`;
      if (!repo.exists(copy)) pictures.set(copy, target.path);
    }
  }
  for (const [path, from] of pictures) {
    const bytes = readPicture?.(from);
    if (bytes) result.files.push({ path, bytes, from, reason: 'picture' });
  }
  result.files.sort((a, b) => (a.reason === 'plan' ? -1 : b.reason === 'plan' ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

/** The title with the old period replaced by the new one: "Handlingsplan 2025–2027" → "Handlingsplan 2028–2030". */
function retitle(title: string, from: ActionPlan, to: TargetPlan): string {
  if (from.from === undefined) return title;
  const end = from.to ?? from.from;
  const span = new RegExp(`${from.from}\\s*[-–—]\\s*${end}`, 'g');
  if (from.from !== end && span.test(title)) return title.replace(span, planLabel(to));
  if (from.from === end && title.includes(String(from.from))) return title.split(String(from.from)).join(planLabel(to));
  return title;
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
