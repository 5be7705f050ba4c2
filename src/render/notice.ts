/**
 * The notice (innkalling) of a meeting: the header (Til, Tema, Dato/sted, the
 * attachments grouped by case, Referent), the agenda table (number with types and
 * attachment count; title with bullet points, the quoted earlier case a
 * follow-up continues, and the proposed conclusion; who is responsible), the
 * pause, Eventuelt last, and the open follow-ups of the body's earlier decisions.
 */
import { formatCaseNumber, formatCaseRef, sameCaseNumber, type CaseRef } from '../model/case-number.js';
import { awaitingApproval } from '../model/approval.js';
import { followUpsForMeeting, type OpenFollowUp } from '../model/followups.js';
import { agendaRows } from '../model/info-items.js';
import type { RepoIndex } from '../model/repository.js';
import type { Attachment, Case, Meeting } from '../model/types.js';
import {
  attachmentLines,
  bodyName,
  fieldRow,
  fieldsTable,
  joinLines,
  labelled,
  linesCell,
  numberCell,
  leadAndPoints,
  numberOf,
  numbersCell,
  titleInlines,
  totalAttachments,
  type RenderOptions,
} from './common.js';
import { formatDateLong, formatDatePlace, formatDateShort } from './dates.js';
import type { Block, Doc, Inline, TableCell } from './ir.js';
import { labels } from './labels.js';
import { markdownToBlocks, safeHref } from './markdown.js';

export interface NoticeOptions extends RenderOptions {
  /** In a meeting packet: the attachments left out of it, marked so in the list of attachments. */
  omitted?: ReadonlySet<Attachment>;
}

/** The notice of the meeting of `body` on `date` (yyyy-mm-dd). */
export function renderNotice(index: RepoIndex, body: string, date: string, options: NoticeOptions): Doc {
  return { title: noticeTitle(index, body, date, options), lang: options.lang, partnership: index.repo.config.name, blocks: noticeBlocks(index, body, date, options) };
}

export function noticeTitle(index: RepoIndex, body: string, date: string, options: NoticeOptions): string {
  return labels(options.lang)('noticeTitle', { code: codeOf(index, body), date: formatDateShort(date, options.lang) });
}

/** The notice's blocks, for documents that put more after it (the meeting packet). */
export function noticeBlocks(index: RepoIndex, body: string, date: string, options: NoticeOptions): Block[] {
  const { lang } = options;
  const l = labels(lang);
  const b = index.body(body);
  const code = codeOf(index, body);
  const meeting = index.findMeeting(code, date);
  const agenda = index.agenda(code, date);
  const attachments = totalAttachments(agenda);
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: [`${l('notice')} – ${bodyName(b, code)}`] },
    fieldsTable([
      fieldRow(l('to'), meeting?.recipients ?? b?.recipients),
      fieldRow(l('topic'), l('noticeTopic', { name: b?.name ?? code, code })),
      fieldRow(l('datePlace'), formatDatePlace(date, meeting?.start, meeting?.end, meeting?.place, lang)),
      fieldRow(l('chair'), meeting?.chair),
      attachments ? fieldRow(attachments === 1 ? l('oneAttachmentCount') : l('attachmentCount', { n: attachments }), joinLines(attachmentLines(agenda, lang, options.omitted))) : undefined,
      fieldRow(l('minuteTaker'), meeting?.minuteTaker),
    ]),
    { type: 'heading', level: 2, text: [l('agenda')] },
    agendaTable(index, agenda, meeting, options),
  ];
  const followUps = followUpsForMeeting(index.repo, code, date);
  if (followUps.length) blocks.push(...followUpSection(followUps, agenda, code, options));
  return blocks;
}

function codeOf(index: RepoIndex, body: string): string {
  return index.body(body)?.code ?? body.toUpperCase();
}

