/**
 * A mandate as a document, laid out like the mandate of Samhandlingsforum in the
 * SSU packet of 26.09.24: the case that approves it ("SSU, sak 2024.27") above
 * the title, a line saying it is a draft while it is one, then its numbered
 * sections as written in the mandate file. Pure: the mandate, the partnership's
 * name and the language come in.
 */
import { formatCaseNumber } from '../model/case-number.js';
import type { Mandate } from '../model/types.js';
import { translator, type Catalogue, type Lang } from '../i18n/lang.js';
import type { Block, Doc } from './ir.js';
import { markdownToBlocks } from './markdown.js';

export const mandateLabels = {
  title: { nb: 'Mandat for {body}', en: 'Mandate of {body}' },
  approvedIn: { nb: '{body}, sak {number}', en: '{body}, case {number}' },
  draft: { nb: 'Utkast', en: 'Draft' },
} satisfies Catalogue;

export interface MandateRenderOptions {
  lang: Lang;
  /** The partnership's name (document header). */
  partnership: string;
  /** The body's name from hf.yaml, for a mandate without a title of its own. */
  bodyName?: string;
}

/** The mandate as a document of its own. */
export function renderMandate(mandate: Mandate, options: MandateRenderOptions): Doc {
  const l = translator(mandateLabels, options.lang);
  const title = mandate.title ?? l('title', { body: options.bodyName ?? mandate.body });
  const blocks: Block[] = [];
  const above: string[] = [];
  if (mandate.approvedIn) above.push(l('approvedIn', { body: mandate.approvedIn.body, number: formatCaseNumber(mandate.approvedIn.number) }));
  if (mandate.status === 'utkast') above.push(l('draft'));
  if (above.length) blocks.push({ type: 'paragraph', text: [above.join(' – ')] });
  blocks.push({ type: 'heading', level: 1, text: [title] }, ...markdownToBlocks(mandate.text, { context: 'document', minHeading: 2 }));
  return { title, lang: options.lang, partnership: options.partnership, blocks };
}
