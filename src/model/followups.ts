/**
 * Follow-up of decisions: items a conclusion asks someone to do (`oppfølging` on
 * a case), open until closed. An item is due at a meeting of the case's body, or
 * by a date; until it is closed it appears on that body's notices. An item whose
 * owner (`ansvar`) is another body's code ("SSU" in a PM conclusion) belongs to
 * that body's notices as well.
 */
import { caseKey, compareCaseNumbers } from './case-number.js';
import type { Repository } from './repository.js';
import type { Case, FollowUpItem } from './types.js';

export interface OpenFollowUp {
  /** The case whose conclusion created the item. */
  source: Case;
  item: FollowUpItem;
  index: number;
  /** The date it is due (the earlier of the due date and the date of the meeting it is due at). */
  dueDate?: string;
  overdue: boolean;
  /** A later case that follows up the source case (`oppfølging_av`), where the item is being treated. */
  followedUpBy?: Case;
}

export interface FollowUpQuery {
  /** Only items of this body: created by its cases, or owned by it. */
  body?: string;
  /** Include closed items too. */
  closed?: boolean;
}

/** The date an item is due: the earlier of `frist` and `møte`. */
export function dueDateOf(item: FollowUpItem): string | undefined {
  if (item.due && item.meeting) return item.due < item.meeting ? item.due : item.meeting;
  return item.due ?? item.meeting;
}

/** True when the item belongs to `body`: its case is the body's, or its owner is the body's code. */
function belongsTo(source: Case, item: FollowUpItem, body: string): boolean {
  const code = body.toUpperCase();
  return source.body === code || item.owner?.trim().toUpperCase() === code;
}

/** Follow-up items matching the query, overdue first, then by due date, then by case. */
export function followUps(repo: Repository, today: string, query: FollowUpQuery = {}): OpenFollowUp[] {
  const followers = new Map<string, Case[]>();
  for (const c of repo.cases) {
    if (!c.followUpOf) continue;
    const key = caseKey(c.followUpOf.body, c.followUpOf.number);
    followers.set(key, [...(followers.get(key) ?? []), c]);
  }
  const out: OpenFollowUp[] = [];
  for (const c of repo.cases) {
    c.followUps.forEach((item, index) => {
      if (item.status !== 'open' && !query.closed) return;
      if (query.body && !belongsTo(c, item, query.body)) return;
      const dueDate = dueDateOf(item);
      const later = c.number ? (followers.get(caseKey(c.body, c.number)) ?? []).sort((a, b) => (a.meeting ?? '').localeCompare(b.meeting ?? '')) : [];
      const followedUpBy = later.find((f) => !item.meeting || f.meeting === item.meeting) ?? later[0];
      out.push({
        source: c,
        item,
        index,
        ...(dueDate ? { dueDate } : {}),
        overdue: item.status === 'open' && !!dueDate && dueDate < today,
        ...(followedUpBy ? { followedUpBy } : {}),
      });
    });
  }
  return out.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      Number(a.item.status === 'closed') - Number(b.item.status === 'closed') ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      (a.source.meeting ?? '').localeCompare(b.source.meeting ?? '') ||
      (a.source.number && b.source.number ? compareCaseNumbers(a.source.number, b.source.number) : 0) ||
      a.source.body.localeCompare(b.source.body) ||
      a.index - b.index,
  );
}

/** Every open follow-up item (of `body`, when given), overdue first, then by due date, then by case. */
export function openFollowUps(repo: Repository, today: string, body?: string): OpenFollowUp[] {
  return followUps(repo, today, body ? { body } : {});
}

/**
 * The open items a body's notice for the meeting on `date` lists: items of the
 * body (its cases' items, and items owned by the body) from earlier meetings that
 * are due at or before this meeting (or have no due date), and are not yet closed.
 */
export function followUpsForMeeting(repo: Repository, body: string, date: string): OpenFollowUp[] {
  return openFollowUps(repo, date, body).filter(
    (f) => (!f.source.meeting || f.source.meeting < date) && (!f.dueDate || f.dueDate <= date),
  );
}
