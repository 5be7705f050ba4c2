/**
 * Information items taken together (orienteringssaker samlet): the cases marked
 * `samlet` stand under one heading with one conclusion (`orienteringssaker` in the
 * meeting file), where the first of them would stand in the agenda. A case a
 * member asked to lift out (`tatt_ut_av`) is treated on its own, in its place.
 * Also here: when a case of a held meeting counts as finished in the minutes.
 */
import { isDecision } from './quorum.js';
import type { Case, Meeting } from './types.js';

/** A row of the agenda: one case, or the information items taken together. */
export type AgendaRow = { kind: 'case'; case: Case } | { kind: 'together'; cases: Case[] };

/** True when the case is taken together with the other information items (and not lifted out). */
export function takenTogether(c: Case): boolean {
  return c.together && !c.liftedOutBy;
}

/**
 * The agenda in rows: the cases taken together become one row where the first
 * of them is; when fewer than two are taken together, every case is its own row.
 */
export function agendaRows(agenda: readonly Case[]): AgendaRow[] {
  const together = agenda.filter(takenTogether);
  if (together.length < 2) return agenda.map((c) => ({ kind: 'case', case: c }));
  const rows: AgendaRow[] = [];
  for (const c of agenda) {
    if (!takenTogether(c)) rows.push({ kind: 'case', case: c });
    else if (c === together[0]) rows.push({ kind: 'together', cases: together });
  }
  return rows;
}

/**
 * True when the minutes record how the case ended: its conclusion (or the one
 * conclusion of the items taken together), or, for a case that decides nothing,
 * the treatment text. Eventuelt needs neither.
 */
export function isFinished(c: Case, meeting: Meeting | undefined, agenda: readonly Case[]): boolean {
  if (c.standing === 'aob' || c.conclusion?.trim()) return true;
  if (takenTogether(c) && agenda.filter(takenTogether).length >= 2 && meeting?.infoItems?.conclusion?.trim()) return true;
  return !!c.treatment?.trim() && !isDecision(c);
}
