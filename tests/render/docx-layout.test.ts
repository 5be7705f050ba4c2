/**
 * Word output that survives real content, read from the .docx's own XML: the
 * action plan's matrix in a landscape section, with columns wide enough for
 * every word of the 2025 plan, group cells merged vertically, the header row
 * repeated and kept with the next row, and a table of contents; minutes whose
 * long rows may break across pages.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { planTree } from '../../src/model/plan.js';
import type { Block, Doc } from '../../src/render/ir.js';
import { renderMinutes } from '../../src/render/minutes.js';
import { renderNotice } from '../../src/render/notice.js';
import { renderPlan } from '../../src/render/plan.js';
import { columnWidths, toDocx, wordWidth } from '../../src/render/write-docx.js';
import { loadBundled } from '../helpers/bundled.js';

const { index, repo } = loadBundled();
const plan = renderPlan(planTree(repo, 2025), { lang: 'nb', partnership: repo.config.name });

async function documentXml(doc: Doc): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(await toDocx(doc)));
  return zip.file('word/document.xml')!.async('string');
}

/** The tables of a document.xml, outermost only, each as its XML. */
function tables(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (m[0] === '<w:tbl>') {
      if (depth++ === 0) start = m.index!;
    } else if (--depth === 0) out.push(xml.slice(start, m.index! + 8));
  }
  return out;
}

const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('the action plan in Word', () => {
  it('puts the matrix tables, with their headings, in a landscape section between portrait ones', async () => {
    const xml = await documentXml(plan);
    const sections = [...xml.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sections).toEqual([
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
    ]);
    // The section's properties close it: both matrix headings come before the landscape one, after the first portrait one.
    const landscapeAt = xml.indexOf('w:orient="landscape"');
    const portraitAt = xml.indexOf('w:orient="portrait"');
    for (const heading of ['Tabell: Prioriterte pasientgrupper', 'Tabell: Strukturer for samhandling og forbedring']) {
      // (The table of contents names them too, before the first section ends.)
      const at = xml.indexOf(heading, portraitAt);
      expect(at).toBeGreaterThan(portraitAt);
      expect(at).toBeLessThan(landscapeAt);
    }
  });

  it('merges the "Hvor vil vi?" and area cells of a group vertically, and repeats the header row on each page', async () => {
    const matrices = tables(await documentXml(plan)).filter((t) => text(t).startsWith('Hvor vil vi?'));
    expect(matrices).toHaveLength(2);
    for (const t of matrices) {
      expect(t).toContain('<w:tblHeader/>');
      expect(t.match(/<w:vMerge w:val="restart"\/>/g)!.length).toBeGreaterThanOrEqual(2);
      expect(t.match(/<w:vMerge w:val="continue"\/>/g)!.length).toBeGreaterThan(5);
    }
    // The main goal starts the first column's merge and spans the whole first table.
    const first = matrices[0]!;
    const rows = first.split('<w:tr>').slice(2);
    expect(text(rows[0]!.split('</w:tc>')[0]!)).toMatch(/^Fremme forebygging/);
    expect(rows.slice(1).every((r) => r.split('</w:tc>')[0]!.includes('<w:vMerge w:val="continue"/>'))).toBe(true);
  });

  it('keeps the header row, and the rows of bold labels below it ("Tiltak | Mål | …"), with the next row', async () => {
    const matrix = tables(await documentXml(plan)).find((t) => text(t).startsWith('Hvor vil vi?'))!;
    const rows = matrix.split('<w:tr>').slice(1);
    expect(rows[0]).toContain('<w:pStyle w:val="HfTableHeading"/>');
    const labels = rows.filter((r) => text(r) === 'TiltakMålArbeidsformPeriode');
    expect(labels.length).toBeGreaterThan(0);
    for (const r of labels) for (const p of r.match(/<w:p>.*?<\/w:p>/g)!) expect(p).toContain('<w:keepNext/>');
  });

  it('makes every column at least as wide as the longest word in it, so Word breaks no word inside a cell', async () => {
    const matrix = plan.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table' && !!b.landscape)!;
    const xml = tables(await documentXml(plan)).find((t) => text(t).startsWith('Hvor vil vi?'))!;
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(6);
    const longest = Array.from({ length: 6 }, () => '');
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => (k === 'text' || k === 'children' || k === 'blocks' || k === 'items' ? strings(v) : [])) : [];
    for (const row of matrix.rows) {
      row.forEach((cell, i) => {
        for (const w of strings(cell.blocks).flatMap((s) => s.split(/\s+/))) if (wordWidth(w, true) > wordWidth(longest[i]!, true)) longest[i] = w;
      });
    }
    expect(longest[4]).toMatch(/^(samarbeidsarena|Prosjektpilotering|Arbeidsgruppe)$/);
    grid.forEach((width, i) => expect(width, longest[i]).toBeGreaterThanOrEqual(wordWidth(longest[i]!, true) + 216));
  });

  it('opens with a table of contents of its headings', async () => {
    const xml = await documentXml(plan);
    expect(xml).toContain('TOC \\h \\o &quot;1-3&quot;');
    const start = xml.indexOf('TOC \\h');
    const toc = xml.slice(start, xml.indexOf('</w:sdt>', start));
    // As the seed's "Innhold": down to the areas under each grouping.
    for (const entry of ['Innledning og bakgrunn', 'Hovedmål', 'Tabell: Prioriterte pasientgrupper', '2. Skrøpelige eldre', 'Faglig samarbeidsutvalg (FSU)']) expect(text(toc)).toContain(entry);
    expect(text(xml).indexOf('Innhold')).toBeLessThan(text(xml).indexOf('Innledning og bakgrunn'));
  });
});

