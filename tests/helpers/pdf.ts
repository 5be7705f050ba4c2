/**
 * Reading PDFs back with an independent reader (pdfjs-dist, Mozilla's PDF.js),
 * not with pdf-lib, which wrote them: the pages and their text with positions,
 * the outline with the page each entry opens, the metadata and whether the
 * document is tagged.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  str: string;
  x: number;
  /** From the bottom of the page. */
  y: number;
  width: number;
  height: number;
  /** Where the item starts on the page as shown (rotation applied), from the top left corner. */
  shown: { x: number; y: number };
}

export interface PdfPageText {
  /** Width and height as the page is shown (rotation applied). */
  width: number;
  height: number;
  items: PdfTextItem[];
  /** The text of the page, lines joined by newlines (items on the same baseline joined by spaces where apart). */
  text: string;
}

export interface PdfOutlineEntry {
  title: string;
  level: number;
  /** 1-based page number the entry opens. */
  page: number;
}

export interface PdfReadBack {
  pageCount: number;
  pages: PdfPageText[];
  outline: PdfOutlineEntry[];
  info: Record<string, unknown>;
  tagged: boolean;
  /** Every page's text, pages joined by form feeds. */
  all: string;
}

/** Reads a PDF with pdf.js. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: PdfPageText[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [x, y] = [item.transform[4] as number, item.transform[5] as number];
        const [a, b, c, d, e, f] = viewport.transform as number[];
        const [sx, sy] = [a! * x + c! * y + e!, b! * x + d! * y + f!];
        items.push({ str: item.str, x, y, width: item.width, height: item.height, shown: { x: sx, y: sy } });
      }
      pages.push({ width: viewport.width, height: viewport.height, items, text: lines(items) });
    }
    const outline: PdfOutlineEntry[] = [];
    const walk = async (nodes: Awaited<ReturnType<typeof doc.getOutline>>, level: number) => {
      for (const node of nodes ?? []) {
        let dest = node.dest;
        if (typeof dest === 'string') dest = await doc.getDestination(dest);
        const ref = Array.isArray(dest) ? dest[0] : undefined;
        const page = ref && typeof ref === 'object' ? (await doc.getPageIndex(ref as { num: number; gen: number })) + 1 : typeof ref === 'number' ? ref + 1 : 0;
        outline.push({ title: node.title, level, page });
        await walk(node.items, level + 1);
      }
    };
    await walk(await doc.getOutline(), 0);
    const meta = await doc.getMetadata();
    const mark = await doc.getMarkInfo();
    return { pageCount: doc.numPages, pages, outline, info: meta.info as Record<string, unknown>, tagged: !!mark?.Marked, all: pages.map((p) => p.text).join('\f') };
  } finally {
    await doc.destroy();
  }
}

/** Groups text items into lines by their baseline, top to bottom, left to right. */
function lines(items: PdfTextItem[]): string {
  const rows: PdfTextItem[][] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r[0]!.y - item.y) < 2);
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows
    .map((row) =>
      row
        .sort((a, b) => a.x - b.x)
        .reduce((line, item, i) => {
          if (i === 0) return item.str;
          const prev = row[i - 1]!;
          const gap = item.x - (prev.x + prev.width);
          return line + (gap > 1.5 && !line.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '') + item.str;
        }, ''),
    )
    .join('\n');
}

/** Text with all whitespace squashed, for finding phrases that wrap across lines. */
export function squashed(text: string): string {
  return text.replace(/\s+/g, ' ');
}
