/**
 * The status of an action plan as SSU receives it: for every satsning and tiltak
 * its status, the latest case that treated it (from the row's `saker`) with that
 * case's conclusion, whether it is overdue against its period, and whether a
 * later year's plan continues it. Pure: today comes in as a parameter.
 */
import { compareCaseNumbers, formatCaseRef } from './case-number.js';
import { parsePeriod, periodEnded, periodEndsThisYear, type Period } from './period.js';
import { isDone, planTree, rowKey, type PlanTree } from './plan.js';
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
  /** Not completed, and its period has ended. */
  overdue: boolean;
  /** Not completed, and its period ends this year. */
  endsThisYear: boolean;
  /** The row of a later year that continues this one (`viderefører`). */
  continuedIn?: PlanRow;
}

export interface InitiativeStatus extends RowStatus {
  measures: RowStatus[];
}

export interface AreaStatus {
  area: PlanArea;
  initiatives: InitiativeStatus[];
  /** Tiltak without a satsning of their own (reported by hf validate). */
  orphans: RowStatus[];
}

export interface PlanStatusReport {
  year: number;
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

/** Builds the status report of one year's plan. */
export function planStatus(index: RepoIndex, year: number, today: string): PlanStatusReport {
  const repo = index.repo;
  const tree = planTree(repo, year);
  const continuedBy = new Map<string, PlanRow>();
  for (const r of repo.planRows) if (r.continues && !continuedBy.has(r.continues)) continuedBy.set(r.continues, r);
  const all: RowStatus[] = [];
  const status = (row: PlanRow): RowStatus => {
    const raw = repo.files.get(row.file)?.data?.status;
    const period = row.period ? parsePeriod(row.period) : undefined;
    const open = !isDone(row);
    const continuedIn = continuedBy.get(rowKey(row));
    const latest = latestCase(row, index);
    const s: RowStatus = {
      row,
      ...(row.status ? { status: row.status } : {}),
      ...(!row.status && raw !== undefined ? { unknownStatus: String(raw) } : {}),
      ...(period ? { period } : {}),
      ...(latest ? { latest } : {}),
      overdue: open && !!period && periodEnded(period, today),
      endsThisYear: open && !!period && periodEndsThisYear(period, today),
      ...(continuedIn ? { continuedIn } : {}),
    };
    all.push(s);
    return s;
  };
  const groupings = tree.groupings.map((g) => ({
    grouping: g.grouping,
    areas: g.areas
      .filter((a) => a.initiatives.length || a.orphans.length)
      .map((a) => ({
        area: a.area,
        initiatives: a.initiatives.map((n) => ({ ...status(n.row), measures: n.measures.map(status) })),
        orphans: a.orphans.map(status),
      })),
  }));
  const counts: PlanStatusReport['counts'] = { planlagt: 0, pågår: 0, fullført: 0, videreført: 0, avsluttet: 0, ukjent: 0 };
  for (const s of all) counts[s.status ?? 'ukjent']++;
  return {
    year,
    today,
    tree,
    groupings,
    counts,
    overdue: all.filter((s) => s.overdue),
    unknown: all.filter((s) => !s.status),
  };
}
