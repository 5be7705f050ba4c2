import type { PlanRow } from '../model/types.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const ROW = (...fields: string[]) => lines('---', ...fields, '---');

export default defineRule({
  meta: {
    id: 'plan-continues-resolves',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'viderefører i en planrad viser til en rad som finnes i et tidligere års plan (`2024/vitality` er plans/2024/vitality.md), og hver rad videreføres høyst én gang i hvert år. Slik henger satsninger og tiltak sammen fra år til år.',
      en: 'viderefører in a plan row names a row that exists in an earlier year\'s plan (`2024/vitality` is plans/2024/vitality.md), and a row is continued at most once in each year. This is how satsninger and tiltak are linked from year to year.',
    },
    messages: {
      missing: { nb: 'Raden `{ref}` som viderefører viser til, finnes ikke', en: 'The row `{ref}` named by viderefører does not exist' },
      notEarlier: { nb: 'viderefører må vise til et tidligere år enn {year}, ikke `{ref}`', en: 'viderefører must name a year before {year}, not `{ref}`' },
      duplicate: { nb: 'Raden `{ref}` videreføres av flere rader i {year}', en: 'The row `{ref}` is continued by more than one row in {year}' },
      alsoHere: { nb: 'også videreført her', en: 'also continued here' },
    },
    hints: {
      missing: { nb: 'Skriv år/id, der id er filnavnet uten .md i plans/<år>/.', en: 'Write year/id, where id is the file name without .md in plans/<year>/.' },
      duplicate: { nb: 'Slå sammen radene, eller fjern viderefører fra den ene.', en: 'Merge the rows, or remove viderefører from one of them.' },
    },
    examples: {
      valid: [
        {
          name: 'A satsning of 2025 continuing the one of 2024',
          files: {
            'plans/2024/vitality.md': ROW('type: satsning', 'område: eldre', 'tittel: Vitality', 'status: videreført'),
            'plans/2025/vitality.md': ROW('type: satsning', 'område: eldre', 'tittel: Vitality', 'status: pågår', 'viderefører: 2024/vitality'),
          },
        },
      ],
      invalid: [
        {
          name: 'A missing row, a later year, and a row continued twice',
          files: {
            'plans/2024/vitality.md': ROW('type: satsning', 'område: eldre', 'tittel: Vitality', 'status: videreført'),
            'plans/2025/vitality.md': ROW('type: satsning', 'område: eldre', 'tittel: Vitality', 'status: pågår', 'viderefører: 2024/vitality'),
            'plans/2025/vitality-2.md': ROW('type: satsning', 'område: eldre', 'tittel: Vitality', 'status: pågår', 'viderefører: 2024/vitality'),
            'plans/2025/dho.md': ROW('type: satsning', 'område: eldre', 'tittel: DHO', 'status: pågår', 'viderefører: 2024/dho'),
            'plans/2025/ung.md': ROW('type: satsning', 'område: eldre', 'tittel: Ung', 'status: pågår', 'viderefører: 2026/ung'),
          },
          expect: [
            { file: 'plans/2025/dho.md', line: 6, column: 14, messageId: 'missing' },
            { file: 'plans/2025/ung.md', line: 6, column: 14, messageId: 'notEarlier' },
            { file: 'plans/2025/vitality-2.md', line: 6, column: 14, messageId: 'duplicate' },
            { file: 'plans/2025/vitality.md', line: 6, column: 14, messageId: 'duplicate' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const keys = new Set(ctx.repo.planRows.map((r) => `${r.year}/${r.id}`));
    const continuers = new Map<string, PlanRow[]>();
    for (const row of ctx.repo.planRows) {
      if (!row.continues) continue;
      const at = ctx.locate(row.file, ['viderefører']);
      const year = Number(row.continues.slice(0, 4));
      if (!(year < row.year)) {
        ctx.report({ messageId: 'notEarlier', file: row.file, ...at, data: { ref: row.continues, year: row.year } });
      } else if (!keys.has(row.continues)) {
        ctx.report({ messageId: 'missing', file: row.file, ...at, data: { ref: row.continues } });
      } else {
        const key = `${row.year} ${row.continues}`;
        continuers.set(key, [...(continuers.get(key) ?? []), row]);
      }
    }
    for (const rows of continuers.values()) {
      if (rows.length < 2) continue;
      for (const row of rows) {
        ctx.report({
          messageId: 'duplicate',
          file: row.file,
          ...ctx.locate(row.file, ['viderefører']),
          data: { ref: row.continues, year: row.year },
          related: rows.filter((o) => o !== row).map((o) => ctx.related(o.file, ['viderefører'], 'alsoHere')),
        });
      }
    }
  },
});
