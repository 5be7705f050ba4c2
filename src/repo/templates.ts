/**
 * The case-paper skeleton a new case starts with. A partnership can give each
 * body its own: `templates/<body>.md` (the body code in lower case, `ssu.md`),
 * else `templates/sak.md` for every body, else the built-in skeleton. A template
 * is the Markdown of the case paper; `{tittel}`, `{organ}`, `{organnavn}`,
 * `{saksnr}` and `{møte}` are filled in. A frontmatter block at the top of a
 * template is left out (the case's own frontmatter is written by hf).
 */
import { join } from 'node:path';
import { splitFrontmatter } from './frontmatter.js';
import { bodyFolder } from './paths.js';
import { decodeText } from './text.js';
import { isPlainFile, readNoFollow } from './read.js';

export const TEMPLATE_DIR = 'templates';
export const SHARED_TEMPLATE = 'sak.md';

/** The built-in case-paper skeleton. */
export const DEFAULT_CASE_TEMPLATE = '## Bakgrunn\n\n## Forslag til vedtak\n';

export interface TemplateValues {
  tittel: string;
  organ: string;
  organnavn: string;
  saksnr?: string;
  møte?: string;
}

export interface LoadedTemplate {
  /** Repository path of the template, or undefined for the built-in one. */
  path?: string;
  text: string;
}

/** Finds the template for a body. A template that is not UTF-8 text is an error, not silently skipped. */
export function loadCaseTemplate(root: string, body: string): LoadedTemplate {
  for (const name of [`${bodyFolder(body)}.md`, SHARED_TEMPLATE]) {
    const path = `${TEMPLATE_DIR}/${name}`;
    // A plain file only: not through a link (also a linked templates folder), never a FIFO.
    if (!isPlainFile(root, path)) continue;
    const decoded = decodeText(readNoFollow(join(root, path)));
    if (!decoded.ok) throw new TemplateError(path, decoded.line, decoded.column);
    const text = decoded.text.replace(/\r\n/g, '\n');
    const split = splitFrontmatter(text);
    return { path, text: split.problem ? text : split.body.replace(/^\n+/, '') };
  }
  return { text: DEFAULT_CASE_TEMPLATE };
}

/** Fills the placeholders; unknown `{…}` are left as written. */
export function fillTemplate(template: string, values: TemplateValues): string {
  const filled = template.replace(/\{(tittel|organ|organnavn|saksnr|møte)\}/gu, (whole, key: keyof TemplateValues) => values[key] ?? whole);
  return filled.endsWith('\n') || filled === '' ? filled : filled + '\n';
}

export class TemplateError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${path}:${line}:${column} is not UTF-8 text`);
  }
}
