/**
 * The status of an action plan as SSU receives it: for every satsning and tiltak
 * its status, the latest case that treated it (from the row's `saker`) with that
 * case's conclusion, whether it is overdue against its period, and which rows of
 * earlier plans it continues and which rows of later plans continue it. For one
 * year of a plan of several years, only the rows whose period touches that year.
 * Pure: today comes in as a parameter.
 */
import { compareCaseNumbers, formatCaseRef } from './case-number.js';
import { parsePeriod, periodEnded, periodEndsThisYear, type Period } from './period.js';
import { areaItems, findPlan, isDone, planTree, rowKey, type PlanTree } from './plan.js';
import type { RepoIndex } from './repository.js';
import type { Case, PlanArea, PlanGrouping, PlanRow, PlanStatus } from './types.js';

export interface LatestCase {
  case: Case;
  ref: string;
  /** The meeting that treated it, when known. */
  date?: string;
  /** The conclusion, or the proposed conclusion before the meeting. */
  conclusion?: string;
  proposed: boolean;
}

export interface RowStatus {
  row: PlanRow;
  status?: PlanStatus;
  /** The status as written, when it is not one of the five (reported by hf validate). */
  unknownStatus?: string;
  period?: Period;
  latest?: LatestCase;
  /** Not completed, its period has ended, and it is not marked videreført with a successor. */
  overdue: boolean;
  /** Not completed, and its period ends this year. */
  endsThisYear: boolean;
  /** The rows of later plans that continue this one (several when it was split). */
  continuedIn: PlanRow[];
  /** The rows of earlier plans this one continues (several when it merges them). */
  continues: PlanRow[];
}

export interface InitiativeStatus extends RowStatus {
  measures: RowStatus[];
}

export interface AreaStatus {
  area: PlanArea;
  initiatives: InitiativeStatus[];
  /** Tiltak directly under the area, where the plan allows it. */
  measures: RowStatus[];
  /** Tiltak without a satsning of their own (reported by hf validate). */
  orphans: RowStatus[];
}

export interface PlanStatusReport {
  /** The plan's id (its folder under plans/). */
  id: string;
  /** The plan's period: "2025", "2025–2027". */
  label: string;
  /** The one year reported on, for a plan of several years asked for by a year. */
  year?: number;
  today: string;
  tree: PlanTree;
  groupings: { grouping: PlanGrouping; areas: AreaStatus[] }[];
  /** Satsninger and tiltak per status; rows without a known status under 'ukjent'. */
  counts: Record<PlanStatus | 'ukjent', number>;
  overdue: RowStatus[];
  unknown: RowStatus[];
}

/** The latest case among the row's `saker`: by meeting date, then case number. */
export function latestCase(row: PlanRow, index: RepoIndex): LatestCase | undefined {
  let best: Case | undefined;
  for (const ref of row.cases) {
    const c = index.findCase(ref);
    if (!c) continue;
    if (!best) {
      best = c;
      continue;
    }
    const a = c.meeting ?? '';
    const b = best.meeting ?? '';
    if (a > b || (a === b && c.number && best.number && compareCaseNumbers(c.number, best.number) > 0)) best = c;
  }
  if (!best || !best.number) return undefined;
  const conclusion = best.conclusion ?? best.proposedConclusion;
  return {
    case: best,
    ref: formatCaseRef({ body: best.body, number: best.number }),
    ...(best.meeting ? { date: best.meeting } : {}),
    ...(conclusion ? { conclusion } : {}),
    proposed: !best.conclusion && !!best.proposedConclusion,
  };
}

/**
 * True when a row belongs in the report of `year`: its period touches the year,
 * or ended before it while the row is still open (so what is overdue is never
 * out of sight). A period without years (or none) touches every year.
 */
function belongsTo(period: Period | undefined, year: number, open: boolean): boolean {
  if (!period) return true;
  if (period.kind === 'years') return period.from <= year && (year <= period.to || open);
  if (period.kind === 'open') return period.from <= year;
  return true;
}

/**
 * Builds the status report of a plan, named by its id or by a year it covers.
 * Asked for by a year, a plan of several years reports on the rows of that year.
 */
export function planStatus(index: RepoIndex, which: number | string, today: string): PlanStatusReport {
  const repo = index.repo;
  const found = findPlan(repo, which);
  const tree = planTree(repo, found ?? which);
  const asked = String(which).trim();
  const year = /^\d{4}$/.test(asked) && found && found.id !== asked && found.from !== found.to ? Number(asked) : undefined;
  const { continuedBy, byKey } = tree.continuity;
  const all: RowStatus[] = [];
  const status = (row: PlanRow): RowStatus => {
    const raw = repo.files.get(row.file)?.data?.status;
    const period = row.period ? parsePeriod(row.period) : undefined;
    const continuedIn = continuedBy.get(rowKey(row)) ?? [];
    const continues = row.continues.map((k) => byKey.get(k)).filter((r): r is PlanRow => !!r);
    // A row marked videreført whose successor exists goes on there: it is not overdue here.
    const open = !isDone(row) && !(row.status === 'videreført' && continuedIn.length > 0);
    const latest = latestCase(row, index);
    const s: RowStatus = {
      row,
      ...(row.status ? { status: row.status } : {}),
      ...(!row.status && raw !== undefined ? { unknownStatus: String(raw) } : {}),
      ...(period ? { period } : {}),
      ...(latest ? { latest } : {}),
      overdue: open && !!period && periodEnded(period, today),
      endsThisYear: !isDone(row) && !!period && periodEndsThisYear(period, today),
      continuedIn,
      continues,
    };
    all.push(s);
    return s;
  };
  const stillOpen = (row: PlanRow) => !isDone(row) && !(row.status === 'videreført' && continuedBy.has(rowKey(row)));
  const inYear = (row: PlanRow) => year === undefined || belongsTo(row.period ? parsePeriod(row.period) : undefined, year, stillOpen(row));
  const groupings = tree.groupings.map((g) => ({
    grouping: g.grouping,
    areas: g.areas
      .map((a) => {
        const initiatives: InitiativeStatus[] = [];
        const measures: RowStatus[] = [];
        for (const item of areaItems(a)) {
          if ('measure' in item) {
            if (inYear(item.measure)) measures.push(status(item.measure));
            continue;
          }
          const n = item.initiative;
          const own = n.measures.filter(inYear);
          if (!inYear(n.row) && own.length === 0) continue;
          initiatives.push({ ...status(n.row), measures: own.map(status) });
        }
        return { area: a.area, initiatives, measures, orphans: a.orphans.filter(inYear).map(status) };
      })
      .filter((a) => a.initiatives.length || a.measures.length || a.orphans.length),
  }));
  const counts: PlanStatusReport['counts'] = { planlagt: 0, pågår: 0, fullført: 0, videreført: 0, avsluttet: 0, ukjent: 0 };
  for (const s of all) counts[s.status ?? 'ukjent']++;
  return {
    id: tree.id,
    label: tree.label,
    ...(year !== undefined ? { year } : {}),
    today,
    tree,
    groupings,
    counts,
    overdue: all.filter((s) => s.overdue),
    unknown: all.filter((s) => !s.status),
  };
}
