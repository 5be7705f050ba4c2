/**
 * Delivering a document: Markdown or HTML to standard output, or any format
 * (Markdown, HTML, Word, PDF) to a file with `-o`; the format follows the file's
 * extension, and an extension or `--format` hf cannot write is a usage error
 * listing the formats it can, with nothing written. A file is written atomically (a crash leaves the old file or
 * the new one, never half of one), never over an existing file without `--force`,
 * never through a symbolic link, and never as a Markdown file inside the data
 * folders, where `hf validate` would take it for a case or a meeting.
 */
import { existsSync, lstatSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import type { Look } from '../../model/types.js';
import type { Doc } from '../../render/ir.js';
import type { DocumentLook } from '../../render/look.js';
import { toHtml } from '../../render/write-html.js';
import { toMarkdown } from '../../render/write-markdown.js';
import { FileExistsError, writeAtomicAbs } from '../../repo/write.js';
import { DATA_DIRS } from '../../repo/paths.js';
import { isReservedName } from '../../model/file-names.js';
import { slug } from '../../model/slug.js';
import { UsageError, type CommandContext } from './context.js';
import { progressOf } from './progress.js';
import { hfVersion } from './version.js';
import { loadLook } from './look.js';
import { refuseNationalIdsInDoc } from './pii-guard.js';
import { embedImages } from './images.js';

export const DOC_FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];

/** Formats written to a file, never to a terminal. */
const BINARY: readonly DocFormat[] = ['docx', 'pdf'];

export interface EmitOptions {
  /** md (default), html, docx or pdf; when left out, taken from the extension of `output`. */
  format?: DocFormat | string;
  /** The file to write (relative to the working folder); `-` for standard output. */
  output?: string;
  /** Replace an existing file. */
  force?: boolean;
  /**
   * The file name (without extension) a Word or PDF document gets when no
   * `output` is given, since they are not written to a terminal. Default: from the title.
   */
  defaultName?: string;
  /** The partnership's logo and Word template (`profil:` in hf.yaml), read when the format uses them. */
  look?: Look;
}

const messages = {
  unknownFormat: { nb: 'hf kan ikke skrive formatet `{format}`; formatene er md, html, docx og pdf', en: 'hf cannot write the format `{format}`; the formats are md, html, docx and pdf' },
  unknownFormatHint: { nb: 'For eksempel --format pdf, eller -o innkalling.docx for Word.', en: 'For example --format pdf, or -o notice.docx for Word.' },
  unknownExtension: {
    nb: 'hf kan ikke skrive .{ext}-filer (`{file}`); formatene er md, html, docx og pdf',
    en: 'hf cannot write .{ext} files (`{file}`); the formats are md, html, docx and pdf',
  },
  unknownExtensionHint: { nb: 'Gi filen en av endelsene .md, .html, .docx eller .pdf, for eksempel -o {name}.docx for Word.', en: 'Give the file one of the extensions .md, .html, .docx or .pdf, for example -o {name}.docx for Word.' },
  making: { nb: 'Lager {what}', en: 'Making {what}' },
  wordDoc: { nb: 'Word-dokumentet', en: 'the Word document' },
  pdfDoc: { nb: 'PDF-en', en: 'the PDF' },
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

/** The format for a file name's extension, if it names one hf writes. */
export function formatOfFile(file: string): DocFormat | undefined {
  const ext = extensionOf(file)?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'docx') return 'docx';
  if (ext === 'pdf') return 'pdf';
  return undefined;
}

function extensionOf(file: string): string | undefined {
  return /[^./\\]\.([^./\\]+)$/.exec(file)?.[1];
}

/**
 * Checks `--format` against `-o` and settles the format (md when nothing says
 * otherwise). A format, or a file extension, that hf cannot write (`.doc`,
 * `.odt`, `.txt` …) is a usage error: a file called .doc holding Markdown would
 * fool the reader and Word alike.
 */
