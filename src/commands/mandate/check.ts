/** `hf mandate check`: every body against its mandate. */
import { formatCaseRef } from '../../model/case-number.js';
import { checkMandates, issuesOf, type BodyCheck, type Deadline, type Issue } from '../../model/mandate-check.js';
import { sanitizeLine } from '../../diagnostics/escape.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { bodyFolder } from '../../repo/paths.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { validateRepository } from '../../rules/engine.js';
import { RULES } from '../../rules/index.js';
import { todayOf, UsageError, type CommandContext } from '../shared/context.js';
import { openRepository, out } from '../shared/support.js';
import { shortDate } from '../shared/report-text.js';

export interface MandateCheckOptions {
  body?: string;
  json?: boolean;
}

const messages = {
  unknownBody: { nb: 'Organet `{body}` finnes ikke i hf.yaml', en: 'The body `{body}` is not in hf.yaml' },
  unknownBodyHint: { nb: 'Kjente organer: {known}.', en: 'Known bodies: {known}.' },
  mandate: { nb: 'Mandat', en: 'Mandate' },
  approved: { nb: 'vedtatt i {case}', en: 'approved in {case}' },
  approvedNoCase: { nb: 'vedtatt', en: 'approved' },
  draft: { nb: 'utkast, ikke vedtatt', en: 'draft, not approved' },
  draftCase: { nb: 'utkast, ikke vedtatt (til behandling i {case})', en: 'draft, not approved (to be treated in {case})' },
  inForce: { nb: 'gjelder fra {from}', en: 'in force from {from}' },
  validTo: { nb: 'til {to}', en: 'until {to}' },
  meetings: { nb: 'Møter', en: 'Meetings' },
  noMinimum: { nb: 'mandatet sier ikke hvor mange møter (møtehyppighet.minimum_per_år)', en: 'the mandate sets no minimum (møtehyppighet.minimum_per_år)' },
  notInForce: { nb: 'telles fra mandatet er vedtatt', en: 'counted once the mandate is approved' },
  yearComplete: { nb: '{year}: {held} av minst {required}', en: '{year}: {held} of at least {required}' },
  yearCurrent: { nb: '{year}: {held} holdt og {planned} planlagt av minst {required}', en: '{year}: {held} held and {planned} planned of at least {required}' },
  tooFew: { nb: 'FOR FÅ', en: 'TOO FEW' },
  behindTag: { nb: 'ligger etter', en: 'behind' },
  report: { nb: 'Årsrapport til {to}', en: 'Annual report to {to}' },
  evaluation: { nb: 'Evaluering hver {months}. måned', en: 'Evaluation every {months} months' },
  delivered: { nb: 'sist i {ref} ({date})', en: 'last in {ref} ({date})' },
  never: { nb: 'ingen levert ennå', en: 'none delivered yet' },
  nextDue: { nb: 'neste frist {due}', en: 'next due {due}' },
  overdueTag: { nb: 'FORFALT', en: 'OVERDUE' },
  soonTag: { nb: 'snart', en: 'soon' },
  expiry: { nb: 'Gyldig til {date}', en: 'Valid until {date}' },
  expiredTag: { nb: 'UTLØPT', en: 'EXPIRED' },
  expiresIn: { nb: 'utløper om {days} dager', en: 'expires in {days} days' },
  invalid: { nb: 'FEIL I MANDATET {position}: {message}', en: 'ERROR IN THE MANDATE {position}: {message}' },
  noMandate: { nb: 'MANGLER MANDAT (ventet i {file})', en: 'NO MANDATE (expected in {file})' },
  summaryOk: { nb: '{count} organ(er) kontrollert: alt i orden.', en: '{count} body(ies) checked: all in order.' },
  summary: {
    nb: '{count} organ(er) kontrollert: {failing} med avvik, {warning} med varsler.',
    en: '{count} body(ies) checked: {failing} with problems, {warning} with warnings.',
  },
} satisfies Catalogue;

type T = ReturnType<typeof translator<keyof typeof messages>>;

export async function run(options: MandateCheckOptions, ctx: CommandContext): Promise<number> {
  const { repo, index, findings, lang } = await openRepository(ctx);
  const m = translator(messages, lang);
  if (options.body && !index.body(options.body)) {
    throw new UsageError(m('unknownBody', { body: options.body }), m('unknownBodyHint', { known: repo.config.bodies.map((b) => b.code).join(', ') }));
  }
  const today = todayOf(ctx.now);
  const checks = checkMandates(index, today, options.body);
  // The mandate files themselves must be sound: required sections, approval, reporting cases.
  const validation = await validateRepository(repo, findings, { today, lang, rules: RULES.filter((r) => r.meta.id.startsWith('mandate-')) }, 0);
  const problems = new Map<string, Diagnostic[]>();
  for (const d of validation.diagnostics) {
    if (d.severity !== 'error' || !d.file.startsWith('mandates/')) continue;
    problems.set(d.file, [...(problems.get(d.file) ?? []), d]);
  }
  for (const c of checks) if (c.mandate && problems.has(c.mandate.file)) c.failing = true;
  const failing = checks.filter((c) => c.failing).length;
  if (options.json) {
    out(ctx, JSON.stringify({ today, ok: failing === 0, bodies: checks.map((c) => toJson(c, problems)) }, null, 2));
  } else {
    const blocks = checks.map((c) => describe(c, m, problems));
    const warning = checks.filter((c) => !c.failing && issuesOf(c).length > 0).length;
    blocks.push(failing + warning === 0 ? m('summaryOk', { count: checks.length }) : m('summary', { count: checks.length, failing, warning }));
    out(ctx, blocks.join('\n\n'));
  }
  return failing > 0 ? 1 : 0;
}

