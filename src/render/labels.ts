/** The words of the documents (labels, headings, fixed phrases) in bokmål and English. */
import { translator, type Catalogue, type Lang } from '../i18n/lang.js';

export const documentLabels = {
  // The notice
  notice: { nb: 'Innkalling', en: 'Notice of meeting' },
  noticeTopic: { nb: 'Innkalling {code}', en: 'Notice of meeting {code}' },
  noticeTitle: { nb: 'Innkalling {code} {date}', en: 'Notice of meeting {code} {date}' },
  to: { nb: 'Til', en: 'To' },
  topic: { nb: 'Tema', en: 'Subject' },
  datePlace: { nb: 'Dato/sted', en: 'Date/place' },
  chair: { nb: 'Møteleder', en: 'Chair' },
  minuteTaker: { nb: 'Referent', en: 'Minute-taker' },
  attachmentCount: { nb: '{n} vedlegg', en: '{n} attachments' },
  oneAttachmentCount: { nb: '1 vedlegg', en: '1 attachment' },
  attachmentMark: { nb: 'Vedlegg', en: 'Attachment' },
  attachmentsOfCase: { nb: 'Sak {number}: {titles}', en: 'Case {number}: {titles}' },
  notInPacket: { nb: '(ikke med i møtepakken)', en: '(not in the meeting packet)' },
  agenda: { nb: 'Saksliste', en: 'Agenda' },
  colNumber: { nb: 'Saksnr.', en: 'Case no.' },
  colCase: { nb: 'Sak', en: 'Item' },
  colResponsible: { nb: 'Ansvar', en: 'Responsible' },
  pause: { nb: 'Pause', en: 'Break' },
  aob: { nb: 'Eventuelt', en: 'Any other business' },
  proposedConclusion: { nb: 'Forslag til konklusjon:', en: 'Proposed conclusion:' },
  conclusion: { nb: 'Konklusjon:', en: 'Conclusion:' },
  followUpOf: { nb: 'Oppfølging av {body}-sak {number}', en: 'Follow-up of {body} case {number}' },
  followUpOfMissing: { nb: 'Oppfølging av {body}-sak {number} (finnes ikke i repoet)', en: 'Follow-up of {body} case {number} (not in the repository)' },
  openFollowUps: { nb: 'Oppfølging av tidligere vedtak', en: 'Follow-up of earlier decisions' },
  openFollowUpsIntro: {
    nb: 'Oppfølgingspunkter fra tidligere vedtak i {code} som skal være fulgt opp innen dette møtet og ennå ikke er lukket:',
    en: 'Follow-up items from earlier decisions of {code} that are due by this meeting and not yet closed:',
  },
  colDecidedIn: { nb: 'Vedtak i sak', en: 'Decided in' },
  colWhat: { nb: 'Oppfølging', en: 'Follow-up' },
  colDue: { nb: 'Frist', en: 'Due' },
  dueMeeting: { nb: 'møtet {date}', en: 'the meeting on {date}' },
  overdue: { nb: '(forfalt)', en: '(overdue)' },
  treatedIn: { nb: 'Behandles i sak {number} i dette møtet.', en: 'On this agenda as case {number}.' },
  // The minutes
  minutes: { nb: 'Referat', en: 'Minutes' },
  draftMinutes: { nb: 'Utkast til referat', en: 'Draft minutes' },
  minutesTopic: { nb: 'Referat fra møte i {name} ({code})', en: 'Minutes of the meeting of {name} ({code})' },
  minutesTitle: { nb: 'Referat {code} {date}', en: 'Minutes {code} {date}' },
  draftMinutesTitle: { nb: 'Utkast til referat {code} {date}', en: 'Draft minutes {code} {date}' },
  draftNote: {
    nb: 'Utkast laget før møtet {date}. Konklusjonene som står her er forslag til møtet, ikke vedtak.',
    en: 'Draft made before the meeting on {date}. The conclusions shown are proposals to the meeting, not decisions.',
  },
  present: { nb: 'Tilstede', en: 'Present' },
  absent: { nb: 'Frafall', en: 'Apologies' },
  attachments: { nb: 'Vedlegg', en: 'Attachments' },
  secretariat: { nb: 'Sekretariat', en: 'Secretariat' },
  participants: { nb: 'Deltakere', en: 'Participants' },
  presenters: { nb: 'Innledere', en: 'Presenters' },
  standingMembers: { nb: '{code} faste medlemmer', en: '{code} standing members' },
  minuteTakerMark: { nb: '(ref.)', en: '(minutes)' },
  minuteTakers: { nb: 'Referenter', en: 'Minute-takers' },
  minuteTakersSecretariat: { nb: 'Referenter/sekretariat', en: 'Minute-takers/secretariat' },
  dialogue: { nb: 'Innspill i påfølgende dialog:', en: 'Input from the discussion:' },
  colTreatment: { nb: 'Sak, møtebehandling og konklusjon', en: 'Item, discussion and conclusion' },
  // The case paper
  paper: { nb: 'Saksfremlegg', en: 'Case paper' },
  paperTitle: { nb: 'Saksfremlegg {code} {number} – {title}', en: 'Case paper {code} {number} – {title}' },
  paperNumber: { nb: 'Saksnr.', en: 'Case no.' },
  paperBody: { nb: 'Møteorgan', en: 'Body' },
  paperTypes: { nb: 'Type sak', en: 'Case type' },
  paperHandler: { nb: 'Saksbehandler', en: 'Prepared by' },
  paperMeeting: { nb: 'Møte', en: 'Meeting' },
  proposedResolution: { nb: 'Forslag til vedtak', en: 'Proposed resolution' },
  packetTitle: { nb: 'Møtepakke {code} {date}', en: 'Meeting packet {code} {date}' },
  // The meeting packet
  attachmentNumber: { nb: 'Vedlegg {n}', en: 'Attachment {n}' },
  noPaperOf: { nb: 'saksfremlegget til {case} (saksfilen har ingen tekst)', en: 'the case paper of {case} (the case file has no text)' },
  mandateOf: { nb: 'mandatet til {body}', en: 'the mandate of {body}' },
} satisfies Catalogue;

export type LabelId = keyof typeof documentLabels;

/** A translator for the document words in `lang`. */
export function labels(lang: Lang): (id: LabelId, data?: Record<string, unknown>) => string {
  return translator(documentLabels as Catalogue<LabelId>, lang);
}
