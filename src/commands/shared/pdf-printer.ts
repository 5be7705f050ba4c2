/**
 * One browser for a command that prints many documents (the public website, the
 * archive export): hf's PDF engine (src/pdf) opened once, each document printed
 * with the partnership's look and metadata, and closed at the end.
 */
import type { Lang } from '../../i18n/lang.js';
import type { Doc } from '../../render/ir.js';
import type { DocumentLook } from '../../render/look.js';
import type { CommandContext } from './context.js';
import { withPdfErrors } from './emit.js';
import { hfVersion } from './version.js';

export interface PdfPrinter {
  pdf(doc: Doc): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Starts the browser. `date` is what the PDFs record as their date: a command
 * whose output must be the same for the same input passes one from the data.
 * No browser: a usage error naming what to install.
 */
export async function openPdfPrinter(ctx: CommandContext, lang: Lang, options: { date?: Date; look?: DocumentLook } = {}): Promise<PdfPrinter> {
  const { PdfEngine, documentToPdf } = await import('../../pdf/index.js');
  const engine = await withPdfErrors(lang, () => PdfEngine.open({ env: ctx.env, lang }));
  return {
    pdf: (doc) =>
      withPdfErrors(lang, () =>
        documentToPdf(doc, {
          engine,
          env: ctx.env,
          lang,
          ...(options.look ? { look: options.look } : {}),
          meta: { title: doc.title, author: doc.partnership, date: options.date ?? ctx.now, creator: `hf ${hfVersion()}` },
        }),
      ),
    close: () => engine.close(),
  };
}
