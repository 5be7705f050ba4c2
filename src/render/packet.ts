/**
 * The meeting packet (møtepakke) as members receive it: the notice, then each
 * case in agenda order with its case paper followed by its attachments.
 *
 * `planPacket` decides, without touching the disk, what every attachment is:
 * a document hf makes itself (the minutes a *Referat* case presents, a mandate
 * a case approves, the case's own paper), a file of the repository (PDF merged
 * page for page, Markdown set as text, office files converted), a link, or a
 * title only. The command reads and converts the files; `packetDoc` puts the
 * documents together for the formats that hold one document (Markdown, HTML,
 * Word), and the PDF engine (src/pdf/) merges everything else in.
 */
import { formatCaseRef, formatMeetingRef, type MeetingRef } from '../model/case-number.js';
import type { RepoIndex } from '../model/repository.js';
import type { Attachment, Case, Mandate } from '../model/types.js';
import { numberOf, type RenderOptions } from './common.js';
import { formatDateShort } from './dates.js';
import type { Block, Doc } from './ir.js';
import { labels, withOwnLabels } from './labels.js';
import { renderMandate } from './mandate.js';
import { markdownToBlocks } from './markdown.js';
import { renderMinutes } from './minutes.js';
import { noticeBlocks, noticeTitle } from './notice.js';
import { hasPaper, paperBlocks, paperText } from './paper.js';

/** What kind of file an attachment file is, by its extension. */
export type AttachmentFileType = 'pdf' | 'markdown' | 'office' | 'image' | 'other';

export type AttachmentSource =
  /** The case's own paper, which the packet already holds. */
  | { kind: 'paper' }
  /** A document hf renders: the minutes of a meeting, or a mandate. */
  | { kind: 'document'; doc: Doc }
  /** A file of the repository. */
  | { kind: 'file'; path: string; type: AttachmentFileType }
  /** Only an address: not part of the packet. */
  | { kind: 'link'; url: string }
  /** Nothing hf can put in: a title only, `saksfremlegg: true` on a case without a paper, or minutes or a mandate the repository does not have. */
  | { kind: 'none'; missing?: string };

export interface PacketAttachment {
  attachment: Attachment;
  /** 1-based, within its case. */
  number: number;
  /** The attachment's title, or "Vedlegg 2" for one the source does not name. */
  title: string;
  source: AttachmentSource;
}

export interface PacketCase {
  case: Case;
  /** "2024.30" ('' for an unnumbered standing item). */
  number: string;
  /** The case's title as the outline shows it. */
  title: string;
  /** The case paper, when the case has one. */
  paper?: Doc;
  attachments: PacketAttachment[];
}

export interface PacketPlan {
  body: string;
  date: string;
  /** "Møtepakke SSU 26.09.24". */
  title: string;
  /** "Innkalling SSU 26.09.24". */
  noticeTitle: string;
  cases: PacketCase[];
}

/** The packet of the meeting of `body` on `date`: every case of the agenda with its paper and its attachments. */
export function planPacket(index: RepoIndex, body: string, date: string, options: RenderOptions): PacketPlan {
  const code = index.body(body)?.code ?? body.toUpperCase();
  const l = labels(options.lang);
  const partnership = index.repo.config.name;
  const cases = index.agenda(code, date).map((c): PacketCase => {
    const paper = hasPaper(c) ? { title: l('paperTitle', { code: c.body, number: numberOf(c), title: paperText(c).title }), lang: options.lang, partnership, blocks: paperBlocks(c, options) } : undefined;
    const attachments = c.attachments.map((a, i): PacketAttachment => ({
      attachment: a,
      number: i + 1,
      title: a.title ?? l('attachmentNumber', { n: i + 1 }),
      source: sourceOf(index, c, a, !!paper, options),
    }));
    // The outline's entry is one line: a title over several lines is joined with commas.
    return { case: c, number: numberOf(c), title: c.titleLines?.join(', ') ?? c.title, ...(paper ? { paper } : {}), attachments };
  });
  const short = formatDateShort(date, options.lang);
  return { body: code, date, title: l('packetTitle', { code, date: short }), noticeTitle: noticeTitle(index, code, date, options), cases };
}

function sourceOf(index: RepoIndex, c: Case, a: Attachment, paper: boolean, options: RenderOptions): AttachmentSource {
  if (a.file) return { kind: 'file', path: a.file, type: fileTypeOf(a.file) };
  if (a.minutes) return minutesSource(index, a.minutes, options);
  if (a.mandate) return mandateSource(index, a.mandate, options);
  if (a.paper) return paper ? { kind: 'paper' } : { kind: 'none', missing: labels(options.lang)('noPaperOf', { case: caseRef(c) }) };
  if (a.url) return { kind: 'link', url: a.url };
  return { kind: 'none' };
}