function agendaTable(index: RepoIndex, agenda: Case[], meeting: Meeting | undefined, options: NoticeOptions): Block {
  const l = labels(options.lang);
  const rows: TableCell[][] = [];
  const hasAob = agenda.some((c) => c.standing === 'aob');
  for (const r of agendaRows(agenda)) {
    const cases = r.kind === 'case' ? [r.case] : r.cases;
    if (r.kind === 'case') rows.push([numberCell(r.case, options.lang), { blocks: caseBlocks(index, r.case, options) }, linesCell(r.case.responsible)]);
    else rows.push([numbersCell(r.cases), { blocks: togetherBlocks(r.cases, meeting, options) }, linesCell([...new Set(r.cases.flatMap((c) => c.responsible))])]);
    if (meeting?.pauseAfter && cases.some((c) => sameCaseNumber(meeting.pauseAfter, c.number))) rows.push(plainRow(l('pause')));
  }
  // Eventuelt closes every meeting, also when no case file has been made for it.
  if (!hasAob) rows.push(plainRow(l('aob')));
  return {
    type: 'table',
    style: 'grid',
    header: [[l('colNumber')], [l('colCase')], [l('colResponsible')]],
    widths: [18, 62, 20],
    rows,
  };
}

function plainRow(text: string): TableCell[] {
  return [{ blocks: [] }, { blocks: [{ type: 'paragraph', text: [{ type: 'strong', children: [text] }] }] }, { blocks: [] }];
}

/** The middle column of an agenda row. */
function caseBlocks(index: RepoIndex, c: Case, options: NoticeOptions): Block[] {
  const l = labels(options.lang);
  // The title is a heading (styled as bold text): screen readers and the PDF outline find each case by it.
  const blocks: Block[] = [{ type: 'heading', level: 3, text: titleInlines(c) }];
  if (c.followUpOf) blocks.push(...quotedEarlierCase(index, c.followUpOf, options));
  if (c.recommendationFrom) blocks.push(...recommendation(index, c.recommendationFrom, options));
  blocks.push(...leadAndPoints(c));
  if (c.standing === 'minutes') blocks.push(...minutesForApproval(index, c, options));
  if (c.links.length) blocks.push({ type: 'paragraph', text: joinLines(c.links.map((k) => [linkInline(k.title, k.url)])) });
  blocks.push(...labelled(l('proposedConclusion'), c.proposedConclusion));
  return blocks;
}

/** The information items taken together: one heading, each item with its points, one proposed conclusion. */
function togetherBlocks(cases: Case[], meeting: Meeting | undefined, options: NoticeOptions): Block[] {
  const l = labels(options.lang);
  const blocks: Block[] = [
    { type: 'paragraph', text: [{ type: 'strong', children: [meeting?.infoItems?.title ?? l('infoItems')] }] },
    { type: 'paragraph', text: [{ type: 'em', children: [l('infoItemsIntro')] }] },
  ];
  for (const c of cases) {
    const n = numberOf(c);
    blocks.push({ type: 'heading', level: 4, text: n ? [`${n} `, ...titleInlines(c)] : titleInlines(c) }, ...leadAndPoints(c));
  }
  blocks.push(...labelled(l('proposedConclusion'), meeting?.infoItems?.proposedConclusion));
  return blocks;
}

/**
 * Under the Referat case: the body's minutes this meeting is to approve (those
 * not yet approved since the last approval; src/model/approval.ts).
 */
function minutesForApproval(index: RepoIndex, c: Case, options: NoticeOptions): Block[] {
  if (!c.meeting) return [];
  const l = labels(options.lang);
  const self = c.number ? { body: c.body, number: c.number } : undefined;
  const waiting = awaitingApproval(index.meetingsOf(c.body), c.meeting, self);
  if (!waiting.length) return [];
  const list = waiting.map((m) => l('minutesOfMeeting', { code: m.body, date: formatDateShort(m.date, options.lang) })).join(', ');
  return [{ type: 'paragraph', text: [{ type: 'em', children: [l('awaitingApproval')] }, ` ${list}`] }];
}

/**
 * "Innstilling fra FSU (FSU 2024.16)", then the sending body's conclusion (its
 * proposal while it has none), so the members see what the other body recommends.
 */
