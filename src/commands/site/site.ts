/**
 * `hf site -o <folder>`: the partnership's public website, built from the
 * repository by src/site/build.ts and written here. `--serve` shows it on
 * localhost.
 *
 * The folder is written whole or not at all: the site is written into a new
 * folder beside it, which then takes its place. A folder that exists is replaced
 * only with `--force`, and only if it holds a site hf made (its index.html says
 * so), so a mistyped `-o` cannot wipe out anything else.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { translator, type Catalogue } from '../../i18n/lang.js';
import { isInside, readNoFollow } from '../../repo/read.js';
import { buildSite, type SiteInput } from '../../site/build.js';
import { UsageError, todayOf, type CommandContext } from '../shared/context.js';
import { hfVersion } from '../shared/version.js';
import { warnUnreadable } from '../shared/records.js';
import { err, openRepository, out } from '../shared/support.js';
import { openPdfPrinter, type PdfPrinter } from '../shared/pdf-printer.js';

export interface SiteOptions {
  output?: string;
  force?: boolean;
  serve?: boolean;
  port?: string;
  baseUrl?: string;
  /** commander's `--no-search`. */
  search?: boolean;
  /** commander's `--no-pdf`. */
  pdf?: boolean;
}

const m = {
  nothingToDo: { nb: 'Si hvor nettstedet skal skrives (-o <mappe>), eller vis det med --serve', en: 'Say where to write the site (-o <folder>), or preview it with --serve' },
  nothingToDoHint: { nb: 'For eksempel: hf site -o _site', en: 'For example: hf site -o _site' },
  exists: { nb: 'Mappen {folder} finnes og er ikke tom', en: 'The folder {folder} exists and is not empty' },
  existsHint: { nb: 'Legg til --force for å erstatte et nettsted hf har laget der før.', en: 'Add --force to replace a site hf made there before.' },
  notSite: { nb: 'Mappen {folder} inneholder ikke et nettsted laget av hf, og blir ikke erstattet', en: 'The folder {folder} does not hold a site made by hf and is not replaced' },
  notSiteHint: { nb: 'Velg en ny eller tom mappe, for eksempel -o _site.', en: 'Choose a new or empty folder, for example -o _site.' },
  holdsRepo: { nb: 'Nettstedet kan ikke skrives til {folder}: mappen inneholder repoet', en: 'The site cannot be written to {folder}: the folder holds the repository' },
  notFolder: { nb: '{folder} er en fil, ikke en mappe', en: '{folder} is a file, not a folder' },
  badUrl: { nb: '`{url}` er ikke en http- eller https-adresse', en: '`{url}` is not an http or https address' },
  badUrlHint: { nb: 'Skriv hele adressen nettstedet publiseres på, for eksempel https://vestfold.github.io/hf/.', en: 'Give the whole address the site is published at, for example https://vestfold.github.io/hf/.' },
  badPort: { nb: 'Porten `{port}` er ikke et tall mellom 0 og 65535', en: 'The port `{port}` is not a number between 0 and 65535' },
  attachmentMissing: {
    nb: 'advarsel: vedlegget {file} til {case} kunne ikke leses og er ikke publisert',
    en: 'warning: the attachment {file} of {case} could not be read and is not published',
  },
  searchFailed: { nb: 'Søkeindeksen kunne ikke lages (Pagefind: {reason})', en: 'The search index could not be made (Pagefind: {reason})' },
  searchFailedHint: { nb: 'Bygg nettstedet uten søk med --no-search.', en: 'Build the site without search with --no-search.' },
  written: { nb: 'Skrev nettstedet til {folder}: {pages} sider, {files} filer.', en: 'Wrote the site to {folder}: {pages} pages, {files} files.' },
  noPdf: {
    nb: 'merk: nettstedet får ingen PDF-er ({reason}); dokumentene finnes som sider',
    en: 'note: the site gets no PDFs ({reason}); the documents are there as pages',
  },
  serving: { nb: 'Nettstedet vises på {url} (Ctrl+C avslutter).', en: 'The site is served at {url} (Ctrl+C stops).' },
} satisfies Catalogue;

type Msg = ReturnType<typeof translator<keyof typeof m>>;

