/**
 * Is every body working within its mandate? Per body: whether it has a mandate
 * (and whether it is approved), the meetings it held each calendar year against
 * the mandate's minimum, when the next annual report and evaluation are due, and
 * whether the mandate expires soon. Pure: today comes in as a parameter.
 */
import { formatCaseRef, type CaseRef } from './case-number.js';
import type { RepoIndex } from './repository.js';
import type { Body, Mandate } from './types.js';

/** How far ahead a deadline or the end of a mandate is announced. */
export const WARN_DAYS = 60;

export type DueState = 'ok' | 'soon' | 'overdue';

export interface MeetingYear {
  year: number;
  /** Meetings held (dated up to and including today). */
  held: number;
  /** Meetings of the year still to come. */
  planned: number;
  /** The mandate's minimum for the year, prorated in the first and last year in force. */
  required: number;
  /** The year has ended. */
  complete: boolean;
  /** 'short': a complete year with too few meetings; 'behind': this year, even with the planned meetings. */
  state: 'ok' | 'short' | 'behind';
}

export interface Deadline {
  /** The last report or evaluation (a case and the date of its meeting). */
  last?: { ref: string; date: string };
  /** Where the interval counts from when nothing has been delivered yet. */
  from: string;
  due: string;
  state: DueState;
}

export interface BodyCheck {
  body: Body;
  mandate?: Mandate;
  /** The date the mandate took effect: gyldig_fra, or the meeting that approved it. */
  inForceFrom?: string;
  meetings: MeetingYear[];
  annualReport?: Deadline;
  evaluation?: Deadline;
  expiry?: { validTo: string; daysLeft: number; state: DueState };
  /** Findings that make `hf mandate check` fail: a missing mandate, a short year, something overdue or expired. */
  failing: boolean;
}

/** Adds whole months to a date, keeping the day where the month has it (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function dueState(due: string, today: string): DueState {
  const left = daysFrom(today, due);
  return left < 0 ? 'overdue' : left <= WARN_DAYS ? 'soon' : 'ok';
}

/** The minimum for a year, prorated by the days the mandate was in force that year (rounded up). */
export function requiredInYear(minimum: number, year: number, from: string | undefined, to: string | undefined): number {
  const start = from && from > `${year}-01-01` ? from : `${year}-01-01`;
  const end = to && to < `${year}-12-31` ? to : `${year}-12-31`;
  if (end < start) return 0;
  const days = daysFrom(start, end) + 1;
  const yearDays = daysFrom(`${year}-01-01`, `${year}-12-31`) + 1;
  return Math.ceil((minimum * days) / yearDays - 1e-9);
}

/**
 * When an approved mandate took effect: gyldig_fra, else the meeting of the
 * concluded approving case. A draft is not in force, so nothing is counted yet.
 */
export function inForceFrom(mandate: Mandate, index: RepoIndex): string | undefined {
  if (mandate.status !== 'vedtatt') return undefined;
  if (mandate.validFrom) return mandate.validFrom;
  if (!mandate.approvedIn) return undefined;
  const approving = index.findCase(mandate.approvedIn);
  return approving?.conclusion ? approving.meeting : undefined;
}

function lastDelivered(refs: CaseRef[], index: RepoIndex): { ref: string; date: string } | undefined {
  let best: { ref: string; date: string } | undefined;
  for (const r of refs) {
    const c = index.findCase(r);
    const date = c?.meeting;
    if (date && (!best || date > best.date)) best = { ref: formatCaseRef(r), date };
  }
  return best;
}

function deadline(refs: CaseRef[], months: number, from: string, today: string, index: RepoIndex): Deadline {
  const last = lastDelivered(refs, index);
  const due = addMonths(last?.date ?? from, months);
  return { ...(last ? { last } : {}), from, due, state: dueState(due, today) };
}

