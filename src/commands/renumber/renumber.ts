/**
 * `hf renumber <body> <saksnr> --to <n> | --next`: gives a case a new number —
 * renames its file, changes its `saksnr`, and rewrites every reference to it in
 * every other file — as one all-or-nothing change. Made for the collision two
 * git branches leave behind (both added SSU 2024.36): the case the merge
 * brought in is renumbered, and a reference moves with it when git shows it was
 * written for that case; one that could mean either is named and left alone.
 */
import { caseKey, formatCaseNumber, formatCaseRef, parseCaseNumber, type CaseNumber } from '../../model/case-number.js';
import type { Case } from '../../model/types.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { unifiedDiff } from '../../repo/diff.js';
import { addedIn, blameLine, commitTime, firstParentLine, insideWorkTree, isAncestor } from '../../repo/git-history.js';
import { caseFilesWithNumber, claimNextNumber, claimNumber, type NumberClaim } from '../../repo/numbering.js';
import type { Occurrence } from '../../repo/references.js';
import { planRenumber, type Attribution, type RenumberPlan } from '../../repo/renumber.js';
import { applyChanges, ConflictError, pendingJournals, rollbackJournal, TransactionError } from '../../repo/transaction.js';
import { caseArg } from '../shared/case-arg.js';
import { pendingChanges } from '../../repo/read.js';
import { pendingError } from '../shared/repo-errors.js';
import { UsageError, type CommandContext } from '../shared/context.js';
import type { RepoIndex, Repository } from '../../model/repository.js';
import { requireBody } from '../shared/authoring.js';
import { err, openRepository, out, repositoryRoot, languageOf } from '../shared/support.js';

export interface RenumberOptions {
  to?: string;
  next?: boolean;
  file?: string;
  dryRun?: boolean;
  json?: boolean;
  recover?: boolean;
}

const messages: Catalogue<
  | 'usage'
  | 'usageHint'
  | 'badNumber'
  | 'missing'
  | 'missingHint'
  | 'sameNumber'
  | 'otherYear'
  | 'otherYearHint'
  | 'taken'
  | 'takenHint'
  | 'which'
  | 'whichHint'
  | 'notOne'
  | 'stillRunning'
  | 'recovered'
  | 'recoverConflict'
  | 'nothingToRecover'
  | 'done'
  | 'wouldDo'
  | 'refs'
  | 'noRefs'
  | 'ambiguous'
  | 'ambiguousHint'
  | 'conflict'
  | 'conflictHint'
  | 'failed'
  | 'dryRunNote'
