/** `hf plan carry-over <from> <to>`: the next plan's rows for everything not completed. */
import { translator, type Catalogue } from '../../i18n/lang.js';
import { planLabel } from '../../model/plan.js';
import { planCarryOver, targetPlan, type CarryOverPlan } from '../../repo/carry-over.js';
import { applyChanges, ConflictError, TransactionError } from '../../repo/transaction.js';
import { validateRepository } from '../../rules/engine.js';
import { RULES } from '../../rules/index.js';
import { todayOf, UsageError, type CommandContext } from '../shared/context.js';
import { join } from 'node:path';
import { isInside, readNoFollow } from '../../repo/read.js';
import { parsePlanArg, requirePlan } from './plan.js';
import { err, openRepository, out } from '../shared/support.js';

export interface CarryOverOptions {
  dryRun?: boolean;
  json?: boolean;
}

const messages = {
  order: { nb: 'Planen det videreføres til ({to}) må begynne etter at {from} slutter', en: 'The plan to carry over to ({to}) must start after {from} ends' },
  orderHint: { nb: 'For eksempel `hf plan carry-over {id} {next}`.', en: 'For example `hf plan carry-over {id} {next}`.' },
  badTarget: { nb: '`{to}` kan ikke være navnet på en ny plan', en: '`{to}` cannot be the name of a new plan' },
  badTargetHint: { nb: 'Skriv årene den nye planen gjelder, for eksempel `{next}`.', en: 'Write the years the new plan covers, for example `{next}`.' },
  broken: { nb: 'Handlingsplanen for {from} har feil som må rettes før den kan videreføres:', en: 'The action plan for {from} has errors to fix before it can be carried over:' },
  brokenHint: { nb: 'Rett feilene (`hf validate plans/{id}`) og kjør videreføringen på nytt.', en: 'Fix the errors (`hf validate plans/{id}`) and run the carry-over again.' },
  heading: { nb: 'Videreføring av handlingsplan {from} til {to}', en: 'Carrying the action plan {from} over to {to}' },
  created: { nb: '  opprettet {path}', en: '  created {path}' },
  wouldCreate: { nb: '  ville opprettet {path}', en: '  would create {path}' },
  continues: { nb: 'viderefører {key}', en: 'continues {key}' },
  planCopy: { nb: 'kopi av {from}', en: 'copy of {from}' },
  parent: { nb: 'satsningen var fullført, men tiltak under den videreføres', en: 'the initiative was completed, but measures under it go on' },
  review: {
    nb: 'Gå gjennom periode og mål i de nye radene: en periode som er ute, vises som forfalt i `hf plan status {to}`.',
    en: 'Review period and goal of the new rows: a period that is over shows as overdue in `hf plan status {to}`.',
  },
  done: { nb: 'Ikke videreført ({count}, fullført eller avsluttet): {rows}', en: 'Not carried over ({count}, completed or ended): {rows}' },
  already: { nb: 'Allerede videreført ({count}): {rows}', en: 'Already carried over ({count}): {rows}' },
  conflict: {
    nb: '{path} finnes allerede, men viderefører ikke {key}; raden er ikke videreført',
    en: '{path} exists already but does not continue {key}; the row was not carried over',
  },
  conflictHint: { nb: 'Legg til `viderefører: {key}` i {path} hvis det er samme rad, ellers gi en av dem et annet filnavn.', en: 'Add `viderefører: {key}` to {path} if it is the same row, or else give one of them another file name.' },
  nothing: { nb: 'Ingenting nytt å opprette: alt som ikke er fullført i {from}, er allerede videreført til {to}.', en: 'Nothing new to create: everything not completed in {from} has been carried over to {to} already.' },
  summary: { nb: '{count} fil(er) opprettet.', en: '{count} file(s) created.' },
  summaryDry: { nb: '{count} fil(er) ville blitt opprettet (ingenting er skrevet).', en: '{count} file(s) would be created (nothing was written).' },
  raced: { nb: '{path} finnes allerede (eller ble endret underveis); ingenting er skrevet', en: '{path} exists already (or changed meanwhile); nothing was written' },
  racedHint: { nb: 'Se på filen, og kjør videreføringen på nytt.', en: 'Look at the file, and run the carry-over again.' },
  failed: { nb: 'Videreføringen feilet underveis ({cause}); alle filer er satt tilbake som de var', en: 'The carry-over failed part-way ({cause}); every file was put back as it was' },
  failedHint: { nb: 'Rett årsaken og kjør videreføringen på nytt.', en: 'Fix the cause and run the carry-over again.' },
  notRestored: {
    nb: 'Videreføringen feilet underveis ({cause}), og {files} ble endret av noen andre og er ikke satt tilbake; journalen ligger i {journal}',
    en: 'The carry-over failed part-way ({cause}), and {files} were changed by someone else and not put back; the journal is in {journal}',
  },
  notRestoredHint: { nb: 'Se over filene som er nevnt; journalen har begge versjonene.', en: 'Check the files named; the journal holds both versions.' },
} satisfies Catalogue;

