/**
 * The data model in English. Frontmatter speaks Norwegian (`saksnr`, `tittel`,
 * `organ` …); `src/model/map.ts` translates at the load boundary, and nothing
 * past it sees a Norwegian key.
 */
import type { CaseNumber, CaseRef, MeetingRef } from './case-number.js';
import type { Lang } from '../i18n/lang.js';
import type { StandingKind, StandingTexts } from './standing.js';
import type { OwnLabels } from './labels.js';

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
  /** The body's own words for its standing items (`faste_saker`), over the partnership's. */
  standing?: StandingTexts;
  /** The body's own words in its documents (`etiketter`), over the partnership's. */
  labels?: OwnLabels;
}

export interface PlanArea {
  id: string;
  name: string;
  /** The area's number as the document has it: "1", "3.1". */
  number?: string;
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
  /** `parter`: the sides of the partnership. */
  parties: Party[];
  bodies: Body[];
  /** `organisasjoner`: the member organisations (municipalities, hospital trusts) a plan row can name as owner. */
  organisations: string[];
  plan: {
    /** The default areas of every plan that neither declares nor inherits its own. */
    groupings: PlanGrouping[];
    /** The partnership's own fields of plan rows (`handlingsplan.felt`). */
    fields: PlanField[];
  };
  look?: Look;
  /** The partnership's own words for the standing items (`faste_saker`). */
  standing?: StandingTexts;
  /** The partnership's own words in its documents (`etiketter`). */
  labels?: OwnLabels;
}

/** The type of an own field: tekst, liste (of texts), tall, dato (yyyy-mm-dd) or valg (one of `values`). */
export type PlanFieldType = 'tekst' | 'liste' | 'tall' | 'dato' | 'valg';

/**
 * Where an own field is shown: `kolonne`, a column of the matrix (a labelled line
 * in the narrative layout); `linje`, a labelled line in either layout; `nei`, nowhere.
 */
export type PlanFieldShow = 'kolonne' | 'linje' | 'nei';

/** A field of plan rows that a partnership declares in hf.yaml: målgruppe, finansiering, indikatorer … */
export interface PlanField {
  /** The frontmatter key. */
  name: string;
  label: string;
  type: PlanFieldType;
  /** For `valg`: the allowed values. */
  values?: string[];
  show: PlanFieldShow;
}

export type { StandingKind };

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
  /** The first minute-taker (`referent`). */
  minuteTaker?: string;
  /** Every minute-taker (`referent` may name several). */
  minuteTakers: string[];
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
  /** The id of the plan it belongs to: its folder under plans/ (`2025`, `2025-2027`). */
  plan: string;
  id: string;
  type: PlanRowType;
  area: string;
  /** For a tiltak: the id of its satsning (absent for a tiltak directly under its area). */
  initiative?: string;
  /** For an area text: before (default) or after the area's satsninger and tiltak. */
  placement?: 'before' | 'after';
  order?: number;
  title?: string;
  description?: string;
  goal?: string;
  workForm?: string;
  period?: string;
  status?: PlanStatus;
  /** Who is responsible, as written: body codes, member organisations or free text. */
  owners: string[];
  cases: CaseRef[];
  /** `2024/vitality`: the rows of earlier plans this one continues (several when it merges them). */
  continues: string[];
  /** The partnership's own fields (hf.yaml `handlingsplan.felt`) as written, by key. */
  fields: Record<string, unknown>;
  text: string;
}

export type PlanLayout = 'matrix' | 'narrative';

/** `plans/<id>/plan.md`: the plan of one year or of a period of years. */
export interface Plan {
  file: string;
  /** The plan's folder under plans/: `2025`, `2025-2027`. */
  id: string;
  /** First and last year of the plan's period, when known (`år`, `periode`, or a folder named by year). */
  from?: number;
  to?: number;
  title: string;
  mainGoal?: string;
  whereTo: Record<string, string>;
  decidedIn: CaseRef[];
  /** Areas declared in the plan itself (otherwise inherited from the previous plan, or hf.yaml). */
  groupings?: PlanGrouping[];
  layout?: PlanLayout;
  /** Matrix columns after the satsning column: built-in keys (mål, arbeidsform, periode, ansvarlig, status) and own fields. */
  columns?: string[];
  /** `tiltak_uten_satsning`: tiltak may stand directly under an area. */
  measuresUnderArea?: boolean;
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
