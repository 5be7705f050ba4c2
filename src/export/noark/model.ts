/**
 * What an archive package holds, worked out from the repository before any file
 * is made: one meeting folder (moetemappe) per meeting, with a registration for
 * the notice, one for the minutes once the meeting is held, and one per case;
 * each registration with the documents to render or copy.
 *
 * Everything shown comes from the public view of the repository
 * (src/model/restricted.ts): a restricted case appears by its public title with
 * its legal basis and without documents, restricted attachments are left out,
 * and restricted sections never reach a document. The full repository is read
 * only to tell which public documents had something taken out.
 *
 * Identifiers are name-based UUIDs (uuid.ts) of what a thing is — "SSU 2024.27",
 * "SSU 2024-09-26" — so every export gives the same systemIDs.
 */
import { unreservedName } from '../../model/file-names.js';
import { formatCaseNumber, formatCaseRef, type CaseRef } from '../../model/case-number.js';
import { documentView, findRestrictedSections } from '../../model/restricted.js';
import { RepoIndex, type Repository } from '../../model/repository.js';
import type { Body, Case, Meeting, Restriction } from '../../model/types.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { bodyName } from '../../render/common.js';
import { formatDateMedium } from '../../render/dates.js';
import type { Doc } from '../../render/ir.js';
import { isDraft, renderMinutes } from '../../render/minutes.js';
import { renderNotice } from '../../render/notice.js';
import { hasPaper, renderPaper } from '../../render/paper.js';
import { osloDateTime } from './dates.js';
import { HF_NAMESPACE, uuidV5 } from './uuid.js';

export interface MeetingKey {
  body: string;
  date: string;
}

export interface PlanInput {
  /** The repository as loaded, restricted content included (see the module comment). */
  repo: Repository;
  lang: Lang;
  /** Today (yyyy-mm-dd): minutes exist only for meetings that are over. */
  today: string;
  /** Which meetings to export; all when absent. */
  select?: (meeting: MeetingKey) => boolean;
}

/** Where a document's bytes come from. */
export type DocumentSource = { kind: 'render'; doc: Doc } | { kind: 'file'; path: string } | { kind: 'none'; url?: string };

/** A dokumentbeskrivelse and, when it has a file, its dokumentobjekt. */
export interface DocumentPlan {
  systemID: string;
  /** dokumenttype (free text in Noark): Innkalling, Referat, Saksfremlegg, Vedlegg. */
  type: string;
  title: string;
  role: 'Hoveddokument' | 'Vedlegg';
  number: number;
  source: DocumentSource;
  /** Path of the file in the package (`dokumenter/ssu/2024-09-26/innkalling.pdf`); none for a link. */
  packagePath?: string;
  /** Something restricted was taken out of this public version. */
  partlyRestricted: boolean;
}

export interface Participant {
  name: string;
  role: string;
}

export interface RegistrationPlan {
  kind: 'notice' | 'minutes' | 'case';
  systemID: string;
  registrationID: string;
  title: string;
  publicTitle: string;
  description?: string;
  restriction?: Restriction;
  documents: DocumentPlan[];
  /** Cases this one follows up or refers to (their registration systemIDs). */
  references: string[];
  // Case registrations only:
  caseType?: string;
  status?: string;
  unit?: string;
  handler?: string;
  year?: number;
  seq?: number;
  subSeq?: number;
}

export interface MeetingPlan {
  systemID: string;
  folderID: string;
  title: string;
  body: string;
  date: string;
  dateTime: string;
  place?: string;
  /** systemID of the body's previous meeting, exported or not. */
  previous?: string;
  participants: Participant[];
  registrations: RegistrationPlan[];
  /** Who created the records: the meeting's minute-taker, else the secretariat. */
  creator: string;
}

export interface ArchivePlan {
  systemID: string;
  seriesID: string;
  title: string;
  seriesTitle: string;
  creatorID: string;
  creatorName: string;
  /** The date of the partnership's first meeting (xs:dateTime): the archive's creation date. */
  created: string;
  meetings: MeetingPlan[];
  lang: Lang;
}

const m = {
  archiveTitle: { nb: '{name} – møter', en: '{name} – meetings' },
  seriesTitle: { nb: 'Møter', en: 'Meetings' },
  meetingTitle: { nb: '{body} – møte {date}', en: '{body} – meeting {date}' },
  notice: { nb: 'Innkalling', en: 'Notice of meeting' },
  minutes: { nb: 'Referat', en: 'Minutes' },
  paper: { nb: 'Saksfremlegg', en: 'Case paper' },
  attachment: { nb: 'Vedlegg', en: 'Attachment' },
  held: { nb: 'Behandlet', en: 'Considered' },
  pending: { nb: 'Til behandling', en: 'To be considered' },
  chair: { nb: 'Møteleder', en: 'Chair' },
  minuteTaker: { nb: 'Referent', en: 'Minute-taker' },
  member: { nb: 'Medlem', en: 'Member' },
  participant: { nb: 'Deltaker', en: 'Participant' },
  presenter: { nb: 'Innleder', en: 'Presenter' },
  guest: { nb: 'Gjest', en: 'Guest' },
  secretariat: { nb: 'Sekretariat', en: 'Secretariat' },
} satisfies Catalogue;

