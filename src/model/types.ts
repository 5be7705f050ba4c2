/**
 * The data model in English. Frontmatter speaks Norwegian (`saksnr`, `tittel`,
 * `organ` …); `src/model/map.ts` translates at the load boundary, and nothing
 * past it sees a Norwegian key.
 */
import type { CaseNumber, CaseRef, MeetingRef } from './case-number.js';
import type { Lang } from '../i18n/lang.js';

export interface Person {
  name: string;
  role?: string;
  organisation?: string;
}

/** A member of a body: a person with the side they sit for and their deputies. */
export interface Member extends Person {
  /** `part`: the side (party) the member sits for, as written; see `partyOf` in src/model/quorum.ts. */
  party?: string;
  /** `vara`: the member's personal deputies, in the order they are called. */
  deputies: Person[];
}

/** A side of the partnership (`parter` in hf.yaml), for quorum rules that need members from each side. */
export interface Party {
  id: string;
  name: string;
  /** Organisation names, or words in them, that belong to the side ("kommune", "SiV"). */
  organisations: string[];
}

/**
 * When a body can decide (`beslutningsdyktig`): at least `share` of the members
 * and at least `count` members present, and at least one from each of `parties`.
 */
export interface QuorumRule {
  share?: number;
  count?: number;
  parties: string[];
}

/** A body's deadlines in days (`frister`): cases in and notice out before a meeting, minutes out after it. */
export interface Deadlines {
  cases?: number;
  notice?: number;
  minutes?: number;
}

export type BodyKind =
  | 'partnerskapsmøte'
  | 'samarbeidsutvalg'
  | 'fagutvalg'
  | 'underutvalg'
  | 'samhandlingsforum'
  | 'nettverk'
  | 'arbeidsgruppe'
  | 'faggruppe';

/** A body of the partnership: Partnerskapsmøtet, SSU, FSU, a fagutvalg … */
export interface Body {
  code: string;
  name: string;
  kind?: BodyKind;
  reportsTo?: string;
  /** "Til" in the notice. */
  recipients?: string;
  /** Whether standing items (Godkjenning, Referat, Eventuelt) get case numbers. */
  standingNumbered: boolean;
  members: Member[];
  /** `beslutningsdyktig` in hf.yaml (the mandate may state it instead). */
  quorum?: QuorumRule;
  /** `frister` in hf.yaml (the mandate may state them instead). */
  deadlines?: Deadlines;
}

export interface PlanArea {
  id: string;
  name: string;
  number?: number;
}

export interface PlanGrouping {
  id: string;
  name: string;
  areas: PlanArea[];
}

/** The partnership, from `hf.yaml`. */
export interface Config {
  name: string;
  lang: Lang;
  hfVersion?: string;
  /** `nettsted`: where the partnership's notices can be read (a base URL or a URL template). */
  website?: string;
  caseTypes: string[];
  secretariat: Person[];
  /** `parter`: the sides of the partnership. */
  parties: Party[];
  bodies: Body[];
  plan: { groupings: PlanGrouping[] };
}

export type StandingKind = 'approval' | 'minutes' | 'aob';

/** Exemption from public access (skjerming), with its legal basis, as in eInnsyn. */
export interface Restriction {
  /** The legal basis (skjermingshjemmel), e.g. "offl. § 13 jf. fvl. § 13". */
  basis: string;
  /** The day the exemption ends (yyyy-mm-dd), when it does. */
  until?: string;
}

export interface Attachment {
  title: string;
  file?: string;
  url?: string;
  restriction?: Restriction;
}

export interface Link {
  title: string;
  url?: string;
}

export interface Point {
  text: string;
  points: Point[];
}

export type FollowUpStatus = 'open' | 'closed';

/** Something a conclusion asks someone to do, tracked until closed. */
export interface FollowUpItem {
  what: string;
  owner?: string;
  /** Due date, yyyy-mm-dd. */
  due?: string;
  /** Due at the body's meeting on this date. */
  meeting?: string;
  status: FollowUpStatus;
  closedIn?: CaseRef;
}

/** A member who stepped aside for a case (`inhabil`), with the reason and the legal basis as text. */
export interface Conflict {
  name: string;
  reason?: string;
  basis?: string;
}

export interface Case {
  /** Repository-relative path of the file. */
  file: string;
  /** Absent for queued cases and unnumbered standing items. */
  number?: CaseNumber;
  body: string;
  /** Date (yyyy-mm-dd) of the meeting that treats the case. */
  meeting?: string;
  title: string;
  publicTitle?: string;
  /** The whole case is exempt from public access. */
  restriction?: Restriction;
  types: string[];
  responsible: string[];
  handler?: string;
  standing?: StandingKind;
  points: Point[];
  attachments: Attachment[];
  links: Link[];
  minutesOf: MeetingRef[];
  followUpOf?: CaseRef;
  refersTo: CaseRef[];
  proposedConclusion?: string;
  treatment?: string;
  dialogue?: string;
  conclusion?: string;
  followUps: FollowUpItem[];
  /** `inhabil`: members who stepped aside for this case. */
  conflicts: Conflict[];
  /** `innstilling_fra`: the case of another body whose recommendation this case treats. */
  recommendationFrom?: CaseRef;
  /** `oversendt_til`: the cases other bodies opened for this case's recommendation. */
  referredTo: CaseRef[];
  /** `samlet`: an information item taken together with the meeting's other ones. */
  together: boolean;
  /** `tatt_ut_av`: the member who asked to lift the case out of the items taken together. */
  liftedOutBy?: string;
  /** The Markdown body: the case paper. */
  text: string;
}

