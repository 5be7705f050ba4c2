/** `hf plan status <year|plan>`: the status report of the action plan for SSU. */
import { formatCaseRef } from '../../model/case-number.js';
import { formatPeriod } from '../../model/period.js';
import { rowKey } from '../../model/plan.js';
import { planStatus, type RowStatus } from '../../model/plan-status.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { renderPlanStatus } from '../../render/plan-status.js';
import { todayOf, type CommandContext } from '../shared/context.js';
import { emitDocument } from '../shared/emit.js';
import { parsePlanArg, requirePlan } from './plan.js';
import { forDocuments } from '../shared/document-view.js';
import { err, openRepository, out } from '../shared/support.js';
import { renderDocument } from '../shared/render.js';

export interface PlanStatusOptions {
  format?: string;
  output?: string;
  force?: boolean;
  json?: boolean;
  /** Leave out everything exempt from public access (skjerming). */
  public?: boolean;
}

const messages = {
  unknownStatus: {
    nb: '{file}:{line}:{column}: ukjent status `{status}`; statusen er planlagt, pågår, fullført, videreført eller avsluttet',
    en: '{file}:{line}:{column}: unknown status `{status}`; the status is planlagt, pågår, fullført, videreført or avsluttet',
  },
} satisfies Catalogue;

export async function run(yearText: string, options: PlanStatusOptions, ctx: CommandContext): Promise<number> {
  const which = parsePlanArg(yearText, ctx);
  const { root, repo, index, lang } = forDocuments(await openRepository(ctx), options.public);
  const plan = requirePlan(repo, which, lang);
  const today = todayOf(ctx.now);
  const report = planStatus(index, /^\d{4}$/.test(which) ? which : plan.id, today);
  const m = translator(messages, lang);
  // A row with an unknown status is shown as such; the command still fails so nobody reports on bad data unknowingly.
  for (const s of report.unknown) {
    if (s.unknownStatus === undefined) continue;
    const at = repo.files.get(s.row.file)?.locate(['status']) ?? { line: 1, column: 1 };
    err(ctx, m('unknownStatus', { file: s.row.file, ...at, status: s.unknownStatus }));
  }
  const code = report.unknown.some((s) => s.unknownStatus !== undefined) ? 1 : 0;
  if (options.json) {
    out(
      ctx,
      JSON.stringify(
        {
          plan: report.id,
          period: report.label,
          year: report.year ?? null,
          today,
          counts: report.counts,
          overdue: report.overdue.map((s) => rowKey(s.row)),
          groupings: report.groupings.map((g) => ({
            grouping: g.grouping.id,
            name: g.grouping.name,
            areas: g.areas.map((a) => ({
              area: a.area.id,
              name: a.area.name,
              initiatives: a.initiatives.map((i) => ({ ...rowJson(i), measures: i.measures.map(rowJson) })),
              measures: a.measures.map(rowJson),
              orphans: a.orphans.map(rowJson),
            })),
          })),
        },
        null,
        2,
      ),
    );
    return code;
  }
  const doc = await renderDocument(() => renderPlanStatus(report, { lang, partnership: repo.config.name }));
  await emitDocument(doc, { ...options, defaultName: `status-handlingsplan-${report.year ?? plan.id}`, look: repo.config.look }, { ...ctx, lang }, root);
  return code;
}

function rowJson(s: RowStatus) {
  return {
    id: rowKey(s.row),
    file: s.row.file,
    type: s.row.type === 'initiative' ? 'satsning' : 'tiltak',
    title: s.row.title ?? null,
    status: s.status ?? null,
    unknownStatus: s.unknownStatus ?? null,
    period: s.row.period ?? null,
    periodParsed: s.period ? formatPeriod(s.period) : null,
    responsible: s.row.owners,
    overdue: s.overdue,
    endsThisYear: s.endsThisYear,
    latestCase: s.latest ? { case: s.latest.ref, date: s.latest.date ?? null, conclusion: s.latest.conclusion ?? null, proposed: s.latest.proposed } : null,
    cases: s.row.cases.map(formatCaseRef),
    continuedIn: s.continuedIn.map(rowKey),
    continues: s.row.continues,
    fields: s.row.fields,
  };
}
