/**
 * The status report of an action plan for SSU: a summary, what is overdue, and
 * per grouping and area a table of every satsning and its tiltak with status,
 * period, the latest case that treated it and that case's conclusion. Pure.
 */
import { translator, type Catalogue, type Lang } from '../i18n/lang.js';
import { formatOwners } from '../model/owners.js';
import { areaLabel } from '../model/plan.js';
import { periodEnd } from '../model/period.js';
import type { PlanStatusReport, RowStatus } from '../model/plan-status.js';
import type { PlanRow, PlanStatus } from '../model/types.js';
import { formatDateMedium } from './dates.js';
import type { Block, Doc, Inline, TableCell } from './ir.js';
import { markdownToBlocks } from './markdown.js';

export const statusLabels = {
  title: { nb: 'Status for {plan}', en: 'Status of {plan}' },
  titleYear: { nb: 'Status for {plan}, {year}', en: 'Status of {plan}, {year}' },
  asOf: { nb: 'Status per {date}.', en: 'Status as of {date}.' },
  summary: { nb: 'Oppsummering', en: 'Summary' },
  count: { nb: '{status}: {n}', en: '{status}: {n}' },
  overdueCount: { nb: 'Forfalt mot perioden: {n}', en: 'Overdue against the period: {n}' },
  overdueHeading: { nb: 'Forfalt mot perioden', en: 'Overdue against the period' },
  overdueIntro: { nb: 'Satsninger og tiltak som ikke er fullført eller avsluttet, der perioden er ute:', en: 'Initiatives and measures not completed or ended whose period is over:' },
  colRow: { nb: 'Satsning / tiltak', en: 'Initiative / measure' },
  colArea: { nb: 'Område', en: 'Area' },
  colStatus: { nb: 'Status', en: 'Status' },
  colPeriod: { nb: 'Periode', en: 'Period' },
  colLatest: { nb: 'Sist behandlet', en: 'Latest treatment' },
  colConclusion: { nb: 'Konklusjon', en: 'Conclusion' },
  colResponsible: { nb: 'Ansvarlig', en: 'Responsible' },
  measure: { nb: 'Tiltak:', en: 'Measure:' },
  proposed: { nb: 'Forslag:', en: 'Proposed:' },
  overdue: { nb: 'FORFALT (perioden endte {date})', en: 'OVERDUE (the period ended {date})' },
  endsThisYear: { nb: 'perioden slutter i år', en: 'the period ends this year' },
  continuedIn: { nb: 'videreført i {plan}: {rows}', en: 'continued in {plan}: {rows}' },
  continues: { nb: 'viderefører {plan}: {rows}', en: 'continues {plan}: {rows}' },
  owners: { nb: 'Ansvarlig:', en: 'Responsible:' },
  unknown: { nb: 'ukjent status «{status}»', en: 'unknown status "{status}"' },
  none: { nb: 'ikke satt', en: 'not set' },
  planlagt: { nb: 'Planlagt', en: 'Planned' },
  pågår: { nb: 'Pågår', en: 'Ongoing' },
  fullført: { nb: 'Fullført', en: 'Completed' },
  videreført: { nb: 'Videreført', en: 'Continued' },
  avsluttet: { nb: 'Avsluttet', en: 'Ended' },
  ukjent: { nb: 'Ukjent status', en: 'Unknown status' },
} satisfies Catalogue;

type L = ReturnType<typeof translator<keyof typeof statusLabels>>;

const STATUSES: (PlanStatus | 'ukjent')[] = ['pågår', 'planlagt', 'videreført', 'fullført', 'avsluttet', 'ukjent'];
const cell = (...blocks: Block[]): TableCell => ({ blocks });
const para = (...text: Inline[]): Extract<Block, { type: 'paragraph' }> => ({ type: 'paragraph', text });
const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });

export interface StatusRenderOptions {
  lang: Lang;
  partnership: string;
}

