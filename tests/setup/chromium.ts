/**
 * Global setup: unpacks the Chromium that ships inside the npm package
 * `@sparticuz/chromium` once, before any test worker starts, so browser tests
 * (PDF output, the website) run on a fresh machine that has only Node. It is
 * unpacked into node_modules/.cache/hf-chromium rather than the system's
 * temporary folder, where it would stay behind after the tests, and workers
 * starting at the same time never unpack it twice.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    chromiumFonts: string;
  }
}

export const CHROMIUM_CACHE = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'hf-chromium');

export default async function setup(project: TestProject): Promise<void> {
  mkdirSync(CHROMIUM_CACHE, { recursive: true });
  const saved = process.env.TMPDIR;
  // The package unpacks into os.tmpdir(), which follows TMPDIR.
  process.env.TMPDIR = CHROMIUM_CACHE;
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    project.provide('chromiumPath', await chromium.executablePath());
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  project.provide('chromiumFonts', fontconfigFor(CHROMIUM_CACHE));
}

/**
 * A fontconfig folder that sees only the fonts unpacked with the browser. The
 * package's own fonts.conf names /tmp/fonts and other Lambda folders, not the
 * folder the fonts were unpacked into, so without this the browser would find no
 * fonts at all (and print blank pages) unless an earlier run had left them in /tmp.
 */
function fontconfigFor(cache: string): string {
  const folder = join(cache, 'fontconfig');
  mkdirSync(folder, { recursive: true });
  const xml = (path: string) => path.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(
    join(folder, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${xml(join(cache, 'fonts', 'fonts'))}</dir>\n  <cachedir>${xml(join(cache, 'fontconfig', 'cache'))}</cachedir>\n</fontconfig>\n`,
  );
  return folder;
}
