/**
 * The website of the bundled data in a real browser: every kind of page passes
 * axe-core's WCAG 2.1 A and AA rules, every internal link leads to a file of the
 * site, the pages work with the keyboard and without JavaScript, and the search
 * box finds a case (Pagefind's index, searched by the site's own script under
 * the site's Content-Security-Policy).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../src/site/serve.js';
import { launchBrowser } from '../helpers/browser.js';
import { loadBundled } from '../helpers/bundled.js';
import { brokenLinks, buildTestSite, chromiumPdf } from '../helpers/site.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: SiteServer;
let files: ReadonlyMap<string, Uint8Array>;
let axeContext: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  const site = await buildTestSite(loadBundled().repo, { pdf: chromiumPdf(browser) });
  files = site.files;
  server = await serveSite(files, 0);
  // axe is injected as a script, which the site's policy (rightly) forbids.
  axeContext = await browser.newContext({ bypassCSP: true });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

/** One page of every kind. */
const PAGES = [
  'index.html',
  'moter.html',
  'ssu/index.html',
  'ssu/saker.html',
  'sf-phr/mandat.html',
  'ssu/2024-05-23/index.html',
  'ssu/2024-09-26/innkalling.html',
  'ssu/2024-05-23/referat.html',
  'ssu/2024.17/index.html',
  'fsu/2024-09-05/sak-1/index.html',
  'ssu/2024.30/saksfremlegg.html',
  'handlingsplan/index.html',
  'handlingsplan/2025/index.html',
  'handlingsplan/2025/status.html',
  'sok.html',
];

async function axe(page: Page): Promise<{ id: string; help: string; nodes: { target: unknown }[] }[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

describe('the website in a browser', () => {
  it('has every kind of page, each with its PDF where it is a document', () => {
    for (const p of PAGES) expect(files.has(p), p).toBe(true);
    for (const p of ['ssu/2024-09-26/innkalling.pdf', 'ssu/2024-05-23/referat.pdf', 'ssu/2024.30/saksfremlegg.pdf', 'handlingsplan/2025/index.pdf', 'sf-phr/mandat.pdf']) {
      expect(Buffer.from(files.get(p)!.subarray(0, 5)).toString('latin1'), p).toBe('%PDF-');
    }
  });

  it('passes axe-core’s WCAG 2.1 A and AA rules on every kind of page', async () => {
    const page = await axeContext.newPage();
    const found: Record<string, unknown> = {};
    for (const p of PAGES) {
      await page.goto(server.url + p);
      const violations = await axe(page);
      if (violations.length) found[p] = violations;
    }
    // On a phone's width the wide tables scroll in regions of their own.
    await page.setViewportSize({ width: 320, height: 640 });
    for (const p of ['handlingsplan/2025/index.html', 'ssu/2024-09-26/innkalling.html', 'ssu/2024-05-23/referat.html']) {
      await page.goto(server.url + p);
      const violations = await axe(page);
      if (violations.length) found[`${p} at 320 px`] = violations;
      expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(320);
    }
    await page.close();
    expect(found).toEqual({});
  }, 120_000);

  it('has headings in order, one h1 per page, a language and a skip link to the content', async () => {
    const page = await axeContext.newPage();
    for (const p of PAGES) {
      await page.goto(server.url + p);
      const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels.filter((l) => l === 1), p).toHaveLength(1);
      expect(levels[0], p).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${p}: heading ${i}`).toBeLessThanOrEqual(1);
      expect(await page.getAttribute('html', 'lang'), p).toBe('nb');
      expect(await page.getAttribute('a.skip', 'href'), p).toBe('#innhold');
    }
    await page.close();
  }, 60_000);

  it('has no broken internal link on any page', () => {
    const { broken, count } = brokenLinks(files);
    expect(broken).toEqual([]);
    expect(count).toBeGreaterThan(1000);
  });

  it('follows links by keyboard from the front page to a case, with the focus visible', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + 'index.html');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('innhold');
    const follow = async (link: ReturnType<Page['getByRole']>) => {
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForLoadState();
    };
    await follow(page.getByRole('link', { name: 'Strategisk samarbeidsutvalg (SSU)', exact: true }));
    await follow(page.getByRole('link', { name: /^Alle sakene i SSU/ }));
    // Newest first: SSU 2024.28, which follows up 2024.17.
    await follow(page.getByRole('link', { name: 'Status og videre tilnærming til revisjon av delavtale beredskap' }).first());
    expect(await page.textContent('h1')).toBe('SSU 2024.28 Status og videre tilnærming til revisjon av delavtale beredskap');
    await follow(page.getByRole('link', { name: 'SSU 2024.17 Status og videre tilnærming til revisjon av delavtale beredskap' }));
    expect(await page.textContent('h1')).toBe('SSU 2024.17 Status og videre tilnærming til revisjon av delavtale beredskap');
    await page.close();
  });

  it('works without JavaScript, and the search page says so', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + 'ssu/2024-09-26/index.html');
    expect(await page.textContent('h1')).toBe('SSU – møte torsdag 26. september 2024');
    await page.goto(server.url + 'sok.html');
    expect(await page.textContent('noscript')).toContain('Søket trenger JavaScript');
    await context.close();
  });

  it('finds a known case through the search box', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url + 'index.html');
    await page.fill('#site-q', 'Vitality');
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/sok\.html\?q=Vitality/);
    await page.waitForSelector('#search-results li a');
    const links = await page.$$eval('#search-results li a', (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent })));
    expect(links.map((l) => l.text)).toContain('PM 2024.3 Vitality – integrerte helsetjenester, skrøpelige eldre');
    expect(await page.textContent('#search-status')).toMatch(/^\d+ treff for «Vitality»\./);
    // The hit leads to the case.
    const hit = links.find((l) => l.text?.startsWith('PM 2024.3'))!;
    expect(hit.href).toBe(`${server.url}pm/2024.3/index.html`);
    await page.goto(hit.href);
    expect(await page.textContent('h1')).toBe('PM 2024.3 Vitality – integrerte helsetjenester, skrøpelige eldre');
    // And the search page's own form searches again.
    await page.goto(server.url + 'sok.html');
    await page.fill('#search-q', 'delavtale beredskap');
    await page.click('#search-form button');
    await page.waitForSelector('#search-results li a');
    expect(await page.$$eval('#search-results li a', (as) => as.map((a) => a.textContent))).toContain('SSU 2024.28 Status og videre tilnærming til revisjon av delavtale beredskap');
    expect(errors).toEqual([]);
    await page.close();
  });
});
