/** `hf validate [paths…]`: schema and cross-file checks over the whole repository. */
import { relative, resolve, sep } from 'node:path';
import { summarize, type Diagnostic, type Summary } from '../../diagnostics/diagnostic.js';
import { FORMATS, type FormatName } from '../../diagnostics/format.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import type { OtherRef } from '../../rules/rule.js';
import { cliMessages } from '../shared/messages.js';
import { colorsFor, todayOf, UsageError, wantsColor, type CommandContext } from '../shared/context.js';
import { progressOf } from '../shared/progress.js';
import { envLang, err, languageOf, outputOf, repositoryRoot } from '../shared/support.js';

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
  const today = todayOf(ctx.now);
  const prefixes = pathPrefixes(paths, root, ctx.cwd);
  // What the output depends on besides the repository and today (the repository's language is in hf.yaml).
  const question = { today, options: JSON.stringify([format, !!options.strict, ctx.lang ?? envLang(ctx.env) ?? null, wantsColor(ctx.stdout, ctx.env), prefixes]) };
  // An unchanged repository is answered from .hf-cache/ as the last run answered it (src/repo/answers.ts).
  const answerable = options.cache !== false && !options.against;
  if (answerable) {
    const { storedAnswer } = await import('../../repo/answers.js');
    const answer = storedAnswer(root, question);
    if (answer) {
      ctx.stdout.write(answer.out);
      return answer.code;
    }
  }
  const started = Date.now();
  const [{ openCache }, { readRepository }, { toDiagnostics, validateSource }, { recordingExists, saveAnswer }] = await Promise.all([
    import('../../repo/cache.js'),
    import('../../repo/read.js'),
    import('../../rules/engine.js'),
    import('../../repo/answers.js'),
  ]);
  // The cache (.hf-cache/) lets a run re-read only the files that changed; --no-cache reads everything.
  const cache = options.cache === false ? undefined : openCache(root);
  const source = cache ? cache.read() : readRepository(root);
  const probes = recordingExists(source.exists);
  source.exists = probes.exists;
  const progress = progressOf(ctx);
  progress.start(translator(messages, ctx.lang ?? envLang(ctx.env) ?? 'nb')('checking'), source.files.length);
  const against = options.against ? await otherRef(root, options.against, ctx) : undefined;
  const result = await validateSource(source, {
    today,
    ...(against ? { against } : {}),
    onFile: () => progress.tick(),
    onLoaded: (repo, findings) => cache?.save(repo.files, findings),
  });
  progress.done();
  const lang = languageOf(ctx, result.repo.config);
  const diagnostics = lang === result.repo.config.lang ? result.diagnostics : toDiagnostics(result.findings, lang);
  const shown = filterByPaths(diagnostics, prefixes);
  const summary = summarize(shown, result.fileCount);
  const text = await formatted(shown, summary, format, lang, ctx);
  ctx.stdout.write(text);
  if (result.crashed.length) {
    const m = translator(cliMessages, lang);
    for (const c of result.crashed) {
      err(ctx, m('internalRule', { rule: c.ruleId, message: c.error instanceof Error ? c.error.message : String(c.error) }));
      if (ctx.debug && c.error instanceof Error && c.error.stack) err(ctx, c.error.stack);
    }
    return 2;
  }
  const code = summary.errors > 0 || (options.strict && summary.warnings > 0) ? 1 : 0;
  if (cache && answerable) {
    const files = source.files.filter((f) => f.path !== 'hf.yaml').map((f) => ({ path: f.path, stamp: cache.stampOf(f.path) }));
    saveAnswer(root, question, { files, skipped: source.skipped ?? [], probes: probes.probes, started }, { out: text, code });
  }
  return code;
}

/** What `hf validate` prints for `shown`, in `format`. */
async function formatted(shown: Diagnostic[], summary: Summary, format: FormatName, lang: Lang, ctx: CommandContext): Promise<string> {
  const [f, { maskNationalIds }] = await Promise.all([import('../../diagnostics/format.js'), import('../../model/national-id.js')]);
  switch (format) {
    case 'json':
      return outputOf(ctx, f.formatJson(shown, summary));
    case 'github':
      // Written whole (outputOf would add a line); identity numbers in file names are masked like everywhere else.
      return maskNationalIds(f.formatGithub(shown));
    case 'gitlab': {
      const { createHash } = await import('node:crypto');
      // Stable across runs and line shifts elsewhere in the file: rule, file and message.
      const fingerprint = (d: Diagnostic) => createHash('sha256').update(`${d.ruleId}\0${d.file}\0${d.message}`).digest('hex').slice(0, 32);
      return outputOf(ctx, f.formatGitlab(shown, fingerprint));
    }
    default:
      return maskNationalIds(f.formatStylish(shown, summary, lang, await colorsFor(ctx.stdout, ctx.env)));
  }
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

/** The given paths as repository paths ('' for the whole repository). */
function pathPrefixes(paths: string[], root: string, cwd: string): string[] {
  return paths.map((p) => relative(root, resolve(cwd, p)).split(sep).join('/'));
}

/** Keeps diagnostics for files under the given paths (all when none are given). */
function filterByPaths(diagnostics: Diagnostic[], prefixes: string[]): Diagnostic[] {
  if (prefixes.length === 0 || prefixes.some((p) => p === '')) return diagnostics;
  // A change that did not finish concerns every file: it is shown whatever paths are asked for.
  return diagnostics.filter((d) => d.ruleId === 'interrupted-change' || prefixes.some((p) => d.file === p || d.file.startsWith(p + '/')));
}
