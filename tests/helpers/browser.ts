/**
 * A real Chromium for tests: the one unpacked from `@sparticuz/chromium` by
 * tests/setup/chromium.ts, driven by playwright-core. One browser per test
 * file; close it in `afterAll`.
 */
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

/** Launches the test Chromium headless, without network chatter. */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    env: { ...process.env, FONTCONFIG_PATH: inject('chromiumFonts') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--font-render-hinting=none'],
  });
}
