/**
 * Validation in two phases, as changesets does it: each file on its own (encoding,
 * frontmatter, YAML, schema), then the rules that see the whole repository. The
 * engine stamps severity and message text centrally from rule metadata.
 */
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Finding, RelatedFinding } from '../diagnostics/finding.js';
import { pick, interpolate, type Lang } from '../i18n/lang.js';
import { RepoIndex, type Repository } from '../model/repository.js';
import { completeFacts, loadRepository, type BuildOptions, type RepoSource } from '../repo/build.js';
import { getRule, RULES } from './index.js';
import type { OtherRef, Rule, RuleContext } from './rule.js';
import type { Located } from '../repo/load-file.js';

export interface ValidateOptions {
  /** Language of the messages; defaults to the repository's own (hf.yaml `språk`). */
  lang?: Lang;
  /** Today's date, yyyy-mm-dd. */
  today: string;
  rules?: readonly Rule[];
  /** Called as each file is loaded (for a progress line). */
  onFile?: (path: string) => void;
  /** Called with every file's own findings once all files are loaded, before the repository rules (for the cache). */
  onLoaded?: (repo: Repository, fileFindings: readonly Finding[]) => void;
  /** Another ref's cases (`hf validate --against`). */
  against?: OtherRef;
  /** Worker threads for loading (build.ts); by default as many as pay. */
  workers?: BuildOptions['workers'];
}

export interface ValidationResult {
  repo: Repository;
  index: RepoIndex;
  findings: Finding[];
  /** The findings as diagnostics in the requested (or the repository's) language, sorted. */
  diagnostics: Diagnostic[];
  /** Number of files read (hf.yaml included). */
  fileCount: number;
  /** Rules that failed with an internal error (a bug in hf, not in the data). */
  crashed: { ruleId: string; error: unknown }[];
}

/** Validates a repository held in memory or read from disk. */
export async function validateSource(source: RepoSource, options: ValidateOptions): Promise<ValidationResult> {
  const { repo, findings } = await loadRepository(source, { ...(options.onFile ? { onFile: options.onFile } : {}), ...(options.workers !== undefined ? { workers: options.workers } : {}) });
  options.onLoaded?.(repo, findings);
  return validateRepository(repo, findings, options, source.files.length);
}

/** Runs the repository rules over an already built repository, adding to the file-level findings. */
export async function validateRepository(repo: Repository, fileFindings: readonly Finding[], options: ValidateOptions, fileCount: number): Promise<ValidationResult> {
  await completeFacts(repo);
  const index = new RepoIndex(repo);
  const findings: Finding[] = [...fileFindings];
  const crashed: ValidationResult['crashed'] = [];
  for (const rule of options.rules ?? RULES) {
    if (!rule.check) continue;
    const ctx = contextFor(rule, repo, index, options.today, findings, options.against);
    try {
      rule.check(ctx);
    } catch (error) {
      crashed.push({ ruleId: rule.meta.id, error });
    }
  }
  const lang = options.lang ?? repo.config.lang;
  return { repo, index, findings, diagnostics: toDiagnostics(findings, lang), fileCount, crashed };
}

function contextFor(rule: Rule, repo: Repository, index: RepoIndex, today: string, out: Finding[], against?: OtherRef): RuleContext {
  // Rules often ask for a position before they know they will report; the position is
  // worked out (and the file's text read again, and given its full YAML parse) only
  // when a finding uses it.
  const locate: RuleContext['locate'] = (file, path, part) => deferred(() => repo.files.get(file)?.locate(path, part) ?? { line: 1, column: 1 });
  return {
    repo,
    index,
    today,
    ...(against ? { against } : {}),
    locate,
    positionAt: (file, offset) => deferred(() => repo.files.get(file)?.positionAt(offset) ?? { line: 1, column: 1 }),
    related(file, path, messageId, data, part): RelatedFinding {
      return { file, ...locate(file, path, part), messageId, ...(data ? { data } : {}) };
    },
    report(f) {
      out.push({ line: 1, column: 1, ...f, ruleId: rule.meta.id });
    },
  };
}

/** A position computed on first use; reads, spreads and JSON see the real object. */
function deferred(compute: () => Located): Located {
  let real: Located | undefined;
  const get = () => (real ??= compute());
  return new Proxy({} as Located, {
    get: (_t, key) => Reflect.get(get(), key),
    has: (_t, key) => key in get(),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(get(), key);
      return d && { ...d, configurable: true };
    },
  });
}

/** Stamps and sorts findings. */
export function toDiagnostics(findings: readonly Finding[], lang: Lang): Diagnostic[] {
  return findings.map((f) => stamp(f, lang)).sort(compareDiagnostics);
}

/** Turns a finding into a diagnostic: severity from the rule, message and hint in `lang`. */
export function stamp(f: Finding, lang: Lang): Diagnostic {
  const rule = getRule(f.ruleId);
  const template = rule?.meta.messages[f.messageId];
  const hintTemplate = rule?.meta.hints?.[f.messageId];
  const message = template ? interpolate(pick(template, lang), f.data) : `${f.ruleId}/${f.messageId}`;
  const hint = hintTemplate ? interpolate(pick(hintTemplate, lang), f.data).trim() : '';
  const d: Diagnostic = {
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.endLine ? { endLine: f.endLine } : {}),
    ...(f.endColumn ? { endColumn: f.endColumn } : {}),
    ruleId: f.ruleId,
    severity: rule?.meta.severity ?? 'error',
    message,
    ...(hint ? { hint } : {}),
  };
  if (f.related?.length) {
    d.related = f.related.map((r) => {
      const t = rule?.meta.messages[r.messageId];
      return { file: r.file, line: r.line, column: r.column, message: t ? interpolate(pick(t, lang), r.data) : r.messageId };
    });
  }
  return d;
}
