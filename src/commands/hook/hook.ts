/**
 * `hf hook install | uninstall | status | check`: a git pre-commit hook that
 * refuses a commit whose staged files contain a national identity number. CI is
 * too late for this check: by the time a pull request is validated, the number is
 * on the server and in the history of every clone.
 *
 * The hook is a few lines of sh (Git for Windows runs hooks with its own sh too)
 * that run `hf hook check`, which reads the staged content of every staged file
 * from the index. A hook that was there before is never overwritten: without
 * `--force` hf refuses, and with it the old hook is kept beside ours and run first.
 */
import { chmodSync, existsSync, lstatSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize } from '../../diagnostics/diagnostic.js';
import type { Finding } from '../../diagnostics/finding.js';
import { formatStylish } from '../../diagnostics/format.js';
import { sanitizeLine } from '../../diagnostics/escape.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { colorsFor, UsageError, type CommandContext } from '../shared/context.js';
import { GitError, gitLine, stagedBlob, stagedPaths } from '../../repo/git.js';
import { nationalIdFindingsInBytes } from '../../repo/pii.js';
import { findNationalIds, maskNationalIds } from '../../model/national-id.js';
import { writeAtomicAbs } from '../../repo/write.js';
import { toDiagnostics } from '../../rules/engine.js';
import { err, languageOf, out } from '../shared/support.js';

/** The line that marks a hook as hf's own; `install` may replace and `uninstall` remove only such a hook. */
export const HOOK_MARKER = '# hf-hook: pre-commit';
/** Where an earlier hook is kept when hf's hook is installed in front of it with --force. */
export const CHAINED_SUFFIX = '.hf-chained';

const messages: Catalogue<
  | 'notGit'
  | 'notGitHint'
  | 'foreign'
  | 'foreignHint'
  | 'installed'
  | 'installedChained'
  | 'updated'
  | 'uninstalled'
  | 'restored'
  | 'notInstalled'
  | 'foreignKept'
  | 'statusOurs'
  | 'statusChained'
  | 'statusForeign'
  | 'statusNone'
  | 'clean'
  | 'refused'
  | 'refusedHint'
  | 'unreadable'
> = {
  notGit: { nb: '{cwd} er ikke i et git-repo', en: '{cwd} is not inside a git repository' },
  notGitHint: {
    nb: 'Kjør kommandoen i mappen der repoet ligger (der `git status` virker).',
    en: 'Run the command in the folder of the repository (where `git status` works).',
  },
  foreign: { nb: 'Det finnes allerede en pre-commit-hook som hf ikke har laget: {path}', en: 'There is already a pre-commit hook that hf did not create: {path}' },
  foreignHint: {
    nb: 'Kjør `hf hook install --force` for å beholde den: den flyttes til {chained} og kjøres før hf sin kontroll.',
    en: 'Run `hf hook install --force` to keep it: it is moved to {chained} and runs before hf\'s check.',
  },
  installed: {
    nb: 'Installerte pre-commit-hooken i {path}. Hver commit kontrolleres nå for fødselsnummer, D-nummer og H-nummer.',
    en: 'Installed the pre-commit hook in {path}. Every commit is now checked for national identity numbers.',
  },
  installedChained: {
    nb: 'Den eksisterende hooken er flyttet til {chained} og kjøres først.',
    en: 'The existing hook was moved to {chained} and runs first.',
  },
  updated: { nb: 'Oppdaterte pre-commit-hooken i {path}.', en: 'Updated the pre-commit hook in {path}.' },
  uninstalled: { nb: 'Fjernet pre-commit-hooken fra {path}.', en: 'Removed the pre-commit hook from {path}.' },
  restored: { nb: 'Den tidligere hooken er satt tilbake.', en: 'The earlier hook was put back.' },
  notInstalled: { nb: 'hf sin pre-commit-hook er ikke installert.', en: "hf's pre-commit hook is not installed." },
  foreignKept: { nb: 'Pre-commit-hooken i {path} er ikke laget av hf og er latt være.', en: 'The pre-commit hook in {path} was not created by hf and was left alone.' },
  statusOurs: { nb: 'Installert: {path}', en: 'Installed: {path}' },
  statusChained: { nb: 'Installert: {path} (kjører først {chained})', en: 'Installed: {path} (runs {chained} first)' },
  statusForeign: { nb: 'En annen pre-commit-hook er installert: {path}', en: 'Another pre-commit hook is installed: {path}' },
  statusNone: { nb: 'Ikke installert (kjør `hf hook install`).', en: 'Not installed (run `hf hook install`).' },
  clean: { nb: 'Ingen fødselsnummer i {files} filer som er lagt til commit.', en: 'No national identity numbers in {files} staged files.' },
  refused: {
    nb: 'Commit stoppet: {count} sted(er) i filene som er lagt til commit, ser ut som fødselsnummer, D-nummer eller H-nummer.',
    en: 'Commit refused: {count} place(s) in the staged files look like national identity numbers.',
  },
  refusedHint: {
    nb: 'Fjern numrene, legg filene til på nytt med `git add`, og commit igjen. Er det ikke et personnummer, kan du hoppe over kontrollen med `git commit --no-verify`.',
    en: 'Remove the numbers, stage the files again with `git add`, and commit again. If it is not an identity number, skip the check with `git commit --no-verify`.',
  },
  unreadable: { nb: 'Kunne ikke lese {path} fra git: {message}', en: 'Could not read {path} from git: {message}' },
};

