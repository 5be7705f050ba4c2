/**
 * The action plan 2025 as PDF: the matrix on landscape pages, and no word of
 * the plan's text (the seed's, as the bundled data transcribes it) broken over
 * two lines inside a cell — read back with pdf.js, word by word: a broken word
 * would be in no single line of text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumEnv } from '../helpers/browser.js';
import { loadBundled } from '../helpers/bundled.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { readPdf, type PdfReadBack } from '../helpers/pdf.js';

let dir = '';
let pdf: PdfReadBack;
beforeAll(async () => {
  dir = copyBundled('hf-pdf-plan-');
  const r = hf(dir, ['plan', '2025', '-o', 'handlingsplan-2025.pdf'], chromiumEnv());
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  pdf = await readPdf(readFileSync(join(dir, 'handlingsplan-2025.pdf')));
}, 60_000);
afterAll(() => removeDir(dir));

/** The words of a text that a cell shows (Markdown marks and punctuation around words taken off). */
function words(text: string | undefined): string[] {
  return (text ?? '')
    .replace(/[*_`[\]()]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[«"'“,.;:!?–-]+|[»"'”,.;:!?]+$/g, ''))
    .filter((w) => /\p{L}{2}/u.test(w));
}

describe('the action plan 2025 as PDF', () => {
  it('puts the matrix on landscape pages, with the heading row on each of them', () => {
    const landscape = pdf.pages.filter((p) => p.width > p.height);
    expect(landscape.length).toBeGreaterThanOrEqual(2);
    for (const page of landscape) expect(page.text).toMatch(/Hvor vil vi\?.*Satsninger.*Mål.*Arbeidsform.*Periode/);
    expect(pdf.pages[0]!.width).toBeLessThan(pdf.pages[0]!.height);
  });

  it('breaks no word of the plan over two lines inside a cell', () => {
    const { repo } = loadBundled();
    // What the matrix's cells show: each satsning's and tiltak's title, description, goal, working form and period, and the areas' names.
    const rows = repo.planRows.filter((r) => r.plan === '2025' && r.type !== 'area');
    const areas = repo.config.plan.groupings.flatMap((g) => g.areas.filter((a) => rows.some((r) => r.area === a.id)).map((a) => a.name));
    const cellWords = new Set([...rows.flatMap((r) => [r.title, r.description, r.goal, r.workForm, r.period]), ...areas].flatMap(words));
    expect(cellWords.size).toBeGreaterThan(200);
    const landscape = pdf.pages.filter((p) => p.width > p.height);
    // Every line of text on the matrix pages, as pdf.js reads it: a word broken in two is in none of them whole.
    const lines = landscape.flatMap((p) => p.text.split('\n'));
    const broken = [...cellWords].filter((w) => !lines.some((line) => line.includes(w)));
    expect(broken).toEqual([]);
    // And the words known to break in a narrow column are there whole.
    for (const w of ['Arbeidsform', 'Kontinuerlig', 'samarbeidsarena']) expect(lines.some((l) => l.includes(w)), w).toBe(true);
  });

  it('has an outline from the plan\'s headings and "Side x av y" on every page', () => {
    expect(pdf.outline.map((e) => e.title)).toEqual(expect.arrayContaining(['Handlingsplan 2025', 'Tabell: Prioriterte pasientgrupper', 'Tabell: Strukturer for samhandling og forbedring']));
    pdf.pages.forEach((page, i) => expect(page.text).toContain(`Side ${i + 1} av ${pdf.pageCount}`));
  });
});
