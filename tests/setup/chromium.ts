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
  // The package's fonts.conf names the folders of a cloud function (/tmp/fonts …);
  // ours names the fonts it unpacked (Open Sans), then the system's as a fallback.
  const fontconfig = join(CHROMIUM_CACHE, 'fontconfig');
  mkdirSync(fontconfig, { recursive: true });
  writeFileSync(
    join(fontconfig, 'fonts.conf'),
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(CHROMIUM_CACHE, 'fonts', 'fonts')}</dir>
  <dir>/usr/share/fonts</dir>
  <cachedir>${join(CHROMIUM_CACHE, 'fontconfig', 'cache')}</cachedir>
</fontconfig>
`,
  );
  project.provide('chromiumFonts', fontconfig);
}
