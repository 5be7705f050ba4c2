/** Where each kind of file lives in a partnership's repository. */
import type { FileKind } from '../model/files.js';
import { slug } from '../model/slug.js';

export type { FileKind };
export const CONFIG_FILE = 'hf.yaml';
/** The folders hf reads; everything else in the repository is left alone. */
export const DATA_DIRS = ['cases', 'meetings', 'plans', 'mandates'] as const;
/** Where a change of several files keeps its journal until it is done (transaction.ts). */
export const JOURNAL_DIR = '.hf-journal';
/** The folder of queued (not yet numbered) cases under `cases/<body>/`. */
export const QUEUE_DIR = 'ko';

/** A plan's folder under plans/: a year (`2025`), a span of years (`2025-2027`) or another lower-case name. */
export const PLAN_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Classifies a repository-relative path (forward slashes). */
export function classify(path: string): FileKind {
  if (path === CONFIG_FILE) return 'config';
  const parts = path.split('/');
  const name = parts[parts.length - 1]!;
  if (!name.endsWith('.md')) return 'unknown';
  switch (parts[0]) {
    case 'cases':
      if (parts.length === 4 && parts[2] === QUEUE_DIR) return 'queued-case';
      if (parts.length === 4 && /^\d{4}$/.test(parts[2]!)) return 'case';
      return 'unknown';
    case 'meetings':
      return parts.length === 3 ? 'meeting' : 'unknown';
    case 'plans':
      if (parts.length === 3 && PLAN_ID.test(parts[1]!)) return name === 'plan.md' ? 'plan' : 'plan-row';
      return 'unknown';
    case 'mandates':
      return parts.length === 2 ? 'mandate' : 'unknown';
    default:
      return 'unknown';
  }
}

/** True for Markdown files hf should read (README files in data folders are documentation). */
export function isDataFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.md') && name.toLowerCase() !== 'readme.md' && DATA_DIRS.some((d) => path.startsWith(d + '/'));
}

/** Folder name of a body: the code in lower case. */
export function bodyFolder(code: string): string {
  return code.toLowerCase();
}

/** A file-name slug: lower-case ASCII, words joined by `-`, at most `max` characters. */
export function slugify(text: string, max = 60): string {
  return slug(text, { fallback: 'sak', max });
}

/** The file name of a numbered case: `2024.28-status-og-videre.md`. */
export function caseFileName(number: string, title: string): string {
  return `${number}-${slugify(title)}.md`;
}