/** Plans the package: pure, the same input gives the same plan. */
export function planArchive(input: PlanInput): ArchivePlan {
  const { repo, lang, today } = input;
  const t = translator(m, lang);
  const config = repo.config;
  const ns = uuidV5(HF_NAMESPACE, `partnership:${config.name}`);
  const id = (name: string) => uuidV5(ns, name);
  const full = new Map(repo.cases.map((c) => [c.file, c]));
  const publicRepo = documentView(repo, true, lang);
  const index = new RepoIndex(publicRepo);
  const options = { lang, today };

  const keys = meetingKeys(publicRepo);
  const seriesID = id('series:meetings');
  const meetings: MeetingPlan[] = [];
  // A name given twice (two files with one case number, which hf validate reports) still gets an ID of its own.
  const used = new Set<string>();
  const unique = (name: string, extra: string) => {
    const out = used.has(name) ? `${name}#${extra}` : name;
    used.add(out);
    return out;
  };
  const previousOf = new Map<string, string>();
  for (const key of keys) {
    const prev = previousOf.get(key.body);
    previousOf.set(key.body, key.date);
    if (input.select && !input.select(key)) continue;
    const body = index.body(key.body);
    const meeting = index.findMeeting(key.body, key.date);
    // A body code Windows reserves (refused in hf.yaml, but the export may still run) never becomes a folder of its own.
    const folder = `dokumenter/${unreservedName(key.body.toLowerCase(), 'organ')}/${key.date}`;
    const agenda = index.agenda(key.body, key.date);
    const anyRestricted = agenda.some((c) => partlyRestricted(full.get(c.file) ?? c));
    const meetingName = `${key.body}/${key.date}`;
    const registrations: RegistrationPlan[] = [];

    const notice = renderNotice(index, key.body, key.date, options);
    registrations.push(meetingDocument('notice', t('notice'), notice, `${folder}/innkalling.pdf`));
    // Minutes are archived once they are final: the meeting is over and every case is finished.
    if (!isDraft(key.date, today)) {
      const minutes = renderMinutes(index, key.body, key.date, options);
      if (!minutes.draft) registrations.push(meetingDocument('minutes', t('minutes'), minutes.doc, `${folder}/referat.pdf`));
    }
    agenda.forEach((c, position) => registrations.push(caseRegistration(c, position)));

    meetings.push({
      systemID: id(`meeting:${meetingName}`),
      folderID: `${key.body} ${key.date}`,
      title: t('meetingTitle', { body: bodyName(body, key.body), date: formatDateMedium(key.date, lang) }),
      body: key.body,
      date: key.date,
      dateTime: osloDateTime(key.date, meeting?.start),
      ...(meeting?.place ? { place: meeting.place } : {}),
      ...(prev ? { previous: id(`meeting:${key.body}/${prev}`) } : {}),
      participants: participants(meeting, body),
      registrations,
      creator: meeting?.minuteTaker ?? config.secretariat[0]?.name ?? config.name,
    });

    function meetingDocument(kind: 'notice' | 'minutes', type: string, doc: Doc, path: string): RegistrationPlan {
      const name = `${kind}:${meetingName}`;
      return {
        kind,
        systemID: id(name),
        // Noark's words for the two, so the ID is the same in every language.
        registrationID: `${key.body} ${key.date} ${kind === 'notice' ? 'Innkalling' : 'Protokoll'}`,
        title: doc.title,
        publicTitle: doc.title,
        documents: [
          { systemID: id(`document:${name}`), type, title: doc.title, role: 'Hoveddokument', number: 1, source: { kind: 'render', doc }, packagePath: path, partlyRestricted: anyRestricted },
        ],
        references: [],
      };
    }

    function caseRegistration(c: Case, position: number): RegistrationPlan {
      const internal = full.get(c.file);
      const name = unique(caseName(c), c.file);
      const label = c.number ? formatCaseNumber(c.number) : `${position + 1}`;
      const stem = c.number ? formatCaseNumber(c.number) : `${key.date}-${position + 1}`;
      const documents: DocumentPlan[] = [];
      if (!c.restriction && hasPaper(c)) {
        const doc = renderPaper(index, c, options);
        const textRestricted = !!internal && (hasSections(internal.text) || hasSections(internal.proposedConclusion));
        documents.push({ systemID: id(`document:paper:${name}`), type: t('paper'), title: doc.title, role: 'Hoveddokument', number: 1, source: { kind: 'render', doc }, packagePath: `${folder}/${stem}-saksfremlegg.pdf`, partlyRestricted: textRestricted });
      }
      c.attachments.forEach((a, i) => {
        const n = documents.length + 1;
        const ext = a.file ? extensionOf(a.file) : '';
        documents.push({
          systemID: id(`document:attachment:${unique(`${name}/${a.file ?? a.url ?? a.title}`, String(i + 1))}`),
          type: t('attachment'),
          title: a.title ?? `${t('attachment')} ${i + 1}`,
          role: documents.length === 0 ? 'Hoveddokument' : 'Vedlegg',
          number: n,
          source: a.file ? { kind: 'file', path: a.file } : { kind: 'none', ...(a.url ? { url: a.url } : {}) },
          ...(a.file ? { packagePath: `${folder}/${stem}-vedlegg-${i + 1}${ext}` } : {}),
          partlyRestricted: false,
        });
      });
      const references = [c.followUpOf, ...c.refersTo]
        .filter((r): r is CaseRef => !!r && !!index.findCase(r))
        .map((r) => id(`case:${r.body}/${formatCaseNumber(r.number)}`));
      return {
        kind: 'case',
        systemID: id(`case:${name}`),
        registrationID: c.number ? formatCaseRef({ body: c.body, number: c.number }) : `${c.body} ${key.date} #${label}`,
        title: c.title,
        publicTitle: c.publicTitle ?? c.title,
        ...(c.types.length ? { description: c.types.join(', ') } : {}),
        ...(c.restriction ? { restriction: c.restriction } : {}),
        documents,
        references: [...new Set(references)],
        caseType: caseType(c),
        status: isDraft(key.date, today) ? t('pending') : t('held'),
        ...(c.responsible.length ? { unit: c.responsible.join(', ') } : {}),
        ...(c.handler ? { handler: c.handler } : {}),
        year: c.number?.year ?? Number(key.date.slice(0, 4)),
        seq: c.number?.seq ?? 0,
        ...(c.number ? {} : { subSeq: position + 1 }),
      };
    }
  }

  function participants(meeting: Meeting | undefined, body: Body | undefined): Participant[] {
    if (!meeting) return [];
    const out = new Map<string, Participant>();
    const add = (name: string, role: string) => {
      const key = name.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, { name: name.trim(), role });
    };
    const absent = new Set(meeting.absent.map((n) => n.trim().toLowerCase()));
    if (meeting.chair) add(meeting.chair, t('chair'));
    if (meeting.minuteTaker) add(meeting.minuteTaker, t('minuteTaker'));
    const guests = new Set(meeting.guests.map((g) => g.name.trim().toLowerCase()));
    for (const name of meeting.present) {
      if (/^faste medlemmer$/i.test(name.trim())) {
        for (const member of body?.members ?? []) if (!absent.has(member.name.trim().toLowerCase())) add(member.name, t('member'));
      } else add(name, guests.has(name.trim().toLowerCase()) ? t('guest') : t('member'));
    }
    for (const name of meeting.participants) add(name, t('participant'));
    for (const name of meeting.presenters) add(name, t('presenter'));
    for (const name of meeting.secretariat) add(name, t('secretariat'));
    return [...out.values()];
  }

  const first = keys[0]?.date;
  return {
    systemID: id('archive'),
    seriesID,
    title: t('archiveTitle', { name: config.name }),
    seriesTitle: t('seriesTitle'),
    creatorID: config.name,
    creatorName: config.name,
    created: osloDateTime(first ?? today),
    meetings,
    lang,
  };
}