function describe(c: BodyCheck, m: T, problems: Map<string, Diagnostic[]>): string {
  const mandate = c.mandate;
  const lines = [`${c.body.code}  ${sanitizeLine(c.body.name)}${mandate ? `  (${mandate.file})` : ''}`];
  if (!mandate) {
    lines.push(`  ${m('noMandate', { file: `mandates/${bodyFolder(c.body.code)}.md` })}`);
    return lines.join('\n');
  }
  const state =
    mandate.status === 'vedtatt'
      ? mandate.approvedIn
        ? m('approved', { case: formatCaseRef(mandate.approvedIn) })
        : m('approvedNoCase')
      : mandate.approvedIn
        ? m('draftCase', { case: formatCaseRef(mandate.approvedIn) })
        : m('draft');
  const validity = [c.inForceFrom ? m('inForce', { from: shortDate(c.inForceFrom) }) : '', mandate.validTo ? m('validTo', { to: shortDate(mandate.validTo) }) : '']
    .filter(Boolean)
    .join(' ');
  lines.push(`  ${m('mandate')}: ${state}${validity ? `, ${validity}` : ''}`);
  for (const d of problems.get(mandate.file) ?? []) lines.push(`  ${m('invalid', { position: `${d.file}:${d.line}:${d.column}`, message: sanitizeLine(d.message) })}`);
  if (mandate.minMeetingsPerYear === undefined) lines.push(`  ${m('meetings')}: ${m('noMinimum')}`);
  else if (!c.inForceFrom) lines.push(`  ${m('meetings')}: ${m('notInForce')}`);
  else {
    const years = c.meetings.map((y) => {
      const text = y.complete ? m('yearComplete', { ...y }) : m('yearCurrent', { ...y });
      return y.state === 'short' ? `${text} – ${m('tooFew')}` : y.state === 'behind' ? `${text} – ${m('behindTag')}` : text;
    });
    lines.push(`  ${m('meetings')}: ${years.join('; ')}`);
  }
  if (c.annualReport) lines.push(`  ${m('report', { to: mandate.annualReportTo })}: ${deadline(c.annualReport, m)}`);
  if (c.evaluation) lines.push(`  ${m('evaluation', { months: mandate.evaluationMonths })}: ${deadline(c.evaluation, m)}`);
  if (c.expiry && c.expiry.state !== 'ok') {
    const tag = c.expiry.state === 'overdue' ? m('expiredTag') : m('expiresIn', { days: c.expiry.daysLeft });
    lines.push(`  ${m('expiry', { date: shortDate(c.expiry.validTo) })} – ${tag}`);
  }
  return lines.join('\n');
}

function deadline(d: Deadline, m: T): string {
  const last = d.last ? m('delivered', { ref: d.last.ref, date: shortDate(d.last.date) }) : m('never');
  const tag = d.state === 'overdue' ? ` – ${m('overdueTag')}` : d.state === 'soon' ? ` – ${m('soonTag')}` : '';
  return `${last}; ${m('nextDue', { due: shortDate(d.due) })}${tag}`;
}

function toJson(c: BodyCheck, problems: Map<string, Diagnostic[]>) {
  const mandate = c.mandate;
  return {
    body: c.body.code,
    name: c.body.name,
    mandate: mandate
      ? {
          file: mandate.file,
          status: mandate.status,
          approvedIn: mandate.approvedIn ? formatCaseRef(mandate.approvedIn) : null,
          validFrom: mandate.validFrom ?? null,
          validTo: mandate.validTo ?? null,
          minMeetingsPerYear: mandate.minMeetingsPerYear ?? null,
          annualReportTo: mandate.annualReportTo ?? null,
          evaluationMonths: mandate.evaluationMonths ?? null,
        }
      : null,
    inForceFrom: c.inForceFrom ?? null,
    meetings: c.meetings,
    annualReport: c.annualReport ?? null,
    evaluation: c.evaluation ?? null,
    expiry: c.expiry ?? null,
    issues: issuesOf(c).map((i: Issue) => ({ code: i.code, severity: i.severity, ...i.data })),
    invalid: (mandate ? (problems.get(mandate.file) ?? []) : []).map((d) => ({ file: d.file, line: d.line, column: d.column, ruleId: d.ruleId, message: d.message })),
    failing: c.failing,
  };
}
