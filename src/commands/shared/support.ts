/** Pieces every command shares: finding the repository, picking the language. */
import type { Lang } from '../../i18n/lang.js';
import type { Config } from '../../model/types.js';
import { configProblem, findRoot, NotARepositoryError, pendingChanges } from '../../repo/read.js';
import { CONFIG_FILE } from '../../repo/paths.js';
import { join } from 'node:path';
import { configError, pendingError } from './repo-errors.js';
import { isLang, translator } from '../../i18n/lang.js';
import { readConfigYaml } from '../../repo/config-yaml.js';
import { cliMessages } from './messages.js';
import { envLang, UsageError, wantsColor, type CommandContext } from './context.js';
import { checkHfVersion } from './version.js';
import { sanitizeOutput } from '../../diagnostics/escape.js';
import { maskNationalIds } from '../../model/national-id.js';

export interface RootOptions {
  /**
   * What to do with a change that did not finish (a journal in .hf-journal/):
   * refuse with a usage error (the default: every command then stops before it
   * reads or writes anything), or leave it to the command (`validate` reports it
   * as a finding, `renumber --recover` rolls it back).
   */
  pending?: 'refuse' | 'leave';
}

/**
 * The repository root above `ctx.cwd`, or a usage error: naming where hf
 * looked; when hf.yaml is a symbolic link (never followed) or not a file; when a
 * change did not finish (see RootOptions); when the repository needs another hf.
 */
export function repositoryRoot(ctx: CommandContext, options: RootOptions = {}): string {
  let root: string;
  try {
    root = findRoot(ctx.cwd);
  } catch (error) {
    if (error instanceof NotARepositoryError) {
      const m = translator(cliMessages, ctx.lang ?? envLang(ctx.env) ?? 'nb');
      throw new UsageError(m('notRepo', { start: ctx.cwd }), m('notRepoHint'));
    }
    throw error;
  }
  const problem = configProblem(root);
  if (problem) throw configError(join(root, CONFIG_FILE), problem, ctx.lang ?? envLang(ctx.env) ?? 'nb');
  if (options.pending !== 'leave') {
    const [pending] = pendingChanges(root);
    if (pending) throw pendingError(pending, ctx.lang ?? envLang(ctx.env) ?? configLanguage(root) ?? 'nb');
  }
  // Every command that works on a repository passes here, so this is where an old hf stops.
  checkHfVersion(root, ctx.lang ?? envLang(ctx.env));
  return root;
}

/** The `språk` hf.yaml gives, when it can be read (the parse is shared with the rest of the run). */
function configLanguage(root: string): Lang | undefined {
  try {
    const read = readConfigYaml(root);
    const value = read.ok ? (read.parsed.value as { språk?: unknown } | undefined) : undefined;
    return isLang(value?.språk) ? value.språk : undefined;
  } catch {
    return undefined;
  }
}

/** `--lang` beats `HF_LANG`, which beats the repository's `språk`. */
export function languageOf(ctx: CommandContext, config?: Config): Lang {
  return ctx.lang ?? envLang(ctx.env) ?? config?.lang ?? 'nb';
}

export { envLang };

/**
 * Writes a line to standard output. Control characters from the repository cannot
 * act on the terminal, and an identity number in a file is shown as `***********`.
 */
export function out(ctx: CommandContext, text: string): void {
  ctx.stdout.write(outputOf(ctx, text));
}

/** What `out` writes for `text`. */
export function outputOf(ctx: CommandContext, text: string): string {
  return sanitizeOutput(maskNationalIds(text.endsWith('\n') ? text : text + '\n'), wantsColor(ctx.stdout, ctx.env));
}

/** Writes a line to standard error, sanitised like `out`. */
export function err(ctx: CommandContext, text: string): void {
  ctx.stderr.write(sanitizeOutput(maskNationalIds(text.endsWith('\n') ? text : text + '\n'), wantsColor(ctx.stderr, ctx.env)));
}

import type { RepoIndex, Repository } from '../../model/repository.js';
import type { Finding } from '../../diagnostics/finding.js';

export interface OpenRepository {
  root: string;
  repo: Repository;
  index: RepoIndex;
  /** File-level findings (encoding, YAML, schema) met while loading. */
  findings: Finding[];
  lang: Lang;
  /** Only what the documents of one meeting need was loaded (openRepository's `meeting`). */
  scoped?: boolean;
}

/**
 * Reads and loads the repository around `ctx.cwd` for commands that produce
 * documents or listings. Broken files are skipped (their findings are kept), so a
 * notice can be produced while another body's case has a typo. With `meeting`,
 * only what the documents of that body's meeting on that date need is loaded,
 * when the cache can tell which files those are (src/repo/scope.ts).
 */
export async function openRepository(ctx: CommandContext, scope: { meeting?: { body: string; date: string } } = {}): Promise<OpenRepository> {
  const root = repositoryRoot(ctx);
  const { RepoIndex } = await import('../../model/repository.js');
  if (scope.meeting) {
    const { loadMeetingScope } = await import('../../repo/scope.js');
    const scoped = await loadMeetingScope(root, scope.meeting.body, scope.meeting.date);
    if (scoped) return { root, repo: scoped.repo, index: new RepoIndex(scoped.repo), findings: scoped.findings, lang: languageOf(ctx, scoped.repo.config), scoped: true };
  }
  // The repository layer is loaded here, not with this module: commands that only
  // find the root or print (new-case, completion) do not pay for it.
  const [{ loadRepository }, { openCache }] = await Promise.all([import('../../repo/build.js'), import('../../repo/cache.js')]);
  // Through the validation cache: unchanged files are not read or parsed again.
  const cache = openCache(root);
  const { repo, findings } = await loadRepository(cache.read());
  cache.save(repo.files, findings);
  return { root, repo, index: new RepoIndex(repo), findings, lang: languageOf(ctx, repo.config) };
}
