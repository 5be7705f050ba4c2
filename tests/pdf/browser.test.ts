/** Finding the browser the PDF engine prints with, on every platform, and the error that names what to install. */
import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, PdfBrowserError } from '../../src/pdf/browser.js';
import { findSoffice } from '../../src/pdf/office.js';

function thrown(f: () => unknown): PdfBrowserError {
  try {
    f();
  } catch (error) {
    if (error instanceof PdfBrowserError) return error;
    throw error;
  }
  throw new Error('expected PdfBrowserError');
}

describe('findBrowser', () => {
  it('takes HF_CHROME first, whatever else is installed', () => {
    const found = findBrowser({ env: { HF_CHROME: '/opt/chrome-test/chrome', PATH: '/usr/bin' }, platform: 'linux', isFile: () => true }, 'nb');
    expect(found).toBe('/opt/chrome-test/chrome');
  });

  it('says so when HF_CHROME names a file that is not there, rather than printing with another browser', () => {
    const e = thrown(() => findBrowser({ env: { HF_CHROME: '/nowhere/chrome' }, platform: 'linux', isFile: (p) => p === '/usr/bin/google-chrome' }, 'nb'));
    expect(e.message).toBe('HF_CHROME peker på `/nowhere/chrome`, som ikke finnes');
  });

  it('finds Chrome, then Edge, where their installers put them on Windows, macOS and Linux', () => {
    const win = { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(browserCandidates({ env: win, platform: 'win32' })).toContain(edge);
    expect(findBrowser({ env: win, platform: 'win32', isFile: (p) => p === edge }, 'nb')).toBe(edge);
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ env: win, platform: 'win32', isFile: (p) => p === edge || p === chrome }, 'nb')).toBe(chrome);
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ env: { HOME: '/Users/a' }, platform: 'darwin', isFile: (p) => p === mac }, 'nb')).toBe(mac);
    expect(findBrowser({ env: { PATH: '/usr/local/bin:/usr/bin' }, platform: 'linux', isFile: (p) => p === '/usr/bin/chromium' }, 'nb')).toBe('/usr/bin/chromium');
  });

  it('names what to install, in the user\'s language, when there is no browser', () => {
    const none = { env: { PATH: '/usr/bin' }, platform: 'linux' as const, isFile: () => false };
    const nb = thrown(() => findBrowser(none, 'nb'));
    expect(nb.message).toBe('Fant ingen nettleser å lage PDF med; hf skriver PDF gjennom Google Chrome, Microsoft Edge eller Chromium');
    expect(nb.hint).toContain('Installer Google Chrome');
    expect(nb.hint).toContain('HF_CHROME');
    const en = thrown(() => findBrowser(none, 'en'));
    expect(en.message).toBe('No browser found to make the PDF with; hf writes PDF through Google Chrome, Microsoft Edge or Chromium');
    expect(en.hint).toContain('Install Google Chrome');
  });
});

describe('findSoffice', () => {
  it('is undefined when HF_SOFFICE names no file, so office attachments are left out with a warning', () => {
    expect(findSoffice({ HF_SOFFICE: '/nowhere/soffice', PATH: '/usr/bin' }, 'linux')).toBeUndefined();
  });
});
