import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { planTree } from '../../src/model/plan.js';
import { planStatus } from '../../src/model/plan-status.js';
import { renderPlan } from '../../src/render/plan.js';
import { renderPlanStatus } from '../../src/render/plan-status.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { loadBundled } from '../helpers/bundled.js';
import { FJORD_NOW, loadFjord } from '../helpers/fjord.js';

describe('renderPlan', () => {
  it('renders Handlingsplan 2025 as the golden Markdown file', async () => {
    const { repo } = loadBundled();
    const md = toMarkdown(renderPlan(planTree(repo, 2025), { lang: 'nb', partnership: repo.config.name }));
    expectGolden(md, './golden/plan-2025.md', import.meta.dirname);
  });

  it('groups the plan of another partnership by its own innsatsområder', async () => {
    const { repo } = loadFjord();
    const doc = renderPlan(planTree(repo, 2025), { lang: 'nb', partnership: repo.config.name });
    const md = toMarkdown(doc);
    expect(md).toContain('## Tabell: Innsatsområder');
    expect(md).toContain('| Hvor vil vi? | Innsatsområder | Satsninger | Mål | Arbeidsform | Periode |');
    expect(md).not.toContain('Prioriterte pasientgrupper');
    expectGolden(md, './golden/plan-fjord-2025.md', import.meta.dirname);
  });

  it('speaks English on request', () => {
    const { repo } = loadFjord();
    const md = toMarkdown(renderPlan(planTree(repo, 2025), { lang: 'en', partnership: repo.config.name }));
    expect(md).toContain('| Where do we want to go? | Innsatsområder | Initiatives | Goal | Working form | Period |');
    expect(md).toContain('| **Measures** | **Goal** | **Working form** | **Period** |');
  });

  it('says so when a year has no satsninger yet', () => {
    const { repo } = loadFjord();
    const md = toMarkdown(renderPlan(planTree(repo, 2030), { lang: 'nb', partnership: repo.config.name }));
    expect(md).toContain('# Handlingsplan 2030');
    expect(md).toContain('Planen for 2030 har ingen satsninger ennå.');
  });
});

describe('renderPlanStatus', () => {
  it('renders the status report of Fjordfellesskapet as the golden Markdown file', async () => {
    const { index, repo } = loadFjord();
    const md = toMarkdown(renderPlanStatus(planStatus(index, 2025, FJORD_NOW), { lang: 'nb', partnership: repo.config.name }));
    expectGolden(md, './golden/plan-status-fjord-2025.md', import.meta.dirname);
  });

  it('lists what is overdue in the bundled plan once 2025 is over', () => {
    const { index, repo } = loadBundled();
    const md = toMarkdown(renderPlanStatus(planStatus(index, 2025, '2026-01-15'), { lang: 'nb', partnership: repo.config.name }));
    expect(md).toContain('Status per 15. januar 2026.');
    expect(md).toContain('- Forfalt mot perioden: 8');
    expect(md).toContain('| **Vitality**<br>*Ansvarlig:* SSU | Pågår<br>**FORFALT (perioden endte 31. desember 2025)** | 2025 | PM 2024.3<br>30. mai 2024 | Partnerskapsmøtet tar informasjonen til orientering. |');
    expect(md).toContain('*Forslag:* Mandat for Mandat Samhandlingsforum');
  });
});