function recommendation(index: RepoIndex, ref: CaseRef, options: NoticeOptions): Block[] {
  const l = labels(options.lang);
  const from = index.findCase(ref);
  const data = { body: ref.body, ref: formatCaseRef(ref) };
  if (!from) return [{ type: 'paragraph', text: [{ type: 'em', children: [l('recommendationMissing', data)] }] }];
  const quoted = from.conclusion ? labelled(l('conclusion'), from.conclusion) : labelled(l('proposedConclusion'), from.proposedConclusion);
  return [{ type: 'paragraph', text: [{ type: 'em', children: [l('recommendationFrom', data)] }] }, ...(quoted.length ? [{ type: 'quote' as const, blocks: quoted }] : [])];
}

/**
 * A link with a safe address; without one, the title as plain text (the
 * validation rule `link-url` warns about it), never text that looks like a link
 * but leads nowhere.
 */
function linkInline(title: string, url: string | undefined): Inline {
  const href = safeHref(url);
  return href ? { type: 'link', href, children: [title] } : title;
}

/**
 * "Oppfølging av SSU-sak 2024.17", then the earlier case quoted: its number,
 * types and attachments, title, treatment and conclusion, so the members see
 * what was decided without looking it up.
 */
function quotedEarlierCase(index: RepoIndex, ref: CaseRef, options: NoticeOptions): Block[] {
  const l = labels(options.lang);
  const earlier = index.findCase(ref);
  const data = { body: ref.body, number: formatCaseNumber(ref.number) };
  if (!earlier) return [{ type: 'paragraph', text: [l('followUpOfMissing', data)] }];
  const head: Inline[] = [{ type: 'strong', children: [`${formatCaseRef(ref)}`] }];
  const marks = [...earlier.types, ...(earlier.attachments.length ? [earlier.attachments.length === 1 ? l('attachmentMark') : l('attachmentCount', { n: earlier.attachments.length })] : [])];
  if (marks.length) head.push(` (${marks.join(', ')})`);
  head.push(` – ${earlier.title}`);
  const quoted: Block[] = [{ type: 'paragraph', text: head }, ...markdownToBlocks(earlier.treatment, { context: 'cell' })];
  if (earlier.conclusion) quoted.push(...labelled(l('conclusion'), earlier.conclusion));
  else quoted.push(...labelled(l('proposedConclusion'), earlier.proposedConclusion));
  return [{ type: 'paragraph', text: [{ type: 'em', children: [l('followUpOf', data)] }] }, { type: 'quote', blocks: quoted }];
}

function followUpSection(items: OpenFollowUp[], agenda: Case[], code: string, options: NoticeOptions): Block[] {
  const l = labels(options.lang);
  const rows: TableCell[][] = items.map((f) => {
    const what: Block[] = markdownToBlocks(f.item.what, { context: 'cell' });
    const treatedIn = f.followedUpBy && agenda.includes(f.followedUpBy) ? f.followedUpBy : undefined;
    if (treatedIn) what.push({ type: 'paragraph', text: [{ type: 'em', children: [l('treatedIn', { number: numberOf(treatedIn) })] }] });
    const due: string[] = [];
    if (f.item.meeting) due.push(l('dueMeeting', { date: formatDateLong(f.item.meeting, options.lang) }));
    if (f.item.due && f.item.due !== f.item.meeting) due.push(formatDateLong(f.item.due, options.lang));
    if (f.overdue) due.push(l('overdue'));
    return [
      { blocks: [{ type: 'paragraph', text: sourceText(f.source) }] },
      { blocks: what },
      linesCell(f.item.owner ? [f.item.owner] : []),
      linesCell(due),
    ];
  });
  return [
    { type: 'heading', level: 2, text: [l('openFollowUps')] },
    { type: 'paragraph', text: [l('openFollowUpsIntro', { code })] },
    {
      type: 'table',
      style: 'grid',
      header: [[l('colDecidedIn')], [l('colWhat')], [l('colResponsible')], [l('colDue')]],
      widths: [24, 40, 18, 18],
      rows,
    },
  ];
}

function sourceText(c: Case): Inline[] {
  if (!c.number) return [{ type: 'strong', children: [c.title] }];
  return joinLines([[{ type: 'strong', children: [formatCaseRef({ body: c.body, number: c.number })] }], [c.title]]);
}