function minutesSource(index: RepoIndex, ref: MeetingRef, options: RenderOptions): AttachmentSource {
  const body = index.body(ref.body)?.code ?? ref.body;
  if (!index.findMeeting(body, ref.date) && index.agenda(body, ref.date).length === 0) return { kind: 'none', missing: formatMeetingRef(ref) };
  return { kind: 'document', doc: renderMinutes(index, body, ref.date, options).doc };
}

function mandateSource(index: RepoIndex, body: string, options: RenderOptions): AttachmentSource {
  const mandate: Mandate | undefined = index.repo.mandates.find((m) => m.body === body.toUpperCase());
  if (!mandate) return { kind: 'none', missing: labels(options.lang)('mandateOf', { body }) };
  const name = index.body(body)?.name;
  return { kind: 'document', doc: renderMandate(mandate, { lang: options.lang, partnership: index.repo.config.name, ...(name ? { bodyName: name } : {}) }) };
}

/** The type of an attachment file, by its extension. */
export function fileTypeOf(path: string): AttachmentFileType {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (OFFICE.has(ext)) return 'office';
  if (ext === 'png' || ext === 'jpg' || ext === 'jpeg') return 'image';
  return 'other';
}

/** Files LibreOffice converts to PDF: Word, OpenDocument, RTF, and presentations and spreadsheets. */
const OFFICE = new Set(['docx', 'doc', 'odt', 'rtf', 'pptx', 'ppt', 'odp', 'xlsx', 'xls', 'ods']);

/** A Markdown attachment file (a letter typed into the repository) as a document of its own. */
export function markdownAttachmentDoc(title: string, text: string, options: RenderOptions & { partnership: string }): Doc {
  const blocks = markdownToBlocks(text, { context: 'document', minHeading: 1 });
  return { title, lang: options.lang, partnership: options.partnership, blocks };
}

/** "SSU 2024.35", or the title of an unnumbered case. */
export function caseRef(c: Case): string {
  return c.number ? formatCaseRef({ body: c.body, number: c.number }) : `${c.body} «${c.title}»`;
}

/** The notice of the packet, with the attachments left out of it marked. */
export function packetNotice(index: RepoIndex, plan: PacketPlan, options: RenderOptions, omitted: ReadonlySet<Attachment>): Doc {
  return { title: plan.noticeTitle, lang: options.lang, partnership: index.repo.config.name, blocks: noticeBlocks(index, plan.body, plan.date, { ...options, omitted }) };
}

/**
 * The packet as one document (Markdown, HTML, Word): the notice, then for each
 * case its paper and the attachments hf has as documents, each from a new page.
 * `documents` gives the documents of attachment files the command has read
 * (Markdown files); every other file is left out and marked so in the notice.
 */
export function packetDoc(index: RepoIndex, plan: PacketPlan, options: RenderOptions, documents: ReadonlyMap<PacketAttachment, Doc> = new Map()): Doc {
  return withOwnLabels(index.repo.config, index.body(plan.body), () => packetDocUnlabelled(index, plan, options, documents));
}

function packetDocUnlabelled(index: RepoIndex, plan: PacketPlan, options: RenderOptions, documents: ReadonlyMap<PacketAttachment, Doc> = new Map()): Doc {
  const omitted = new Set<Attachment>();
  const parts: Block[][] = [];
  for (const pc of plan.cases) {
    if (pc.paper) parts.push(pc.paper.blocks);
    for (const pa of pc.attachments) {
      const doc = pa.source.kind === 'document' ? pa.source.doc : documents.get(pa);
      if (doc) parts.push(doc.blocks);
      else if (pa.source.kind !== 'paper') omitted.add(pa.attachment);
    }
  }
  const blocks = [...packetNotice(index, plan, options, omitted).blocks];
  for (const part of parts) blocks.push({ type: 'pageBreak' }, ...part);
  return { title: plan.title, lang: options.lang, partnership: index.repo.config.name, blocks, contents: true };
}

/** The packet of the meeting as one document (see `packetDoc`), for `hf agenda --with-papers` in Markdown, HTML and Word. */
export function renderPacket(index: RepoIndex, body: string, date: string, options: RenderOptions): Doc {
  return packetDoc(index, planPacket(index, body, date, options), options);
}
