/**
 * The action plans of a partnership and each one as a tree. A plan is a folder
 * under plans/ (`plans/2025/`, `plans/2025-2027/`) with its plan.md and one file
 * per row; it covers one year or a period of years. Its areas (grouped as the
 * partnership groups them: patient groups and structures in Vestfold, numbered
 * innsatsområder elsewhere) are declared in the plan, or inherited from the
 * previous plan, or else taken from hf.yaml. The tree holds the areas, the
 * satsninger of each area, the tiltak of each satsning and, where the plan
 * allows it, tiltak directly under an area. All of it is configuration; this
 * module only follows it.
 */
import type { Repository } from './repository.js';
import type { Plan, PlanArea, PlanField, PlanGrouping, PlanLayout, PlanRow, PlanStatus } from './types.js';

/** One plan: its folder, its plan.md (when there is one), its period and its rows. */
export interface ActionPlan {
  /** The folder under plans/. */
  id: string;
  plan?: Plan;
  /** First and last year, when known. */
  from?: number;
  to?: number;
  rows: PlanRow[];
}

export interface InitiativeNode {
  row: PlanRow;
  measures: PlanRow[];
}

export interface AreaNode {
  area: PlanArea;
  /** The area's own text rows (type `område`) shown before its satsninger and tiltak. */
  intros: PlanRow[];
  /** Area text rows with `plassering: etter`, shown after them. */
  outros: PlanRow[];
  initiatives: InitiativeNode[];
  /** Tiltak directly under the area (where the plan allows it). */
  measures: PlanRow[];
  /** Tiltak whose satsning is missing or is not a satsning of this area (reported by validate). */
  orphans: PlanRow[];
}

export interface GroupingNode {
  grouping: PlanGrouping;
  /** "Hvor vil vi?" for this grouping, from plan.md. */
  whereTo?: string;
  areas: AreaNode[];
}

/** How a plan is laid out, declared in its plan.md or inherited from the previous plan. */
export interface PlanSettings {
  groupings: PlanGrouping[];
  /** Where the groupings come from: `plans/<id>/plan.md` or `hf.yaml`. */
  groupingsFrom: string;
  layout: PlanLayout;
  /** Matrix columns after the satsning column. */
  columns: string[];
  measuresUnderArea: boolean;
}

/** Links between rows of different plans (`viderefører`), both ways. */
export interface Continuity {
  /** Rows by key (`2025/vitality`). */
  byKey: Map<string, PlanRow>;
  /** For a row's key: the rows of later plans that continue it (several when it was split). */
  continuedBy: Map<string, PlanRow[]>;
  /** Plan labels by plan id ("2025", "2025–2027"). */
  labels: Map<string, string>;
}

export interface PlanTree {
  /** The plan's id (its folder), or the year asked for when there is no such plan. */
  id: string;
  /** The plan's period for people: "2025", "2025–2027". */
  label: string;
  from?: number;
  to?: number;
  plan?: Plan;
  settings: PlanSettings;
  /** The partnership's own fields (hf.yaml). */
  fields: PlanField[];
  groupings: GroupingNode[];
  /** Rows whose area is not one of the plan's areas (reported by validate). */
  unplaced: PlanRow[];
  continuity: Continuity;
}

/** Statuses that end a row: it is not carried over and never overdue. */
export const DONE_STATUSES: readonly PlanStatus[] = ['fullført', 'avsluttet'];

/** The built-in fields a plan may choose as matrix columns (`kolonner`), besides the partnership's own. */
export const BUILT_IN_COLUMNS = ['mål', 'arbeidsform', 'periode', 'ansvarlig', 'status'] as const;

/** The matrix columns of a plan that does not choose its own, as in Handlingsplan 2025 (and own fields shown as columns). */
export const DEFAULT_COLUMNS: readonly string[] = ['mål', 'arbeidsform', 'periode'];

export function isDone(row: PlanRow): boolean {
  return !!row.status && DONE_STATUSES.includes(row.status);
}

/** `2025/vitality`: how `viderefører` names a row (plan id, then the row's id). */
export function rowKey(row: Pick<PlanRow, 'plan' | 'id'>): string {
  return `${row.plan}/${row.id}`;
}

/** "2025", "2025–2027", or the plan's id when its period is not known. */
export function planLabel(p: { id: string; from?: number; to?: number }): string {
  if (p.from === undefined) return p.id;
  return p.to === undefined || p.to === p.from ? String(p.from) : `${p.from}–${p.to}`;
}

