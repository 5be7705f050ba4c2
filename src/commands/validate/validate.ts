/** `hf validate [paths…]`: schema and cross-file checks over the whole repository. */
import { maskNationalIds } from '../../model/national-id.js';
import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import { summarize, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatGithub, formatGitlab, formatJson, formatStylish, FORMATS, type FormatName } from '../../diagnostics/format.js';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { openCache } from '../../repo/cache.js';
import { readRepository } from '../../repo/read.js';
import type { OtherRef } from '../../rules/rule.js';
import { toDiagnostics, validateSource } from '../../rules/engine.js';
import { cliMessages } from '../shared/messages.js';
import { colorsFor, todayOf, UsageError, type CommandContext } from '../shared/context.js';
import { progressOf } from '../shared/progress.js';
import { envLang, err, languageOf, out, repositoryRoot } from '../shared/support.js';

const messages = {
  checking: { nb: 'Kontrollerer filer', en: 'Checking files' },
  notGit: { nb: '--against krever at repoet er i git', en: '--against needs the repository to be in git' },
  notGitHint: { nb: 'Kjør kommandoen i en git-klone av repoet.', en: 'Run the command in a git clone of the repository.' },
  unknownRef: { nb: 'Fant ikke git-referansen `{ref}`', en: 'The git ref `{ref}` was not found' },
  unknownRefHint: { nb: 'Bruk en gren eller commit som finnes lokalt, for eksempel origin/main (kjør `git fetch` først i CI).', en: 'Use a branch or commit that exists locally, for example origin/main (run `git fetch` first in CI).' },
} satisfies Catalogue;

export interface ValidateCommandOptions {
  format?: string;
  strict?: boolean;
  /** false with --no-cache. */
  cache?: boolean;
  /** A git ref to compare case numbers with (`number-collision`). */
  against?: string;
}

export async function run(paths: string[], options: ValidateCommandOptions, ctx: CommandContext): Promise<number> {
  const format = (options.format ?? 'stylish') as FormatName;
  if (!FORMATS.includes(format)) {
    const m = translator(cliMessages, ctx.lang ?? 'nb');
    throw new UsageError(m('unknownFormat', { format, formats: FORMATS.join(', ') }));
  }
  // A change that did not finish is reported as a finding (interrupted-change), with how to recover.
  const root = repositoryRoot(ctx, { pending: 'leave' });
  // The cache (.hf-cache/) lets a run re-read only the files that changed; --no-cache reads everything.
  const cache = options.cache === false ? undefined : openCache(root);
  const source = cache ? cache.read() : readRepository(root);
  const progress = progressOf(ctx);
  progress.start(translator(messages, ctx.lang ?? envLang(ctx.env) ?? 'nb')('checking'), source.files.length);
  const against = options.against ? await otherRef(root, options.against, ctx) : undefined;
  const result = await validateSource(source, {
    today: todayOf(ctx.now),
    ...(against ? { against } : {}),
    onFile: () => progress.tick(),
    onLoaded: (repo, findings) => cache?.save(repo.files, findings),
  });
  progress.done();
  const lang = languageOf(ctx, result.repo.config);
  const diagnostics = lang === result.repo.config.lang ? result.diagnostics : toDiagnostics(result.findings, lang);
  const shown = filterByPaths(diagnostics, paths, root, ctx.cwd);
  const summary = summarize(shown, result.fileCount);
  switch (format) {
    case 'json':
      out(ctx, formatJson(shown, summary));
      break;
    case 'github':
      // Written whole (out() would add a line); identity numbers in file names are masked like everywhere else.
      ctx.stdout.write(maskNationalIds(formatGithub(shown)));
      break;
    case 'gitlab':
      out(ctx, formatGitlab(shown, fingerprint));
      break;
    default:
      ctx.stdout.write(maskNationalIds(formatStylish(shown, summary, lang, await colorsFor(ctx.stdout, ctx.env))));
  }
  if (result.crashed.length) {
    const m = translator(cliMessages, lang);
    for (const c of result.crashed) {
      err(ctx, m('internalRule', { rule: c.ruleId, message: c.error instanceof Error ? c.error.message : String(c.error) }));
      if (ctx.debug && c.error instanceof Error && c.error.stack) err(ctx, c.error.stack);
    }
    return 2;
  }
  if (summary.errors > 0) return 1;
  if (options.strict && summary.warnings > 0) return 1;
  return 0;
}

/** The other ref's cases, or a usage error naming what is wrong. */
async function otherRef(root: string, ref: string, ctx: CommandContext): Promise<OtherRef> {
  const m = translator(messages, ctx.lang ?? envLang(ctx.env) ?? 'nb');
  // git is asked only with --against.
  const [{ loadConfigOnly }, { OtherRefError, readOtherRef }] = await Promise.all([import('../../repo/config-only.js'), import('../../repo/other-ref.js')]);
  try {
    return readOtherRef(root, ref, loadConfigOnly(root).config.bodies.map((b) => b.code));
  } catch (error) {
    if (error instanceof OtherRefError) {
      throw error.reason === 'not-git' ? new UsageError(m('notGit'), m('notGitHint')) : new UsageError(m('unknownRef', { ref }), m('unknownRefHint'));
    }
    throw error;
  }
}

/** Keeps diagnostics for files under the given paths (all when none are given). */
function filterByPaths(diagnostics: Diagnostic[], paths: string[], root: string, cwd: string): Diagnostic[] {
  if (paths.length === 0) return diagnostics;
  const prefixes = paths.map((p) => relative(root, resolve(cwd, p)).split(sep).join('/'));
  if (prefixes.some((p) => p === '')) return diagnostics;
  // A change that did not finish concerns every file: it is shown whatever paths are asked for.
  return diagnostics.filter((d) => d.ruleId === 'interrupted-change' || prefixes.some((p) => d.file === p || d.file.startsWith(p + '/')));
}

/** Stable across runs and line shifts elsewhere in the file: rule, file and message. */
function fingerprint(d: Diagnostic): string {
  return createHash('sha256').update(`${d.ruleId}\0${d.file}\0${d.message}`).digest('hex').slice(0, 32);
}
