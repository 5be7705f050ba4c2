/**
 * One browser for a command that prints many documents (the public website, the
 * archive export): hf's PDF engine (src/pdf) opened once, each document printed
 * with the partnership's look and metadata, and closed at the end.
 */
import type { Lang } from '../../i18n/lang.js';
import type { Doc } from '../../render/ir.js';
import type { Look } from '../../model/types.js';
import type { CommandContext } from './context.js';
import { pdfMeta, withPdfErrors } from './emit.js';
import { loadLook } from './look.js';

export interface PdfPrinter {
  pdf(doc: Doc): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Starts the browser. `date` is what the PDFs record as their date: a command
 * whose output must be the same for the same input passes one from the data;
 * `look` is the partnership's `profil:` from hf.yaml, read from `root` as
 * `hf agenda -o x.pdf` reads it. No browser: a usage error naming what to install.
 */
export async function openPdfPrinter(ctx: CommandContext, lang: Lang, options: { root: string; look: Look | undefined; date: Date }): Promise<PdfPrinter> {
  const look = await loadLook(options.root, options.look, lang);
  const { PdfEngine, documentToPdf } = await import('../../pdf/index.js');
  const engine = await withPdfErrors(lang, () => PdfEngine.open({ env: ctx.env, lang }));
  return {
    pdf: (doc) =>
      withPdfErrors(lang, () =>
        documentToPdf(doc, { engine, env: ctx.env, lang, look, meta: { ...pdfMeta(doc, ctx), date: options.date } }),
      ),
    close: () => engine.close(),
  };
}
