/**
 * Finding a Chromium-family browser on the machine (the edge of the PDF
 * engine): `HF_CHROME` when set, otherwise Google Chrome, Microsoft Edge or
 * Chromium where their installers put them on Windows, macOS and Linux. Every
 * Windows 10/11 has Edge, most Macs and many Linux desktops have Chrome, so a
 * secretariat rarely installs anything; when nothing is found, the error names
 * what to install and the variable that points hf at a browser elsewhere.
 */
import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { translator, type Catalogue, type Lang } from '../i18n/lang.js';

const messages = {
  notFound: {
    nb: 'Fant ingen nettleser å lage PDF med; hf skriver PDF gjennom Google Chrome, Microsoft Edge eller Chromium',
    en: 'No browser found to make the PDF with; hf writes PDF through Google Chrome, Microsoft Edge or Chromium',
  },
  notFoundHint: {
    nb: 'Installer Google Chrome (https://www.google.com/chrome/) eller Microsoft Edge, eller sett HF_CHROME til stien til en Chrome/Chromium/Edge som ligger et annet sted. Word (.docx) og HTML virker uten nettleser.',
    en: 'Install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge, or set HF_CHROME to the path of a Chrome/Chromium/Edge installed elsewhere. Word (.docx) and HTML work without a browser.',
  },
  envMissing: {
    nb: 'HF_CHROME peker på `{path}`, som ikke finnes',
    en: 'HF_CHROME points to `{path}`, which does not exist',
  },
  envMissingHint: {
    nb: 'Rett HF_CHROME til stien til chrome, msedge eller chromium, eller fjern variabelen så leter hf selv.',
    en: 'Point HF_CHROME at chrome, msedge or chromium, or unset it and hf looks for one itself.',
  },
  launchFailed: {
    nb: 'Nettleseren `{path}` startet ikke: {reason}',
    en: 'The browser `{path}` did not start: {reason}',
  },
  launchFailedHint: {
    nb: 'Prøv en annen nettleser med HF_CHROME, eller lag dokumentet som Word (-o fil.docx).',
    en: 'Try another browser with HF_CHROME, or make the document as Word (-o file.docx).',
  },
} satisfies Catalogue;

/** No browser to print with (or the one named could not start): a message and a hint, in the user's language. */
export class PdfBrowserError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Whether a file exists and is a file (injected so the search can be tested for every platform). */
  isFile?: (path: string) => boolean;
}

/** The paths where the usual installers put Chrome, Edge and Chromium, in the order hf tries them. */
export function browserCandidates({ env, platform }: BrowserSearch): string[] {
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.ProgramW6432].filter((r): r is string => !!r);
    const win = (...parts: string[]) => roots.map((root) => [root, ...parts].join('\\'));
    return [...win('Google', 'Chrome', 'Application', 'chrome.exe'), ...win('Microsoft', 'Edge', 'Application', 'msedge.exe'), ...win('Chromium', 'Application', 'chrome.exe')];
  }
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [join(env.HOME, 'Applications')] : [])];
    const mac = (app: string, binary: string) => apps.map((dir) => `${dir}/${app}.app/Contents/MacOS/${binary}`);
    return [...mac('Google Chrome', 'Google Chrome'), ...mac('Microsoft Edge', 'Microsoft Edge'), ...mac('Chromium', 'Chromium')];
  }
  const names = ['google-chrome', 'google-chrome-stable', 'chromium', 'chromium-browser', 'microsoft-edge', 'microsoft-edge-stable'];
  const path = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  return [
    ...path.flatMap((dir) => names.map((name) => join(dir, name))),
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
    '/snap/bin/chromium',
    '/usr/lib/chromium/chromium',
  ];
}

function isFileOnDisk(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to print with: `HF_CHROME` if set (an error when it names no
 * file), else the first installed one. Throws PdfBrowserError when none is found.
 */
export function findBrowser(search: BrowserSearch, lang: Lang): string {
  const m = translator(messages, lang);
  const isFile = search.isFile ?? isFileOnDisk;
  const named = search.env.HF_CHROME?.trim();
  if (named) {
    if (!isFile(named)) throw new PdfBrowserError(m('envMissing', { path: named }), m('envMissingHint'));
    return named;
  }
  const found = browserCandidates(search).find((p) => isFile(p));
  if (!found) throw new PdfBrowserError(m('notFound'), m('notFoundHint'));
  return found;
}

/** The error for a browser that was found but would not start. */
export function launchError(path: string, error: unknown, lang: Lang): PdfBrowserError {
  const m = translator(messages, lang);
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
  return new PdfBrowserError(m('launchFailed', { path, reason }), m('launchFailedHint'));
}
