/**
 * The action plan as a tree: the groupings of `hf.yaml` (patient groups and
 * structures in Vestfold, numbered innsatsområder elsewhere), their areas, the
 * satsninger of each area and the tiltak of each satsning. The grouping is
 * configuration; this module only follows it.
 */
import type { Repository } from './repository.js';
import type { Plan, PlanArea, PlanGrouping, PlanRow, PlanStatus } from './types.js';

export interface InitiativeNode {
  row: PlanRow;
  measures: PlanRow[];
}

export interface AreaNode {
  area: PlanArea;
  /** The area's own text rows (type `område`) for the year. */
  intros: PlanRow[];
  initiatives: InitiativeNode[];
  /** Tiltak whose satsning is missing or is not a satsning of this area (reported by validate). */
  orphans: PlanRow[];
}

export interface GroupingNode {
  grouping: PlanGrouping;
  /** "Hvor vil vi?" for this grouping, from plan.md. */
  whereTo?: string;
  areas: AreaNode[];
}

export interface PlanTree {
  year: number;
  plan?: Plan;
  groupings: GroupingNode[];
  /** Rows whose area is not in hf.yaml (reported by validate). */
  unplaced: PlanRow[];
}

/** Statuses that end a row: it is not carried over and never overdue. */
export const DONE_STATUSES: readonly PlanStatus[] = ['fullført', 'avsluttet'];

export function isDone(row: PlanRow): boolean {
  return !!row.status && DONE_STATUSES.includes(row.status);
}

/** `2025/vitality`: how `viderefører` names a row. */
export function rowKey(row: Pick<PlanRow, 'year' | 'id'>): string {
  return `${row.year}/${row.id}`;
}

export function planOf(repo: Repository, year: number): Plan | undefined {
  return repo.plans.find((p) => p.year === year && p.file === `plans/${year}/plan.md`) ?? repo.plans.find((p) => p.year === year);
}

export function rowsOf(repo: Repository, year: number): PlanRow[] {
  return repo.planRows.filter((r) => r.year === year);
}

/** The years that have a plan or plan rows, ascending. */
export function planYears(repo: Repository): number[] {
  return [...new Set([...repo.plans.map((p) => p.year), ...repo.planRows.map((r) => r.year)])].sort((a, b) => a - b);
}

/** Order within an area or a satsning: `rekkefølge`, then title, then id. */
export function byOrder(a: PlanRow, b: PlanRow): number {
  const oa = a.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.order ?? Number.MAX_SAFE_INTEGER;
  return oa - ob || (a.title ?? a.id).localeCompare(b.title ?? b.id, 'nb') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The area's heading: "1. Personer med …" when the area is numbered. */
export function areaLabel(area: PlanArea): string {
  return area.number !== undefined ? `${area.number}. ${area.name}` : area.name;
}

/** Builds the tree of one year's plan, in the order of `hf.yaml`. */
export function planTree(repo: Repository, year: number): PlanTree {
  const rows = rowsOf(repo, year);
  const plan = planOf(repo, year);
  const known = new Set(repo.config.plan.groupings.flatMap((g) => g.areas.map((a) => a.id)));
  const initiatives = new Map(rows.filter((r) => r.type === 'initiative').map((r) => [r.id, r]));
  const groupings: GroupingNode[] = repo.config.plan.groupings.map((grouping) => ({
    grouping,
    ...(plan?.whereTo[grouping.id] ? { whereTo: plan.whereTo[grouping.id] } : {}),
    areas: grouping.areas.map((area) => {
      const inArea = rows.filter((r) => r.area === area.id);
      const own = inArea.filter((r) => r.type === 'initiative').sort(byOrder);
      const ownIds = new Set(own.map((r) => r.id));
      const measures = rows.filter((r) => r.type === 'measure');
      return {
        area,
        intros: inArea.filter((r) => r.type === 'area').sort(byOrder),
        initiatives: own.map((row) => ({ row, measures: measures.filter((m) => m.initiative === row.id && m.area === area.id).sort(byOrder) })),
        orphans: inArea
          .filter((r) => r.type === 'measure' && !(r.initiative && ownIds.has(r.initiative) && initiatives.get(r.initiative)?.area === area.id))
          .sort(byOrder),
      };
    }),
  }));
  return { year, ...(plan ? { plan } : {}), groupings, unplaced: rows.filter((r) => !known.has(r.area)).sort(byOrder) };
}

/** Every satsning and tiltak of the tree, in plan order (satsning, then its tiltak). */
export function rowsInOrder(tree: PlanTree): PlanRow[] {
  return tree.groupings.flatMap((g) => g.areas.flatMap((a) => [...a.initiatives.flatMap((i) => [i.row, ...i.measures]), ...a.orphans]));
}
