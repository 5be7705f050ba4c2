/**
 * Global setup: unpacks the Chromium that ships inside the npm package
 * `@sparticuz/chromium` once, before any test worker starts, so browser tests
 * (PDF output, the website) run on a fresh machine that has only Node. It is
 * unpacked into node_modules/.cache/hf-chromium rather than the system's
 * temporary folder, where it would stay behind after the tests, and workers
 * starting at the same time never unpack it twice.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  project.provide('chromiumFonts', fontconfig());
}

/**
 * A fontconfig folder for the unpacked Chromium. The package's own fonts.conf
 * names the folders of its usual home (/tmp/fonts …), not the cache the fonts
 * are unpacked into here; with no font at all, Chromium's renderer aborts on
 * the first text field (Skia's font fallback is "not implemented"). This one
 * names the cache's fonts, and keeps fontconfig's own cache beside them.
 */
function fontconfig(): string {
  const dir = join(CHROMIUM_CACHE, 'fontconfig');
  mkdirSync(dir, { recursive: true });
  const conf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(CHROMIUM_CACHE, 'fonts')}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`;
  const file = join(dir, 'fonts.conf');
  if (!existsSync(file) || readFileSync(file, 'utf8') !== conf) writeFileSync(file, conf);
  return dir;
}
