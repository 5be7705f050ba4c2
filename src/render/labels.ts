/** The words of the documents (labels, headings, fixed phrases) in bokmål and English. */
import { interpolate, translator, type Catalogue, type Lang } from '../i18n/lang.js';
import type { OwnLabels } from '../model/labels.js';

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
  // Attendance, quorum and conflicts of interest in the minutes
  deputyFor: { nb: '(vara for {name})', en: '(deputy for {name})' },
  fromCase: { nb: '(fra sak {number})', en: '(from case {number})' },
  untilCase: { nb: '(til og med sak {number})', en: '(until case {number})' },
  apologyReason: { nb: '({reason})', en: '({reason})' },
  guests: { nb: 'Gjester', en: 'Guests' },
  quorum: { nb: 'Beslutningsdyktig', en: 'Quorum' },
  quorumYes: { nb: 'Ja: {present} av {members} medlemmer til stede', en: 'Yes: {present} of {members} members present' },
  quorumNo: { nb: 'Nei: {present} av {members} medlemmer til stede', en: 'No: {present} of {members} members present' },
  quorumRequired: { nb: 'minst {required} må være til stede', en: 'at least {required} must be present' },
  quorumParties: { nb: 'minst én fra hver av {parties}', en: 'at least one from each of {parties}' },
  quorumMissing: { nb: 'ingen til stede fra {parties}', en: 'nobody present from {parties}' },
  and: { nb: 'og', en: 'and' },
  caseQuorumYes: { nb: 'Beslutningsdyktig i saken: {present} av {members} medlemmer.', en: 'Quorum for this item: {present} of {members} members.' },
  caseQuorumNo: { nb: 'Ikke beslutningsdyktig i saken: {present} av {members} medlemmer ({why}).', en: 'No quorum for this item: {present} of {members} members ({why}).' },
  conflict: { nb: '{name} var inhabil og fratrådte under behandlingen av saken', en: '{name} had a conflict of interest and left for this item' },
  conflictBasis: { nb: 'jf. {basis}', en: 'cf. {basis}' },
  // Draft until decided, approval and corrections
  draftUnfinished: {
    nb: 'Utkast: {count} av sakene mangler konklusjon ({numbers}). Der konklusjonen mangler, står forslaget til konklusjon.',
    en: 'Draft: {count} of the items have no conclusion ({numbers}). Where the conclusion is missing, the proposed conclusion is shown.',
  },
  draftForced: { nb: 'Utkast til referat; referatet er ikke endelig.', en: 'Draft minutes; the minutes are not final.' },
  unfinished: { nb: 'Ikke ferdig behandlet: konklusjonen mangler.', en: 'Not finished: the conclusion is missing.' },
  approved: { nb: 'Godkjent', en: 'Approved' },
  approvedInCase: { nb: 'i sak {ref}, {date}', en: 'in item {ref}, {date}' },
  approvedByEmail: { nb: 'per e-post {date}', en: 'by e-mail {date}' },
  corrections: { nb: 'Rettelser etter godkjenning', en: 'Corrections after approval' },
  liftedOut: { nb: 'Tatt ut av orienteringssakene etter ønske fra {name}.', en: 'Taken out of the information items at the request of {name}.' },
  infoItems: { nb: 'Orienteringssaker', en: 'Information items' },
  infoItemsIntro: { nb: 'Sakene tas samlet.', en: 'The items are taken together.' },
  // Minutes awaiting approval and recommendations in the notice
  awaitingApproval: { nb: 'Referater til godkjenning:', en: 'Minutes for approval:' },
  minutesOfMeeting: { nb: 'Referat {code} {date}', en: 'Minutes {code} {date}' },
  recommendationFrom: { nb: 'Innstilling fra {body} ({ref})', en: 'Recommendation from {body} ({ref})' },
  recommendationMissing: { nb: 'Innstilling fra {body} ({ref}); saken finnes ikke i repoet', en: 'Recommendation from {body} ({ref}); the item is not in the repository' },
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
  const base = translator(documentLabels as Catalogue<LabelId>, lang);
  const mine = own;
  if (!mine || mine.lang !== lang) return base;
  return (id, data) => {
    const word = mine.labels[id as keyof OwnLabels];
    if (word === undefined) return base(id, data);
    // A label that ends in a colon ("Forslag til konklusjon:") keeps it.
    const colon = documentLabels[id].nb.endsWith(':') && !word.endsWith(':') ? ':' : '';
    return interpolate(word + colon, data);
  };
}

/** The partnership's (and the body's) own words, while a document is being rendered (withOwnLabels). */
let own: { lang: Lang; labels: OwnLabels } | undefined;

/**
 * Renders with the partnership's own words (`etiketter` in hf.yaml, the body's
 * over the partnership's) in place of hf's, for documents in the partnership's
 * language. Renderers are synchronous, so the words hold for exactly the
 * rendering `work` does.
 */
export function withOwnLabels<T>(config: { lang: Lang; labels?: OwnLabels }, body: { labels?: OwnLabels } | undefined, work: () => T): T {
  if (!config.labels && !body?.labels) return work();
  const saved = own;
  own = { lang: config.lang, labels: { ...config.labels, ...body?.labels } };
  try {
    return work();
  } finally {
    own = saved;
  }
}
