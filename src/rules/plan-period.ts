import { actionPlans, planLabel, yearsOf, type ActionPlan } from '../model/plan.js';
import type { Repository } from '../model/repository.js';
import type { YamlPath } from '../repo/yaml.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const PLAN = (...fields: string[]) => lines('---', ...fields, '---');

/** The key of plan.md that gives the period (`periode` or `år`), where a finding about it points. */
function periodKey(repo: Repository, p: ActionPlan): YamlPath {
  const data = p.plan ? repo.files.get(p.plan.file)?.data : undefined;
  if (data && 'periode' in data) return ['periode'];
  if (data && 'år' in data) return ['år'];
  return [];
}

export default defineRule({
  meta: {
    id: 'plan-period',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Hver handlingsplan gjelder ett år eller en periode: `år: 2025` eller `periode: 2025–2027` i plan.md, eller en mappe som heter som året (plans/2025/). En mappe som heter som årene, sier det samme som plan.md, og to planer gjelder ikke for samme år, så `hf plan 2026` finner én plan.',
      en: 'Every action plan covers a year or a period: `år: 2025` or `periode: 2025–2027` in plan.md, or a folder named by the year (plans/2025/). A folder named by its years says what plan.md says, and no two plans cover the same year, so `hf plan 2026` finds one plan.',
    },
    messages: {
      unknown: { nb: 'Handlingsplanen i plans/{plan}/ har ikke noe år eller periode', en: 'The action plan in plans/{plan}/ has no year or period' },
      folder: { nb: 'Mappen plans/{plan}/ er {folder}, men plan.md sier {years}', en: 'The folder plans/{plan}/ says {folder}, but plan.md says {years}' },
      overlap: { nb: 'Handlingsplanene {plan} og {other} gjelder begge for {year}', en: 'The action plans {plan} and {other} both cover {year}' },
      otherPlan: { nb: 'den andre planen', en: 'the other plan' },
    },
    hints: {
      unknown: { nb: 'Skriv `periode: 2025–2027` (eller `år: 2025`) i plan.md.', en: 'Write `periode: 2025–2027` (or `år: 2025`) in plan.md.' },
      folder: { nb: 'Gi mappen navn etter årene, eller rett år/periode i plan.md.', en: 'Name the folder after the years, or correct år/periode in plan.md.' },
      overlap: { nb: 'En plan for flere år erstatter årsplanene i sin periode; rett perioden til en av dem.', en: 'A plan of several years replaces the yearly plans of its period; correct the period of one of them.' },
    },
    examples: {
      valid: [
        {
          name: 'A yearly plan followed by a plan of three years',
          files: {
            'plans/2024/plan.md': PLAN('år: 2024', 'tittel: Handlingsplan 2024'),
            'plans/2025-2027/plan.md': PLAN('periode: 2025–2027', 'tittel: Handlingsplan 2025–2027'),
            'plans/strategi/plan.md': PLAN('periode: "2028-2030"', 'tittel: Strategi'),
          },
        },
      ],
      invalid: [
        {
          name: 'A plan without a period, a folder that says other years, and two plans for 2026',
          files: {
            'plans/neste/plan.md': PLAN('tittel: Neste handlingsplan'),
            'plans/2025-2027/plan.md': PLAN('periode: 2025–2026', 'tittel: Handlingsplan 2025–2027'),
            'plans/2026/plan.md': PLAN('år: 2026', 'tittel: Handlingsplan 2026'),
          },
          expect: [
            { file: 'plans/2025-2027/plan.md', line: 2, column: 10, messageId: 'folder' },
            { file: 'plans/2026/plan.md', line: 2, column: 5, messageId: 'overlap', related: [{ file: 'plans/2025-2027/plan.md', line: 2, column: 10, messageId: 'otherPlan' }] },
            { file: 'plans/neste/plan.md', line: 2, column: 1, messageId: 'unknown' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const plans = actionPlans(ctx.repo);
    const coveredBy = new Map<number, ActionPlan>();
    for (const p of plans) {
      const file = p.plan?.file ?? p.rows[0]?.file;
      if (!file) continue;
      if (p.from === undefined) {
        ctx.report({ messageId: 'unknown', file, ...ctx.locate(file, periodKey(ctx.repo, p)), data: { plan: p.id } });
        continue;
      }
      const folder = /^(\d{4})(?:-(\d{4}))?$/.exec(p.id);
      if (folder && p.plan) {
        const from = Number(folder[1]);
        const to = Number(folder[2] ?? folder[1]);
        if (from !== p.from || to !== p.to) {
          ctx.report({ messageId: 'folder', file, ...ctx.locate(file, periodKey(ctx.repo, p)), data: { plan: p.id, folder: from === to ? String(from) : `${from}–${to}`, years: planLabel(p) } });
        }
      }
      for (const year of yearsOf(p)) {
        const other = coveredBy.get(year);
        if (!other) {
          coveredBy.set(year, p);
          continue;
        }
        const otherFile = other.plan?.file ?? other.rows[0]!.file;
        ctx.report({
          messageId: 'overlap',
          file,
          ...ctx.locate(file, periodKey(ctx.repo, p)),
          data: { plan: planLabel(p), other: planLabel(other), year },
          related: [ctx.related(otherFile, periodKey(ctx.repo, other), 'otherPlan')],
        });
        break;
      }
    }
  },
});
