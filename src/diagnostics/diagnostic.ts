/** How serious a finding is. Errors fail `hf validate`; warnings fail it only with `--strict`. */
export type Severity = 'error' | 'warning';

/** A position in a file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Another place that explains a finding, such as the first definition of a duplicate. */
export interface RelatedLocation extends Position {
  file: string;
  message: string;
}

/**
 * One finding about one place in one file, in the shape of vfile-message:
 * where, which rule, how serious, what happened, and what to do.
 */
export interface Diagnostic extends Position {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  endLine?: number;
  endColumn?: number;
  /** Permanent rule id; documented in docs/rules/<id>.md. */
  ruleId: string;
  severity: Severity;
  /** What happened and why, in one sentence, in the user's language. */
  message: string;
  /** What to do about it. */
  hint?: string;
  related?: RelatedLocation[];
}

/** Orders diagnostics by file, line, column and rule, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings, files };
}
