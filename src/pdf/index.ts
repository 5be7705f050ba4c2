/**
 * hf's PDF engine: the documents members and archives receive.
 *
 * hf prints its own HTML (render/write-html.ts) through a Chromium-family
 * browser found on the machine (Chrome, Edge, Chromium; `HF_CHROME` names
 * one), driven by playwright-core, and puts PDFs together with pdf-lib. The
 * result is A4 with the document's fonts embedded, text that can be selected
 * and searched, tagged structure (headings, lists, tables, links) for screen
 * readers, an outline, "Side x av y" on every page, and title, author and
 * language in the metadata.
 *
 * API, for commands and for the other outputs that reuse it (the public
 * website, the archive export):
 *
 * - `PdfEngine.open({ env, lang })` starts one browser; pass it as `engine` to
 *   print many documents, and `close()` it. Without `engine` each call opens
 *   and closes its own. No browser: a `PdfBrowserError` (message and hint in the
 *   user's language, naming what to install).
 * - `htmlToPdf(html, options)`: any complete HTML document → PDF bytes, with
 *   metadata.
 * - `documentToPdf(doc, options)`: a Doc (notice, paper, minutes, plan …) →
 *   PDF bytes, printed through `toHtml`, its outline from its headings.
 * - `packetToPdf(parts, outline, options)`: documents and PDF files merged page
 *   for page (the meeting packet), with the outline given and the pages
 *   numbered across the whole result.
 * - `imageToPdf(bytes)`: a PNG or JPEG as a one-page A4 PDF, to merge as a part.
 *
 * Pure pieces (merging, outline, stamping, metadata) are in assemble.ts; the
 * browser is found in browser.ts and driven in print.ts.
 */
import type { Lang } from '../i18n/lang.js';
import type { Doc } from '../render/ir.js';
import type { DocumentLook } from '../render/look.js';
import { toHtml } from '../render/write-html.js';
import { loadPdf, mergePdfs, setMetadata, stampFooters, writeOutline, type OutlineMark, type OutlineNode, type PdfMeta } from './assemble.js';
import { pageNumbersHtml } from './page-numbers.js';
import { PdfEngine } from './print.js';

export { PdfEngine, type PdfEngineOptions } from './print.js';
export { PdfBrowserError, browserCandidates, findBrowser } from './browser.js';
export { PdfInputError, imageToPdf, readOutline, type OutlineMark, type OutlineNode, type PdfMeta } from './assemble.js';

export interface PdfOptions {
  /** A started engine to print with; without it, one is opened and closed for the call. */
  engine?: PdfEngine;
  /** The environment to find and start a browser in (HF_CHROME, PATH, FONTCONFIG_PATH); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Language of the document and of error messages. */
  lang: Lang;
  /** Title, author (the partnership), subject, date and creator of the document. */
  meta: Omit<PdfMeta, 'lang'>;
  /** The partnership's logo and template fonts (profil: in hf.yaml). */
  look?: DocumentLook;
}

async function withEngine<T>(options: PdfOptions, work: (engine: PdfEngine) => Promise<T>): Promise<T> {
  if (options.engine) return work(options.engine);
  const engine = await PdfEngine.open({ env: options.env ?? process.env, lang: options.lang });
  try {
    return await work(engine);
  } finally {
    await engine.close();
  }
}

/** Prints a complete HTML document and gives it hf's metadata. Its outline and structure are the browser's. */
export async function htmlToPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const printed = await withEngine(options, (engine) => engine.print(html));
  const doc = await loadPdf({ bytes: printed, label: options.meta.title });
  setMetadata(doc, { ...options.meta, lang: options.lang });
  return doc.save();
}

/** A document as PDF: "Side x av y" in the footer, an outline from its headings. */
export async function documentToPdf(doc: Doc, options: PdfOptions): Promise<Uint8Array> {
  return htmlToPdf(toHtml(doc, { pageNumbers: 'words', ...(options.look ? { look: options.look } : {}) }), options);
}

/** A part of a packet: a document hf prints, or a PDF (an attachment file) merged as it is. */
export type PacketPart = { kind: 'document'; doc: Doc } | { kind: 'pdf'; bytes: Uint8Array; label: string };

/**
 * An outline entry of a packet: the start of a part, or — with `heading` — the
 * place in the part where a heading with that text is (the agenda row of a case
 * in the notice). `children` are entries below it.
 */
export interface PacketOutline {
  title: string;
  part: number;
  heading?: string;
  children?: PacketOutline[];
}

export interface PacketResult {
  bytes: Uint8Array;
  pages: number;
  /** First page (0-based) and page count of each part, in order. */
  parts: { start: number; pages: number }[];
}

/**
 * Merges a packet: every document part printed (without page numbers of its
 * own), every PDF part page for page, the outline written from `outline`, and
 * "Side x av y" stamped on every page of the whole, so the numbers count every
 * page, attachments too.
 */
export async function packetToPdf(parts: PacketPart[], outline: PacketOutline[], options: PdfOptions): Promise<PacketResult> {
  return withEngine(options, async (engine) => {
    const inputs = [];
    for (const part of parts) {
      if (part.kind === 'pdf') inputs.push({ bytes: part.bytes, label: part.label });
      else inputs.push({ bytes: await engine.print(toHtml(part.doc, { pageNumbers: 'none', ...(options.look ? { look: options.look } : {}) })), label: part.doc.title });
    }
    const { doc, parts: merged } = await mergePdfs(inputs);
    writeOutline(doc, resolveOutline(outline, merged));
    await stampFooters(doc, await engine.print(pageNumbersHtml(doc.getPageCount(), options.lang)));
    setMetadata(doc, { ...options.meta, lang: options.lang });
    return { bytes: await doc.save(), pages: doc.getPageCount(), parts: merged.map((p) => ({ start: p.start, pages: p.pages })) };
  });
}

/** Turns part-relative outline entries into page targets, finding headings in each part's own outline in order. */
function resolveOutline(entries: PacketOutline[], parts: { start: number; pages: number; outline: OutlineMark[] }[]): OutlineNode[] {
  // Headings are looked for in order within a part, so two cases with the same title find their own rows.
  const cursor = new Map<number, number>();
  const key = (s: string) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const resolve = (entry: PacketOutline): OutlineNode => {
    const part = parts[Math.max(0, Math.min(entry.part, parts.length - 1))]!;
    let node: OutlineNode = { title: entry.title, page: part.start };
    if (entry.heading !== undefined) {
      const from = cursor.get(entry.part) ?? 0;
      const wanted = key(entry.heading);
      const at = part.outline.findIndex((m, i) => i >= from && key(m.title) === wanted);
      if (at >= 0) {
        const mark = part.outline[at]!;
        cursor.set(entry.part, at + 1);
        node = { title: entry.title, page: part.start + mark.page, ...(mark.top !== undefined ? { top: mark.top } : {}) };
      }
    }
    return entry.children?.length ? { ...node, children: entry.children.map(resolve) } : node;
  };
  return entries.map(resolve);
}
