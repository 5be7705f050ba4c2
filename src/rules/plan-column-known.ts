import { closest } from '../schema/errors.js';
import { BUILT_IN_COLUMNS } from '../model/plan.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const PLAN = 'plans/2025/plan.md';

export default defineRule({
  meta: {
    id: 'plan-column-known',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Kolonnene en plan velger for matrisen (kolonner i plan.md) er hfs egne felt (mål, arbeidsform, periode, ansvarlig, status) eller helsefellesskapets egne felt under handlingsplan.felt i hf.yaml.',
      en: 'The columns a plan chooses for its matrix (kolonner in plan.md) are hf\'s own fields (mål, arbeidsform, periode, ansvarlig, status) or the partnership\'s own fields under handlingsplan.felt in hf.yaml.',
    },
    messages: {
      unknown: { nb: 'Kolonnen `{column}` er verken et av hfs felt eller et eget felt i hf.yaml', en: 'The column `{column}` is neither one of hf\'s fields nor an own field in hf.yaml' },
    },
    hints: {
      unknown: { nb: 'Mulige kolonner: {known}. Et nytt felt føres opp under handlingsplan.felt i hf.yaml.', en: 'Possible columns: {known}. A new field is added under handlingsplan.felt in hf.yaml.' },
    },
    examples: {
      valid: [
        {
          name: 'A matrix with the owners in a column of their own',
          files: { [PLAN]: lines('---', 'år: 2025', 'tittel: Handlingsplan 2025', 'kolonner: [mål, ansvarlig, periode]', '---') },
        },
      ],
      invalid: [
        {
          name: 'A column that is no field',
          files: { [PLAN]: lines('---', 'år: 2025', 'tittel: Handlingsplan 2025', 'kolonner: [mål, målgruppe, periode]', '---') },
          expect: [{ file: PLAN, line: 4, column: 17, messageId: 'unknown' }],
        },
      ],
    },
  },
  check(ctx) {
    const known = [...BUILT_IN_COLUMNS, ...ctx.repo.config.plan.fields.map((f) => f.name)];
    for (const plan of ctx.repo.plans) {
      const raw = ctx.repo.files.get(plan.file)?.data?.kolonner;
      if (!Array.isArray(raw)) continue;
      raw.forEach((column, i) => {
        if (typeof column !== 'string' || known.includes(column)) return;
        const suggestion = closest(column, known);
        ctx.report({
          messageId: 'unknown',
          file: plan.file,
          ...ctx.locate(plan.file, ['kolonner', i]),
          data: { column, known: suggestion ? `${suggestion} (${known.join(', ')})` : known.join(', ') },
        });
      });
    }
  },
});
