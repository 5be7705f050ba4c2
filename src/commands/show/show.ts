/** `hf show <body> <saksnr>`: one case with its history. */
import { translator, type Catalogue } from '../../i18n/lang.js';
import { formatCaseRef } from '../../model/case-number.js';
import { historyOf, type History, type Related } from '../../model/history.js';
import type { Case } from '../../model/types.js';
import { UsageError, type CommandContext } from '../shared/context.js';
import { caseJsonHead, caseLabel, caseStatus, warnUnreadable } from '../shared/records.js';
import { openRepository, out } from '../shared/support.js';
import { caseArg } from '../shared/case-arg.js';

export interface ShowOptions {
  json?: boolean;
}

const m = {
  badRef: { nb: '`{text}` er ikke et saksnummer', en: '`{text}` is not a case number' },
  badRefHint: { nb: 'Skriv organ og saksnummer, for eksempel `hf show SSU 2024.28`.', en: 'Give the body and the case number, for example `hf show SSU 2024.28`.' },
  notFound: { nb: 'Fant ingen sak {ref}', en: 'No case {ref}' },
  notFoundHint: { nb: 'Se sakene med `hf list cases --body {body}`.', en: 'See the cases with `hf list cases --body {body}`.' },
  file: { nb: 'Fil', en: 'File' },
  meeting: { nb: 'Møte', en: 'Meeting' },
  noMeetingFile: { nb: '(møtefilen mangler)', en: '(no meeting file)' },
  types: { nb: 'Sakstype', en: 'Case type' },
  responsible: { nb: 'Ansvar', en: 'Responsible' },
  handler: { nb: 'Saksbehandler', en: 'Handler' },
  attachments: { nb: 'Vedlegg', en: 'Attachments' },
  status: { nb: 'Status', en: 'Status' },
  proposed: { nb: 'Forslag til konklusjon', en: 'Proposed conclusion' },
  conclusion: { nb: 'Konklusjon', en: 'Conclusion' },
  history: { nb: 'Historikk', en: 'History' },
  followsUp: { nb: 'følger opp', en: 'follows up' },
  followedUpBy: { nb: 'fulgt opp i', en: 'followed up in' },
  refersTo: { nb: 'viser til', en: 'refers to' },
  referredFrom: { nb: 'nevnt i', en: 'mentioned in' },
  minutesIn: { nb: 'referatet i', en: 'minutes in' },
  closes: { nb: 'lukker', en: 'closes' },
  missing: { nb: '(finnes ikke)', en: '(does not exist)' },
  noHistory: { nb: '  (ingen andre saker henger sammen med denne)', en: '  (no other case is connected to this one)' },
  plan: { nb: 'Handlingsplan', en: 'Action plan' },
  planDecided: { nb: 'vedtok handlingsplanen', en: 'decided the action plan' },
  mandate: { nb: 'mandat', en: 'mandate' },
  followUps: { nb: 'Oppfølging', en: 'Follow-up' },
  open: { nb: 'åpen', en: 'open' },
  closed: { nb: 'lukket', en: 'closed' },
  concluded: { nb: 'konkludert', en: 'concluded' },
  queued: { nb: 'i kø', en: 'queued' },
  due: { nb: 'frist', en: 'due' },
  closedIn: { nb: 'lukket i', en: 'closed in' },
  referrals: { nb: 'Saksgang mellom organer', en: 'Path between bodies' },
  thisCase: { nb: '(denne saken)', en: '(this case)' },
  recommendation: { nb: 'innstilling', en: 'recommendation' },
} satisfies Catalogue;

export async function run(words: string[], options: ShowOptions, ctx: CommandContext): Promise<number> {
  const open = await openRepository(ctx);
  const t = translator(m, open.lang);
  warnUnreadable(open, ctx);
  const ref = caseArg(words, open.root, open.repo.config.bodies, open.lang, 'hf show');
  const c = open.index.findCase(ref);
  if (!c) throw new UsageError(t('notFound', { ref: formatCaseRef(ref) }), t('notFoundHint', { body: ref.body }));
  const h = historyOf(c, open.repo, open.index);
  const meeting = c.meeting ? open.index.findMeeting(c.body, c.meeting) : undefined;
  const when = meeting
    ? [meeting.start ? `${meeting.start}${meeting.end ? `–${meeting.end}` : ''}` : '', meeting.place ?? ''].filter(Boolean).join(', ')
    : c.meeting
      ? t('noMeetingFile')
      : '';
  if (options.json) {
    out(ctx, JSON.stringify(toJson(c, h), null, 2));
    return 0;
  }
  out(ctx, renderText(c, h, t, when));
  return 0;
}

type Msg = ReturnType<typeof translator<keyof typeof m>>;

