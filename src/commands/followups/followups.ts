/** `hf followups`: the open follow-up items of decisions, overdue first. */
import { formatCaseRef } from '../../model/case-number.js';
import { followUps, type OpenFollowUp } from '../../model/followups.js';
import type { Case } from '../../model/types.js';
import { sanitizeLine } from '../../diagnostics/escape.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { todayOf, UsageError, type CommandContext } from '../shared/context.js';
import { openRepository, out } from '../shared/support.js';
import { shortDate } from '../shared/report-text.js';

export interface FollowupsOptions {
  body?: string;
  all?: boolean;
  json?: boolean;
}

const messages = {
  unknownBody: { nb: 'Organet `{body}` finnes ikke i hf.yaml', en: 'The body `{body}` is not in hf.yaml' },
  unknownBodyHint: { nb: 'Kjente organer: {known}.', en: 'Known bodies: {known}.' },
  none: { nb: 'Ingen åpne oppfølgingspunkter.', en: 'No open follow-up items.' },
  noneBody: { nb: 'Ingen åpne oppfølgingspunkter for {body}.', en: 'No open follow-up items for {body}.' },
  overdue: { nb: 'FORFALT', en: 'OVERDUE' },
  open: { nb: 'åpen', en: 'open' },
  closed: { nb: 'lukket', en: 'closed' },
  what: { nb: 'Hva', en: 'What' },
  owner: { nb: 'Ansvar', en: 'Owner' },
  due: { nb: 'Frist', en: 'Due' },
  noOwner: { nb: '(ingen ansvarlig – se hf validate)', en: '(no owner – see hf validate)' },
  noDue: { nb: '(ingen frist)', en: '(no due date)' },
  atMeeting: { nb: '{body}-møtet {date}', en: 'the {body} meeting on {date}' },
  followedUp: { nb: 'Følges opp i', en: 'Followed up in' },
  closedIn: { nb: 'Lukket i', en: 'Closed in' },
  summary: { nb: '{count} punkt(er), {overdue} forfalt.', en: '{count} item(s), {overdue} overdue.' },
} satisfies Catalogue;

export async function run(options: FollowupsOptions, ctx: CommandContext): Promise<number> {
  const { repo, index, lang } = await openRepository(ctx);
  const m = translator(messages, lang);
  const today = todayOf(ctx.now);
  if (options.body && !index.body(options.body)) {
    throw new UsageError(m('unknownBody', { body: options.body }), m('unknownBodyHint', { known: repo.config.bodies.map((b) => b.code).join(', ') }));
  }
  const items = followUps(repo, today, { ...(options.body ? { body: options.body } : {}), ...(options.all ? { closed: true } : {}) });
  if (options.json) {
    out(ctx, JSON.stringify({ today, items: items.map(toJson) }, null, 2));
    return 0;
  }
  if (items.length === 0) {
    out(ctx, options.body ? m('noneBody', { body: options.body.toUpperCase() }) : m('none'));
    return 0;
  }
  const lines: string[] = [];
  for (const f of items) {
    const due = f.item.meeting && f.dueDate === f.item.meeting ? m('atMeeting', { body: f.source.body, date: shortDate(f.item.meeting) }) : f.dueDate ? shortDate(f.dueDate) : m('noDue');
    const state = f.item.status === 'closed' ? m('closed') : f.overdue ? m('overdue') : m('open');
    lines.push(`${caseLabel(f.source)}  ${sanitizeLine(f.source.title)}`);
    lines.push(`  ${m('what')}: ${sanitizeLine(f.item.what)}`);
    lines.push(`  ${m('owner')}: ${f.item.owner ? sanitizeLine(f.item.owner) : m('noOwner')}`);
    lines.push(`  ${m('due')}: ${due} [${state}]`);
    if (f.item.closedIn) lines.push(`  ${m('closedIn')}: ${formatCaseRef(f.item.closedIn)}`);
    else if (f.followedUpBy) lines.push(`  ${m('followedUp')}: ${caseLabel(f.followedUpBy)}`);
    lines.push('');
  }
  lines.push(m('summary', { count: items.length, overdue: items.filter((f) => f.overdue).length }));
  out(ctx, lines.join('\n'));
  return 0;
}

function caseLabel(c: Case): string {
  return c.number ? formatCaseRef({ body: c.body, number: c.number }) : `${c.body} ${c.meeting ?? ''}`.trim();
}

function toJson(f: OpenFollowUp) {
  return {
    case: caseLabel(f.source),
    caseTitle: f.source.title,
    caseMeeting: f.source.meeting ?? null,
    file: f.source.file,
    what: f.item.what,
    owner: f.item.owner ?? null,
    due: f.item.due ?? null,
    meeting: f.item.meeting ?? null,
    dueDate: f.dueDate ?? null,
    status: f.item.status === 'closed' ? 'lukket' : 'åpen',
    overdue: f.overdue,
    closedIn: f.item.closedIn ? formatCaseRef(f.item.closedIn) : null,
    followedUpBy: f.followedUpBy ? caseLabel(f.followedUpBy) : null,
  };
}
