/**
 * `hf new-meeting <body> <date>`: the meeting file, with time, place, chair and
 * minute-taker taken from the body's previous meeting unless given, and the
 * body's standing items (Godkjenning av innkalling og dagsorden; Referat fra
 * forrige møte, referring to that meeting). Standing items get numbers when the
 * body numbers them (`faste_saker.nummerert`), otherwise they are named after the
 * meeting date; with `--queue` a numbering body's standing items wait in the
 * queue and `hf schedule` numbers them first, with the rest of the agenda.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatCaseNumber, yearOf } from '../../model/case-number.js';
import type { Body, Config } from '../../model/types.js';
import { standingText } from '../../model/standing.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { caseText, numberedCasePath, queuedCasePath, standingCasePath, type Created, type NewCase } from '../../repo/case-files.js';
import { loadOne, meetingDates, meetingPath } from '../../repo/config-only.js';
import { emitFrontmatter } from '../../repo/emit.js';
import { claimNextNumber, peekNextNumber, type NumberClaim } from '../../repo/numbering.js';
import { applyChanges, ConflictError, TransactionError, type FileChange } from '../../repo/transaction.js';
import { todayOf, UsageError, type CommandContext } from '../shared/context.js';
import { openConfig, requireBody, requireDate } from '../shared/authoring.js';
import { err, out } from '../shared/support.js';

export interface NewMeetingOptions {
  start?: string;
  end?: string;
  place?: string;
  chair?: string;
  minuteTaker?: string;
  /** commander's `--no-standing` sets this to false. */
  standing?: boolean;
  queue?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

const messages: Catalogue<
  | 'exists'
  | 'existsHint'
  | 'badTime'
  | 'badTimeHint'
  | 'standingExists'
  | 'created'
  | 'wouldCreate'
  | 'numbered'
  | 'unnumbered'
  | 'queued'
  | 'defaults'
  | 'noPrevious'
  | 'earlierOpen'
  | 'dryRunNote'
  | 'failed'
> = {
  exists: { nb: 'Møtet {body} {date} finnes allerede ({path})', en: 'The meeting {body} {date} already exists ({path})' },
  existsHint: { nb: 'hf skriver aldri over en fil; rediger møtefilen direkte.', en: 'hf never overwrites a file; edit the meeting file directly.' },
  badTime: { nb: '`{time}` er ikke et klokkeslett', en: '`{time}` is not a time of day' },
  badTimeHint: { nb: 'Skriv TT:MM, for eksempel 12:30.', en: 'Write HH:MM, for example 12:30.' },
  standingExists: { nb: 'Den faste saken finnes allerede ({path})', en: 'The standing item already exists ({path})' },
  created: { nb: 'Opprettet møtet {body} {date}: {path}', en: 'Created the meeting {body} {date}: {path}' },
  wouldCreate: { nb: 'Ville opprettet møtet {body} {date}: {path}', en: 'Would create the meeting {body} {date}: {path}' },
  numbered: { nb: '  {body}-sak {number} {title}: {path}', en: '  {body} case {number} {title}: {path}' },
  unnumbered: { nb: '  {title} (uten nummer): {path}', en: '  {title} (unnumbered): {path}' },
  queued: { nb: '  {title} (i køen, nummereres av `hf schedule {body} {date}`): {path}', en: '  {title} (queued, numbered by `hf schedule {body} {date}`): {path}' },
  defaults: { nb: 'Tid, sted, møteleder og referent er hentet fra forrige møte ({previous}).', en: 'Time, place, chair and minute-taker are taken from the previous meeting ({previous}).' },
  noPrevious: { nb: '{body} har ikke noe tidligere møte; fyll inn tid, sted, møteleder og referent i møtefilen.', en: '{body} has no earlier meeting; fill in time, place, chair and minute-taker in the meeting file.' },
  earlierOpen: {
    nb: 'Merk: {body} har et tidligere møte {earlier} som ikke er holdt ennå. Saker som senere nummereres til det møtet, får høyere nummer enn de faste sakene her. Bruk --queue for å nummerere de faste sakene når sakslisten settes (`hf schedule`).',
    en: 'Note: {body} has an earlier meeting {earlier} that has not been held yet. Cases numbered for that meeting later will get higher numbers than the standing items here. Use --queue to number the standing items when the agenda is set (`hf schedule`).',
  },
  dryRunNote: { nb: '(prøvekjøring: ingenting er skrevet)', en: '(dry run: nothing was written)' },
  failed: { nb: 'Møtet kunne ikke opprettes ({message}); ingen filer er skrevet', en: 'The meeting could not be created ({message}); no file was written' },
};


