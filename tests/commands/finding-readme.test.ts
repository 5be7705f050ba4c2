/** The README's "Finding things" examples run on the bundled data. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

let dir = '';
beforeAll(() => {
  dir = copyBundled();
});
afterAll(() => removeDir(dir));

describe('the README', () => {
  it('shows list, show and search examples that work', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const examples = readme
      .split('\n')
      .map((l) => /^npx hf ((?:list|show|search) [^#]*?)\s*(#.*)?$/.exec(l)?.[1])
      .filter((c): c is string => !!c);
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const example of examples) {
      const r = hf(dir, example.split(/\s+/), { HF_NOW: '2024-09-01' });
      expect(r.stderr, example).toBe('');
      expect(r.code, example).toBe(0);
      expect(r.stdout.split('\n').length, example).toBeGreaterThan(2);
    }
  });
});
