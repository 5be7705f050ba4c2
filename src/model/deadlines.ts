/**
 * A body's deadlines around a meeting (`frister` in hf.yaml or the mandate):
 * cases in so many days before the meeting, the notice out so many days before,
 * the minutes out so many days after. Each deadline of a meeting is worked out
 * against today and what the meeting file records as sent (`innkalling_sendt`,
 * `referat_sendt`). Pure: today comes in.
 */
import { daysFrom } from './mandate-check.js';
import type { Body, Deadlines, Mandate, Meeting } from './types.js';

export type DeadlineKind = 'cases' | 'notice' | 'minutes';

/**
 * - `done`: the meeting file records it as sent (on `done`);
 * - `open`: the deadline has not passed;
 * - `overdue`: the deadline has passed and nothing is recorded as sent;
 * - `closed`: the case deadline has passed (nothing to record for it).
 */
export type DeadlineStatus = 'done' | 'open' | 'overdue' | 'closed';

export interface Deadline {
  kind: DeadlineKind;
  body: string;
  /** The meeting the deadline belongs to. */
  meeting: string;
  /** The last day, yyyy-mm-dd. */
  due: string;
  status: DeadlineStatus;
  /** The day it was done (sent), when recorded. */
  done?: string;
  /** Days from today to the deadline (negative when passed). */
  daysLeft: number;
}

/** The body's deadlines: hf.yaml's, otherwise the mandate's. */
export function deadlinesOf(body: Body | undefined, mandates: readonly Mandate[]): Deadlines | undefined {
  return body?.deadlines ?? mandates.find((m) => body && m.body === body.code)?.deadlines;
}

/** `date` moved by `days` (yyyy-mm-dd, calendar days). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export const daysBetween = daysFrom;

/** Every deadline of one meeting under `rule`, judged on `today`. */
export function meetingDeadlines(meeting: Meeting, rule: Deadlines | undefined, today: string): Deadline[] {
  if (!rule) return [];
  const out: Deadline[] = [];
  const add = (kind: DeadlineKind, due: string, done: string | undefined) => {
    const status: DeadlineStatus = done ? 'done' : today <= due ? 'open' : kind === 'cases' ? 'closed' : 'overdue';
    out.push({ kind, body: meeting.body, meeting: meeting.date, due, status, ...(done ? { done } : {}), daysLeft: daysBetween(today, due) });
  };
  if (rule.cases !== undefined) add('cases', addDays(meeting.date, -rule.cases), undefined);
  if (rule.notice !== undefined) add('notice', addDays(meeting.date, -rule.notice), meeting.noticeSent);
  if (rule.minutes !== undefined) add('minutes', addDays(meeting.date, rule.minutes), meeting.minutesSent);
  return out;
}

/**
 * What needs attention on `today`: the case and notice deadlines of meetings not
 * yet held (those still open, and notices overdue), and the minutes of held
 * meetings not recorded as sent. Sorted by the deadline.
 */
export function pendingDeadlines(meetings: readonly Meeting[], ruleOf: (body: string) => Deadlines | undefined, today: string): Deadline[] {
  const out: Deadline[] = [];
  for (const m of meetings) {
    for (const d of meetingDeadlines(m, ruleOf(m.body), today)) {
      if (d.status === 'done' || d.status === 'closed') continue;
      if (d.kind === 'minutes' ? m.date < today : m.date >= today) out.push(d);
    }
  }
  const rank: Record<DeadlineKind, number> = { cases: 0, notice: 1, minutes: 2 };
  return out.sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.body !== b.body ? (a.body < b.body ? -1 : 1) : rank[a.kind] - rank[b.kind]));
}
