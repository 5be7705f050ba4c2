/** `hf plan <year|plan>`: the action plan as a document (Markdown, HTML or Word). */
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { actionPlans, findPlan, planLabel, planTree, type ActionPlan } from '../../model/plan.js';
import type { Repository } from '../../model/repository.js';
import type { PlanLayout } from '../../model/types.js';
import { renderPlan } from '../../render/plan.js';
import { UsageError, type CommandContext } from '../shared/context.js';
import { emitDocument } from '../shared/emit.js';
import { forDocuments } from '../shared/document-view.js';
import { openRepository } from '../shared/support.js';
import { renderDocument } from '../shared/render.js';

export interface PlanOptions {
  format?: string;
  output?: string;
  force?: boolean;
  /** Leave out everything exempt from public access (skjerming). */
  public?: boolean;
  /** matrise or tekst (matrix, narrative): overrides the plan's own layout. */
  layout?: string;
}

export const planMessages = {
  badYear: { nb: '`{year}` er verken et årstall eller navnet på en plan', en: '`{year}` is neither a year nor the name of a plan' },
  badYearHint: { nb: 'Skriv året med fire sifre, for eksempel `hf plan 2025`, eller mappen til planen, for eksempel `hf plan 2025-2027`.', en: 'Write the year with four digits, for example `hf plan 2025`, or the plan\'s folder, for example `hf plan 2025-2027`.' },
  noPlan: { nb: 'Det finnes ingen handlingsplan for {year} (plans/{year}/)', en: 'There is no action plan for {year} (plans/{year}/)' },
  noPlanHint: { nb: 'Planene i repoet: {years}.', en: 'The plans in the repository: {years}.' },
  noPlans: { nb: 'ingen', en: 'none' },
  badLayout: { nb: 'Ukjent oppsett `{layout}`; velg matrise eller tekst', en: 'Unknown layout `{layout}`; choose matrise (matrix) or tekst (narrative)' },
} satisfies Catalogue;

/** Checks a plan argument: four digits, or a plan's folder name. */
export function parsePlanArg(text: string, ctx: CommandContext): string {
  const m = translator(planMessages, ctx.lang ?? 'nb');
  const t = text.trim();
  if (!/^\d{4}$/.test(t) && !/^[a-z0-9][a-z0-9-]*$/.test(t)) throw new UsageError(m('badYear', { year: text }), m('badYearHint'));
  return t;
}

/** The plan a year or id names; a usage error listing the plans when there is none. */
export function requirePlan(repo: Repository, which: string, lang: Lang): ActionPlan {
  const m = translator(planMessages, lang);
  const found = findPlan(repo, which);
  if (found) return found;
  const list = actionPlans(repo).map((p) => (planLabel(p) === p.id ? p.id : `${planLabel(p)} (plans/${p.id}/)`));
  throw new UsageError(m('noPlan', { year: which }), m('noPlanHint', { years: list.join(', ') || m('noPlans') }));
}

/** `--layout`: matrise/matrix or tekst/narrative. */
export function parseLayout(text: string | undefined, lang: Lang): PlanLayout | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().toLowerCase();
  if (t === 'matrise' || t === 'matrix') return 'matrix';
  if (t === 'tekst' || t === 'narrative') return 'narrative';
  throw new UsageError(translator(planMessages, lang)('badLayout', { layout: text }));
}

export async function run(yearText: string, options: PlanOptions, ctx: CommandContext): Promise<number> {
  const which = parsePlanArg(yearText, ctx);
  const { root, repo, lang } = forDocuments(await openRepository(ctx), options.public);
  const layout = parseLayout(options.layout, lang);
  const plan = requirePlan(repo, which, lang);
  const doc = await renderDocument(() => renderPlan(planTree(repo, plan), { lang, partnership: repo.config.name, ...(layout ? { layout } : {}) }));
  await emitDocument(doc, { ...options, defaultName: `handlingsplan-${plan.id}`, look: repo.config.look }, { ...ctx, lang }, root);
  return 0;
}
