/**
 * The plans of Helsefellesskapet Elvedalen (tests/fixtures/elvedalen): the
 * three-year plan in both layouts, as Markdown and HTML goldens, its Word file
 * read back by mammoth, and the one-year plan before it, whose rows were split
 * and merged into the new plan. The pictures are embedded the way the commands
 * do it (src/commands/images.ts).
 */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { embedImages } from '../../src/commands/shared/images.js';
import { planTree, rowsInOrder } from '../../src/model/plan.js';
import { planStatus } from '../../src/model/plan-status.js';
import type { Doc } from '../../src/render/ir.js';
import { renderPlan } from '../../src/render/plan.js';
import { renderPlanStatus } from '../../src/render/plan-status.js';
import { toDocx } from '../../src/render/write-docx.js';
import { toHtml } from '../../src/render/write-html.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { ELVEDALEN_NOW, ELVEDALEN_ROOT, loadElvedalen } from '../helpers/elvedalen.js';
import { expectGolden } from '../helpers/golden.js';
import { inertProblems } from '../helpers/html.js';

const { repo, index } = await loadElvedalen();
const options = { lang: 'nb' as const, partnership: repo.config.name };
const narrative = (): Doc => embedImages(renderPlan(planTree(repo, 2026), options), ELVEDALEN_ROOT);
const matrix = (): Doc => embedImages(renderPlan(planTree(repo, '2025-2027'), { ...options, layout: 'matrix' }), ELVEDALEN_ROOT);

