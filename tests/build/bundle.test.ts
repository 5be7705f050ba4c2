/**
 * bin/hf.js runs dist/hf.cjs, the bundle `npm run build` makes (scripts/bundle.mjs),
 * and reads it as latin1. A character outside ASCII left in it — esbuild leaves
 * regular expression literals as written — would then be two or three other
 * characters, and [A-ZÆØÅ] or [-–—] would quietly match something else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/bundled.js';
import { hf } from '../helpers/cli.js';

describe('the bundle bin/hf.js runs', () => {
  it('is ASCII only', () => {
    const text = readFileSync(join(REPO_ROOT, 'dist', 'hf.cjs'), 'utf8');
    const odd = [...text.matchAll(/[^\x00-\x7f]/g)].slice(0, 5).map((m) => text.slice(Math.max(0, m.index - 40), m.index + 10));
    expect(odd).toEqual([]);
  });

  it('reads Norwegian letters and dashes in arguments as the ES modules do', () => {
    // A file name is made from the title by regular expressions over æ, ø, å and dashes.
    const r = hf(REPO_ROOT, ['new-case', '--organ', 'SSU', '--title', 'Økonomi – årsplan for ØHD', '--queue', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/cases\/ssu\/ko\/\d{4}-\d{2}-\d{2}-okonomi-arsplan-for-ohd\.md/);
  });
});
