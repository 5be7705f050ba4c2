/** Hints repeat a schema's description: every one they can repeat has an English text, so `--lang en` gives English hints. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_DESCRIPTIONS } from '../../src/schema/english.js';
import { REPO_ROOT } from '../helpers/bundled.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { writeFileSync } from 'node:fs';

/** Descriptions of values with a pattern, a format or alternatives: the ones the schema rule's hints show. */
function hintDescriptions(): string[] {
  const out = new Set<string>();
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      const x = o as Record<string, unknown>;
      if (['pattern', 'format', 'anyOf', 'oneOf'].some((k) => k in x)) {
        const d = (x.description ?? x.title) as string | undefined;
        if (d) out.add(d);
      }
      Object.values(x).forEach(walk);
    }
  };
  for (const name of readdirSync(join(REPO_ROOT, 'schemas')).filter((n) => n.endsWith('.schema.json'))) walk(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', name), 'utf8')));
  return [...out];
}

describe('English schema hints', () => {
  it('has an English text for every description a hint can repeat', () => {
    const missing = hintDescriptions().filter((d) => !(d in ENGLISH_DESCRIPTIONS));
    expect(missing).toEqual([]);
    expect(hintDescriptions().length).toBeGreaterThan(10);
  });

  it('shows the hint of a wrong date in English with --lang en, and in Norwegian without', () => {
    const dir = copyBundled();
    try {
      const file = join(dir, 'cases/ssu/2024/2024.31-midler-fra-hso.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('møte: 2024-09-26', 'møte: 26.09.2024'));
      const en = hf(dir, ['--lang', 'en', 'validate', 'cases/ssu/2024/2024.31-midler-fra-hso.md']);
      expect(en.stdout).toContain('A date written YYYY-MM-DD, for example 2024-09-26.');
      expect(en.stdout).not.toContain('Dato skrevet');
      const nb = hf(dir, ['validate', 'cases/ssu/2024/2024.31-midler-fra-hso.md']);
      expect(nb.stdout).toContain('Dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2024-09-26.');
    } finally {
      removeDir(dir);
    }
  });
});
