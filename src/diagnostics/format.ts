import type { Lang, Catalogue } from '../i18n/lang.js';
import { translator } from '../i18n/lang.js';
import type { Diagnostic, Summary } from './diagnostic.js';
import { escapeGithubData, escapeGithubProperty, sanitizeLine } from './escape.js';

/** Output formats of `hf validate`. */
export type FormatName = 'stylish' | 'json' | 'github' | 'gitlab';
export const FORMATS: readonly FormatName[] = ['stylish', 'json', 'github', 'gitlab'];

/** Colour functions; identity functions when colour is off, so formatters stay pure. */
export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export const NO_COLORS: Colors = {
  red: (s) => s,
  yellow: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
  underline: (s) => s,
};

const messages: Catalogue<'error' | 'warning' | 'problems' | 'clean' | 'firstHere' | 'hint'> = {
  error: { nb: 'feil', en: 'error' },
  warning: { nb: 'advarsel', en: 'warning' },
  problems: {
    nb: '{total} problem(er) ({errors} feil, {warnings} advarsler) i {files} filer',
    en: '{total} problem(s) ({errors} errors, {warnings} warnings) in {files} files',
  },
  clean: { nb: 'Ingen problemer i {files} filer.', en: 'No problems in {files} files.' },
  firstHere: { nb: 'se', en: 'see' },
  hint: { nb: 'tips', en: 'hint' },
};

/** Human-readable output grouped by file, like ESLint's stylish formatter. */
export function formatStylish(
  diagnostics: readonly Diagnostic[],
  summary: Summary,
  lang: Lang,
  colors: Colors = NO_COLORS,
): string {
  const m = translator(messages, lang);
  const out: string[] = [];
  let current: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== current) {
      if (current !== undefined) out.push('');
      out.push(colors.underline(sanitizeLine(d.file)));
      current = d.file;
    }
    const where = `${d.line}:${d.column}`.padEnd(8);
    const sev = d.severity === 'error' ? colors.red(m('error').padEnd(9)) : colors.yellow(m('warning').padEnd(9));
    out.push(`  ${colors.dim(where)} ${sev} ${sanitizeLine(d.message)}  ${colors.dim(d.ruleId)}`);
    const indent = ' '.repeat(21);
    if (d.hint) out.push(`${indent}${colors.dim(`${m('hint')}: ${sanitizeLine(d.hint)}`)}`);
    for (const r of d.related ?? []) {
      out.push(`${indent}${colors.dim(`${sanitizeLine(r.message)}: ${sanitizeLine(r.file)}:${r.line}:${r.column}`)}`);
    }
  }
  const total = summary.errors + summary.warnings;
  if (total === 0) {
    out.push(m('clean', { files: summary.files }));
  } else {
    out.push('');
    const line = m('problems', { total, ...summary });
    out.push(summary.errors > 0 ? colors.bold(colors.red(line)) : colors.bold(colors.yellow(line)));
  }
  return out.join('\n') + '\n';
}

/** Machine-readable output: every diagnostic and the summary. */
export function formatJson(diagnostics: readonly Diagnostic[], summary: Summary): string {
  return JSON.stringify({ summary, diagnostics }, null, 2) + '\n';
}

/** GitHub Actions workflow commands, which the pull-request view shows as annotations. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const props = [
        `file=${escapeGithubProperty(d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        ...(d.endLine ? [`endLine=${d.endLine}`] : []),
        ...(d.endColumn ? [`endColumn=${d.endColumn}`] : []),
        `title=${escapeGithubProperty(d.ruleId)}`,
      ].join(',');
      const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeGithubData(text)}\n`;
    })
    .join('');
}

/**
 * GitLab code-quality report (a JSON array of issues), which merge requests show
 * inline. The fingerprint is stable across runs for the same finding.
 */
export function formatGitlab(diagnostics: readonly Diagnostic[], fingerprint: (d: Diagnostic) => string): string {
  const issues = diagnostics.map((d) => ({
    description: d.hint ? `${d.message} ${d.hint}` : d.message,
    check_name: d.ruleId,
    fingerprint: fingerprint(d),
    severity: d.severity === 'error' ? 'major' : 'minor',
    location: { path: d.file, lines: { begin: d.line } },
  }));
  return JSON.stringify(issues, null, 2) + '\n';
}
