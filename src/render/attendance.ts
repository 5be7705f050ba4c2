/**
 * The attendance lines of the minutes (Tilstede, Frafall, Gjester) as the seeds
 * write them, with "(vara for …)" for a deputy, "(fra sak …)"/"(til og med sak …)"
 * for someone present for part of the meeting, and the reason of an apology; and
 * the quorum statements, for the meeting and for a case.
 */
import { formatCaseNumber } from '../model/case-number.js';
import type { QuorumResult } from '../model/quorum.js';
import { ALL_MEMBERS } from '../model/quorum.js';
import type { RepoIndex } from '../model/repository.js';
import type { Body, Meeting, Party, QuorumRule } from '../model/types.js';
import type { Lang } from '../i18n/lang.js';
import { describePerson } from './common.js';
import { labels } from './labels.js';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The Tilstede lines: "SSU faste medlemmer", "Vera Vara, SiV (vara for Ola Berg)", "Rannveig Velken, kommunene (ref.)". */
export function presentLines(meeting: Meeting | undefined, index: RepoIndex, body: Body | undefined, code: string, lang: Lang): string[] {
  const l = labels(lang);
  return (meeting?.presence ?? []).map((p) => {
    if (same(p.name, ALL_MEMBERS)) return l('standingMembers', { code });
    const parts = [describePerson(p.name, index, meeting, body, 'organisation')];
    if (p.deputyFor) parts.push(l('deputyFor', { name: p.deputyFor }));
    if (p.fromCase) parts.push(l('fromCase', { number: formatCaseNumber(p.fromCase) }));
    if (p.untilCase) parts.push(l('untilCase', { number: formatCaseNumber(p.untilCase) }));
    if (meeting?.minuteTakers.some((t) => same(p.name, t))) parts.push(l('minuteTakerMark'));
    return parts.join(' ');
  });
}

/** The Frafall lines: "Kjersti Norheim, Horten kommune", with the reason in brackets when recorded. */
export function absentLines(meeting: Meeting | undefined, index: RepoIndex, body: Body | undefined, lang: Lang): string[] {
  const l = labels(lang);
  return (meeting?.apologies ?? []).map((a) => {
    const text = describePerson(a.name, index, meeting, body, 'organisation');
    return a.reason ? `${text} ${l('apologyReason', { reason: a.reason })}` : text;
  });
}

/** Guests the attendance lists do not already name (as the seeds list guests under Tilstede or Innledere). */
export function guestLines(meeting: Meeting | undefined, index: RepoIndex, body: Body | undefined): string[] {
  if (!meeting) return [];
  const named = [...meeting.present, ...meeting.participants, ...meeting.presenters];
  return meeting.guests.filter((g) => !named.some((n) => same(n, g.name))).map((g) => describePerson(g.name, index, meeting, body, 'role'));
}

/** "kommunene og sykehuset": the parties' names joined. */
function partyNames(ids: readonly string[], parties: readonly Party[], lang: Lang): string {
  const names = ids.map((id) => parties.find((p) => p.id === id)?.name ?? id);
  const and = labels(lang)('and');
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}` : (names[0] ?? '');
}

/** The meeting's Beslutningsdyktig line: "Ja: 5 av 7 medlemmer til stede (minst 4 må være til stede, minst én fra hver av …)". */
export function quorumLine(result: QuorumResult, rule: QuorumRule, parties: readonly Party[], lang: Lang): string {
  const l = labels(lang);
  const head = l(result.met ? 'quorumYes' : 'quorumNo', { present: result.present, members: result.members });
  const terms: string[] = [];
  if (result.required > 0) terms.push(l('quorumRequired', { required: result.required }));
  if (rule.parties.length) terms.push(l('quorumParties', { parties: partyNames(rule.parties, parties, lang) }));
  if (result.missingParties.length) terms.push(l('quorumMissing', { parties: partyNames(result.missingParties, parties, lang) }));
  return terms.length ? `${head} (${terms.join('; ')})` : head;
}

/** The line under a case whose quorum differs from the meeting's. */
export function caseQuorumLine(result: QuorumResult, parties: readonly Party[], lang: Lang): string {
  const l = labels(lang);
  if (result.met) return l('caseQuorumYes', { present: result.present, members: result.members });
  const why: string[] = [];
  if (result.present < result.required) why.push(l('quorumRequired', { required: result.required }));
  if (result.missingParties.length) why.push(l('quorumMissing', { parties: partyNames(result.missingParties, parties, lang) }));
  return l('caseQuorumNo', { present: result.present, members: result.members, why: why.join('; ') });
}
