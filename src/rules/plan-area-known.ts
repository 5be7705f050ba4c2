import { closest } from '../schema/errors.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'plan-area-known',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Området til en rad i handlingsplanen (område) er et område under handlingsplan.grupperinger i hf.yaml, og nøklene i hvor_vil_vi i plan.md er grupperinger der. Inndelingen av planen er oppsett, ikke kode: den står i hf.yaml.',
      en: 'The area of an action-plan row (område) is an area under handlingsplan.grupperinger in hf.yaml, and the keys of hvor_vil_vi in plan.md are groupings there. How the plan is grouped is configuration, not code: it lives in hf.yaml.',
    },
    messages: {
      unknownArea: { nb: 'Området `{area}` finnes ikke i handlingsplan.grupperinger i hf.yaml', en: 'The area `{area}` is not in handlingsplan.grupperinger in hf.yaml' },
      unknownGrouping: { nb: 'Grupperingen `{grouping}` finnes ikke i handlingsplan.grupperinger i hf.yaml', en: 'The grouping `{grouping}` is not in handlingsplan.grupperinger in hf.yaml' },
    },
    hints: {
      unknownArea: { nb: 'Kjente områder: {known}. Et nytt område legges til i hf.yaml.', en: 'Known areas: {known}. A new area is added in hf.yaml.' },
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
    const groupings = ctx.repo.config.plan.groupings;
    const areas = groupings.flatMap((g) => g.areas.map((a) => a.id));
    const known = new Set(areas);
    for (const row of ctx.repo.planRows) {
      if (!row.area || known.has(row.area)) continue;
      const suggestion = closest(row.area, areas);
      const list = areas.join(', ') || '–';
      ctx.report({ messageId: 'unknownArea', file: row.file, ...ctx.locate(row.file, ['område']), data: { area: row.area, known: suggestion ? `${suggestion} (${list})` : list } });
    }
    const ids = groupings.map((g) => g.id);
    for (const plan of ctx.repo.plans) {
      for (const key of Object.keys(plan.whereTo)) {
        if (ids.includes(key)) continue;
        ctx.report({ messageId: 'unknownGrouping', file: plan.file, ...ctx.locate(plan.file, ['hvor_vil_vi', key], 'key'), data: { grouping: key, known: ids.join(', ') || '–' } });
      }
    }
  },
});
