/**
 * Delivering a document: Markdown or HTML to standard output, or any format to
 * a file with `-o`. A file is written atomically (a crash leaves the old file or
 * the new one, never half of one), never over an existing file without `--force`,
 * never through a symbolic link, and never as a Markdown file inside the data
 * folders, where `hf validate` would take it for a case or a meeting.
 */
import { existsSync, lstatSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import type { Doc } from '../../render/ir.js';
import { toHtml } from '../../render/write-html.js';
import { toMarkdown } from '../../render/write-markdown.js';
import { FileExistsError, writeAtomicAbs } from '../../repo/write.js';
import { DATA_DIRS } from '../../repo/paths.js';
import { slug } from '../../model/slug.js';
import { UsageError, type CommandContext } from './context.js';
import { progressOf } from './progress.js';
import { refuseNationalIdsInDoc } from './pii-guard.js';
import { embedImages } from './images.js';

export const DOC_FORMATS = ['md', 'html', 'docx'] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];

export interface EmitOptions {
  /** md (default), html or docx; when left out, taken from the extension of `output`. */
  format?: DocFormat | string;
  /** The file to write (relative to the working folder); `-` for standard output. */
  output?: string;
  /** Replace an existing file. */
  force?: boolean;
  /**
   * The file name (without extension) a DOCX document gets when no `output` is
   * given, since Word files are not written to a terminal. Default: from the title.
   */
  defaultName?: string;
}

const messages = {
  unknownFormat: { nb: 'Ukjent dokumentformat `{format}`; velg md, html eller docx', en: 'Unknown document format `{format}`; choose md, html or docx' },
  formatMismatch: {
    nb: 'Filen `{file}` har endelsen .{ext}, men formatet er `{format}`',
    en: 'The file `{file}` ends in .{ext}, but the format is `{format}`',
  },
  formatMismatchHint: { nb: 'Gi filen endelsen .{format}, eller dropp --format så velges formatet ut fra filnavnet.', en: 'Name the file .{format}, or leave out --format to choose the format from the file name.' },
  exists: { nb: 'Filen `{file}` finnes allerede og blir ikke overskrevet', en: 'The file `{file}` already exists and is not overwritten' },
  existsHint: { nb: 'Legg til --force for å erstatte den, eller velg et annet filnavn med -o.', en: 'Add --force to replace it, or choose another file name with -o.' },
  symlink: { nb: '`{file}` er en symbolsk lenke; hf skriver ikke gjennom lenker', en: '`{file}` is a symbolic link; hf does not write through links' },
  symlinkHint: { nb: 'Velg et vanlig filnavn med -o.', en: 'Choose an ordinary file name with -o.' },
  directory: { nb: '`{file}` er en mappe, ikke en fil', en: '`{file}` is a folder, not a file' },
  directoryHint: { nb: 'Gi et filnavn, for eksempel -o {file}/{name}', en: 'Give a file name, for example -o {file}/{name}' },
  noFolder: { nb: 'Mappen `{folder}` finnes ikke', en: 'The folder `{folder}` does not exist' },
  noFolderHint: { nb: 'Opprett mappen først, eller skriv til en mappe som finnes.', en: 'Create the folder first, or write to one that exists.' },
  dataFolder: {
    nb: '`{file}` ligger i datamappen `{folder}/`, der hf ville lest den som en datafil',
    en: '`{file}` is inside the data folder `{folder}/`, where hf would read it as a data file',
  },
  dataFolderHint: { nb: 'Skriv dokumentet et annet sted, for eksempel i en mappe `dokumenter/`.', en: 'Write the document somewhere else, for example in a folder `documents/`.' },
  wrote: { nb: 'Skrev {file}', en: 'Wrote {file}' },
} satisfies Catalogue;

/** The format for a file name's extension, if it names one. */
export function formatOfFile(file: string): DocFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'docx') return 'docx';
  return undefined;
}

/** Checks `--format` against `-o` and settles the format (md when nothing says otherwise). */
export function resolveFormat(options: EmitOptions, lang: Lang): DocFormat {
  const m = translator(messages, lang);
  const fromFile = options.output && options.output !== '-' ? formatOfFile(options.output) : undefined;
  if (options.format === undefined) return fromFile ?? 'md';
  const format = String(options.format).toLowerCase();
  if (!(DOC_FORMATS as readonly string[]).includes(format)) throw new UsageError(m('unknownFormat', { format }));
  const ext = options.output ? /\.([^./\\]+)$/.exec(options.output)?.[1] : undefined;
  if (fromFile && fromFile !== format) throw new UsageError(m('formatMismatch', { file: options.output, ext, format }), m('formatMismatchHint', { format }));
  return format as DocFormat;
}

