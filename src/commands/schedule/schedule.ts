/**
 * `hf schedule <body> <date> [cases…]`: places queued cases on a meeting and
 * numbers them in the order given (by default, queue order). The meeting's
 * queued standing items come first (Godkjenning, then Referat) and Eventuelt
 * last; they get numbers when the body numbers standing items, otherwise they
 * are named after the meeting date. Every case is moved out of the queue in one
 * all-or-nothing change, with its frontmatter edited in place.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { formatCaseNumber, yearOf, type CaseNumber } from '../../model/case-number.js';
import type { Body } from '../../model/types.js';
import { compareAgenda, standingKindOf } from '../../model/standing.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { numberedCasePath, standingCasePath } from '../../repo/case-files.js';
import { applyEdits, encodeRaw, rawFrontmatter, readRaw, setTopLevel, type Edit } from '../../repo/edit.js';
import { quote } from '../../repo/emit.js';
import { claimNextNumber, peekNextNumber, type NumberClaim } from '../../repo/numbering.js';
import { queueEntries, type QueueEntry } from '../../repo/queue.js';
import { applyChanges, ConflictError, TransactionError, type FileChange } from '../../repo/transaction.js';
import { UsageError, type CommandContext } from '../shared/context.js';
import { openConfig, requireBody, requireDate } from '../shared/authoring.js';
import { requireMeeting } from '../new-case/new-case.js';
import { out } from '../shared/support.js';

export interface ScheduleOptions {
  dryRun?: boolean;
  json?: boolean;
}

const messages: Catalogue<
  | 'notQueued'
  | 'notQueuedHint'
  | 'ambiguous'
  | 'ambiguousHint'
  | 'twice'
  | 'otherMeeting'
  | 'otherMeetingHint'
  | 'broken'
  | 'brokenHint'
  | 'nothing'
  | 'placed'
  | 'wouldPlace'
  | 'numbered'
  | 'unnumbered'
  | 'conflict'
  | 'conflictHint'
  | 'failed'
  | 'dryRunNote'
> = {
  notQueued: { nb: '`{arg}` er ikke i køen til {body}', en: '`{arg}` is not in the queue of {body}' },
  notQueuedHint: { nb: '`hf queue {body}` viser sakene i køen.', en: '`hf queue {body}` lists the queued cases.' },
  ambiguous: { nb: '`{arg}` passer med flere saker i køen: {matches}', en: '`{arg}` matches several queued cases: {matches}' },
  ambiguousHint: { nb: 'Skriv hele navnet med datoen, som `hf queue {body}` viser det.', en: 'Write the whole name with the date, as `hf queue {body}` shows it.' },
  twice: { nb: '`{arg}` er nevnt to ganger', en: '`{arg}` is given twice' },
  otherMeeting: { nb: '{path} venter på møtet {meeting}, ikke {date}', en: '{path} waits for the meeting on {meeting}, not {date}' },
  otherMeetingHint: { nb: 'Endre møte i filen, eller sett den på sitt eget møte.', en: 'Change møte in the file, or schedule it for its own meeting.' },
  broken: { nb: '{path} har feil i frontmatter og kan ikke flyttes', en: '{path} has errors in its frontmatter and cannot be moved' },
  brokenHint: { nb: 'Kjør `hf validate {path}` og rett feilen først.', en: 'Run `hf validate {path}` and fix the error first.' },
  nothing: { nb: 'Ingen saker i køen til {body} å sette på møtet {date}.', en: 'No queued cases of {body} to put on the meeting on {date}.' },
  placed: { nb: 'Satte {count} saker på møtet {body} {date}:', en: 'Put {count} cases on the meeting {body} {date}:' },
  wouldPlace: { nb: 'Ville satt {count} saker på møtet {body} {date}:', en: 'Would put {count} cases on the meeting {body} {date}:' },
  numbered: { nb: '  {body}-sak {number} {title}: {from} → {to}', en: '  {body} case {number} {title}: {from} → {to}' },
  unnumbered: { nb: '  {title} (uten nummer): {from} → {to}', en: '  {title} (unnumbered): {from} → {to}' },
  conflict: { nb: '{path} ble endret mens hf arbeidet; ingenting er flyttet', en: '{path} changed while hf was working; nothing was moved' },
  conflictHint: { nb: 'Kjør kommandoen på nytt.', en: 'Run the command again.' },
  failed: { nb: 'Flyttingen feilet ({message}); alle filene er som før', en: 'Moving failed ({message}); every file is as it was' },
  dryRunNote: { nb: '(prøvekjøring: ingenting er skrevet; numrene tildeles først når sakene flyttes)', en: '(dry run: nothing was written; numbers are assigned when the cases are moved)' },
};


export async function run(bodyArg: string, dateArg: string, args: string[], options: ScheduleOptions, ctx: CommandContext): Promise<number> {
  const { root, config, lang } = openConfig(ctx);
  const m = translator(messages, lang);
  const body = requireBody(config, bodyArg, lang);
  const date = requireMeeting(root, body, requireDate(dateArg, lang), lang);
  const entries = queueEntries(root, body.code);
  const order = agendaOrder(select(entries, args, body, date, root, ctx.cwd, lang));
  if (order.length === 0) {
    out(ctx, m('nothing', { body: body.code, date }));
    return 0;
  }
  for (const e of order) {
    if (!e.file.data) throw new UsageError(m('broken', { path: e.path }), m('brokenHint', { path: e.path }));
  }
  const numbered = (e: QueueEntry) => !e.standing || body.standingNumbered;
  const year = yearOf(date);

  if (options.dryRun) {
    let seq = peekNextNumber(root, body.code, year).seq;
    const planned = order.map((e) => ({ entry: e, number: numbered(e) ? { year, seq: seq++ } : undefined }));
    report(ctx, m, body, date, planned.map((p) => ({ ...p, to: target(body, date, p.entry, p.number) })), true, options.json);
    return 0;
  }

  const claims: NumberClaim[] = [];
  try {
    const planned = order.map((entry) => {
      const claim = numbered(entry) ? claimNextNumber(root, body.code, year) : undefined;
      if (claim) claims.push(claim);
      return { entry, number: claim?.number, to: target(body, date, entry, claim?.number) };
    });
    const changes = planned.map((p) => placement(root, p.entry, date, p.to, p.number));
    try {
      applyChanges(root, changes, { description: `hf schedule ${body.code} ${date}` });
    } catch (error) {
      if (error instanceof ConflictError) throw new UsageError(m('conflict', { path: error.path }), m('conflictHint'));
      if (error instanceof TransactionError && error.restored) throw new UsageError(m('failed', { message: String((error.cause as Error)?.message ?? error.cause) }));
      throw error;
    }
    report(ctx, m, body, date, planned, false, options.json);
  } finally {
    for (const c of claims) c.release();
  }
  return 0;
}

/** The cases to place: the ones named, else every queued case without another meeting; plus this meeting's queued standing items. */
function select(entries: QueueEntry[], args: string[], body: Body, date: string, root: string, cwd: string, lang: Lang): QueueEntry[] {
  const m = translator(messages, lang);
  const chosen: QueueEntry[] = [];
  for (const arg of args) {
    const entry = resolveArg(entries, arg, body, root, cwd, lang);
    if (chosen.includes(entry)) throw new UsageError(m('twice', { arg }));
    if (entry.meeting && entry.meeting !== date) {
      throw new UsageError(m('otherMeeting', { path: entry.path, meeting: entry.meeting, date }), m('otherMeetingHint'));
    }
    chosen.push(entry);
  }
  const standing = entries.filter((e) => e.standing && e.meeting === date && !chosen.includes(e));
  if (args.length) return [...standing, ...chosen];
  return [...standing, ...entries.filter((e) => !standing.includes(e) && (!e.meeting || e.meeting === date))];
}

