/**
 * The HTML (and so the PDF) of wide and grouped tables: the action plan's
 * matrix in a landscape section with its heading, its group cells spanning the
 * rows of their group, and an image only as data.
 */
import { describe, expect, it } from 'vitest';
import { planTree } from '../../src/model/plan.js';
import { renderPlan } from '../../src/render/plan.js';
import { sanitizeDocumentHtml } from '../../src/render/sanitize.js';
import { toHtml } from '../../src/render/write-html.js';
import { loadBundled } from '../helpers/bundled.js';

const { repo } = loadBundled();
const html = toHtml(renderPlan(planTree(repo, 2025), { lang: 'nb', partnership: repo.config.name }));

describe('the action plan in HTML', () => {
  it('puts each matrix with its heading in a section printed on landscape pages', () => {
    const sections = [...html.matchAll(/<section class="landscape">\n(<h2>[^<]*<\/h2>)\n<table/g)].map((m) => m[1]);
    expect(sections).toEqual(['<h2>Tabell: Prioriterte pasientgrupper</h2>', '<h2>Tabell: Strukturer for samhandling og forbedring</h2>']);
    expect(html).toContain('@page landscape { size: A4 landscape;');
  });

  it('lets a group cell span the rows of its group, and every row still fills the six columns', () => {
    const table = html.slice(html.indexOf('<section class="landscape">'), html.indexOf('</section>'));
    const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => m[1]!).slice(1);
    const first = /^<td rowspan="(\d+)">/.exec(rows[0]!);
    expect(Number(first![1])).toBe(rows.length);
    // Columns taken by spans from rows above, plus each row's own cells, make six.
    const open: number[] = [];
    for (const row of rows) {
      const taken = open.filter((n) => n > 0).length;
      const cells = [...row.matchAll(/<td(?: rowspan="(\d+)")?>/g)];
      expect(taken + cells.length).toBe(6);
      for (let i = 0; i < open.length; i++) open[i]!--;
      for (const c of cells) if (c[1]) open.push(Number(c[1]) - 1);
    }
  });
});

describe('the sanitiser and images', () => {
  it('keeps an image embedded as data and drops any other source', () => {
    expect(sanitizeDocumentHtml('<img class="logo" src="data:image/png;base64,iVBORw0KGgo=" alt="">')).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(sanitizeDocumentHtml('<img src="https://evil.example/x.png" alt="">')).not.toContain('evil');
    expect(sanitizeDocumentHtml('<img src="data:image/svg+xml;base64,PHN2Zz4=">')).not.toContain('svg');
  });
});
