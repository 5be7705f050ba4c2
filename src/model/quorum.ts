/**
 * Who sat in a body's seats at a case, and whether the body could decide it
 * (beslutningsdyktig). A seat is a member of the body: taken by the member, or by
 * a deputy who met for them (`vara_for`). Someone who came late (`fra_sak`) or
 * left early (`til_sak`) holds the seat only for the cases in between, and a
 * member who stepped aside for a case (`inhabil`) does not hold it for that case.
 * Guests and the secretariat hold no seat. Pure: the data comes in.
 */
import { compareCaseNumbers, type CaseNumber } from './case-number.js';
import type { Body, Case, Mandate, Meeting, Member, Party, QuorumRule } from './types.js';

/** The word in `tilstede` that stands for the body's members who have not sent apologies. */
export const ALL_MEMBERS = 'faste medlemmer';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The member of `body` named `name`, if any. */
export function memberNamed(body: Body, name: string): Member | undefined {
  return body.members.find((m) => same(m.name, name));
}

/** True when `name` is one of the personal deputies of a member of `body`. */
export function isDeputy(body: Body, name: string): boolean {
  return body.members.some((m) => m.deputies.some((d) => same(d.name, name)));
}

/** Whole-word, case-insensitive: "kommune" is in "Larvik kommune", "SiV" in "Klinikk psykisk helse og avhengighet, SiV". */
function mentions(organisation: string, word: string): boolean {
  const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(organisation);
}

/** The side a member sits for: `part` when given, otherwise the first party one of whose words is in the member's organisation. */
export function partyOf(member: Member, parties: readonly Party[]): string | undefined {
  if (member.party) return member.party;
  const org = member.organisation;
  if (!org) return undefined;
  return parties.find((p) => p.organisations.some((w) => mentions(org, w)))?.id;
}

/** The body's quorum rule: hf.yaml's, otherwise the mandate's. */
export function quorumRuleOf(body: Body | undefined, mandates: readonly Mandate[]): QuorumRule | undefined {
  return body?.quorum ?? mandates.find((m) => body && m.body === body.code)?.quorum;
}

/** A seat held at a case: the member, and the deputy who held it for them (if one did). */
export interface Seat {
  member: Member;
  deputy?: string;
}

/** True when the meeting file says who was there (tilstede or deltakere). */
export function attendanceRecorded(meeting: Meeting | undefined): boolean {
  return !!meeting && (meeting.presence.length > 0 || meeting.participants.length > 0);
}

/**
 * Where a case sits in the meeting, for comparing with `fra_sak` and `til_sak`:
 * its place in the agenda, or its number when the named case is not on it.
 */
function position(c: Case, ref: CaseNumber, agenda: readonly Case[]): number {
  const at = agenda.indexOf(c);
  const refAt = agenda.findIndex((x) => x.number && compareCaseNumbers(x.number, ref) === 0);
  if (at >= 0 && refAt >= 0) return at - refAt;
  return c.number ? compareCaseNumbers(c.number, ref) : 0;
}

/**
 * The seats held at case `c` (or for the whole meeting when `c` is undefined):
 * each member present in person or through a deputy, for the part of the meeting
 * the case falls in, leaving out members who stepped aside for the case.
 */
export function seatsAt(meeting: Meeting, body: Body, c: Case | undefined, agenda: readonly Case[]): Seat[] {
  const seats = new Map<Member, Seat>();
  const absent = new Set(meeting.absent.map((n) => n.trim().toLowerCase()));
  const inPart = (from?: CaseNumber, until?: CaseNumber) => !c || ((!from || position(c, from, agenda) >= 0) && (!until || position(c, until, agenda) <= 0));
  for (const p of meeting.presence) {
    if (same(p.name, ALL_MEMBERS)) {
      for (const m of body.members) if (!absent.has(m.name.trim().toLowerCase()) && !seats.has(m)) seats.set(m, { member: m });
      continue;
    }
    if (!inPart(p.fromCase, p.untilCase)) continue;
    const member = p.deputyFor ? memberNamed(body, p.deputyFor) : memberNamed(body, p.name);
    if (member) seats.set(member, p.deputyFor ? { member, deputy: p.name } : { member });
  }
  for (const name of meeting.participants) {
    const member = memberNamed(body, name);
    if (member && !seats.has(member)) seats.set(member, { member });
  }
  const conflicted = (s: Seat) => !!c && c.conflicts.some((x) => same(x.name, s.member.name) || (!!s.deputy && same(x.name, s.deputy)));
  return [...seats.values()].filter((s) => !conflicted(s));
}

export interface QuorumResult {
  /** Whether the body could decide. */
  met: boolean;
  /** Seats held. */
  present: number;
  /** Seats needed (the larger of the share and the count). */
  required: number;
  /** Members of the body. */
  members: number;
  /** Sides required by the rule that had no seat held. */
  missingParties: string[];
}

/** Checks the seats against the rule. */
export function judgeQuorum(rule: QuorumRule, seats: readonly Seat[], members: number, parties: readonly Party[]): QuorumResult {
  const byShare = rule.share !== undefined ? Math.ceil(rule.share * members - 1e-9) : 0;
  const required = Math.max(byShare, rule.count ?? 0);
  const held = new Set(seats.map((s) => partyOf(s.member, parties)));
  const missingParties = rule.parties.filter((p) => !held.has(p));
  return { met: seats.length >= required && missingParties.length === 0, present: seats.length, required, members, missingParties };
}

/**
 * Quorum at case `c` (or for the meeting as a whole): undefined when the body
 * has no rule or the meeting file does not say who was there.
 */
export function quorumAt(
  meeting: Meeting | undefined,
  body: Body | undefined,
  rule: QuorumRule | undefined,
  parties: readonly Party[],
  c: Case | undefined,
  agenda: readonly Case[],
): QuorumResult | undefined {
  if (!meeting || !body || !rule || !attendanceRecorded(meeting)) return undefined;
  return judgeQuorum(rule, seatsAt(meeting, body, c, agenda), body.members.length, parties);
}

/** Case types that make a case a decision, for which quorum is required. */
export const DECISION_TYPES = ['beslutning', 'vedtak'];

export function isDecision(c: Case): boolean {
  return c.types.some((t) => DECISION_TYPES.includes(t.trim().toLowerCase()));
}