/** Renders the status report. */
export function renderPlanStatus(report: PlanStatusReport, options: StatusRenderOptions): Doc {
  const l = translator(statusLabels, options.lang);
  const planTitle = report.tree.plan?.title ?? `Handlingsplan ${report.label}`;
  const title = report.year !== undefined ? l('titleYear', { plan: planTitle, year: report.year }) : l('title', { plan: planTitle });
  const blocks: Block[] = [{ type: 'heading', level: 1, text: [title] }, para(l('asOf', { date: formatDateMedium(report.today, options.lang) }))];
  blocks.push({ type: 'heading', level: 2, text: [l('summary')] });
  const counts = STATUSES.filter((s) => report.counts[s] > 0).map((s) => [para(l('count', { status: l(s), n: report.counts[s] }))]);
  counts.push([para(l('overdueCount', { n: report.overdue.length }))]);
  blocks.push({ type: 'list', ordered: false, items: counts });
  if (report.overdue.length) {
    const areaOf = new Map(report.tree.groupings.flatMap((g) => g.areas.map((a) => [a.area.id, areaLabel(a.area)] as const)));
    blocks.push({ type: 'heading', level: 2, text: [l('overdueHeading')] }, para(l('overdueIntro')), {
      type: 'table',
      style: 'grid',
      header: [[l('colRow')], [l('colArea')], [l('colPeriod')], [l('colStatus')], [l('colResponsible')]],
      widths: [34, 26, 14, 13, 13],
      rows: report.overdue.map((s) => [
        cell(para(s.row.title ?? s.row.id)),
        cell(para(areaOf.get(s.row.area) ?? s.row.area)),
        cell(para(s.row.period ?? '')),
        cell(para(statusText(s, l))),
        cell(para(formatOwners(s.row.owners))),
      ]),
    });
  }
  for (const g of report.groupings) {
    if (g.areas.length === 0) continue;
    blocks.push({ type: 'heading', level: 2, text: [g.grouping.name] });
    for (const a of g.areas) {
      const rows: TableCell[][] = [];
      const labels = report.tree.continuity.labels;
      for (const i of a.initiatives) {
        rows.push(row(i, false, l, options.lang, labels));
        for (const m of i.measures) rows.push(row(m, true, l, options.lang, labels));
      }
      for (const m of a.measures) rows.push(row(m, true, l, options.lang, labels));
      for (const m of a.orphans) rows.push(row(m, true, l, options.lang, labels));
      blocks.push({ type: 'heading', level: 3, text: [areaLabel(a.area)] }, {
        type: 'table',
        style: 'grid',
        header: [[l('colRow')], [l('colStatus')], [l('colPeriod')], [l('colLatest')], [l('colConclusion')]],
        widths: [28, 18, 12, 16, 26],
        rows,
      });
    }
  }
  return { title, lang: options.lang, partnership: options.partnership, blocks };
}

function statusText(s: RowStatus, l: L): string {
  if (s.status) return l(s.status);
  return s.unknownStatus !== undefined ? l('unknown', { status: s.unknownStatus }) : l('none');
}

/** "2025–2027: A; B" for each plan the rows belong to. */
function byPlan(rows: PlanRow[], labels: ReadonlyMap<string, string>): { plan: string; rows: string }[] {
  const groups = new Map<string, string[]>();
  for (const r of rows) groups.set(r.plan, [...(groups.get(r.plan) ?? []), r.title ?? r.id]);
  return [...groups].map(([plan, titles]) => ({ plan: labels.get(plan) ?? plan, rows: titles.join('; ') }));
}

function row(s: RowStatus, measure: boolean, l: L, lang: Lang, labels: ReadonlyMap<string, string>): TableCell[] {
  const title = s.row.title ?? s.row.id;
  const name = measure ? para({ type: 'em', children: [l('measure')] }, ' ', title) : para(strong(title));
  if (s.row.owners.length) name.text.push({ type: 'break' }, { type: 'em', children: [l('owners')] }, ' ', formatOwners(s.row.owners));
  const status: Inline[] = [statusText(s, l)];
  if (s.overdue && s.period) status.push({ type: 'break' }, strong(l('overdue', { date: formatDateMedium(periodEnd(s.period)!, lang) })));
  else if (s.endsThisYear) status.push({ type: 'break' }, l('endsThisYear'));
  for (const g of byPlan(s.continues, labels)) status.push({ type: 'break' }, l('continues', g));
  for (const g of byPlan(s.continuedIn, labels)) status.push({ type: 'break' }, l('continuedIn', g));
  const latest: Inline[] = s.latest ? [s.latest.ref, ...(s.latest.date ? [{ type: 'break' } as Inline, formatDateMedium(s.latest.date, lang)] : [])] : [];
  const conclusion = s.latest?.conclusion ? markdownToBlocks(s.latest.conclusion, { context: 'cell' }) : [];
  if (s.latest?.proposed && conclusion[0]?.type === 'paragraph') conclusion[0] = para({ type: 'em', children: [l('proposed')] }, ' ', ...conclusion[0].text);
  return [cell(name), cell(para(...status)), cell(para(s.row.period ?? '')), cell(...(latest.length ? [para(...latest)] : [])), cell(...conclusion)];
}
