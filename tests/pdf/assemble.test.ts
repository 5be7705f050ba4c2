/**
 * Putting PDFs together (src/pdf/assemble.ts), read back with pdf.js: merging
 * page for page with the tagged structure of each part kept, the outline,
 * page numbers stamped on pages of any size and rotation, and the metadata.
 */
import { PDFDict, PDFDocument, PDFName, StandardFonts, degrees } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mergePdfs, PdfInputError, setMetadata, stampFooters, writeOutline, imageToPdf, loadPdf } from '../../src/pdf/assemble.js';
import { pageNumbersHtml } from '../../src/pdf/page-numbers.js';
import { launchBrowser } from '../helpers/browser.js';
import { readPdf } from '../helpers/pdf.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => browser?.close());

async function print(html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, format: 'A4' }));
  } finally {
    await page.close();
  }
}

/** A plain (untagged) PDF with pages of the given sizes and rotations, each saying its number. */
async function plain(label: string, pages: { size: [number, number]; rotate?: number }[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  pages.forEach((p, i) => {
    const page = doc.addPage(p.size);
    if (p.rotate) page.setRotation(degrees(p.rotate));
    page.drawText(`${label} ${i + 1}`, { x: 60, y: 300, size: 12, font });
  });
  return doc.save();
}

describe('mergePdfs', () => {
  it('merges page for page and keeps the tagged structure of each part as a Part of one Document', async () => {
    const a = await print('<!doctype html><html lang="nb"><title>A</title><h1>Første del</h1><p>Tekst</p><div style="break-after:page"></div><h2>Side to</h2></html>');
    const b = await plain('Fil', [{ size: [595, 842] }, { size: [842, 595] }, { size: [595, 842] }]);
    const c = await print('<!doctype html><html lang="nb"><title>C</title><h1>Tredje del</h1><p><a href="https://example.org/">lenke</a></p></html>');
    const { doc, parts } = await mergePdfs([
      { bytes: a, label: 'a' },
      { bytes: b, label: 'b' },
      { bytes: c, label: 'c' },
    ]);
    expect(parts.map((p) => [p.start, p.pages])).toEqual([
      [0, 2],
      [2, 3],
      [5, 1],
    ]);
    expect(parts[0]!.outline.map((m) => [m.title, m.page])).toEqual([
      ['Første del', 0],
      ['Side to', 1],
    ]);
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const document = root.lookup(PDFName.of('K'), PDFDict);
    expect(document.get(PDFName.of('S'))).toBe(PDFName.of('Document'));
    const kids = String(document.lookup(PDFName.of('K')));
    expect(kids.match(/ R/g)).toHaveLength(2);
    const read = await readPdf(await doc.save());
    expect(read.pageCount).toBe(6);
    expect(read.tagged).toBe(true);
    expect(read.pages[2]!.text).toContain('Fil 1');
    expect(read.pages[5]!.text).toContain('Tredje del');
  });

  it('names a PDF it cannot read', async () => {
    await expect(loadPdf({ bytes: new TextEncoder().encode('not a pdf'), label: 'vedlegg/x.pdf' })).rejects.toBeInstanceOf(PdfInputError);
    await expect(loadPdf({ bytes: new TextEncoder().encode('not a pdf'), label: 'vedlegg/x.pdf' })).rejects.toThrow(/vedlegg\/x\.pdf/);
  });
});

describe('writeOutline, stampFooters and setMetadata', () => {
  it('writes the outline, numbers every page whatever its size and rotation, and sets title, author and language', async () => {
    const bytes = await plain('Side', [{ size: [595.28, 841.89] }, { size: [841.89, 595.28] }, { size: [595.28, 841.89], rotate: 90 }, { size: [612, 792], rotate: 180 }]);
    const doc = await PDFDocument.load(bytes);
    writeOutline(doc, [
      { title: 'Innkalling', page: 0, children: [{ title: 'Sak 2024.25', page: 1 }] },
      { title: 'Vedlegg', page: 3 },
    ]);
    await stampFooters(doc, await print(pageNumbersHtml(4, 'nb')));
    setMetadata(doc, { title: 'Møtepakke SSU 26.09.24', author: 'Helsefellesskapet i Vestfold', lang: 'nb', date: new Date('2024-09-20T12:00:00Z'), creator: 'hf test' });
    const read = await readPdf(await doc.save());
    expect(read.outline).toEqual([
      { title: 'Innkalling', level: 0, page: 1 },
      { title: 'Sak 2024.25', level: 1, page: 2 },
      { title: 'Vedlegg', level: 0, page: 4 },
    ]);
    read.pages.forEach((page, i) => expect(page.text, `page ${i + 1}`).toContain(`Side ${i + 1} av 4`));
    expect(read.info).toMatchObject({ Title: 'Møtepakke SSU 26.09.24', Author: 'Helsefellesskapet i Vestfold', Language: 'nb', Creator: 'hf test' });
  });

  it('stamps the number at the bottom right of the page as it is shown, also on a page turned a quarter', async () => {
    const doc = await PDFDocument.load(await plain('Side', [{ size: [595.28, 841.89], rotate: 90 }]));
    await stampFooters(doc, await print(pageNumbersHtml(1, 'en')));
    const read = await readPdf(await doc.save());
    // pdf.js gives positions on the page as shown (after the rotation): landscape, number near the bottom right.
    const page = read.pages[0]!;
    const item = page.items.find((i) => i.str.includes('Page 1 of 1'))!;
    expect(page.width).toBeGreaterThan(page.height);
    expect(item.shown.x).toBeGreaterThan(page.width * 0.7);
    expect(item.shown.y).toBeGreaterThan(page.height * 0.9);
  });
});

describe('imageToPdf', () => {
  it('puts a picture on an A4 page of its own', async () => {
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAK/gH/Vq1HZAAAAABJRU5ErkJggg==', 'base64'));
    const read = await readPdf(await imageToPdf(png, 'bilde.png'));
    expect(read.pageCount).toBe(1);
    expect([Math.round(read.pages[0]!.width), Math.round(read.pages[0]!.height)]).toEqual([842, 595]);
  });
});
