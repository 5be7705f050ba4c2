/**
 * The case paper (saksfremlegg): the header table (Saksnr, Møteorgan, Type sak,
 * Saksbehandler), the title, the case text written in the case file (Bakgrunn …)
 * and *Forslag til vedtak*. The meeting packet is the notice followed by every
 * case paper of the meeting, each on a new page.
 */
import { formatCaseRef } from '../model/case-number.js';
import type { RepoIndex } from '../model/repository.js';
import type { Case } from '../model/types.js';
import { numberOf, pointsList, type RenderOptions } from './common.js';
import { formatDateShort } from './dates.js';
import type { Block, Doc, Inline } from './ir.js';
import { labels } from './labels.js';
import { folderOf } from '../model/images.js';
import { markdownToBlocks } from './markdown.js';
import { noticeBlocks } from './notice.js';

export interface PaperOptions extends RenderOptions {}

/** The case paper of one case as a document of its own. */
export function renderPaper(index: RepoIndex, c: Case, options: PaperOptions): Doc {
  const l = labels(options.lang);
  const title = l('paperTitle', { code: c.body, number: numberOf(c), title: c.title });
  return { title, lang: options.lang, partnership: index.repo.config.name, blocks: paperBlocks(c, options) };
}

/** True when a case has a paper: a text in its file. Cases without one appear only in the notice. */
export function hasPaper(c: Case): boolean {
  return c.text.trim() !== '';
}

/** The case paper's blocks. */
export function paperBlocks(c: Case, options: PaperOptions): Block[] {
  const l = labels(options.lang);
  const handler = c.handler ?? (c.responsible.length ? c.responsible.join(', ') : '');
  const blocks: Block[] = [
    {
      type: 'table',
      style: 'grid',
      header: [[l('paperNumber')], [l('paperBody')], [l('paperTypes')], [l('paperHandler')]],
      widths: [20, 20, 30, 30],
      rows: [[cell(numberOf(c)), cell(c.body), cell(c.types.join(', ')), cell(handler)]],
    },
    { type: 'heading', level: 1, text: [c.title] },
  ];
  const text = markdownToBlocks(c.text, { context: 'document', minHeading: 2, base: folderOf(c.file) });
  if (text.length) blocks.push(...text);
  else blocks.push(...pointsList(c.points));
  if (c.proposedConclusion && !hasProposalSection(text)) {
    blocks.push({ type: 'heading', level: 2, text: [l('proposedResolution')] }, ...markdownToBlocks(c.proposedConclusion, { context: 'cell', base: folderOf(c.file) }));
  }
  return blocks;
}

/** The packet: the notice, then the paper of every case on the agenda that has one, each from a new page. */
export function renderPacket(index: RepoIndex, body: string, date: string, options: PaperOptions): Doc {
  const code = index.body(body)?.code ?? body.toUpperCase();
  const blocks = noticeBlocks(index, code, date, options);
  for (const c of index.agenda(code, date).filter(hasPaper)) blocks.push({ type: 'pageBreak' }, ...paperBlocks(c, options));
  const title = labels(options.lang)('packetTitle', { code, date: formatDateShort(date, options.lang) });
  return { title, lang: options.lang, partnership: index.repo.config.name, blocks };
}

/** Whether the case text already has its own "Forslag til vedtak" (or "… konklusjon") section. */
function hasProposalSection(blocks: Block[]): boolean {
  return blocks.some((b) => b.type === 'heading' && /^(forslag til (vedtak|konklusjon)|proposed (resolution|conclusion))/i.test(plain(b.text).trim()));
}

function plain(text: Inline[]): string {
  return text.map((i) => (typeof i === 'string' ? i : 'children' in i ? plain(i.children) : i.type === 'code' ? i.text : '')).join('');
}

function cell(text: string) {
  return { blocks: text ? [{ type: 'paragraph' as const, text: [text] }] : [] };
}

/** "SSU 2024.30" for messages. */
export function caseLabel(c: Case): string {
  return c.number ? formatCaseRef({ body: c.body, number: c.number }) : `${c.body} «${c.title}»`;
}