export interface Guest extends Person {}

/**
 * One entry of `tilstede` in detail: a deputy says whom they met for, and
 * someone present for part of the meeting from which case or until which case.
 */
export interface Presence {
  name: string;
  /** `vara_for`: the member this deputy met for. */
  deputyFor?: string;
  /** `fra_sak`: present from this case on (came late). */
  fromCase?: CaseNumber;
  /** `til_sak`: present up to and including this case (left early). */
  untilCase?: CaseNumber;
}

/** One entry of `frafall`: who sent apologies, and why when the meeting file says so. */
export interface Apology {
  name: string;
  reason?: string;
}

/** `orienteringssaker`: the heading and the one conclusion of the information items taken together. */
export interface InfoItems {
  title?: string;
  proposedConclusion?: string;
  conclusion?: string;
}

/**
 * Digests of the content the minutes print, by part (`møte` for the meeting's
 * own fields, a case number for each case) and field (the frontmatter key).
 */
export type ContentDigest = Record<string, Record<string, string>>;

/** `godkjent`: the minutes were approved, in a case of a meeting or by e-mail, with the digest of what was approved. */
export interface Approval {
  date: string;
  /** `sak`: the case (normally the next meeting's Referat case) that approved the minutes. */
  inCase?: CaseRef;
  /** `per_epost`: circulated and approved by e-mail. */
  byEmail: boolean;
  digest: ContentDigest;
}

/** `rettelser`: a correction recorded after approval, with the digest of the parts it changed. */
export interface Correction {
  date: string;
  text: string;
  digest: ContentDigest;
}
export interface Meeting {
  file: string;
  body: string;
  date: string;
  start?: string;
  end?: string;
  place?: string;
  recipients?: string;
  chair?: string;
  minuteTaker?: string;
  secretariat: string[];
  /** The names in `tilstede` (see `presence` for deputies and partial attendance). */
  present: string[];
  /** `tilstede` in detail, one entry per name of `present`. */
  presence: Presence[];
  /** The names in `frafall` (see `apologies` for the reasons). */
  absent: string[];
  /** `frafall` in detail, one entry per name of `absent`. */
  apologies: Apology[];
  participants: string[];
  presenters: string[];
  guests: Guest[];
  /** The agenda's pause comes after this case number. */
  pauseAfter?: CaseNumber;
  infoItems?: InfoItems;
  approval?: Approval;
  corrections: Correction[];
  /** `innkalling_sendt`: the day the notice went out. */
  noticeSent?: string;
  /** `referat_sendt`: the day the minutes went out. */
  minutesSent?: string;
  text: string;
}

export type PlanRowType = 'area' | 'initiative' | 'measure';
export type PlanStatus = 'planlagt' | 'pågår' | 'fullført' | 'videreført' | 'avsluttet';

/** One row of an action plan: an area text, a satsning (initiative) or a tiltak (measure). */
export interface PlanRow {
  file: string;
  year: number;
  id: string;
  type: PlanRowType;
  area: string;
  /** For a tiltak: the id of its satsning. */
  initiative?: string;
  order?: number;
  title?: string;
  description?: string;
  goal?: string;
  workForm?: string;
  period?: string;
  status?: PlanStatus;
  responsible?: string;
  cases: CaseRef[];
  /** `2024/vitality`: the row of an earlier year this one continues. */
  continues?: string;
  text: string;
}

export interface Plan {
  file: string;
  year: number;
  title: string;
  mainGoal?: string;
  whereTo: Record<string, string>;
  decidedIn: CaseRef[];
  text: string;
}

export type MandateStatus = 'utkast' | 'vedtatt';

export interface Mandate {
  file: string;
  body: string;
  title?: string;
  version?: string;
  status: MandateStatus;
  approvedIn?: CaseRef;
  validFrom?: string;
  validTo?: string;
  minMeetingsPerYear?: number;
  meetingFrequencyText?: string;
  annualReportTo?: string;
  evaluationMonths?: number;
  /** Cases (in the receiving body) that presented the body's annual reports. */
  annualReports: CaseRef[];
  /** Cases that treated evaluations of the mandate. */
  evaluations: CaseRef[];
  composition: { role: string; organisation?: string }[];
  /** `beslutningsdyktig`, when the mandate states when the body can decide. */
  quorum?: QuorumRule;
  /** `frister`, when the mandate states the body's deadlines. */
  deadlines?: Deadlines;
  text: string;
}
