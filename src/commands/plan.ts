/** `hf plan <year>`: the action plan as a document (Markdown, HTML or Word). */
import { translator, type Catalogue } from '../i18n/lang.js';
import { planTree, planYears } from '../model/plan.js';
import { renderPlan } from '../render/plan.js';
import { UsageError, type CommandContext } from '../cli/context.js';
import { emitDocument } from './emit.js';
import { forDocuments } from './document-view.js';
import { openRepository } from './support.js';
import { renderDocument } from './render.js';

export interface PlanOptions {
  format?: string;
  output?: string;
  force?: boolean;
  /** Leave out everything exempt from public access (skjerming). */
  public?: boolean;
}

export const planMessages = {
  badYear: { nb: '`{year}` er ikke et årstall', en: '`{year}` is not a year' },
  badYearHint: { nb: 'Skriv året med fire sifre, for eksempel `hf plan 2025`.', en: 'Write the year with four digits, for example `hf plan 2025`.' },
  noPlan: { nb: 'Det finnes ingen handlingsplan for {year} (plans/{year}/)', en: 'There is no action plan for {year} (plans/{year}/)' },
  noPlanHint: { nb: 'Planene i repoet: {years}.', en: 'The plans in the repository: {years}.' },
  noPlans: { nb: 'ingen', en: 'none' },
} satisfies Catalogue;

/** Reads a year argument; a usage error for anything but four digits. */
export function parseYear(text: string, ctx: CommandContext): number {
  const m = translator(planMessages, ctx.lang ?? 'nb');
  if (!/^\d{4}$/.test(text.trim())) throw new UsageError(m('badYear', { year: text }), m('badYearHint'));
  return Number(text.trim());
}

/** A usage error when the repository has no plan for the year. */
export function requirePlanYear(years: number[], year: number, m: ReturnType<typeof translator<keyof typeof planMessages>>): void {
  if (!years.includes(year)) throw new UsageError(m('noPlan', { year }), m('noPlanHint', { years: years.join(', ') || m('noPlans') }));
}

export async function run(yearText: string, options: PlanOptions, ctx: CommandContext): Promise<number> {
  const year = parseYear(yearText, ctx);
  const { root, repo, lang } = forDocuments(await openRepository(ctx), options.public);
  requirePlanYear(planYears(repo), year, translator(planMessages, lang));
  const doc = await renderDocument(() => renderPlan(planTree(repo, year), { lang, partnership: repo.config.name }));
  await emitDocument(doc, { ...options, defaultName: `handlingsplan-${year}`, look: repo.config.look }, { ...ctx, lang }, root);
  return 0;
}
