/**
 * A text with a long unbroken string — a file name, a pasted address, a reference
 * without spaces — stays on the page: the line breaks inside the string rather
 * than running past the right margin, where a member reading the PDF would never
 * see the rest of it. Read back with pdf.js, item by item.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumEnv } from '../helpers/browser.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { readPdf, squashed, type PdfReadBack } from '../helpers/pdf.js';

const LONG = `Vedlegg_${'dokumenter_fra_samhandlingsutvalget_'.repeat(8)}innkalling.pdf`;
let dir = '';
let pdf: PdfReadBack;
beforeAll(async () => {
  dir = copyBundled('hf-pdf-long-');
  appendFileSync(join(dir, 'cases/ssu/2024/2024.31-midler-fra-hso.md'), `\nSe ${LONG} for bakgrunnen.\n`);
  const r = hf(dir, ['paper', 'ssu', '2024.31', '-o', 'sak.pdf'], chromiumEnv());
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  pdf = await readPdf(readFileSync(join(dir, 'sak.pdf')));
}, 60_000);
afterAll(() => removeDir(dir));

describe('a long unbroken string in a case paper as PDF', () => {
  it('is all there, on lines within the page', () => {
    const items = pdf.pages.flatMap((p) => p.items.map((item) => ({ item, width: p.width })));
    expect(squashed(pdf.all).replace(/\s/g, '')).toContain(LONG);
    const past = items.filter(({ item, width }) => item.str.trim() && item.shown.x + item.width > width - 10 * 2.83);
    expect(past.map(({ item }) => item.str)).toEqual([]);
  });
});