export interface HookOptions {
  force?: boolean;
}

interface HookPlace {
  top: string;
  hooksDir: string;
  hook: string;
  chained: string;
}

/** Where the pre-commit hook of the repository around `cwd` lives (respects core.hooksPath). */
function hookPlace(ctx: CommandContext): HookPlace {
  const m = translator(messages, languageOf(ctx));
  let top: string;
  let hooksDir: string;
  try {
    top = gitLine(ctx.cwd, ['rev-parse', '--show-toplevel']);
    const rel = gitLine(ctx.cwd, ['rev-parse', '--git-path', 'hooks']);
    hooksDir = isAbsolute(rel) ? rel : resolve(ctx.cwd, rel);
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(m('notGit', { cwd: sanitizeLine(ctx.cwd) }), m('notGitHint'));
    throw error;
  }
  const hook = join(hooksDir, 'pre-commit');
  return { top, hooksDir, hook, chained: hook + CHAINED_SUFFIX };
}

/** True when the file at `path` is a regular file carrying hf's marker (a symbolic link never is). */
function isOurs(path: string): boolean {
  try {
    if (!lstatSync(path).isFile()) return false;
    return readFileSync(path, 'utf8').includes(HOOK_MARKER);
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** A single-quoted sh word: nothing inside is expanded. */
function shQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The hook script: run an earlier hook first if one was kept, then `hf hook check`. */
export function hookScript(node: string, hfBin: string): string {
  return [
    '#!/bin/sh',
    HOOK_MARKER,
    '# Installed by `hf hook install`; remove it with `hf hook uninstall`.',
    '# Refuses a commit whose staged files contain a national identity number.',
    `chained="$(dirname "$0")/pre-commit${CHAINED_SUFFIX}"`,
    'if [ -x "$chained" ]; then',
    '  "$chained" "$@" || exit $?',
    'fi',
    `node=${shQuote(node)}`,
    `hf=${shQuote(hfBin)}`,
    '[ -x "$node" ] || node=node',
    'if [ -f "$hf" ]; then',
    '  exec "$node" "$hf" hook check',
    'fi',
    'if command -v hf >/dev/null 2>&1; then',
    '  exec hf hook check',
    'fi',
    'echo "hf: fant ikke hf, så commit-kontrollen for fødselsnummer kunne ikke kjøres. Installer hf på nytt og kjør hf hook install." >&2',
    'echo "hf: hf was not found, so the commit check for identity numbers could not run. Reinstall hf and run hf hook install." >&2',
    'exit 1',
    '',
  ].join('\n');
}

/** The bin/hf.js of this installation of hf. */
function hfBinPath(): string {
  return fileURLToPath(new URL('../../../bin/hf.js', import.meta.url));
}

export async function install(options: HookOptions, ctx: CommandContext): Promise<number> {
  const m = translator(messages, languageOf(ctx));
  const place = hookPlace(ctx);
  const script = hookScript(process.execPath, hfBinPath());
  const ours = isOurs(place.hook);
  let chainedNow = false;
  if (exists(place.hook) && !ours) {
    if (!options.force || exists(place.chained)) {
      throw new UsageError(m('foreign', { path: sanitizeLine(place.hook) }), m('foreignHint', { chained: sanitizeLine(place.chained) }));
    }
    // Keep the earlier hook (a file or a link) beside ours; the script runs it first.
    renameSync(place.hook, place.chained);
    chainedNow = true;
  }
  writeAtomicAbs(place.hook, script, { overwrite: ours });
  chmodSync(place.hook, 0o755);
  out(ctx, m(ours ? 'updated' : 'installed', { path: sanitizeLine(place.hook) }));
  if (chainedNow) out(ctx, m('installedChained', { chained: sanitizeLine(place.chained) }));
  return 0;
}

export async function uninstall(_options: HookOptions, ctx: CommandContext): Promise<number> {
  const m = translator(messages, languageOf(ctx));
  const place = hookPlace(ctx);
  if (!exists(place.hook)) {
    out(ctx, m('notInstalled'));
    return 0;
  }
  if (!isOurs(place.hook)) {
    out(ctx, m('foreignKept', { path: sanitizeLine(place.hook) }));
    return 0;
  }
  unlinkSync(place.hook);
  out(ctx, m('uninstalled', { path: sanitizeLine(place.hook) }));
  if (exists(place.chained)) {
    renameSync(place.chained, place.hook);
    out(ctx, m('restored'));
  }
  return 0;
}

export async function status(_options: HookOptions, ctx: CommandContext): Promise<number> {
  const m = translator(messages, languageOf(ctx));
  const place = hookPlace(ctx);
  const path = sanitizeLine(place.hook);
  if (isOurs(place.hook)) out(ctx, existsSync(place.chained) ? m('statusChained', { path, chained: sanitizeLine(place.chained) }) : m('statusOurs', { path }));
  else if (exists(place.hook)) out(ctx, m('statusForeign', { path }));
  else out(ctx, m('statusNone'));
  return 0;
}

/** What the hook runs: scans the staged content of every staged file. Exit 1 when something was found. */
export async function check(_options: HookOptions, ctx: CommandContext): Promise<number> {
  const lang = languageOf(ctx);
  const m = translator(messages, lang);
  const place = hookPlace(ctx);
  const findings: Finding[] = [];
  const paths = stagedPaths(place.top);
  for (const path of paths) {
    let bytes: Buffer;
    try {
      bytes = stagedBlob(place.top, path);
    } catch (error) {
      // A submodule entry has no blob; anything else is worth saying, but not worth stopping for.
      if (error instanceof GitError && /submodule|bad file|not a valid|does not exist/i.test(error.stderr)) continue;
      err(ctx, m('unreadable', { path: sanitizeLine(path), message: error instanceof Error ? sanitizeLine(error.message) : '' }));
      continue;
    }
    findings.push(...nationalIdFindingsInBytes(path, bytes));
  }
  for (const path of paths) if (findNationalIds(path).length) findings.push({ ruleId: 'national-id', messageId: 'fileName', file: path, line: 1, column: 1 });
  if (findings.length === 0) {
    out(ctx, m('clean', { files: paths.length }));
    return 0;
  }
  const diagnostics = toDiagnostics(findings, lang);
  const colors = await colorsFor(ctx.stderr, ctx.env);
  ctx.stderr.write(maskNationalIds(formatStylish(diagnostics, summarize(diagnostics, paths.length), lang, colors)));
  err(ctx, m('refused', { count: findings.length }));
  err(ctx, m('refusedHint'));
  return 1;
}