/**
 * Writes `doc` where the options say. Returns nothing; failures a user can fix
 * (file exists, folder missing) are usage errors with a hint.
 */
export async function emitDocument(input: Doc, options: EmitOptions, ctx: CommandContext, root: string): Promise<void> {
  // Pictures go inside the document (HTML as data: URLs, Word embedded), so it needs nothing beside it.
  const doc = embedImages(input, root);
  const lang = ctx.lang ?? doc.lang;
  const m = translator(messages, lang);
  const format = resolveFormat(options, lang);
  const toStdout = options.output === '-' || (options.output === undefined && format !== 'docx');
  // No document with an identity number leaves hf, on screen or in a file.
  refuseNationalIdsInDoc(doc, toStdout ? (lang === 'en' ? 'the document' : 'dokumentet') : options.output ?? (lang === 'en' ? 'the Word file' : 'Word-filen'), lang);
  // A Word meeting packet takes a moment to pack; a terminal sees that something is happening.
  const bytes = await progressOf(ctx).during(lang === 'en' ? 'Writing the Word document' : 'Lager Word-dokumentet', render(doc, format));
  if (toStdout) {
    await writeStdout(ctx, bytes);
    return;
  }
  const file = options.output ?? `${options.defaultName ?? fallbackName(doc.title)}.docx`;
  const abs = resolve(ctx.cwd, file);
  checkTarget(abs, file, root, options, m);
  try {
    writeAtomicAbs(abs, bytes, { overwrite: !!options.force });
  } catch (error) {
    if (error instanceof FileExistsError) throw new UsageError(m('exists', { file }), m('existsHint'));
    throw error;
  }
  const shown = relative(ctx.cwd, abs);
  ctx.stdout.write(m('wrote', { file: shown.startsWith('..') || isAbsolute(shown) ? abs : shown }) + '\n');
}

async function render(doc: Doc, format: DocFormat): Promise<string | Uint8Array> {
  if (format === 'md') return toMarkdown(doc);
  if (format === 'html') return toHtml(doc);
  const { toDocx } = await import('../../render/write-docx.js');
  return toDocx(doc);
}

function checkTarget(abs: string, file: string, root: string, options: EmitOptions, m: (id: keyof typeof messages, data?: Record<string, unknown>) => string): void {
  let stat;
  try {
    stat = lstatSync(abs);
  } catch {
    stat = undefined;
  }
  if (stat?.isSymbolicLink()) throw new UsageError(m('symlink', { file }), m('symlinkHint'));
  if (stat?.isDirectory()) throw new UsageError(m('directory', { file }), m('directoryHint', { file: file.replace(/[\\/]+$/, ''), name: options.defaultName ? `${options.defaultName}.docx` : 'dokument.docx' }));
  if (stat && !options.force) throw new UsageError(m('exists', { file }), m('existsHint'));
  const folder = dirname(abs);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(m('noFolder', { folder: dirname(file) }), m('noFolderHint'));
  const rel = relative(root, abs);
  if (!rel.startsWith('..') && !isAbsolute(rel)) {
    const top = rel.split(sep)[0];
    if ((DATA_DIRS as readonly string[]).includes(top ?? '') && /\.md$/i.test(abs)) throw new UsageError(m('dataFolder', { file, folder: top }), m('dataFolderHint'));
  }
}

/**
 * Writes to standard output and waits until it is flushed, so a pipe gets
 * everything before the process ends. A reader that stops early (`| head`) is
 * not an error.
 */
function writeStdout(ctx: CommandContext, data: string | Uint8Array): Promise<void> {
  return new Promise((resolveWrite, reject) => {
    // The same error also arrives as an 'error' event, which would end the process if nobody listened.
    const ignore = () => {};
    ctx.stdout.on('error', ignore);
    ctx.stdout.write(data, (error?: Error | null) => {
      ctx.stdout.off('error', ignore);
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolveWrite();
    });
  });
}

function fallbackName(title: string): string {
  return slug(title, { fallback: 'dokument', keepDot: true });
}
