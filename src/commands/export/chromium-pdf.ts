/**
 * A document as PDF through Chromium: hf's HTML printed by the browser. This is
 * the edge where hf starts an external program. It finds the browser named by
 * `HF_CHROME`, else an installed Google Chrome or Microsoft Edge (what the
 * secretariat's computers have). The PDF module (src/pdf/) takes its place when
 * it lands; the export only needs `(doc) => Promise<Uint8Array>`.
 */
import type { Browser } from 'playwright-core';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import type { Doc } from '../../render/ir.js';
import { toHtml } from '../../render/write-html.js';
import { UsageError } from '../shared/context.js';

const m = {
  noBrowser: { nb: 'Fant ingen Chromium, Chrome eller Edge å lage PDF med', en: 'Found no Chromium, Chrome or Edge to make PDF with' },
  noBrowserHint: {
    nb: 'Installer Google Chrome eller Microsoft Edge, eller sett HF_CHROME til stien til en Chromium.',
    en: 'Install Google Chrome or Microsoft Edge, or set HF_CHROME to the path of a Chromium.',
  },
} satisfies Catalogue;

export interface PdfEngine {
  pdf: (doc: Doc) => Promise<Uint8Array>;
  close: () => Promise<void>;
}

/** Starts the browser; call `close` when done. A usage error when there is none. */
export async function startPdfEngine(env: NodeJS.ProcessEnv, lang: Lang): Promise<PdfEngine> {
  const { chromium } = await import('playwright-core');
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'];
  if (process.platform === 'linux') args.push('--no-sandbox');
  const attempts = env.HF_CHROME ? [{ executablePath: env.HF_CHROME }] : [{ channel: 'chrome' }, { channel: 'msedge' }];
  let browser: Browser | undefined;
  for (const how of attempts) {
    try {
      browser = await chromium.launch({ ...how, headless: true, args, env: { ...env } as Record<string, string> });
      break;
    } catch {
      /* try the next */
    }
  }
  if (!browser) {
    const t = translator(m, lang);
    throw new UsageError(t('noBrowser'), t('noBrowserHint'));
  }
  const open = browser;
  return {
    async pdf(doc) {
      const page = await open.newPage();
      try {
        await page.setContent(toHtml(doc), { waitUntil: 'load' });
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await page.close();
      }
    },
    close: () => open.close(),
  };
}
