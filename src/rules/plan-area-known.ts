import { actionPlans, planLabel, planSettings } from '../model/plan.js';
import { closest } from '../schema/errors.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'plan-area-known',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Området til en rad i handlingsplanen (område) er et område i planens inndeling, og nøklene i hvor_vil_vi i plan.md er grupperinger der. Inndelingen er oppsett, ikke kode: grupperinger i planens plan.md, ellers arvet fra planen før, ellers handlingsplan.grupperinger i hf.yaml.',
      en: 'The area of an action-plan row (område) is an area of the plan\'s grouping, and the keys of hvor_vil_vi in plan.md are groupings there. The grouping is configuration, not code: grupperinger in the plan\'s plan.md, else inherited from the plan before, else handlingsplan.grupperinger in hf.yaml.',
    },
    messages: {
      unknownArea: { nb: 'Området `{area}` finnes ikke i inndelingen av planen {plan} (fra {where})', en: 'The area `{area}` is not in the grouping of the plan {plan} (from {where})' },
      unknownGrouping: { nb: 'Grupperingen `{grouping}` finnes ikke i inndelingen av planen {plan} (fra {where})', en: 'The grouping `{grouping}` is not in the grouping of the plan {plan} (from {where})' },
    },
    hints: {
      unknownArea: { nb: 'Kjente områder: {known}. Et nytt område legges til i {where}.', en: 'Known areas: {known}. A new area is added in {where}.' },
      unknownGrouping: { nb: 'Kjente grupperinger: {known}.', en: 'Known groupings: {known}.' },
    },
    examples: {
      valid: [
        {
          name: 'A satsning in an area of hf.yaml',
          files: {
            'plans/2025/plan.md': lines('---', 'år: 2025', 'tittel: Handlingsplan 2025', 'hvor_vil_vi:', '  pasientgrupper: Gode pasientforløp', '---'),
            'plans/2025/vitality.md': lines('---', 'type: satsning', 'område: eldre', 'tittel: Vitality', 'status: pågår', '---'),
          },
        },
        {
          name: 'A plan of three years with areas of its own, numbered as the document numbers them',
          files: {
            'plans/2025-2027/plan.md': lines(
              '---',
              'periode: 2025–2027',
              'tittel: Handlingsplan 2025–2027',
              'grupperinger:',
              '  - id: innsats',
              '    navn: Innsatsområder',
              '    områder:',
              '      - { id: barn, nummer: "3.1", navn: Barn og unge }',
              '---',
            ),
            'plans/2025-2027/helsestasjon.md': lines('---', 'type: satsning', 'område: barn', 'tittel: Helsestasjon for ungdom', '---'),
          },
        },
      ],
      invalid: [
        {
          name: 'A row in an area and a plan with a grouping that hf.yaml does not have',
          files: {
            'plans/2025/plan.md': lines('---', 'år: 2025', 'tittel: Handlingsplan 2025', 'hvor_vil_vi:', '  strukturer: Trygge tjenester', '---'),
            'plans/2025/vitality.md': lines('---', 'type: satsning', 'område: skropelige-eldre', 'tittel: Vitality', 'status: pågår', '---'),
          },
          expect: [
            { file: 'plans/2025/plan.md', line: 5, column: 3, messageId: 'unknownGrouping' },
            { file: 'plans/2025/vitality.md', line: 3, column: 9, messageId: 'unknownArea' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    for (const p of actionPlans(ctx.repo)) {
      const { groupings, groupingsFrom: where } = planSettings(ctx.repo, p);
      const plan = planLabel(p);
      const areas = groupings.flatMap((g) => g.areas.map((a) => a.id));
      const known = new Set(areas);
      for (const row of p.rows) {
        if (!row.area || known.has(row.area)) continue;
        const suggestion = closest(row.area, areas);
        const list = areas.join(', ') || '–';
        ctx.report({ messageId: 'unknownArea', file: row.file, ...ctx.locate(row.file, ['område']), data: { area: row.area, plan, where, known: suggestion ? `${suggestion} (${list})` : list } });
      }
      const ids = groupings.map((g) => g.id);
      for (const key of Object.keys(p.plan?.whereTo ?? {})) {
        if (ids.includes(key)) continue;
        const file = p.plan!.file;
        ctx.report({ messageId: 'unknownGrouping', file, ...ctx.locate(file, ['hvor_vil_vi', key], 'key'), data: { grouping: key, plan, where, known: ids.join(', ') || '–' } });
      }
    }
  },
});