function renderText(c: Case, h: History, t: Msg, when: string): string {
  const lines: string[] = [`${caseLabel(c)}  ${c.title}`, ''];
  const field = (label: string, value: string | undefined) => {
    if (value) lines.push(`${(label + ':').padEnd(24)}${value}`);
  };
  field(t('file'), c.file);
  field(t('meeting'), c.meeting ? `${c.body} ${c.meeting}${when ? `, ${when}` : ''}` : undefined);
  field(t('types'), c.types.join(', '));
  field(t('responsible'), c.responsible.join(', '));
  field(t('handler'), c.handler);
  field(t('attachments'), c.attachments.length ? c.attachments.map((a) => a.title).join('; ') : undefined);
  field(t('status'), t(caseStatus(c)));
  field(t('proposed'), c.proposedConclusion?.trim());
  field(t('conclusion'), c.conclusion?.trim());
  lines.push('', t('history'));
  const before = lines.length;
  const rel = (label: string, r: Related) =>
    lines.push(`  ${label.padEnd(16)}${r.case ? describe(r.case) : `${r.ref} ${t('missing')}`}`);
  for (const r of h.followsUp) {
    rel(t('followsUp'), r);
    if (r.case?.conclusion) lines.push(`  ${''.padEnd(16)}${t('conclusion')}: ${oneLine(r.case.conclusion)}`);
  }
  for (const x of h.followedUpBy) rel(t('followedUpBy'), { ref: caseLabel(x), case: x });
  for (const r of h.refersTo) rel(t('refersTo'), r);
  for (const x of h.referredFrom) rel(t('referredFrom'), { ref: caseLabel(x), case: x });
  for (const x of h.minutesIn) rel(t('minutesIn'), { ref: caseLabel(x), case: x });
  for (const x of h.closes) lines.push(`  ${t('closes').padEnd(16)}${caseLabel(x.source)}: ${oneLine(x.what)}`);
  for (const p of h.planRows) lines.push(`  ${t('plan').padEnd(16)}${p.plan}/${p.id}  ${p.title}${p.status ? ` (${p.status})` : ''}`);
  for (const p of h.plans) lines.push(`  ${t('plan').padEnd(16)}${p.title} (${t('planDecided')})`);
  for (const x of h.mandates) lines.push(`  ${t('mandate').padEnd(16)}${x.body}${x.title ? `: ${x.title}` : ''}`);
  if (lines.length === before && !h.referrals.length) lines.push(t('noHistory'));
  if (h.referrals.length) {
    lines.push('', t('referrals'));
    for (const r of h.referrals) {
      if (!r.case) {
        lines.push(`  ${r.ref} ${t('missing')}`);
        continue;
      }
      lines.push(`  ${describe(r.case)}${r.case === c ? ` ${t('thisCase')}` : ''}`);
      if (r.case.conclusion) lines.push(`      ${t('conclusion')}: ${oneLine(r.case.conclusion)}`);
    }
  }
  if (c.followUps.length) {
    lines.push('', t('followUps'));
    for (const f of c.followUps) {
      const extra = [f.owner, f.due ? `${t('due')} ${f.due}` : f.meeting ? `${t('meeting').toLowerCase()} ${f.meeting}` : undefined]
        .filter(Boolean)
        .join(', ');
      const state = f.status === 'closed' ? `${t('closed')}${f.closedIn ? ` (${t('closedIn')} ${formatCaseRef(f.closedIn)})` : ''}` : t('open');
      lines.push(`  - ${oneLine(f.what)}${extra ? ` (${extra})` : ''} — ${state}`);
    }
  }
  return lines.join('\n');
}

function describe(x: Case): string {
  return `${caseLabel(x)}${x.meeting && x.number ? ` (${x.meeting})` : ''}  ${x.title}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function brief(x: Case) {
  return {
    ref: x.number ? formatCaseRef({ body: x.body, number: x.number }) : null,
    meeting: x.meeting ?? null,
    title: x.title,
    conclusion: x.conclusion ?? null,
    file: x.file,
  };
}

function related(r: Related) {
  return r.case ? brief(r.case) : { ref: r.ref, missing: true };
}

function toJson(c: Case, h: History) {
  return {
    ...caseJsonHead(c),
    handler: c.handler ?? null,
    status: caseStatus(c),
    attachments: c.attachments.map((a) => a.title),
    proposedConclusion: c.proposedConclusion ?? null,
    conclusion: c.conclusion ?? null,
    followUps: c.followUps.map((f) => ({
      what: f.what,
      owner: f.owner ?? null,
      due: f.due ?? null,
      meeting: f.meeting ?? null,
      status: f.status,
      closedIn: f.closedIn ? formatCaseRef(f.closedIn) : null,
    })),
    file: c.file,
    history: {
      followsUp: h.followsUp.map(related),
      followedUpBy: h.followedUpBy.map(brief),
      refersTo: h.refersTo.map(related),
      referredFrom: h.referredFrom.map(brief),
      minutesIn: h.minutesIn.map(brief),
      closes: h.closes.map((x) => ({ ...brief(x.source), what: x.what })),
      planRows: h.planRows,
      plans: h.plans,
      mandates: h.mandates,
      referrals: h.referrals.map((r) => ({ ...related(r), current: r.case === c })),
    },
  };
}

