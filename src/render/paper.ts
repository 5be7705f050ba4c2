/**
 * The case paper (saksfremlegg): the header table (Saksnr, Møteorgan, Type sak,
 * Saksbehandler), the title, the case text written in the case file (Bakgrunn …)
 * and *Forslag til vedtak*. The meeting packet that holds the papers is made in
 * render/packet.ts.
 */
import { formatCaseRef } from '../model/case-number.js';
import type { RepoIndex } from '../model/repository.js';
import type { Case } from '../model/types.js';
import { leadAndPoints, numberOf, titleInlines, type RenderOptions } from './common.js';
import type { Block, Doc, Inline } from './ir.js';
import { labels, withOwnLabels } from './labels.js';
import { folderOf } from '../model/images.js';
import { markdownToBlocks } from './markdown.js';

export interface PaperOptions extends RenderOptions {}

/** The case paper of one case as a document of its own. */
export function renderPaper(index: RepoIndex, c: Case, options: PaperOptions): Doc {
  return withOwnLabels(index.repo.config, index.body(c.body), () => renderPaperUnlabelled(index, c, options));
}

function renderPaperUnlabelled(index: RepoIndex, c: Case, options: PaperOptions): Doc {
  const l = labels(options.lang);
  const title = l('paperTitle', { code: c.body, number: numberOf(c), title: paperText(c).title });
  return { title, lang: options.lang, partnership: index.repo.config.name, blocks: paperBlocks(c, options) };
}

/**
 * The paper's title and text. A paper may have a title of its own, different
 * from the agenda's: the level-1 heading its text opens with (`# Styringsdata for
 * utvikling og oppfølging av tjenestene` in SSU 2024.30). Other headings of the
 * text are level 2 and below, under the title.
 */
export function paperText(c: Case): { title: string; titleText: Inline[]; blocks: Block[] } {
  const blocks = markdownToBlocks(c.text, { context: 'document', minHeading: 1, base: folderOf(c.file) });
  const [first] = blocks;
  const own = first?.type === 'heading' && first.level === 1 ? first : undefined;
  const rest = (own ? blocks.slice(1) : blocks).map((b): Block => (b.type === 'heading' && b.level === 1 ? { ...b, level: 2 } : b));
  return own ? { title: plain(own.text).trim() || c.title, titleText: own.text, blocks: rest } : { title: c.title, titleText: titleInlines(c), blocks: rest };
}

/** True when a case has a paper: a text in its file. Cases without one appear only in the notice. */
export function hasPaper(c: Case): boolean {
  return c.text.trim() !== '';
}

/** The case paper's blocks. */
export function paperBlocks(c: Case, options: PaperOptions): Block[] {
  const l = labels(options.lang);
  const handler = c.handler ?? (c.responsible.length ? c.responsible.join(', ') : '');
  const { titleText, blocks: text } = paperText(c);
  const blocks: Block[] = [
    {
      type: 'table',
      style: 'grid',
      header: [[l('paperNumber')], [l('paperBody')], [l('paperTypes')], [l('paperHandler')]],
      widths: [20, 20, 30, 30],
      rows: [[cell(numberOf(c)), cell(c.body), cell((c.paperTypes ?? c.types).join(', ')), cell(handler)]],
    },
    { type: 'heading', level: 1, text: titleText },
  ];
  if (text.length) blocks.push(...text);
  else blocks.push(...leadAndPoints(c));
  if (c.proposedConclusion && !hasProposalSection(text)) {
    blocks.push({ type: 'heading', level: 2, text: [l('proposedResolution')] }, ...markdownToBlocks(c.proposedConclusion, { context: 'cell', base: folderOf(c.file) }));
  }
  return blocks;
}

/** Whether the case text already has its own "Forslag til vedtak" (or "… konklusjon") section. */
function hasProposalSection(blocks: Block[]): boolean {
  return blocks.some((b) => b.type === 'heading' && /^(forslag til (vedtak|konklusjon)|proposed (resolution|conclusion))/i.test(plain(b.text).trim()));
}

export function plain(text: Inline[]): string {
  return text.map((i) => (typeof i === 'string' ? i : 'children' in i ? plain(i.children) : i.type === 'code' ? i.text : '')).join('');
}

function cell(text: string) {
  return { blocks: text ? [{ type: 'paragraph' as const, text: [text] }] : [] };
}

/** "SSU 2024.30" for messages. */
export function caseLabel(c: Case): string {
  return c.number ? formatCaseRef({ body: c.body, number: c.number }) : `${c.body} «${c.title}»`;
}
