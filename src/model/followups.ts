/**
 * Follow-up of decisions: items a conclusion asks someone to do (`oppfølging` on
 * a case), open until closed. An item is due at a meeting of the case's body, or
 * by a date; until it is closed it appears on that body's notices.
 */
import { compareCaseNumbers } from './case-number.js';
import type { Repository } from './repository.js';
import type { Case, FollowUpItem } from './types.js';

export interface OpenFollowUp {
  /** The case whose conclusion created the item. */
  source: Case;
  item: FollowUpItem;
  index: number;
  /** The date it is due (the due date, or the date of the meeting it is due at). */
  dueDate?: string;
  overdue: boolean;
}

/** Every open follow-up item, overdue first, then by due date, then by case. */
export function openFollowUps(repo: Repository, today: string, body?: string): OpenFollowUp[] {
  const out: OpenFollowUp[] = [];
  for (const c of repo.cases) {
    if (body && c.body !== body.toUpperCase()) continue;
    c.followUps.forEach((item, index) => {
      if (item.status !== 'open') return;
      const dueDate = item.due ?? item.meeting;
      out.push({ source: c, item, index, ...(dueDate ? { dueDate } : {}), overdue: !!dueDate && dueDate < today });
    });
  }
  return out.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueDate ?? '9999') .localeCompare(b.dueDate ?? '9999') ||
      (a.source.number && b.source.number ? compareCaseNumbers(a.source.number, b.source.number) : 0) ||
      a.index - b.index,
  );
}

/**
 * The open items a body's notice for the meeting on `date` lists: items of the
 * body's cases from earlier meetings that are due at or before this meeting (or
 * have no due date), and are not yet closed.
 */
export function followUpsForMeeting(repo: Repository, body: string, date: string): OpenFollowUp[] {
  return openFollowUps(repo, date, body).filter(
    (f) => (!f.source.meeting || f.source.meeting < date) && (!f.dueDate || f.dueDate <= date),
  );
}