const TIME = /^([01]?\d|2[0-3])[:.][0-5]\d$/;

interface Planned {
  kind: 'numbered' | 'unnumbered' | 'queued';
  case: NewCase & { meeting: string };
}

export async function run(bodyArg: string, dateArg: string, options: NewMeetingOptions, ctx: CommandContext): Promise<number> {
  const { root, config, lang } = openConfig(ctx);
  const m = translator(messages, lang);
  const body = requireBody(config, bodyArg, lang);
  const date = requireDate(dateArg, lang);
  const today = todayOf(ctx.now);
  const path = meetingPath(body.code, date);
  if (existsSync(join(root, path))) throw new UsageError(m('exists', { body: body.code, date, path }), m('existsHint'));
  const [start, end] = [options.start, options.end].map((t) => {
    if (t === undefined) return undefined;
    if (!TIME.test(t.trim())) throw new UsageError(m('badTime', { time: t }), m('badTimeHint'));
    return t.trim().padStart(5, '0');
  });

  const dates = meetingDates(root, body.code);
  const previous = dates.filter((d) => d < date).pop();
  const prev = previous ? loadOne(root, meetingPath(body.code, previous))?.data ?? {} : {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  const names = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
  const meetingText = emitFrontmatter([
    ['organ', body.code],
    ['dato', date],
    ['start', start ?? text(prev.start)],
    ['slutt', end ?? text(prev.slutt)],
    ['sted', options.place ?? text(prev.sted)],
    ['møteleder', options.chair ?? text(prev.møteleder)],
    // `referent` may be a list of minute-takers: copied as it was.
    ['referent', options.minuteTaker ?? text(prev.referent) ?? (names(prev.referent).length ? names(prev.referent) : undefined)],
    ['sekretariat', names(prev.sekretariat)],
  ]);

  const standing = options.standing === false ? [] : standingItems(config, body, date, previous);
  const planned: Planned[] = standing.map((c) => ({ kind: !body.standingNumbered ? 'unnumbered' : options.queue ? 'queued' : 'numbered', case: c }));
  for (const p of planned) {
    const target = p.kind === 'unnumbered' ? standingCasePath(body.code, date, p.case.title) : undefined;
    if (target && existsSync(join(root, target))) throw new UsageError(m('standingExists', { path: target }), m('existsHint'));
  }

  const warnEarlier = planned.some((p) => p.kind === 'numbered') ? dates.filter((d) => d >= today && d < date && yearOf(d) === yearOf(date)).pop() : undefined;

  if (options.dryRun) {
    return dryRun(ctx, root, body, date, path, meetingText, planned, today, lang, options.json);
  }

  // All or nothing, also when hf is stopped half-way: one change (transaction.ts) writes the
  // meeting and its standing items, with their numbers claimed first and released after.
  const results: { plan: Planned; result: Created }[] = [];
  const claims: NumberClaim[] = [];
  try {
    const changes: FileChange[] = [{ to: path, after: Buffer.from(meetingText, 'utf8') }];
    for (const p of planned) {
      let result: Created;
      if (p.kind === 'numbered') {
        const claim = claimNextNumber(root, body.code, yearOf(date));
        claims.push(claim);
        result = { path: numberedCasePath(body.code, claim.number, p.case.title), number: claim.number };
      } else {
        result = { path: p.kind === 'queued' ? queuedCasePath(root, body.code, today, p.case.title) : standingCasePath(body.code, date, p.case.title) };
      }
      changes.push({ to: result.path, after: Buffer.from(caseText(p.case, result.number), 'utf8') });
      results.push({ plan: p, result });
    }
    applyChanges(root, changes, { description: `hf new-meeting ${body.code} ${date}` });
  } catch (error) {
    if (error instanceof ConflictError) throw new UsageError(m(error.path === path ? 'exists' : 'standingExists', { body: body.code, date, path: error.path }), m('existsHint'));
    if (error instanceof TransactionError && error.restored) throw new UsageError(m('failed', { message: error.cause instanceof Error ? error.cause.message : String(error.cause) }));
    throw error;
  } finally {
    for (const claim of claims) claim.release();
  }

  if (options.json) {
    out(ctx, JSON.stringify({ organ: body.code, dato: date, path, forrige_møte: previous ?? null, faste_saker: results.map(({ plan, result }) => describe(plan, result)) }, null, 2));
    return 0;
  }
  out(ctx, m('created', { body: body.code, date, path }));
  for (const { plan, result } of results) out(ctx, line(m, body, date, plan, result.path, result.number ? formatCaseNumber(result.number) : ''));
  out(ctx, previous ? m('defaults', { previous }) : m('noPrevious', { body: body.code }));
  if (warnEarlier) err(ctx, m('earlierOpen', { body: body.code, earlier: warnEarlier }));
  return 0;
}

/**
 * The standing items' titles and proposed conclusions are the documents' text:
 * the body's or the partnership's own words in hf.yaml (`faste_saker`), else hf's
 * in the repository's language — whatever the language of the messages.
 */
function standingItems(config: Config, body: Body, date: string, previous: string | undefined): (NewCase & { meeting: string })[] {
  const approval = standingText('approval', config.lang, config, body);
  const minutes = standingText('minutes', config.lang, config, body);
  return [
    { body: body.code, meeting: date, title: approval.title, standing: 'godkjenning', ...(approval.proposedConclusion ? { proposedConclusion: approval.proposedConclusion } : {}), text: '' },
    {
      body: body.code,
      meeting: date,
      title: minutes.title,
      standing: 'referat',
      ...(previous ? { minutesOf: [`${body.code} ${previous}`] } : {}),
      ...(minutes.proposedConclusion ? { proposedConclusion: minutes.proposedConclusion } : {}),
      text: '',
    },
  ];
}

function dryRun(ctx: CommandContext, root: string, body: Body, date: string, path: string, meetingText: string, planned: Planned[], today: string, lang: Lang, json?: boolean): number {
  const m = translator(messages, lang);
  const next = peekNextNumber(root, body.code, yearOf(date));
  const files = [{ path, content: meetingText, saksnr: null as string | null, title: '' }];
  let seq = next.seq;
  for (const p of planned) {
    const number = p.kind === 'numbered' ? { year: next.year, seq: seq++ } : undefined;
    const target = number ? numberedCasePath(body.code, number, p.case.title) : p.kind === 'queued' ? queuedCasePath(root, body.code, today, p.case.title) : standingCasePath(body.code, date, p.case.title);
    files.push({ path: target, content: caseText(p.case, number), saksnr: number ? formatCaseNumber(number) : null, title: p.case.title });
  }
  if (json) {
    out(ctx, JSON.stringify({ organ: body.code, dato: date, path, dryRun: true, files }, null, 2));
    return 0;
  }
  out(ctx, m('wouldCreate', { body: body.code, date, path }));
  for (const f of files) {
    out(ctx, `\n${f.path}`);
    out(ctx, f.content);
  }
  out(ctx, '\n' + m('dryRunNote'));
  return 0;
}

function describe(plan: Planned, result: Created) {
  return { saksnr: result.number ? formatCaseNumber(result.number) : null, tittel: plan.case.title, fast_sak: plan.case.standing, path: result.path, queued: plan.kind === 'queued' };
}

function line(m: (id: 'numbered' | 'unnumbered' | 'queued', d?: Record<string, unknown>) => string, body: Body, date: string, plan: Planned, path: string, number: string): string {
  return m(plan.kind, { body: body.code, date, number, title: plan.case.title, path });
}