> = {
  usage: { nb: 'Oppgi enten --to <saksnr> eller --next', en: 'Give either --to <number> or --next' },
  usageHint: { nb: 'For eksempel `hf renumber SSU 2024.36 --next`.', en: 'For example `hf renumber SSU 2024.36 --next`.' },
  badNumber: { nb: '`{number}` er ikke et saksnummer; skriv år og nummer, for eksempel 2024.36', en: '`{number}` is not a case number; write year and number, for example 2024.36' },
  missing: { nb: 'Saken {ref} finnes ikke', en: 'The case {ref} does not exist' },
  missingHint: { nb: 'Sjekk organ og nummer; `hf list cases --body {body}` viser sakene.', en: 'Check body and number; `hf list cases --body {body}` lists the cases.' },
  sameNumber: { nb: 'Saken har allerede nummer {number}', en: 'The case already has number {number}' },
  otherYear: { nb: '{to} er i et annet år enn {from}', en: '{to} is in another year than {from}' },
  otherYearHint: { nb: 'Et saksnummer kan bare endres innenfor året; opprett en ny sak med `hf new-case --follow-up` om saken skal behandles et annet år.', en: 'A case number can only change within its year; create a new case with `hf new-case --follow-up` if the case is treated in another year.' },
  taken: { nb: '{ref} er allerede i bruk', en: '{ref} is already in use' },
  takenHint: { nb: 'Bruk --next for å få neste ledige nummer.', en: 'Use --next to get the next free number.' },
  which: { nb: '{ref} er brukt av {count} saker, og hf kan ikke avgjøre hvilken som er nyest: {files}', en: '{ref} is used by {count} cases, and hf cannot tell which is the newest: {files}' },
  whichHint: { nb: 'Velg saken med --file <sti>.', en: 'Choose the case with --file <path>.' },
  notOne: { nb: '{file} er ikke en av sakene med nummer {ref}', en: '{file} is not one of the cases numbered {ref}' },
  stillRunning: {
    nb: 'Endringen «{description}» ({path}) er ikke rørt: hf-kommandoen som gjør den, kjører fortsatt',
    en: 'The change "{description}" ({path}) was left alone: the hf command making it is still running',
  },
  recovered: { nb: 'Satte tilbake {count} filer fra den avbrutte endringen «{description}»', en: 'Restored {count} files from the interrupted change "{description}"' },
  recoverConflict: { nb: '{path} er endret etter avbruddet og er ikke rørt; se {journal}', en: '{path} changed after the interruption and was left alone; see {journal}' },
  nothingToRecover: { nb: 'Ingen avbrutte endringer å sette tilbake.', en: 'No interrupted changes to restore.' },
  done: { nb: 'Omnummererte {body}-sak {from} til {to}: {fromPath} → {toPath}', en: 'Renumbered {body} case {from} to {to}: {fromPath} → {toPath}' },
  wouldDo: { nb: 'Ville omnummerert {body}-sak {from} til {to}: {fromPath} → {toPath}', en: 'Would renumber {body} case {from} to {to}: {fromPath} → {toPath}' },
  refs: { nb: 'Oppdaterte {count} referanser:', en: 'Updated {count} references:' },
  noRefs: { nb: 'Ingen andre filer viser til saken.', en: 'No other file refers to the case.' },
  ambiguous: { nb: 'Disse referansene kan gjelde begge sakene som hadde {ref}, og er ikke endret:', en: 'These references may mean either case that had {ref}, and were not changed:' },
  ambiguousHint: { nb: 'Rett dem for hånd til {new} der de gjelder «{title}».', en: 'Change them by hand to {new} where they mean "{title}".' },
  conflict: { nb: '{path} ble endret mens hf arbeidet; ingenting er endret', en: '{path} changed while hf was working; nothing was changed' },
  conflictHint: { nb: 'Kjør kommandoen på nytt.', en: 'Run the command again.' },
  failed: { nb: 'Omnummereringen feilet ({message}); alle filene er som før', en: 'Renumbering failed ({message}); every file is as it was' },
  dryRunNote: { nb: '(prøvekjøring: ingenting er skrevet)', en: '(dry run: nothing was written)' },
};

export async function run(words: string[], options: RenumberOptions, ctx: CommandContext): Promise<number> {
  // A change that did not finish is what --recover is for; any other run refuses it below.
  const root = repositoryRoot(ctx, { pending: 'leave' });
  const early = translator(messages, languageOf(ctx));
  if (options.recover) return recover(root, ctx, early);
  const [pending] = pendingChanges(root);
  if (pending) throw pendingError(pending, languageOf(ctx));
  if (words.length === 0 || !!options.to === !!options.next) throw new UsageError(early('usage'), early('usageHint'));

  const { repo, index, lang } = await openRepository(ctx);
  const m = translator(messages, lang);
  const named = caseArg(words, root, repo.config.bodies, lang, 'hf renumber');
  const body = requireBody(repo.config, named.body, lang);
  const number = named.number;
  const ref = formatCaseRef({ body: body.code, number });
  const cases = index.casesByKey.get(caseKey(body.code, number)) ?? [];
  if (cases.length === 0) throw new UsageError(m('missing', { ref }), m('missingHint', { body: body.code }));
  const target = chooseTarget(root, cases, options.file, ref, lang);
  const others = cases.filter((c) => c !== target);

  let claim: NumberClaim | undefined;
  try {
    claim = claimTarget(root, index, body.code, number, options, lang);
    const plan = planRenumber({ root, repo, target, others, to: claim.number, attribute: attributor(root, repo, target, others) });
    const vars = { body: body.code, from: formatCaseNumber(number), to: formatCaseNumber(claim.number), fromPath: plan.from, toPath: plan.to };
    if (options.dryRun) {
      if (options.json) out(ctx, JSON.stringify(summary(body.code, number, claim.number, plan, true), null, 2));
      else {
        out(ctx, m('wouldDo', vars));
        out(ctx, '');
        for (const d of plan.diffs) out(ctx, unifiedDiff(d));
        reportAmbiguous(ctx, m, plan, ref, claim.number, target);
        out(ctx, m('dryRunNote'));
      }
      return 0;
    }
    try {
      applyChanges(root, plan.changes, { description: `hf renumber ${body.code} ${formatCaseNumber(number)} → ${formatCaseNumber(claim.number)}` });
    } catch (error) {
      if (error instanceof ConflictError) throw new UsageError(m('conflict', { path: error.path }), m('conflictHint'));
      if (error instanceof TransactionError && error.restored) throw new UsageError(m('failed', { message: String((error.cause as Error)?.message ?? error.cause) }));
      throw error;
    }
    if (options.json) {
      out(ctx, JSON.stringify(summary(body.code, number, claim.number, plan, false), null, 2));
      return 0;
    }
    out(ctx, m('done', vars));
    if (plan.moved.length) {
      out(ctx, m('refs', { count: plan.moved.length }));
      for (const r of plan.moved) out(ctx, `  ${r.file}:${r.line}  ${r.written}`);
    } else {
      out(ctx, m('noRefs'));
    }
    reportAmbiguous(ctx, m, plan, ref, claim.number, target);
    return 0;
  } finally {
    claim?.release();
  }
}

