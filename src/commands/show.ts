/** `hf show <body> <saksnr>`: one case with its history. */
import { translator, type Catalogue } from '../i18n/lang.js';
import { findTextRefs, formatCaseNumber, formatCaseRef, parseCaseNumber, parseCaseRef } from '../model/case-number.js';
import type { RepoIndex, Repository } from '../model/repository.js';
import type { Case } from '../model/types.js';
import { UsageError, type CommandContext } from '../cli/context.js';
import { caseJsonHead, caseLabel, caseStatus, sameRef, warnUnreadable } from './records.js';
import { openRepository, out } from './support.js';

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

export async function run(bodyArg: string, numberArg: string | undefined, options: ShowOptions, ctx: CommandContext): Promise<number> {
  const open = await openRepository(ctx);
  const t = translator(m, open.lang);
  warnUnreadable(open, ctx);
  const text = numberArg ? `${bodyArg} ${numberArg}` : bodyArg;
  const ref = parseCaseRef(text);
  if (!ref || (numberArg !== undefined && !parseCaseNumber(numberArg))) throw new UsageError(t('badRef', { text }), t('badRefHint'));
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

export interface Related {
  ref: string;
  case?: Case;
}

/** Everything connected to a case. */
export interface History {
  /** The chain of earlier cases this one follows up, nearest first. */
  followsUp: Related[];
  /** Later cases that follow this one up, directly or through another follow-up, in order. */
  followedUpBy: Case[];
  refersTo: Related[];
  /** Cases whose references or text mention this one. */
  referredFrom: Case[];
  /** The cases that present the minutes of this case's meeting. */
  minutesIn: Case[];
  /** Follow-up items of other cases that this case closed. */
  closes: { source: Case; what: string }[];
  planRows: { file: string; year: number; id: string; title: string; status?: string }[];
  plans: { file: string; year: number; title: string }[];
  mandates: { file: string; body: string; title?: string }[];
  /**
   * The whole chain of a matter that moved between bodies (innstilling_fra /
   * oversendt_til), from the first body to the last, this case included; empty
   * when the case was neither referred nor a referral.
   */
  referrals: Related[];
}

/** The chain of referrals through `c`: back to the first sender, then forward to every receiver, depth first. */
export function referralChain(c: Case, repo: Repository, index: RepoIndex): Related[] {
  let root: Case = c;
  const back = new Set<Case>([c]);
  const missing: Related[] = [];
  for (let ref = c.recommendationFrom; ref; ) {
    const earlier = index.findCase(ref);
    if (!earlier) {
      missing.push({ ref: formatCaseRef(ref) });
      break;
    }
    if (back.has(earlier)) break;
    back.add(earlier);
    root = earlier;
    ref = earlier.recommendationFrom;
  }
  const out: Related[] = [...missing];
  const seen = new Set<Case>();
  const visit = (x: Case) => {
    if (seen.has(x)) return;
    seen.add(x);
    out.push({ ref: caseLabel(x), case: x });
    const next = new Set<Case>();
    for (const r of x.referredTo) {
      const y = index.findCase(r);
      if (y) next.add(y);
      else out.push({ ref: formatCaseRef(r) });
    }
    // A receiving case that names this one, also when the sender does not name it back.
    for (const y of repo.cases) if (x.number && sameRef(y.recommendationFrom, x)) next.add(y);
    for (const y of next) visit(y);
  };
  visit(root);
  return out.length > 1 ? out : [];
}

export function historyOf(c: Case, repo: Repository, index: RepoIndex): History {
  const followsUp: Related[] = [];
  const seen = new Set<Case>([c]);
  for (let ref = c.followUpOf; ref; ) {
    const earlier = index.findCase(ref);
    followsUp.push({ ref: formatCaseRef(ref), ...(earlier ? { case: earlier } : {}) });
    if (!earlier || seen.has(earlier)) break;
    seen.add(earlier);
    ref = earlier.followUpOf;
  }
  const followedUpBy: Case[] = [];
  for (let frontier = [c]; frontier.length; ) {
    const next = repo.cases.filter((x) => !seen.has(x) && frontier.some((f) => sameRef(x.followUpOf, f)));
    for (const x of next) seen.add(x);
    followedUpBy.push(...next);
    frontier = next;
  }
  const bodies = repo.config.bodies.map((b) => b.code);
  const mentions = (x: Case): boolean =>
    x.refersTo.some((r) => sameRef(r, c)) ||
    [x.text, x.conclusion, x.proposedConclusion, x.treatment, x.dialogue]
      .filter((s): s is string => !!s)
      .some((s) => findTextRefs(s, bodies, x.body).some((r) => sameRef(r.ref, c)));
  const referrals = referralChain(c, repo, index);
  const connected = new Set([c, ...followedUpBy, ...followsUp.map((r) => r.case).filter((x): x is Case => !!x), ...referrals.map((r) => r.case).filter((x): x is Case => !!x)]);
  const referredFrom = repo.cases.filter((x) => !connected.has(x) && mentions(x));
  const minutesIn = c.meeting ? repo.cases.filter((x) => x.minutesOf.some((r) => r.body === c.body && r.date === c.meeting)) : [];
  const closes = repo.cases.flatMap((x) => x.followUps.filter((f) => sameRef(f.closedIn, c)).map((f) => ({ source: x, what: f.what })));
  const areaName = new Map(repo.config.plan.groupings.flatMap((g) => g.areas.map((a) => [a.id, a.name] as const)));
  return {
    followsUp,
    followedUpBy,
    refersTo: c.refersTo.map((r) => {
      const x = index.findCase(r);
      return { ref: formatCaseRef(r), ...(x ? { case: x } : {}) };
    }),
    referredFrom,
    minutesIn,
    closes,
    planRows: repo.planRows
      .filter((r) => r.cases.some((x) => sameRef(x, c)))
      .map((r) => ({ file: r.file, year: r.year, id: r.id, title: r.title ?? areaName.get(r.area) ?? r.id, ...(r.status ? { status: r.status } : {}) })),
    plans: repo.plans.filter((p) => p.decidedIn.some((x) => sameRef(x, c))).map((p) => ({ file: p.file, year: p.year, title: p.title })),
    mandates: repo.mandates
      .filter((x) => sameRef(x.approvedIn, c))
      .map((x) => ({ file: x.file, body: x.body, ...(x.title ? { title: x.title } : {}) })),
    referrals,
  };
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
  for (const p of h.planRows) lines.push(`  ${t('plan').padEnd(16)}${p.year}/${p.id}  ${p.title}${p.status ? ` (${p.status})` : ''}`);
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

