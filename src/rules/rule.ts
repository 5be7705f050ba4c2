/**
 * A rule is metadata (id, severity, description, messages, examples) and, for
 * cross-file rules, a `check`. Rules that the loader applies while reading a
 * file (encoding, frontmatter, YAML, schema) have metadata only. The metadata
 * is the one source for messages, docs (docs/rules/<id>.md) and example tests.
 */
import type { Severity } from '../diagnostics/diagnostic.js';
import type { Finding, RelatedFinding } from '../diagnostics/finding.js';
import type { Localized } from '../i18n/lang.js';
import type { Repository, RepoIndex } from '../model/repository.js';
import type { Located } from '../repo/load-file.js';
import type { YamlPath } from '../repo/yaml.js';
import type { OtherRef } from '../repo/other-ref.js';
import type { SkipReason } from '../repo/assemble.js';

export type { OtherRef };

/**
 * A small repository for an example, `hf.yaml` from the base fixture unless given.
 * Its files by path: text, bytes (base64), `null` to remove a base file,
 * or an entry that is reported by name and never read (`entry`: a symbolic link,
 * a folder named like a file, a FIFO, a journal of a change that did not finish
 * with its description in `detail` … as the walk over the disk finds them).
 */
export type ExampleFiles = Record<string, string | { base64: string } | ExampleEntry | null>;

export interface ExampleEntry {
  entry: SkipReason;
  detail?: string;
}

export interface ValidExample {
  /** What the example shows. */
  name: string;
  files: ExampleFiles;
  /** Today's date for the example, when the rule depends on it. */
  today?: string;
  /** Another branch's cases, for rules that compare with it (`hf validate --against`). */
  against?: OtherRef;
}


export interface ExpectedFinding {
  file: string;
  line: number;
  column: number;
  messageId: string;
  /** The related locations the finding points to (`first defined here`), in order; none when left out. */
  related?: Omit<ExpectedFinding, 'related'>[];
}

export interface InvalidExample extends ValidExample {
  /** Every finding of this rule the example must produce, in order. */
  expect: ExpectedFinding[];
}

export interface RuleMeta {
  /** Permanent id, kebab-case. Never renamed: CI configurations refer to it. */
  id: string;
  severity: Severity;
  /** 'file' rules run while a file is loaded; 'repository' rules see everything. */
  scope: 'file' | 'repository';
  description: Localized;
  /** Message templates by id; `{name}` is filled from the finding's data. */
  messages: Record<string, Localized>;
  /** Hints by message id (what to do about it). */
  hints?: Record<string, Localized>;
  examples: { valid: ValidExample[]; invalid: InvalidExample[] };
}

export interface RuleContext {
  repo: Repository;
  index: RepoIndex;
  /** Today's date (yyyy-mm-dd), passed in so results do not depend on the clock. */
  today: string;
  /** The other ref's cases, when validating `--against` one. */
  against?: OtherRef;
  /** Reports a finding for this rule. */
  report(finding: Omit<Finding, 'ruleId' | 'line' | 'column'> & Partial<Located>): void;
  /** Position of a frontmatter key or value in a file. */
  locate(file: string, path: YamlPath, part?: 'key' | 'value'): Located;
  /** Position of an offset into a file's text (as the facts of repo/facts.ts give them). */
  positionAt(file: string, offset: number): Located;
  /** A related location (`first defined here`) at a frontmatter path. */
  related(file: string, path: YamlPath, messageId: string, data?: Record<string, unknown>, part?: 'key' | 'value'): RelatedFinding;
}

export interface Rule {
  meta: RuleMeta;
  check?(ctx: RuleContext): void;
}

/** Identity helper that type-checks a rule definition. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