function parseNumber(text: string, lang: Lang): CaseNumber {
  const n = parseCaseNumber(text);
  if (!n) throw new UsageError(translator(messages, lang)('badNumber', { number: text }));
  return n;
}

/**
 * The case to renumber: the one given with --file, the only one, or the newest of
 * a collision — the one not yet committed, else the one a merge brought in (not on
 * the branch's own first-parent line), else the one committed last.
 */
function chooseTarget(root: string, cases: Case[], file: string | undefined, ref: string, lang: Lang): Case {
  const m = translator(messages, lang);
  if (file) {
    const wanted = file.replace(/\\/g, '/').replace(/^\.\//, '');
    const found = cases.find((c) => c.file === wanted || c.file.endsWith('/' + wanted));
    if (!found) throw new UsageError(m('notOne', { file, ref }));
    return found;
  }
  if (cases.length === 1) return cases[0]!;
  const newest = insideWorkTree(root) ? newestByGit(root, cases) : undefined;
  if (newest) return newest;
  throw new UsageError(m('which', { ref, count: cases.length, files: cases.map((c) => c.file).join(', ') }), m('whichHint'));
}

function newestByGit(root: string, cases: Case[]): Case | undefined {
  const info = cases.map((c) => ({ c, added: addedIn(root, c.file) }));
  const uncommitted = info.filter((i) => !i.added);
  if (uncommitted.length) return uncommitted.length === 1 ? uncommitted[0]!.c : undefined;
  const own = firstParentLine(root);
  const merged = info.filter((i) => !own.has(i.added!));
  if (merged.length === 1) return merged[0]!.c;
  const pool = merged.length ? merged : info;
  const times = pool.map((i) => commitTime(root, i.added!));
  const latest = Math.max(...times);
  return times.filter((t) => t === latest).length === 1 ? pool[times.indexOf(latest)]!.c : undefined;
}

/** Claims the new number: the given one if it is free, or the next free one. */
function claimTarget(root: string, index: RepoIndex, body: string, number: CaseNumber, options: RenumberOptions, lang: Lang): NumberClaim {
  const m = translator(messages, lang);
  const inUse = (n: CaseNumber) => (index.casesByKey.get(caseKey(body, n))?.length ?? 0) > 0 || caseFilesWithNumber(root, body, n).length > 0;
  if (options.to) {
    const to = parseNumber(options.to, lang);
    const vars = { from: formatCaseNumber(number), to: formatCaseNumber(to), number: formatCaseNumber(to), ref: formatCaseRef({ body, number: to }) };
    if (to.year === number.year && to.seq === number.seq) throw new UsageError(m('sameNumber', vars));
    if (to.year !== number.year) throw new UsageError(m('otherYear', vars), m('otherYearHint'));
    const claim = inUse(to) ? undefined : claimNumber(root, body, to);
    if (!claim) throw new UsageError(m('taken', vars), m('takenHint'));
    return claim;
  }
  // A case whose file name does not show its number still uses it: step past.
  let claim = claimNextNumber(root, body, number.year);
  while (inUse(claim.number)) {
    const seq = claim.number.seq;
    claim.release();
    claim = nextAbove(root, body, number.year, seq, inUse);
  }
  return claim;
}

function nextAbove(root: string, body: string, year: number, seq: number, inUse: (n: CaseNumber) => boolean): NumberClaim {
  for (let s = seq + 1; ; s++) {
    const n = { year, seq: s };
    if (inUse(n)) continue;
    const claim = claimNumber(root, body, n);
    if (claim) return claim;
  }
}

/**
 * When two cases share the number, a reference moves only if git shows it was
 * written for the case being renumbered: the commit that wrote its line comes
 * after the commit that added that case, and not after the one that added the
 * other. A meeting's pause belongs to the case on that meeting's agenda.
 */
function attributor(root: string, repo: Repository, target: Case, others: readonly Case[]): (file: string, o: Occurrence) => Attribution {
  if (others.length === 0) return () => 'move';
  const git = insideWorkTree(root);
  const addedTarget = git ? addedIn(root, target.file) : undefined;
  const addedOthers = git ? others.map((o) => addedIn(root, o.file)).filter((a): a is string => !!a) : [];
  return (file, o) => {
    if (o.kind === 'pause') {
      const meeting = repo.meetings.find((mt) => mt.file === file);
      const mine = !!meeting && target.meeting === meeting.date;
      const theirs = !!meeting && others.some((x) => x.meeting === meeting.date);
      if (mine !== theirs) return mine ? 'move' : 'keep';
      return 'ambiguous';
    }
    if (!git) return 'ambiguous';
    const wrote = blameLine(root, file, o.line);
    if (!wrote) return 'ambiguous';
    const forTarget = !!addedTarget && isAncestor(root, addedTarget, wrote);
    const forOther = addedOthers.some((a) => isAncestor(root, a, wrote));
    if (forTarget && !forOther) return 'move';
    if (forOther && !forTarget) return 'keep';
    return 'ambiguous';
  };
}

function reportAmbiguous(ctx: CommandContext, m: ReturnType<typeof translator<keyof typeof messages>>, plan: RenumberPlan, ref: string, to: CaseNumber, target: Case): void {
  if (!plan.ambiguous.length) return;
  err(ctx, m('ambiguous', { ref }));
  for (const r of plan.ambiguous) err(ctx, `  ${r.file}:${r.line}  ${r.written}`);
  err(ctx, m('ambiguousHint', { new: formatCaseNumber(to), title: target.title }));
}

function summary(body: string, from: CaseNumber, to: CaseNumber, plan: RenumberPlan, dryRun: boolean) {
  return {
    organ: body,
    fra: formatCaseNumber(from),
    til: formatCaseNumber(to),
    from: plan.from,
    path: plan.to,
    referanser: plan.moved,
    tvetydige: plan.ambiguous,
    filer: plan.changes.map((c) => c.to),
    dryRun,
  };
}

function recover(root: string, ctx: CommandContext, m: ReturnType<typeof translator<keyof typeof messages>>): number {
  const pending = pendingJournals(root);
  if (pending.length === 0) {
    out(ctx, m('nothingToRecover'));
    return 0;
  }
  let code = 0;
  for (const p of pending.reverse()) {
    if (p.running) {
      // Another hf is writing it now: rolling it back under its feet would mix the two.
      err(ctx, m('stillRunning', { description: p.journal.description, path: p.path }));
      code = 1;
      continue;
    }
    const report = rollbackJournal(root, p.path);
    out(ctx, m('recovered', { count: report.touched.length, description: p.journal.description }));
    for (const c of report.conflicts) {
      err(ctx, m('recoverConflict', { path: c, journal: p.path }));
      code = 1;
    }
  }
  return code;
}
