import { actionPlans, planLabel, rowKey } from '../model/plan.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const ROW = (...fields: string[]) => lines('---', ...fields, '---');

export default defineRule({
  meta: {
    id: 'plan-continues-resolves',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'viderefører i en planrad viser til rader som finnes i en tidligere plan (`2024/vitality` er plans/2024/vitality.md, `2025-2027/rop` er plans/2025-2027/rop.md). Slik henger satsninger og tiltak sammen fra plan til plan: en rad kan videreføre flere rader (de slås sammen), og en rad kan videreføres av flere (den deles).',
      en: 'viderefører in a plan row names rows that exist in an earlier plan (`2024/vitality` is plans/2024/vitality.md, `2025-2027/rop` is plans/2025-2027/rop.md). This is how satsninger and tiltak are linked from plan to plan: a row may continue several rows (a merge), and a row may be continued by several (a split).',
    },
    messages: {
      missing: { nb: 'Raden `{ref}` som viderefører viser til, finnes ikke', en: 'The row `{ref}` named by viderefører does not exist' },
      notEarlier: { nb: 'viderefører må vise til en plan som begynner før {plan}, ikke `{ref}`', en: 'viderefører must name a plan that starts before {plan}, not `{ref}`' },
    },
    hints: {
      missing: { nb: 'Skriv plan/id, der plan er mappen i plans/ og id er filnavnet uten .md.', en: 'Write plan/id, where plan is the folder in plans/ and id is the file name without .md.' },
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
        {
          name: 'A split and a merge into a plan of three years',
          files: {
            'plans/2024/rop.md': ROW('type: satsning', 'område: eldre', 'tittel: ROP', 'status: videreført'),
            'plans/2024/dho.md': ROW('type: satsning', 'område: eldre', 'tittel: DHO', 'status: videreført'),
            'plans/2024/velferd.md': ROW('type: satsning', 'område: eldre', 'tittel: Velferdsteknologi', 'status: videreført'),
            'plans/2025-2027/rop-barn.md': ROW('type: satsning', 'område: eldre', 'tittel: ROP, barn', 'viderefører: 2024/rop'),
            'plans/2025-2027/rop-voksne.md': ROW('type: satsning', 'område: eldre', 'tittel: ROP, voksne', 'viderefører: 2024/rop'),
            'plans/2025-2027/digitalt.md': ROW('type: satsning', 'område: eldre', 'tittel: Digitalt', 'viderefører: [2024/dho, 2024/velferd]'),
          },
        },
      ],
      invalid: [
        {
          name: 'A missing row, and a row of a later plan',
          files: {
            'plans/2024/vitality.md': ROW('type: satsning', 'område: eldre', 'tittel: Vitality', 'status: videreført'),
            'plans/2025/dho.md': ROW('type: satsning', 'område: eldre', 'tittel: DHO', 'status: pågår', 'viderefører: [2024/vitality, 2024/dho]'),
            'plans/2025/ung.md': ROW('type: satsning', 'område: eldre', 'tittel: Ung', 'status: pågår', 'viderefører: 2026/ung'),
          },
          expect: [
            { file: 'plans/2025/dho.md', line: 6, column: 30, messageId: 'missing' },
            { file: 'plans/2025/ung.md', line: 6, column: 14, messageId: 'notEarlier' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const plans = new Map(actionPlans(ctx.repo).map((p) => [p.id, p]));
    const keys = new Set(ctx.repo.planRows.map(rowKey));
    for (const row of ctx.repo.planRows) {
      if (row.continues.length === 0) continue;
      const raw = ctx.repo.files.get(row.file)?.data?.viderefører;
      const own = plans.get(row.plan);
      for (const ref of new Set(row.continues)) {
        const i = Array.isArray(raw) ? raw.findIndex((x) => typeof x === 'string' && x.trim() === ref) : -1;
        const at = ctx.locate(row.file, i >= 0 ? ['viderefører', i] : ['viderefører']);
        const planId = ref.slice(0, ref.indexOf('/'));
        const other = plans.get(planId);
        // A plan that does not exist still says when it would start when it is named by its years.
        const start = other ? other.from : /^\d{4}(-\d{4})?$/.test(planId) ? Number(planId.slice(0, 4)) : undefined;
        const earlier = start !== undefined && own?.from !== undefined ? start < own.from : planId !== row.plan;
        if (!earlier) ctx.report({ messageId: 'notEarlier', file: row.file, ...at, data: { ref, plan: own ? planLabel(own) : row.plan } });
        else if (!keys.has(ref)) ctx.report({ messageId: 'missing', file: row.file, ...at, data: { ref } });
      }
    }
  },
});