describe('the three-year plan of Elvedalen', () => {
  it('is the plan that covers 2026, laid out as text, area by area, as the golden Markdown and HTML', () => {
    const doc = narrative();
    expect(doc.title).toBe('Handlingsplan 2025–2027');
    const md = toMarkdown(doc);
    expectGolden(md, './golden/plan-elvedalen-2025-2027.md', import.meta.dirname);
    const html = toHtml(doc);
    expectGolden(html, './golden/plan-elvedalen-2025-2027.html', import.meta.dirname);
    expect(inertProblems(html)).toEqual([]);
  });

  it('numbers its areas as the document does, puts area text before or after the items, and heads a tiltak directly under its area as a tiltak', () => {
    const md = toMarkdown(narrative());
    const headings = md.split('\n').filter((l) => /^#{2,4} /.test(l));
    expect(headings.filter((h) => h.startsWith('## 3.'))).toEqual([
      '## 3.1 Barn, unge og familier',
      '## 3.2 Svangerskap, fødsel og barsel',
      '## 3.3 Psykisk helse og rus',
      '## 3.4 Skrøpelige eldre',
      '## 3.5 Personer med flere kroniske lidelser',
      '## 3.6 Digital samhandling',
    ]);
    expect(headings).toContain('### Tiltak: Forebyggende hjemmebesøk');
    expect(headings).toContain('#### Digital helsesykepleier');
    // 3.1 opens with its text; 3.2 closes with its text, after both satsninger.
    expect(md).toMatch(/## 3\.1 Barn, unge og familier\n\nBarn og unge skal få hjelp tidlig/);
    expect(md).toMatch(/- Andel hjemmebesøk innen tre døgn\n\n\*\*Viderefører:\*\* Helsestasjon og jordmortjeneste \(2024\)\n\nArbeidsgruppen rapporterer til FSU/);
  });

  it('shows every owner, the own fields and the rows it continues as labelled lines', () => {
    const md = toMarkdown(narrative());
    expect(md).toContain('**Ansvarlig:** Elvedal kommune, Bergli kommune, BUP Elvedalen');
    expect(md).toContain('**Ansvarlig:** AG-SFB; Kvinneklinikken, Sykehuset Elvedalen HF');
    expect(md).toContain('**Målgruppe:** Elever i ungdomsskolen');
    expect(md).toContain('**Finansiering:** samhandlingsmidler');
    expect(md).toContain('**Indikatorer:**\n\n- Andel elever med samtale hos helsesykepleier\n- Ventetid til BUP');
    expect(md).toContain('**Budsjett (kr):** 1\u00a0200\u00a0000');
    expect(md).toContain('**Neste milepæl:** 15. juni 2026');
    expect(md).toContain('**Viderefører:** ROP-team (2024); Ettervern etter utskrivning (2024)');
  });

  it('can be laid out as the matrix, with the plan\'s own columns, as the golden Markdown and HTML', () => {
    const doc = matrix();
    const md = toMarkdown(doc);
    expect(md).toContain('| Hvor vil vi? | Innsatsområder | Satsninger | Mål | Ansvarlig | Periode | Målgruppe |');
    expectGolden(md, './golden/plan-elvedalen-2025-2027-matrise.md', import.meta.dirname);
    const html = toHtml(doc);
    expectGolden(html, './golden/plan-elvedalen-2025-2027-matrise.html', import.meta.dirname);
    expect(inertProblems(html)).toEqual([]);
  });

  it('has every satsning and tiltak in its Word file, in both layouts, with the picture and the footnotes', async () => {
    const rows = rowsInOrder(planTree(repo, '2025-2027'));
    // Every satsning and tiltak of the folder is in the tree, the tiltak directly under its area too.
    expect(rows.map((r) => r.id).sort()).toEqual(repo.planRows.filter((r) => r.plan === '2025-2027' && r.type !== 'area').map((r) => r.id).sort());
    expect(rows).toHaveLength(11);
    for (const doc of [narrative(), matrix()]) {
      const buffer = Buffer.from(await toDocx(doc));
      const text = (await mammoth.extractRawText({ buffer })).value.replace(/\s+/g, ' ');
      for (const r of rows) expect(text, r.id).toContain(r.title!);
      const html = (await mammoth.convertToHtml({ buffer })).value;
      // mammoth puts Word's footnotes at the end of its HTML.
      expect(html).toMatch(/<li id="footnote-\d+"><p>Samarbeidsavtalen mellom kommunene og Sykehuset Elvedalen HF, revidert i 2024\./);
      expect(html).toMatch(/<img [^>]*alt="Samhandlingsmodellen: kommunene, helsefellesskapet og sykehuset"/);
    }
  });
});

describe('the one-year plan of 2024 before it', () => {
  it('has areas of its own, and shows where each row went on: split in two, merged into one', () => {
    const md = toMarkdown(renderPlan(planTree(repo, 2024), options));
    expect(md).toContain('| Hvor vil vi? | Satsingsområder | Satsninger | Mål | Arbeidsform | Periode |');
    expect(md).toContain('**1. Barn og unge**');
    expect(md).toContain('**Videreført i:** Svangerskapsomsorg (2025–2027); Barselomsorg (2025–2027)');
    expect(md).toContain('**ROP-team**<br><br>**Videreført i:** ROP-team med ettervern (2025–2027)');
    expect(md).toContain('**Ettervern etter utskrivning**<br><br>**Videreført i:** ROP-team med ettervern (2025–2027)');
  });

  it('reports a row marked videreført with its successors as never overdue, and an open row as overdue', () => {
    const report = planStatus(index, 2024, ELVEDALEN_NOW);
    expect(report.overdue.map((s) => s.row.id)).toEqual(['e-meldinger']);
    const md = toMarkdown(renderPlanStatus(report, options));
    expect(md).toContain('| **Helsestasjon og jordmortjeneste**<br>*Ansvarlig:* AG-SFB | Videreført<br>videreført i 2025–2027: Svangerskapsomsorg; Barselomsorg | 2024 |');
    expect(md).toContain('| **Felles bruk av e-meldinger**<br>*Ansvarlig:* SSU | Pågår<br>**FORFALT (perioden endte 31. desember 2024)** | 2024 |');
  });
});

describe('the status report of 2026', () => {
  it('is the status of the three-year plan for 2026, as the golden Markdown file', () => {
    const report = planStatus(index, 2026, ELVEDALEN_NOW);
    expect(report).toMatchObject({ id: '2025-2027', label: '2025–2027', year: 2026 });
    expectGolden(toMarkdown(renderPlanStatus(report, options)), './golden/plan-status-elvedalen-2026.md', import.meta.dirname);
  });
});