export async function run(options: SiteOptions, ctx: CommandContext): Promise<number> {
  const open = await openRepository(ctx);
  const t = translator(m, open.lang);
  if (!options.output && !options.serve) throw new UsageError(t('nothingToDo'), t('nothingToDoHint'));
  const baseUrl = options.baseUrl === undefined ? undefined : checkBaseUrl(options.baseUrl, t);
  const port = options.port === undefined ? 8000 : checkPort(options.port, t);
  const target = options.output ? resolve(ctx.cwd, options.output) : undefined;
  if (target) checkTarget(target, open.root, options.output!, !!options.force, t);
  warnUnreadable(open, ctx);

  const today = todayOf(ctx.now);
  // Each document also as PDF, when a browser is there to print it (dated by the build's day, so the same input gives the same bytes).
  let printer: PdfPrinter | undefined;
  if (options.pdf !== false) {
    try {
      printer = await openPdfPrinter(ctx, open.lang, { root: open.root, look: open.repo.config.look, date: new Date(`${today}T00:00:00Z`) });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      err(ctx, t('noPdf', { reason: error.message }));
    }
  }
  const input: SiteInput = {
    repo: open.repo,
    lang: open.lang,
    today,
    version: hfVersion(),
    ...(baseUrl ? { baseUrl } : {}),
    ...(printer ? { pdf: (doc) => printer.pdf(doc) } : {}),
    attachment: (path) => readAttachment(open.root, path),
  };
  let site;
  try {
    if (options.search === false) site = await buildSite(input);
    else {
      const { pagefindIndexer, SearchIndexError } = await import('../../site/pagefind.js');
      try {
        site = await buildSite({ ...input, search: pagefindIndexer });
      } catch (error) {
        if (!(error instanceof SearchIndexError)) throw error;
        throw new UsageError(t('searchFailed', { reason: error.message.split('\n')[0] }), t('searchFailedHint'));
      }
    }
  } finally {
    await printer?.close();
  }
  for (const w of site.warnings) err(ctx, t('attachmentMissing', { file: w.file, case: w.case }));

  if (target) {
    writeFolder(target, site.files);
    err(ctx, t('written', { folder: options.output!, pages: site.pages, files: site.files.size }));
  }
  if (options.serve) {
    const { serveSite } = await import('../../site/serve.js');
    const server = await serveSite(site.files, port);
    out(ctx, t('serving', { url: server.url }));
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().then(done);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  }
  return 0;
}

function checkBaseUrl(text: string, t: Msg): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new UsageError(t('badUrl', { url: text }), t('badUrlHint'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(t('badUrl', { url: text }), t('badUrlHint'));
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function checkPort(text: string, t: Msg): number {
  const n = Number(text);
  if (!/^\d{1,5}$/.test(text.trim()) || n > 65535) throw new UsageError(t('badPort', { port: text }));
  return n;
}

/** Refuses a target that would lose something: a file, the repository's own folder, a folder hf did not fill. */
function checkTarget(target: string, root: string, shown: string, force: boolean, t: Msg): void {
  const rel = relative(target, root);
  if (rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel))) throw new UsageError(t('holdsRepo', { folder: shown }));
  if (!existsSync(target)) return;
  if (!lstatSync(target).isDirectory()) throw new UsageError(t('notFolder', { folder: shown }));
  if (readdirSync(target).length === 0) return;
  if (!force) throw new UsageError(t('exists', { folder: shown }), t('existsHint'));
  if (!isHfSite(target)) throw new UsageError(t('notSite', { folder: shown }), t('notSiteHint'));
}

function isHfSite(folder: string): boolean {
  try {
    return readFileSync(join(folder, 'index.html'), 'utf8').includes('<meta name="generator" content="hf">');
  } catch {
    return false;
  }
}

/** An attachment's bytes: a regular file inside the repository, never through a link. */
function readAttachment(root: string, path: string): Uint8Array | undefined {
  if (!isInside(root, path)) return undefined;
  const abs = resolve(root, path);
  try {
    if (!lstatSync(abs).isFile()) return undefined;
    return readNoFollow(abs);
  } catch {
    return undefined;
  }
}

/** Writes the site into a new folder beside `target`, then puts it in the place of `target`. */
function writeFolder(target: string, files: ReadonlyMap<string, Uint8Array>): void {
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid.toString(16)}-${Date.now().toString(16)}`;
  const fresh = join(parent, `.${target.split(sep).pop()}.hf-new-${stamp}`);
  const old = join(parent, `.${target.split(sep).pop()}.hf-old-${stamp}`);
  try {
    const made = new Set<string>();
    for (const [path, bytes] of files) {
      const abs = join(fresh, ...path.split('/'));
      const dir = dirname(abs);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(abs, bytes, { flag: 'wx' });
    }
    if (existsSync(target)) renameSync(target, old);
    renameSync(fresh, target);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(target)) renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