export function resolveFormat(options: EmitOptions, lang: Lang): DocFormat {
  const m = translator(messages, lang);
  const file = options.output && options.output !== '-' ? options.output : undefined;
  const ext = file ? extensionOf(file) : undefined;
  const fromFile = file ? formatOfFile(file) : undefined;
  if (ext && !fromFile) {
    const name = file!.slice(0, file!.length - ext.length - 1).split(/[\\/]/).pop() || 'dokument';
    throw new UsageError(m('unknownExtension', { ext, file }), m('unknownExtensionHint', { name }));
  }
  if (options.format === undefined) return fromFile ?? 'md';
  const format = String(options.format).toLowerCase();
  if (!(DOC_FORMATS as readonly string[]).includes(format)) throw new UsageError(m('unknownFormat', { format: options.format }), m('unknownFormatHint'));
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
  const toStdout = options.output === '-' || (options.output === undefined && !BINARY.includes(format));
  const file = options.output ?? `${options.defaultName ?? fallbackName(doc.title)}.${format}`;
  // No document with an identity number leaves hf, on screen or in a file.
  refuseNationalIdsInDoc(doc, toStdout ? (lang === 'en' ? 'the document' : 'dokumentet') : file, lang);
  const abs = resolve(ctx.cwd, file);
  // The target is checked before the document is made: a PDF takes a browser's time, wasted on a file that exists.
  if (!toStdout) checkTarget(abs, file, root, options, m);
  const look = format === 'md' ? {} : await loadLook(root, options.look, lang);
  // A Word or PDF packet takes a moment; a terminal sees that something is happening.
  const what = format === 'pdf' ? m('pdfDoc') : m('wordDoc');
  const bytes = await progressOf(ctx).during(m('making', { what }), render(doc, format, look, ctx, lang));
  if (toStdout) {
    await writeStdout(ctx, bytes);
    return;
  }
  await writeDocumentFile(bytes, file, options, ctx, root);
}

/** Checks before a document is made that `file` may be written (see `writeDocumentFile`); usage errors as there. */
export function checkOutput(file: string, options: EmitOptions, ctx: CommandContext, root: string): void {
  checkTarget(resolve(ctx.cwd, file), file, root, options, translator(messages, ctx.lang ?? 'nb'));
}

/**
 * Writes finished bytes to `file` (relative to the working folder) with the
 * same care as a document: atomically, never over a file without --force, never
 * through a link or into a data folder; says where it wrote.
 */
export async function writeDocumentFile(bytes: string | Uint8Array, file: string, options: EmitOptions, ctx: CommandContext, root: string): Promise<void> {
  const m = translator(messages, ctx.lang ?? 'nb');
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

async function render(doc: Doc, format: DocFormat, look: DocumentLook, ctx: CommandContext, lang: Lang): Promise<string | Uint8Array> {
  if (format === 'md') return toMarkdown(doc);
  if (format === 'html') return toHtml(doc, { look });
  if (format === 'pdf') {
    const { documentToPdf } = await import('../../pdf/index.js');
    return withPdfErrors(lang, () => documentToPdf(doc, { env: ctx.env, lang, look, meta: pdfMeta(doc, ctx) }));
  }
  const { toDocx } = await import('../../render/write-docx.js');
  return toDocx(doc, { look });
}

/** Title, author and date of a PDF: the document's title, the partnership, the command's clock. */
export function pdfMeta(doc: Doc, ctx: CommandContext): { title: string; author: string; date: Date; creator: string } {
  return { title: doc.title, author: doc.partnership, date: ctx.now, creator: `hf ${hfVersion()}` };
}

/** A browser that is missing or does not start is a usage error with the hint that names what to install. */
export async function withPdfErrors<T>(lang: Lang, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { PdfBrowserError } = await import('../../pdf/browser.js');
    if (error instanceof PdfBrowserError) throw new UsageError(error.message, error.hint);
    throw error;
  }
}

function checkTarget(abs: string, file: string, root: string, options: EmitOptions, m: (id: keyof typeof messages, data?: Record<string, unknown>) => string): void {
  let stat;
  try {
    stat = lstatSync(abs);
  } catch {
    stat = undefined;
  }
  if (stat?.isSymbolicLink()) throw new UsageError(m('symlink', { file }), m('symlinkHint'));
  if (stat?.isDirectory()) throw new UsageError(m('directory', { file }), m('directoryHint', { file: file.replace(/[\\/]+$/, ''), name: options.defaultName ? `${options.defaultName}.pdf` : 'dokument.pdf' }));
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

/** A document's file name from its title; a name Windows reserves (`con`, `aux.2024` …) gets `dokument-` in front. */
export function fallbackName(title: string): string {
  const name = slug(title, { fallback: 'dokument', keepDot: true });
  return isReservedName(name) ? `dokument-${name}` : name;
}