/** Checks one body against its mandate (or the lack of one). */
export function checkBody(body: Body, mandate: Mandate | undefined, index: RepoIndex, today: string): BodyCheck {
  if (!mandate) return { body, meetings: [], failing: true };
  const from = inForceFrom(mandate, index);
  const result: BodyCheck = { body, mandate, ...(from ? { inForceFrom: from } : {}), meetings: [], failing: false };
  const thisYear = Number(today.slice(0, 4));
  const dates = index.meetingsOf(body.code).map((m) => m.date);
  if (from && mandate.minMeetingsPerYear !== undefined) {
    const lastYear = Math.min(thisYear, mandate.validTo ? Number(mandate.validTo.slice(0, 4)) : thisYear);
    for (let year = Number(from.slice(0, 4)); year <= lastYear; year++) {
      const inYear = dates.filter((d) => d.startsWith(`${year}-`) && d >= from && (!mandate.validTo || d <= mandate.validTo));
      const held = inYear.filter((d) => d <= today).length;
      const planned = inYear.length - held;
      const required = requiredInYear(mandate.minMeetingsPerYear, year, from, mandate.validTo);
      const complete = year < thisYear || (!!mandate.validTo && mandate.validTo < today && year === lastYear);
      const state = complete ? (held < required ? 'short' : 'ok') : held + planned < required ? 'behind' : 'ok';
      result.meetings.push({ year, held, planned, required, complete, state });
    }
  }
  if (from && mandate.annualReportTo) result.annualReport = deadline(mandate.annualReports, 12, from, today, index);
  if (from && mandate.evaluationMonths) result.evaluation = deadline(mandate.evaluations, mandate.evaluationMonths, from, today, index);
  if (mandate.validTo) {
    const daysLeft = daysFrom(today, mandate.validTo);
    result.expiry = { validTo: mandate.validTo, daysLeft, state: daysLeft < 0 ? 'overdue' : daysLeft <= WARN_DAYS ? 'soon' : 'ok' };
  }
  result.failing =
    result.meetings.some((y) => y.state === 'short') ||
    result.annualReport?.state === 'overdue' ||
    result.evaluation?.state === 'overdue' ||
    result.expiry?.state === 'overdue';
  return result;
}

/** Checks every body of the partnership (or one), in the order of hf.yaml. */
export function checkMandates(index: RepoIndex, today: string, body?: string): BodyCheck[] {
  const bodies = index.repo.config.bodies.filter((b) => !body || b.code === body.toUpperCase());
  return bodies.map((b) => checkBody(b, index.repo.mandates.find((m) => m.body === b.code), index, today));
}

export type IssueCode =
  | 'noMandate'
  | 'draft'
  | 'shortYear'
  | 'behind'
  | 'reportOverdue'
  | 'reportSoon'
  | 'evaluationOverdue'
  | 'evaluationSoon'
  | 'expired'
  | 'expiresSoon';

export interface Issue {
  code: IssueCode;
  /** 'error' makes the check fail; 'warning' is announced ahead of time. */
  severity: 'error' | 'warning';
  data: Record<string, string | number>;
}

/** What needs attention for a body, most serious first. */
export function issuesOf(check: BodyCheck): Issue[] {
  const issues: Issue[] = [];
  const m = check.mandate;
  if (!m) return [{ code: 'noMandate', severity: 'error', data: { body: check.body.code } }];
  if (m.status !== 'vedtatt') issues.push({ code: 'draft', severity: 'warning', data: { case: m.approvedIn ? formatCaseRef(m.approvedIn) : '' } });
  for (const y of check.meetings) {
    if (y.state === 'short') issues.push({ code: 'shortYear', severity: 'error', data: { year: y.year, held: y.held, required: y.required } });
    if (y.state === 'behind') issues.push({ code: 'behind', severity: 'warning', data: { year: y.year, held: y.held, planned: y.planned, required: y.required } });
  }
  const due = (d: Deadline | undefined, overdue: IssueCode, soon: IssueCode) => {
    if (d?.state === 'overdue') issues.push({ code: overdue, severity: 'error', data: { due: d.due } });
    if (d?.state === 'soon') issues.push({ code: soon, severity: 'warning', data: { due: d.due } });
  };
  due(check.annualReport, 'reportOverdue', 'reportSoon');
  due(check.evaluation, 'evaluationOverdue', 'evaluationSoon');
  if (check.expiry?.state === 'overdue') issues.push({ code: 'expired', severity: 'error', data: { date: check.expiry.validTo } });
  if (check.expiry?.state === 'soon') issues.push({ code: 'expiresSoon', severity: 'warning', data: { date: check.expiry.validTo, days: check.expiry.daysLeft } });
  return issues.sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
}