/** Every plan of the repository (folders with a plan.md or rows), by first year, then id. */
export function actionPlans(repo: Repository): ActionPlan[] {
  const byId = new Map<string, ActionPlan>();
  const get = (id: string) => {
    let p = byId.get(id);
    if (!p) byId.set(id, (p = { id, rows: [] }));
    return p;
  };
  for (const plan of repo.plans) {
    const p = get(plan.id);
    if (p.plan) continue;
    p.plan = plan;
    if (plan.from !== undefined) {
      p.from = plan.from;
      p.to = plan.to ?? plan.from;
    }
  }
  for (const row of repo.planRows) get(row.plan).rows.push(row);
  for (const p of byId.values()) {
    if (p.plan || p.from !== undefined) continue;
    // Rows without a plan.md: a folder named by a year (or two) still says the period.
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(p.id);
    if (m && (!m[2] || Number(m[2]) >= Number(m[1]))) {
      p.from = Number(m[1]);
      p.to = Number(m[2] ?? m[1]);
    }
  }
  return [...byId.values()].sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The plans whose period covers `year`. */
export function plansCovering(repo: Repository, year: number): ActionPlan[] {
  return actionPlans(repo).filter((p) => p.from !== undefined && p.from <= year && year <= (p.to ?? p.from));
}

/**
 * The plan a command argument names: a plan's id (`2025-2027`), or a year
 * (`2026`), meaning the plan that covers it. With two plans covering a year (a
 * mistake validate reports), the one whose folder is that year, else the first.
 */
export function findPlan(repo: Repository, which: string | number): ActionPlan | undefined {
  const text = String(which).trim();
  const plans = actionPlans(repo);
  const exact = plans.find((p) => p.id === text);
  if (exact) return exact;
  if (!/^\d{4}$/.test(text)) return undefined;
  return plansCovering(repo, Number(text))[0];
}

/** The plan before `p`: the latest one that starts before it does. */
export function previousPlan(repo: Repository, p: ActionPlan): ActionPlan | undefined {
  if (p.from === undefined) return undefined;
  const earlier = actionPlans(repo).filter((o) => o !== p && o.from !== undefined && o.from < p.from!);
  return earlier[earlier.length - 1];
}

/** The years a plan covers, in order (empty when its period is unknown). */
export function yearsOf(p: { from?: number; to?: number }): number[] {
  if (p.from === undefined) return [];
  const to = p.to ?? p.from;
  return Array.from({ length: Math.max(0, to - p.from + 1) }, (_, i) => p.from! + i);
}

/** The years that some plan covers, ascending. */
export function planYears(repo: Repository): number[] {
  return [...new Set(actionPlans(repo).flatMap(yearsOf))].sort((a, b) => a - b);
}

/** A plan's settings: its own, else those of the plan before it, else hf.yaml's areas and the matrix. */
export function planSettings(repo: Repository, p: ActionPlan | undefined, seen = new Set<string>()): PlanSettings {
  const columns = [...DEFAULT_COLUMNS, ...repo.config.plan.fields.filter((f) => f.show === 'kolonne').map((f) => f.name)];
  const base: PlanSettings = { groupings: repo.config.plan.groupings, groupingsFrom: 'hf.yaml', layout: 'matrix', columns, measuresUnderArea: false };
  if (!p || seen.has(p.id)) return base;
  seen.add(p.id);
  const before = previousPlan(repo, p);
  const inherited = before ? planSettings(repo, before, seen) : base;
  const own = p.plan;
  return {
    groupings: own?.groupings ?? inherited.groupings,
    groupingsFrom: own?.groupings ? own.file : inherited.groupingsFrom,
    layout: own?.layout ?? inherited.layout,
    columns: own?.columns ?? inherited.columns,
    measuresUnderArea: own?.measuresUnderArea ?? inherited.measuresUnderArea,
  };
}

/** The rows of the plan a year or id names. */
export function rowsOf(repo: Repository, which: string | number): PlanRow[] {
  return findPlan(repo, which)?.rows ?? [];
}

/** The plan.md of the plan a year or id names. */
export function planOf(repo: Repository, which: string | number): Plan | undefined {
  return findPlan(repo, which)?.plan;
}

/** Every link between plans (`viderefører`), both ways. */
export function continuityOf(repo: Repository): Continuity {
  const byKey = new Map(repo.planRows.map((r) => [rowKey(r), r]));
  const continuedBy = new Map<string, PlanRow[]>();
  for (const r of repo.planRows) {
    for (const key of new Set(r.continues)) {
      const list = continuedBy.get(key);
      if (list) list.push(r);
      else continuedBy.set(key, [r]);
    }
  }
  const plans = actionPlans(repo);
  const rank = new Map(plans.map((p, i) => [p.id, i]));
  for (const list of continuedBy.values()) list.sort((a, b) => rank.get(a.plan)! - rank.get(b.plan)! || byOrder(a, b));
  const labels = new Map(plans.map((p) => [p.id, planLabel(p)]));
  return { byKey, continuedBy, labels };
}

/** Order within an area or a satsning: `rekkefølge`, then title, then id. */
export function byOrder(a: PlanRow, b: PlanRow): number {
  const oa = a.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.order ?? Number.MAX_SAFE_INTEGER;
  return oa - ob || (a.title ?? a.id).localeCompare(b.title ?? b.id, 'nb') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The area's heading as the document numbers it: "1. Personer med …", "3.1 Barn og unge", or the name alone. */
export function areaLabel(area: PlanArea): string {
  return areaHeading(area, area.name);
}

/** `name` numbered as the area is: a whole number with a full stop, a decimal one without ("3.1 Navn"). */
export function areaHeading(area: PlanArea, name: string): string {
  if (area.number === undefined) return name;
  return area.number.includes('.') ? `${area.number} ${name}` : `${area.number}. ${name}`;
}

/** Builds the tree of a plan (named by year or id), in the order of its areas. */
export function planTree(repo: Repository, which: string | number | ActionPlan): PlanTree {
  const p = typeof which === 'object' ? which : findPlan(repo, which);
  const settings = planSettings(repo, p);
  const rows = p?.rows ?? [];
  const plan = p?.plan;
  const known = new Set(settings.groupings.flatMap((g) => g.areas.map((a) => a.id)));
  const initiatives = new Map(rows.filter((r) => r.type === 'initiative').map((r) => [r.id, r]));
  const measures = rows.filter((r) => r.type === 'measure');
  const groupings: GroupingNode[] = settings.groupings.map((grouping) => ({
    grouping,
    ...(plan?.whereTo[grouping.id] ? { whereTo: plan.whereTo[grouping.id] } : {}),
    areas: grouping.areas.map((area) => {
      const inArea = rows.filter((r) => r.area === area.id);
      const own = inArea.filter((r) => r.type === 'initiative').sort(byOrder);
      const ownIds = new Set(own.map((r) => r.id));
      const texts = inArea.filter((r) => r.type === 'area').sort(byOrder);
      const loose = inArea.filter((r) => r.type === 'measure' && !(r.initiative && ownIds.has(r.initiative) && initiatives.get(r.initiative)?.area === area.id));
      const direct = settings.measuresUnderArea ? loose.filter((r) => !r.initiative) : [];
      return {
        area,
        intros: texts.filter((r) => r.placement !== 'after'),
        outros: texts.filter((r) => r.placement === 'after'),
        initiatives: own.map((row) => ({ row, measures: measures.filter((m) => m.initiative === row.id && m.area === area.id).sort(byOrder) })),
        measures: direct.sort(byOrder),
        orphans: loose.filter((r) => !direct.includes(r)).sort(byOrder),
      };
    }),
  }));
  const id = p?.id ?? String(which);
  return {
    id,
    label: p ? planLabel(p) : id,
    ...(p?.from !== undefined ? { from: p.from, to: p.to ?? p.from } : {}),
    ...(plan ? { plan } : {}),
    settings,
    fields: repo.config.plan.fields,
    groupings,
    unplaced: rows.filter((r) => !known.has(r.area)).sort(byOrder),
    continuity: continuityOf(repo),
  };
}

/** An area's satsninger and its tiltak directly under it, in plan order. */
export function areaItems(area: AreaNode): ({ initiative: InitiativeNode } | { measure: PlanRow })[] {
  const items: ({ initiative: InitiativeNode; row: PlanRow } | { measure: PlanRow; row: PlanRow })[] = [
    ...area.initiatives.map((initiative) => ({ initiative, row: initiative.row })),
    ...area.measures.map((measure) => ({ measure, row: measure })),
  ];
  return items.sort((a, b) => byOrder(a.row, b.row)).map((i) => ('initiative' in i ? { initiative: i.initiative } : { measure: i.measure }));
}

/** Every satsning and tiltak of the tree, in plan order (satsning, then its tiltak). */
export function rowsInOrder(tree: PlanTree): PlanRow[] {
  return tree.groupings.flatMap((g) =>
    g.areas.flatMap((a) => [...areaItems(a).flatMap((i) => ('initiative' in i ? [i.initiative.row, ...i.initiative.measures] : [i.measure])), ...a.orphans]),
  );
}