export async function run(fromText: string, toText: string, options: CarryOverOptions, ctx: CommandContext): Promise<number> {
  const fromArg = parsePlanArg(fromText, ctx);
  const toArg = parsePlanArg(toText, ctx);
  const { root, repo, findings, lang } = await openRepository(ctx);
  const m = translator(messages, lang);
  const source = requirePlan(repo, fromArg, lang);
  const end = source.to ?? source.from;
  const length = end !== undefined && source.from !== undefined ? end - source.from : 0;
  const next = end !== undefined ? (length ? `${end + 1}-${end + 1 + length}` : String(end + 1)) : '2026';
  const target = targetPlan(repo, source, toArg);
  if (!target) throw new UsageError(m('badTarget', { to: toArg }), m('badTargetHint', { next }));
  if (end !== undefined && target.from <= end) throw new UsageError(m('order', { from: planLabel(source), to: planLabel(target) }), m('orderHint', { id: source.id, next }));

  // Whether a row is completed decides whether it goes on: never decide on a plan with errors.
  const check = await validateRepository(repo, findings, { today: todayOf(ctx.now), lang, rules: RULES.filter((r) => r.meta.id.startsWith('plan-')) }, 0);
  const errors = check.diagnostics.filter((d) => d.severity === 'error' && d.file.startsWith(`plans/${source.id}/`));
  if (errors.length) {
    err(ctx, m('broken', { from: planLabel(source) }));
    for (const d of errors) err(ctx, `  ${d.file}:${d.line}:${d.column}: ${d.message}`);
    err(ctx, m('brokenHint', { id: source.id }));
    return 1;
  }

  const plan = planCarryOver(repo, source, target, (path) => {
    try {
      return isInside(root, path) ? new Uint8Array(readNoFollow(join(root, path))) : undefined;
    } catch {
      return undefined;
    }
  });
  if (!options.dryRun) createAll(root, plan, m);
  if (options.json) {
    out(ctx, JSON.stringify(toJson(plan, !!options.dryRun), null, 2));
  } else {
    out(ctx, report(plan, !!options.dryRun, m));
  }
  for (const c of plan.conflicts) err(ctx, `${m('conflict', { ...c })}\n  ${m('conflictHint', { ...c })}`);
  return plan.conflicts.length ? 1 : 0;
}

type M = ReturnType<typeof translator<keyof typeof messages>>;

/**
 * Creates every planned file as one change: all of them or none. The change is
 * journalled, so a crash half-way can be undone by a later run, and a file that
 * appeared meanwhile is never overwritten.
 */
function createAll(root: string, plan: CarryOverPlan, m: M): void {
  const changes = plan.files.map((f) => ({ to: f.path, after: f.bytes }));
  try {
    applyChanges(root, changes, { description: `hf plan carry-over ${plan.from} ${plan.to}` });
  } catch (error) {
    if (error instanceof ConflictError) throw new UsageError(m('raced', { path: error.path }), m('racedHint'));
    if (error instanceof TransactionError) {
      const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
      if (error.restored) throw new UsageError(m('failed', { cause }), m('failedHint'));
      throw new UsageError(m('notRestored', { cause, files: error.conflicts.join(', '), journal: error.journal }), m('notRestoredHint'));
    }
    throw error;
  }
}

function report(plan: CarryOverPlan, dryRun: boolean, m: M): string {
  const lines = [m('heading', { from: plan.fromLabel, to: plan.toLabel })];
  for (const f of plan.files) {
    const what =
      f.reason === 'plan' || f.reason === 'picture'
        ? m('planCopy', { from: f.from })
        : [m('continues', { key: f.continues }), f.status].filter(Boolean).join(', ') + (f.reason === 'parent' ? `; ${m('parent')}` : '');
    lines.push(`${m(dryRun ? 'wouldCreate' : 'created', { path: f.path })}  (${what})`);
  }
  const done = plan.skipped.filter((s) => s.reason === 'done');
  const already = plan.skipped.filter((s) => s.reason === 'continued');
  if (done.length) lines.push('', m('done', { count: done.length, rows: done.map((s) => `${s.key} (${s.detail})`).join(', ') }));
  if (already.length) lines.push('', m('already', { count: already.length, rows: already.map((s) => s.key).join(', ') }));
  lines.push('');
  if (plan.files.length === 0 && plan.conflicts.length === 0) lines.push(m('nothing', { from: plan.fromLabel, to: plan.toLabel }));
  else lines.push(m(dryRun ? 'summaryDry' : 'summary', { count: plan.files.length }));
  if (plan.files.some((f) => f.reason !== 'plan' && f.reason !== 'picture')) lines.push(m('review', { to: plan.to }));
  return lines.join('\n');
}

function toJson(plan: CarryOverPlan, dryRun: boolean) {
  return {
    from: plan.from,
    to: plan.to,
    dryRun,
    created: plan.files.map((f) => ({ path: f.path, from: f.from, continues: f.continues ?? null, reason: f.reason, status: f.status ?? null })),
    skipped: plan.skipped,
    conflicts: plan.conflicts,
  };
}
