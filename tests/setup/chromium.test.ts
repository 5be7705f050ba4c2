/** The test Chromium starts and prints a page to PDF with its text (what the PDF and website tests build on). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => browser?.close());

describe('the test Chromium', () => {
  it('renders Norwegian text and prints it as a PDF whose text can be read back', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="nb"><title>Prøve</title><h1 id="h">Blåbærsyltetøy</h1></html>');
    expect(await page.textContent('#h')).toBe('Blåbærsyltetøy');
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
    const text = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    expect(text).toContain('Blåbærsyltetøy');
  });

  it('draws text fields with the fonts that come with it (without fonts its renderer aborts on one)', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="nb"><title>Søk</title><label for="q">Søk</label><input id="q" type="search"></html>');
    await page.fill('#q', 'skrøpelige eldre');
    expect(await page.inputValue('#q')).toBe('skrøpelige eldre');
    await page.close();
  });
});