/** Godkjenning, then Referat, then the cases in the order given, and Eventuelt last. */
function agendaOrder(list: QueueEntry[]): QueueEntry[] {
  const item = (e: QueueEntry) => (e.standing ? { standing: standingKindOf(e.standing) } : {});
  return list
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareAgenda(item(a.e), item(b.e)) || a.i - b.i)
    .map(({ e }) => e);
}

function resolveArg(entries: QueueEntry[], arg: string, body: Body, root: string, cwd: string, lang: Lang): QueueEntry {
  const m = translator(messages, lang);
  const isPath = arg.includes('/') || arg.includes(sep) || arg.endsWith('.md');
  const repoPath = isPath ? relative(root, resolve(cwd, arg)).split(sep).join('/') : undefined;
  const matches = entries.filter((e) => (repoPath ? e.path === repoPath : e.stem === arg || e.slug === arg));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1 && !repoPath) {
    const exact = matches.find((e) => e.stem === arg);
    if (exact) return exact;
    throw new UsageError(m('ambiguous', { arg, matches: matches.map((e) => e.stem).join(', ') }), m('ambiguousHint', { body: body.code }));
  }
  throw new UsageError(m('notQueued', { arg, body: body.code }), m('notQueuedHint', { body: body.code }));
}

function target(body: Body, date: string, entry: QueueEntry, number: CaseNumber | undefined): string {
  return number ? numberedCasePath(body.code, number, entry.title) : standingCasePath(body.code, date, entry.title);
}

/** The move of one queued file: `saksnr` first in the frontmatter (when numbered), `møte` set, every other byte kept. */
function placement(root: string, entry: QueueEntry, date: string, to: string, number: CaseNumber | undefined): FileChange {
  const before = readFileSync(join(root, entry.path));
  const raw = readRaw(before);
  const fm = raw && rawFrontmatter(raw.text);
  if (!raw || !fm) throw new Error(`${entry.path}: frontmatter could not be read`);
  const edits: Edit[] = [setTopLevel(raw.text, fm, 'møte', date, 'organ')];
  if (number) edits.push(setTopLevel(raw.text, fm, 'saksnr', quote(formatCaseNumber(number))));
  return { from: entry.path, to, before, after: encodeRaw(raw, applyEdits(raw.text, edits)) };
}

interface Placed {
  entry: QueueEntry;
  number?: CaseNumber | undefined;
  to: string;
}

function report(ctx: CommandContext, m: ReturnType<typeof translator<keyof typeof messages>>, body: Body, date: string, placed: Placed[], dryRun: boolean, json?: boolean): void {
  if (json) {
    out(
      ctx,
      JSON.stringify(
        { organ: body.code, dato: date, dryRun, saker: placed.map((p) => ({ saksnr: p.number ? formatCaseNumber(p.number) : null, tittel: p.entry.title, fast_sak: p.entry.standing ?? null, from: p.entry.path, path: p.to })) },
        null,
        2,
      ),
    );
    return;
  }
  out(ctx, m(dryRun ? 'wouldPlace' : 'placed', { count: placed.length, body: body.code, date }));
  for (const p of placed) {
    const vars = { body: body.code, number: p.number ? formatCaseNumber(p.number) : '', title: p.entry.title, from: p.entry.path, to: p.to };
    out(ctx, m(p.number ? 'numbered' : 'unnumbered', vars));
  }
  if (dryRun) out(ctx, m('dryRunNote'));
}
