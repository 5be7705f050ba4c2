/** Building the website in tests, and reading everything it wrote as text. */
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { Repository } from '../../src/model/repository.js';
import type { Doc } from '../../src/render/ir.js';
import { toHtml } from '../../src/render/write-html.js';
import { buildSite, type SiteInput, type SiteResult } from '../../src/site/build.js';
import { pagefindIndexer } from '../../src/site/pagefind.js';

/** "Today" for the bundled data: after three meetings (minutes out) and before SSU 26 September (the next one). */
export const SITE_TODAY = '2024-09-20';

/**
 * A PDF engine for tests: hf's HTML document printed by the test Chromium, one
 * document at a time (what src/pdf/ does in the product).
 */
export function chromiumPdf(browser: Browser): (doc: Doc) => Promise<Uint8Array> {
  let page: Promise<Page> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  return (doc) => {
    const job = queue.then(async () => {
      page ??= browser.newPage();
      const p = await page;
      await p.setContent(toHtml(doc), { waitUntil: 'load' });
      return new Uint8Array(await p.pdf({ format: 'A4', printBackground: true }));
    });
    queue = job.catch(() => undefined);
    return job;
  };
}

export async function buildTestSite(repo: Repository, extra: Partial<SiteInput> = {}): Promise<SiteResult> {
  return buildSite({ repo, lang: 'nb', today: SITE_TODAY, version: '0.0.0-test', search: pagefindIndexer, ...extra });
}

/** The text of a PDF (every page) and its document information, through pdf.js. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  const meta = await pdf.getMetadata();
  parts.push(JSON.stringify(meta.info ?? {}));
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return parts.join('\n');
}

/**
 * Every file of a site as text: HTML, XML, calendar, script and style as
 * UTF-8; Pagefind's index files unpacked (gzip); PDFs through pdf.js. Files
 * of any other kind (attachments) as UTF-8 and Latin-1 both.
 */
export async function siteText(files: ReadonlyMap<string, Uint8Array>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [path, bytes] of files) {
    const buf = Buffer.from(bytes);
    if (path.endsWith('.pdf')) out.set(path, await pdfText(bytes));
    else if (buf[0] === 0x1f && buf[1] === 0x8b) out.set(path, gunzipSync(buf).toString('utf8'));
    else out.set(path, `${buf.toString('utf8')}\n${buf.toString('latin1')}`);
  }
  return out;
}

/** Internal links (href and src) of the site's pages that lead to no file of the site. */
export function brokenLinks(files: ReadonlyMap<string, Uint8Array>): { broken: string[]; count: number } {
  const broken: string[] = [];
  let count = 0;
  for (const [path, bytes] of files) {
    if (!path.endsWith('.html')) continue;
    const html = Buffer.from(bytes).toString('utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const target = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:)/.test(target)) continue;
      count++;
      const url = new URL(target, `http://site/${path}`);
      if (url.hash && url.pathname === `/${path}`) {
        if (!html.includes(`id="${url.hash.slice(1)}"`)) broken.push(`${path} → ${target}`);
        continue;
      }
      const file = decodeURIComponent(url.pathname.slice(1)) || 'index.html';
      if (!files.has(file) && !files.has(`${file}index.html`)) broken.push(`${path} → ${target}`);
    }
  }
  return { broken, count };
}
