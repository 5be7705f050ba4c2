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
      nb: 'Et tiltak hører til en satsning: feltet satsning er id-en (filnavnet uten .md) til en rad av typen satsning i samme års plan og samme område. Bare tiltak har feltet satsning.',
      en: 'A tiltak belongs to a satsning: its field satsning is the id (file name without .md) of a row of type satsning in the same year\'s plan and the same area. Only tiltak have the field satsning.',
    },
    messages: {
      missing: { nb: 'Satsningen `{initiative}` finnes ikke i handlingsplanen for {year}', en: 'The satsning `{initiative}` is not in the action plan for {year}' },
      notInitiative: { nb: '`{initiative}` er en rad av typen {type}, ikke en satsning', en: '`{initiative}` is a row of type {type}, not a satsning' },
      otherArea: { nb: 'Satsningen `{initiative}` hører til området `{parentArea}`, men tiltaket står i `{area}`', en: 'The satsning `{initiative}` belongs to the area `{parentArea}`, but the tiltak is in `{area}`' },
      notMeasure: { nb: 'Bare tiltak hører til en satsning; denne raden er av typen {type}', en: 'Only a tiltak belongs to a satsning; this row is of type {type}' },
    },
    hints: {
      missing: { nb: 'Satsningene i {year}: {known}.', en: 'The satsninger of {year}: {known}.' },
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
      ],
    },
  },
  check(ctx) {
    const byKey = new Map<string, PlanRow>(ctx.repo.planRows.map((r) => [`${r.year}/${r.id}`, r]));
    for (const row of ctx.repo.planRows) {
      if (!row.initiative) continue;
      const at = ctx.locate(row.file, ['satsning']);
      const type = ctx.repo.files.get(row.file)?.data?.type;
      if (row.type !== 'measure') {
        ctx.report({ messageId: 'notMeasure', file: row.file, ...at, data: { type: String(type) } });
        continue;
      }
      const parent = byKey.get(`${row.year}/${row.initiative}`);
      if (!parent) {
        const known = ctx.repo.planRows.filter((r) => r.year === row.year && r.type === 'initiative' && r.area === row.area).map((r) => r.id);
        ctx.report({ messageId: 'missing', file: row.file, ...at, data: { initiative: row.initiative, year: row.year, known: known.join(', ') || '–' } });
      } else if (parent.type !== 'initiative') {
        ctx.report({ messageId: 'notInitiative', file: row.file, ...at, data: { initiative: row.initiative, type: String(ctx.repo.files.get(parent.file)?.data?.type) } });
      } else if (parent.area && row.area && parent.area !== row.area) {
        ctx.report({ messageId: 'otherArea', file: row.file, ...at, data: { initiative: row.initiative, parentArea: parent.area, area: row.area } });
      }
    }
  },
});
