/**
 * Printing HTML to PDF through a Chromium-family browser driven by
 * playwright-core: A4 from the document's own @page rules, fonts embedded (as
 * subsets), text selectable, tagged (the structure of the HTML: headings,
 * paragraphs, lists, tables, links) and with an outline from the headings.
 *
 * One engine is one browser process; open it once and print many documents
 * (a packet, a website) through it. The pages get nothing from outside: the
 * HTML hf writes forbids scripts and outside resources (Content-Security-Policy),
 * and the browser context runs without JavaScript and offline.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import type { Lang } from '../i18n/lang.js';
import { findBrowser, launchError, type BrowserSearch } from './browser.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfEngineOptions {
  /** Environment (HF_CHROME, PATH, FONTCONFIG_PATH …) and platform to find and start the browser with. */
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** The language of error messages. */
  lang: Lang;
  /** Milliseconds a page may take to print (default 60 s: a long plan on a slow machine). */
  timeout?: number;
}

export class PdfEngine {
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly timeout: number,
    /** The browser binary in use. */
    readonly executable: string,
    /** The browser's own temporary folder, removed when it closes. */
    private readonly scratch: string,
  ) {}

  /** Finds a browser (see browser.ts) and starts it. Throws PdfBrowserError when there is none or it does not start. */
  static async open(options: PdfEngineOptions): Promise<PdfEngine> {
    const search: BrowserSearch = { env: options.env, platform: options.platform ?? process.platform };
    const executable = findBrowser(search, options.lang);
    const { chromium } = await import('playwright-core');
    // Chromium leaves files of its own in the temporary folder when it ends; it gets a
    // folder of its own, removed with everything in it when the engine closes.
    const scratch = mkdtempSync(join(tmpdir(), 'hf-browser-'));
    let browser: Browser;
    try {
      browser = await chromium.launch({
        executablePath: executable,
        headless: true,
        env: { ...options.env, TMPDIR: scratch, TMP: scratch, TEMP: scratch },
        timeout: options.timeout ?? 60_000,
        args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions', '--font-render-hinting=none'],
      });
    } catch (error) {
      rmSync(scratch, { recursive: true, force: true });
      throw launchError(executable, error, options.lang);
    }
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    return new PdfEngine(browser, context, options.timeout ?? 60_000, executable, scratch);
  }

  /** Prints a complete HTML document (as hf writes it) to PDF bytes. */
  async print(html: string): Promise<Uint8Array> {
    const page = await this.context.newPage();
    try {
      page.setDefaultTimeout(this.timeout);
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, format: 'A4' });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    await this.browser.close().catch(() => {});
    rmSync(this.scratch, { recursive: true, force: true });
  }
}
