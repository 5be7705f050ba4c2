/**
 * The integrity of approved minutes. When minutes are approved, hf records a
 * short digest of every field the minutes print: the meeting's own fields
 * (part `møte`) and each case's (part = the case number, or the standing item's
 * kind for an unnumbered one), keyed by the frontmatter key a secretary edits.
 * Afterwards the digests of the data as it is are compared with the approved
 * ones, overlaid by the corrections (`rettelser`) recorded since: any other
 * difference is a change to approved minutes. Pure: node:crypto only hashes.
 */
import { createHash } from 'node:crypto';
import { compareCaseNumbers, formatCaseNumber, type CaseRef } from './case-number.js';
import type { Approval, Case, ContentDigest, Correction, Meeting } from './types.js';

/** Length of a field's digest in hex characters (48 bits: enough to notice an edit, short enough to read past). */
export const DIGEST_LENGTH = 12;

/** The part of the digest for the meeting's own fields. */
export const MEETING_PART = 'møte';

const STANDING_KEY = { approval: 'godkjenning', minutes: 'referat', aob: 'eventuelt' } as const;

/** The part a case's fields are recorded under: its number, or the kind of an unnumbered standing item. */
export function partOf(c: Case): string {
  return c.number ? formatCaseNumber(c.number) : c.standing ? STANDING_KEY[c.standing] : `«${c.title}»`;
}

type Fields = Record<string, unknown>;

/** The meeting fields the minutes print, by frontmatter key. */
export function meetingFields(m: Meeting): Fields {
  return {
    dato: m.date,
    start: m.start,
    slutt: m.end,
    sted: m.place,
    mottakere: m.recipients,
    møteleder: m.chair,
    referent: m.minuteTaker,
    sekretariat: m.secretariat,
    tilstede: m.presence,
    frafall: m.apologies,
    deltakere: m.participants,
    innledere: m.presenters,
    gjester: m.guests,
    orienteringssaker: m.infoItems,
  };
}

/** A case's fields the minutes print, by frontmatter key. */
export function caseFields(c: Case): Fields {
  return {
    tittel: c.title,
    sakstype: c.types,
    punkter: c.points,
    vedlegg: c.attachments.map((a) => a.title),
    ansvar: c.responsible,
    behandling: c.treatment,
    innspill: c.dialogue,
    konklusjon: c.conclusion,
    inhabil: c.conflicts,
    samlet: c.together || undefined,
    tatt_ut_av: c.liftedOutBy,
  };
}

/** JSON with sorted keys, strings without trailing white space and with \n line ends; empty values left out. */
function canonical(v: unknown): string | undefined {
  if (v === undefined || v === null || v === false) return undefined;
  if (typeof v === 'string') {
    const s = v.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    return s === '' ? undefined : JSON.stringify(s);
  }
  if (Array.isArray(v)) return v.length ? `[${v.map((x) => canonical(x) ?? 'null').join(',')}]` : undefined;
  if (typeof v === 'object') {
    const entries = Object.keys(v as object)
      .sort()
      .map((k) => [k, canonical((v as Record<string, unknown>)[k])] as const)
      .filter(([, x]) => x !== undefined);
    return entries.length ? `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${x}`).join(',')}}` : undefined;
  }
  return JSON.stringify(v);
}

function digestFields(fields: Fields): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const c = canonical(value);
    if (c !== undefined) out[key] = createHash('sha256').update(c).digest('hex').slice(0, DIGEST_LENGTH);
  }
  return out;
}

/** The digest of the minutes of `meeting` with its agenda as they are now. */
export function minutesDigest(meeting: Meeting, agenda: readonly Case[]): ContentDigest {
  const out: ContentDigest = { [MEETING_PART]: digestFields(meetingFields(meeting)) };
  for (const c of agenda) out[partOf(c)] = digestFields(caseFields(c));
  return out;
}

/**
 * What the data must match: the approved digest, with each correction's parts
 * replacing the approved ones in order (a part given as `{}` was removed).
 */
export function expectedDigest(approval: Approval, corrections: readonly Correction[]): ContentDigest {
  const out: ContentDigest = { ...approval.digest };
  for (const c of corrections) for (const [part, fields] of Object.entries(c.digest)) out[part] = fields;
  return out;
}

export type DigestChange =
  | { kind: 'field'; part: string; field: string }
  | { kind: 'added'; part: string }
  | { kind: 'removed'; part: string };

/** The differences between the expected and the actual digest, parts in the order of `actual` then the removed ones. */
export function digestChanges(expected: ContentDigest, actual: ContentDigest): DigestChange[] {
  const out: DigestChange[] = [];
  const known = (part: string) => part in expected && Object.keys(expected[part]!).length > 0;
  for (const [part, fields] of Object.entries(actual)) {
    if (!known(part) && part !== MEETING_PART) {
      out.push({ kind: 'added', part });
      continue;
    }
    const before = expected[part] ?? {};
    const keys = [...new Set([...Object.keys(fields), ...Object.keys(before)])];
    for (const field of keys) if (fields[field] !== before[field]) out.push({ kind: 'field', part, field });
  }
  for (const part of Object.keys(expected)) if (!(part in actual) && known(part)) out.push({ kind: 'removed', part });
  return out;
}

/**
 * The parts of a correction: the parts of `actual` that differ from `expected`
 * (whole parts, every field), and `{}` for parts no longer there.
 */
export function correctionDigest(expected: ContentDigest, actual: ContentDigest): ContentDigest {
  const out: ContentDigest = {};
  for (const change of digestChanges(expected, actual)) out[change.part] = change.kind === 'removed' ? {} : actual[change.part]!;
  return out;
}

const sameRef = (a: CaseRef | undefined, b: CaseRef | undefined) => !!a && !!b && a.body === b.body && compareCaseNumbers(a.number, b.number) === 0;

/**
 * The body's minutes a meeting on `date` is to approve: its meetings before that
 * date since the last one whose minutes were approved elsewhere (when none has
 * been, only the meeting just before), that are not approved, or were approved in
 * `inCase` (the meeting's own Referat case). `meetings` are the body's, by date.
 */
export function awaitingApproval(meetings: readonly Meeting[], date: string, inCase?: CaseRef): Meeting[] {
  const earlier = meetings.filter((m) => m.date < date);
  const approvedHere = (m: Meeting) => sameRef(m.approval?.inCase, inCase);
  let last = -1;
  earlier.forEach((m, i) => {
    if (m.approval && !approvedHere(m)) last = i;
  });
  const since = last >= 0 ? earlier.slice(last + 1) : earlier.slice(-1);
  return since.filter((m) => !m.approval || approvedHere(m));
}
