/**
 * A real Chromium for tests: the one unpacked from `@sparticuz/chromium` by
 * tests/setup/chromium.ts, driven by playwright-core. One browser per test
 * file; close it in `afterAll`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';

/** The path of the Chromium binary the tests use. */
export function chromiumPath(): string {
  return inject('chromiumPath');
}

/**
 * Environment for a process (hf itself) that should find the test Chromium:
 * `HF_CHROME` names the binary, and fontconfig sees the fonts that come with it,
 * so PDFs are the same on every machine.
 */
export function chromiumEnv(): Record<string, string> {
  return { HF_CHROME: inject('chromiumPath'), FONTCONFIG_PATH: inject('chromiumFonts') };
}

/**
 * Launches the test Chromium headless, without network chatter. It gets a
 * temporary folder of its own (Chromium leaves files there when it ends), removed
 * when the browser is closed.
 */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const scratch = mkdtempSync(join(tmpdir(), 'hf-test-browser-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    env: { ...process.env, FONTCONFIG_PATH: inject('chromiumFonts'), TMPDIR: scratch },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--font-render-hinting=none'],
  });
  browser.on('disconnected', () => rmSync(scratch, { recursive: true, force: true }));
  return browser;
}