/** Every meeting: those with a file and those that only cases name, by date, then body. */
function meetingKeys(repo: Repository): MeetingKey[] {
  const seen = new Map<string, MeetingKey>();
  for (const x of repo.meetings) seen.set(`${x.body} ${x.date}`, { body: x.body, date: x.date });
  for (const c of repo.cases) if (c.meeting && !seen.has(`${c.body} ${c.meeting}`)) seen.set(`${c.body} ${c.meeting}`, { body: c.body, date: c.meeting });
  return [...seen.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.body < b.body ? -1 : a.body > b.body ? 1 : 0));
}

/** The identity of a case: its body and number, or for an unnumbered standing item its file. */
function caseName(c: Case): string {
  if (c.number) return `${c.body}/${formatCaseNumber(c.number)}`;
  return `${c.body}/${c.file.replace(/^.*\//, '').replace(/\.md$/, '')}`;
}

function hasSections(text: string | undefined): boolean {
  return !!text && /skjermet/i.test(text) && findRestrictedSections(text).length > 0;
}

/** Whether the public version of a case leaves something out. */
function partlyRestricted(c: Case): boolean {
  return !!c.restriction || c.attachments.some((a) => a.restriction) || [c.text, c.proposedConclusion, c.treatment, c.dialogue, c.conclusion].some(hasSections);
}

/**
 * Noark's møtesakstype (a closed list): a Referat item is a Referatsak, a case
 * that only informs is an Orienteringssak; the partnership's bodies are neither
 * political nor acting under delegation, so every other case is Annet (its own
 * case types go into the registration's description).
 */
function caseType(c: Case): string {
  if (c.standing === 'minutes') return 'Referatsak';
  if (c.types.length > 0 && c.types.every((x) => /^orientering$/i.test(x))) return 'Orienteringssak';
  return 'Annet';
}

function extensionOf(path: string): string {
  const m = /\.[A-Za-z0-9]{1,8}$/.exec(path);
  return m ? m[0].toLowerCase() : '';
}
