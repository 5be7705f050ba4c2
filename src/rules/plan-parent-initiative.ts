import { actionPlans, planLabel, planSettings, rowKey } from '../model/plan.js';
import type { PlanRow } from '../model/types.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const ROW = (...fields: string[]) => lines('---', ...fields, '---');

export default defineRule({
  meta: {
    id: 'plan-parent-initiative',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Et tiltak hører til en satsning: feltet satsning er id-en (filnavnet uten .md) til en rad av typen satsning i samme plan og samme område. Der planen har tiltak_uten_satsning: true, kan et tiltak også stå rett under området. Bare tiltak har feltet satsning.',
      en: 'A tiltak belongs to a satsning: its field satsning is the id (file name without .md) of a row of type satsning in the same plan and the same area. Where the plan has tiltak_uten_satsning: true, a tiltak may also stand directly under its area. Only tiltak have the field satsning.',
    },
    messages: {
      missing: { nb: 'Satsningen `{initiative}` finnes ikke i handlingsplanen {plan}', en: 'The satsning `{initiative}` is not in the action plan {plan}' },
      noInitiative: { nb: 'Tiltaket har ingen satsning, og handlingsplanen {plan} har ikke tiltak uten satsning', en: 'The tiltak has no satsning, and the action plan {plan} does not have tiltak without one' },
      notInitiative: { nb: '`{initiative}` er en rad av typen {type}, ikke en satsning', en: '`{initiative}` is a row of type {type}, not a satsning' },
      otherArea: { nb: 'Satsningen `{initiative}` hører til området `{parentArea}`, men tiltaket står i `{area}`', en: 'The satsning `{initiative}` belongs to the area `{parentArea}`, but the tiltak is in `{area}`' },
      notMeasure: { nb: 'Bare tiltak hører til en satsning; denne raden er av typen {type}', en: 'Only a tiltak belongs to a satsning; this row is of type {type}' },
    },
    hints: {
      missing: { nb: 'Satsningene i området: {known}.', en: 'The satsninger of the area: {known}.' },
      noInitiative: { nb: 'Legg til satsning: <id>, eller tillat tiltak rett under et område med tiltak_uten_satsning: true i planens plan.md.', en: 'Add satsning: <id>, or allow tiltak directly under an area with tiltak_uten_satsning: true in the plan\'s plan.md.' },
      otherArea: { nb: 'Sett område til `{parentArea}`, eller flytt tiltaket til en satsning i `{area}`.', en: 'Set område to `{parentArea}`, or move the tiltak to a satsning in `{area}`.' },
      notMeasure: { nb: 'Fjern feltet satsning, eller sett type: tiltak.', en: 'Remove the field satsning, or set type: tiltak.' },
    },
    examples: {
      valid: [
        {
          name: 'A tiltak under a satsning of the same year and area',
          files: {
            'plans/2025/rehabilitering.md': ROW('type: satsning', 'område: eldre', 'tittel: Rehabilitering', 'status: pågår'),
            'plans/2025/workshop.md': ROW('type: tiltak', 'område: eldre', 'satsning: rehabilitering', 'tittel: Workshop', 'status: planlagt'),
          },
        },
        {
          name: 'A tiltak directly under its area, in a plan that allows it',
          files: {
            'plans/2025/plan.md': ROW('år: 2025', 'tittel: Handlingsplan 2025', 'tiltak_uten_satsning: true'),
            'plans/2025/workshop.md': ROW('type: tiltak', 'område: eldre', 'tittel: Workshop', 'status: planlagt'),
          },
        },
      ],
      invalid: [
        {
          name: 'A tiltak whose satsning is in another year, and one under a tiltak',
          files: {
            'plans/2024/rehabilitering.md': ROW('type: satsning', 'område: eldre', 'tittel: Rehabilitering', 'status: pågår'),
            'plans/2025/workshop.md': ROW('type: tiltak', 'område: eldre', 'satsning: rehabilitering', 'tittel: Workshop', 'status: planlagt'),
            'plans/2025/kartlegging.md': ROW('type: tiltak', 'område: eldre', 'satsning: workshop', 'tittel: Kartlegging', 'status: planlagt'),
          },
          expect: [
            { file: 'plans/2025/kartlegging.md', line: 4, column: 11, messageId: 'notInitiative' },
            { file: 'plans/2025/workshop.md', line: 4, column: 11, messageId: 'missing' },
          ],
        },
        {
          name: 'A tiltak without a satsning in a plan that does not allow it',
          files: {
            'plans/2025/workshop.md': ROW('type: tiltak', 'område: eldre', 'tittel: Workshop', 'status: planlagt'),
          },
          expect: [{ file: 'plans/2025/workshop.md', line: 2, column: 7, messageId: 'noInitiative' }],
        },
        {
          name: 'A tiltak under a satsning of another area, and a satsning with a satsning',
          files: {
            'plans/2025/plan.md': ROW('år: 2025', 'tittel: Handlingsplan 2025', 'grupperinger:', '  - id: g', '    navn: G', '    områder:', '      - { id: eldre, navn: Eldre }', '      - { id: barn, navn: Barn }'),
            'plans/2025/rehabilitering.md': ROW('type: satsning', 'område: eldre', 'tittel: Rehabilitering'),
            'plans/2025/workshop.md': ROW('type: tiltak', 'område: barn', 'satsning: rehabilitering', 'tittel: Workshop'),
            'plans/2025/vitality.md': ROW('type: satsning', 'område: eldre', 'satsning: rehabilitering', 'tittel: Vitality'),
          },
          expect: [
            { file: 'plans/2025/vitality.md', line: 4, column: 11, messageId: 'notMeasure' },
            { file: 'plans/2025/workshop.md', line: 4, column: 11, messageId: 'otherArea' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const byKey = new Map<string, PlanRow>(ctx.repo.planRows.map((r) => [rowKey(r), r]));
    for (const p of actionPlans(ctx.repo)) {
      const plan = planLabel(p);
      const { measuresUnderArea } = planSettings(ctx.repo, p);
      for (const row of p.rows) {
        if (!row.initiative) {
          if (row.type === 'measure' && !measuresUnderArea) ctx.report({ messageId: 'noInitiative', file: row.file, ...ctx.locate(row.file, ['type']), data: { plan } });
          continue;
        }
        const at = ctx.locate(row.file, ['satsning']);
        const type = ctx.repo.files.get(row.file)?.data?.type;
        if (row.type !== 'measure') {
          ctx.report({ messageId: 'notMeasure', file: row.file, ...at, data: { type: String(type) } });
          continue;
        }
        const parent = byKey.get(rowKey({ plan: row.plan, id: row.initiative }));
        if (!parent) {
          const known = p.rows.filter((r) => r.type === 'initiative' && r.area === row.area).map((r) => r.id);
          ctx.report({ messageId: 'missing', file: row.file, ...at, data: { initiative: row.initiative, plan, known: known.join(', ') || '–' } });
        } else if (parent.type !== 'initiative') {
          ctx.report({ messageId: 'notInitiative', file: row.file, ...at, data: { initiative: row.initiative, type: String(ctx.repo.files.get(parent.file)?.data?.type) } });
        } else if (parent.area && row.area && parent.area !== row.area) {
          ctx.report({ messageId: 'otherArea', file: row.file, ...at, data: { initiative: row.initiative, parentArea: parent.area, area: row.area } });
        }
      }
    }
  },
});
