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
  members: Person[];
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
/** A partnership's own look (`profil:` in hf.yaml): paths from the repository root. */
export interface Look {
  /** `logo`: a PNG or JPEG shown at the top of every document. */
  logo?: string;
  /** `word_mal`: a Word document whose styles (fonts, sizes, colours) the documents take, as pandoc's --reference-doc. */
  wordTemplate?: string;
}

export interface Config {
  name: string;
  lang: Lang;
  hfVersion?: string;
  /** `nettsted`: where the partnership's notices can be read (a base URL or a URL template). */
  website?: string;
  caseTypes: string[];
  secretariat: Person[];
  bodies: Body[];
  plan: { groupings: PlanGrouping[] };
  look?: Look;
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
  /** Absent when the source counts the attachment without naming it (`vedlegg: 3`, "3 vedlegg"). */
  title?: string;
  file?: string;
  url?: string;
  /** `referat:` the attachment is the minutes of this meeting, which hf renders itself. */
  minutes?: MeetingRef;
  /** `mandat:` the attachment is the mandate of this body (mandates/), which hf renders itself. */
  mandate?: string;
  /** `saksfremlegg: true`: the attachment is the case's own paper. */
  paper?: boolean;
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

export interface Case {
  /** Repository-relative path of the file. */
  file: string;
  /** Absent for queued cases and unnumbered standing items. */
  number?: CaseNumber;
  body: string;
  /** Date (yyyy-mm-dd) of the meeting that treats the case. */
  meeting?: string;
  /** The title as written (a title over several lines keeps its line breaks). */
  title: string;
  /** The title's lines, when it is written over several lines (`tittel: |`), as the agenda shows it. */
  titleLines?: string[];
  publicTitle?: string;
  /** The whole case is exempt from public access. */
  restriction?: Restriction;
  types: string[];
  /** `saksfremlegg_sakstype`: the types the case paper gives, where they differ from the agenda's. */
  paperTypes?: string[];
  responsible: string[];
  handler?: string;
  standing?: StandingKind;
  /** `ingress`: a paragraph under the title in the agenda, before the bullet points. */
  lead?: string;
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
  /** The Markdown body: the case paper. */
  text: string;
}

export interface Guest extends Person {}

export interface Meeting {
  file: string;
  body: string;
  date: string;
  start?: string;
  end?: string;
  place?: string;
  recipients?: string;
  chair?: string;
  /** The first minute-taker (`referent`). */
  minuteTaker?: string;
  /** Every minute-taker (`referent` may name several). */
  minuteTakers: string[];
  secretariat: string[];
  present: string[];
  absent: string[];
  participants: string[];
  presenters: string[];
  guests: Guest[];
  /** The agenda's pause comes after this case number. */
  pauseAfter?: CaseNumber;
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
  text: string;
}
