/**
 * `hf frister` (`hf deadlines`): what is due and overdue around the bodies'
 * meetings — the case deadline and the notice of meetings not yet held, and the
 * minutes of held meetings not recorded as sent (`referat_sendt`) — from each
 * body's `frister` in hf.yaml or its mandate (src/model/deadlines.ts), judged on
 * today (`HF_NOW` fixes it).
 */
import { deadlinesOf, pendingDeadlines, type Deadline } from '../model/deadlines.js';
import { translator, type Catalogue } from '../i18n/lang.js';
import { todayOf, UsageError, type CommandContext } from '../cli/context.js';
import { outputWidth, renderTable } from '../cli/table.js';
import { openRepository, out } from './support.js';

export interface FristerOptions {
  body?: string;
  json?: boolean;
}

const messages = {
  unknownBody: { nb: 'Organet `{body}` finnes ikke i hf.yaml', en: 'The body `{body}` is not in hf.yaml' },
  unknownBodyHint: { nb: 'Kjente organer: {known}.', en: 'Known bodies: {known}.' },
  noRules: { nb: 'Ingen organer har frister: skriv frister under organet i hf.yaml eller i mandatet.', en: 'No body has deadlines: write frister under the body in hf.yaml or in its mandate.' },
  none: { nb: 'Ingen frister å passe på per {today}.', en: 'No deadlines to watch as of {today}.' },
  heading: { nb: 'Frister per {today}:', en: 'Deadlines as of {today}:' },
  colDue: { nb: 'Frist', en: 'Due' },
  colBody: { nb: 'Organ', en: 'Body' },
  colMeeting: { nb: 'Møte', en: 'Meeting' },
  colWhat: { nb: 'Hva', en: 'What' },
  colStatus: { nb: 'Status', en: 'Status' },
  cases: { nb: 'saksfrist', en: 'cases in' },
  notice: { nb: 'innkalling sendes', en: 'notice out' },
  minutes: { nb: 'referat sendes', en: 'minutes out' },
  today: { nb: 'i dag', en: 'today' },
  inDays: { nb: 'om {n} dager', en: 'in {n} days' },
  tomorrow: { nb: 'i morgen', en: 'tomorrow' },
  overdue: { nb: 'FORFALT for {n} dager siden', en: 'OVERDUE by {n} days' },
  summary: { nb: '{count} frist(er), {overdue} forfalt.', en: '{count} deadline(s), {overdue} overdue.' },
} satisfies Catalogue;

export async function run(options: FristerOptions, ctx: CommandContext): Promise<number> {
  const { repo, index, lang } = await openRepository(ctx);
  const t = translator(messages, lang);
  const today = todayOf(ctx.now);
  let meetings = repo.meetings;
  if (options.body !== undefined) {
    const body = index.body(options.body);
    if (!body) throw new UsageError(t('unknownBody', { body: options.body }), t('unknownBodyHint', { known: repo.config.bodies.map((b) => b.code).join(', ') }));
    meetings = meetings.filter((m) => m.body === body.code);
  }
  const ruleOf = (code: string) => deadlinesOf(index.body(code), repo.mandates);
  const items = pendingDeadlines(meetings, ruleOf, today);
  if (options.json) {
    out(ctx, JSON.stringify({ today, frister: items.map(toJson) }, null, 2));
    return 0;
  }
  if (!repo.config.bodies.some((b) => ruleOf(b.code))) {
    out(ctx, t('noRules'));
    return 0;
  }
  if (!items.length) {
    out(ctx, t('none', { today }));
    return 0;
  }
  const status = (d: Deadline) =>
    d.status === 'overdue' ? t('overdue', { n: -d.daysLeft }) : d.daysLeft === 0 ? t('today') : d.daysLeft === 1 ? t('tomorrow') : t('inDays', { n: d.daysLeft });
  out(ctx, t('heading', { today }));
  ctx.stdout.write(
    renderTable(
      [{ header: t('colDue') }, { header: t('colBody') }, { header: t('colMeeting') }, { header: t('colWhat'), shrink: 1 }, { header: t('colStatus'), shrink: 1 }],
      items.map((d) => [d.due, d.body, d.meeting, t(d.kind), status(d)]),
      outputWidth(ctx.stdout, ctx.env),
    ),
  );
  out(ctx, t('summary', { count: items.length, overdue: items.filter((d) => d.status === 'overdue').length }));
  return 0;
}

const KIND = { cases: 'saksfrist', notice: 'innkalling', minutes: 'referat' } as const;

function toJson(d: Deadline) {
  return { frist: d.due, organ: d.body, møte: d.meeting, hva: KIND[d.kind], status: d.status === 'overdue' ? 'forfalt' : 'åpen', dager_igjen: d.daysLeft };
}