describe('column widths', () => {
  it('follow the proportions asked for, widen a column to its longest word, and add up to the width available', () => {
    expect(columnWidths([1, 1], [0, 0], 1000)).toEqual([500, 500]);
    const widths = columnWidths([1, 1, 1], [600, 0, 0], 1200);
    expect(widths[0]).toBe(600);
    expect(widths[1]).toBe(300);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(1200);
    // Words that cannot all fit are shrunk evenly.
    expect(columnWidths([1, 1], [900, 900], 1200)).toEqual([600, 600]);
  });

  it('measure words as Calibri sets them: a wide word is wider than a narrow one of the same length', () => {
    expect(wordWidth('mmmm')).toBeGreaterThan(wordWidth('iiii'));
    expect(wordWidth('Arbeidsform', true)).toBeGreaterThan(wordWidth('Arbeidsform'));
  });
});

describe('minutes and notice in Word', () => {
  it('numbers an ordered list from its start, and a list after it from 1', async () => {
    const item = (t: string) => [{ type: 'paragraph' as const, text: [t] }];
    const bytes = await toDocx({ title: 'T', lang: 'nb', partnership: '', blocks: [
      { type: 'list', ordered: true, start: 3, items: [item('tre'), item('fire')] },
      { type: 'paragraph', text: ['Mellom'] },
      { type: 'list', ordered: true, items: [item('en')] },
    ] });
    const numbering = await (await JSZip.loadAsync(Buffer.from(bytes))).file('word/numbering.xml')!.async('string');
    // Level 0 of each ordered list's numbering: the first starts at 3, the second at 1.
    const starts = [...numbering.matchAll(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="(\d+)"\/><w:numFmt w:val="decimal"\/>/g)].map((m) => m[1]);
    expect(starts).toEqual(['3', '1']);
  });

  it('lets a long row of the minutes run on to the next page, and keeps each agenda row of the notice whole', async () => {
    const minutes = tables(await documentXml(renderMinutes(index, 'SSU', '2024-05-23', { lang: 'nb', today: '2024-10-01' }).doc));
    const cases = minutes.find((t) => text(t).startsWith('Saksnr.'))!;
    // Only the header row is kept whole; the case rows may break.
    expect(cases.match(/<w:cantSplit\/>/g)).toHaveLength(1);
    expect(cases.split('<w:tr>')[1]).toContain('<w:tblHeader/>');
    const notice = tables(await documentXml(renderNotice(index, 'SSU', '2024-09-26', { lang: 'nb', today: '2024-09-20' })));
    const agenda = notice.find((t) => text(t).startsWith('Saksnr.'))!;
    expect(agenda.match(/<w:cantSplit\/>/g)!.length).toBeGreaterThanOrEqual(12);
  });
});
