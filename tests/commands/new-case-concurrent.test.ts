/**
 * Twenty `hf new-case` processes started at once in one repository: twenty
 * distinct, consecutive numbers and twenty complete files, none overwritten, no
 * claim or temporary file left behind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hfAsync, removeDir, type RunResult } from '../helpers/cli.js';
import { loadFile } from '../../src/repo/load-file.js';

const N = 20;
let dir: string;
let results: RunResult[];

beforeAll(async () => {
  dir = copyBundled('hf-concurrent-');
  // Different titles give different file names, so only the number claim can keep them apart.
  results = await Promise.all(
    Array.from({ length: N }, (_, i) => hfAsync(dir, ['new-case', '--organ', 'SSU', '--title', `Samtidig sak ${i + 1}`, '--json'], { HF_NOW: '2024-09-20' })),
  );
}, 120_000);
afterAll(() => removeDir(dir));

describe(`${N} concurrent hf new-case processes`, () => {
  it('all succeed', () => {
    expect(results.map((r) => [r.code, r.stderr])).toEqual(Array.from({ length: N }, () => [0, '']));
  });

  it('get distinct consecutive numbers', () => {
    const numbers = results.map((r) => JSON.parse(r.stdout).saksnr as string);
    expect(new Set(numbers).size).toBe(N);
    const seqs = numbers.map((n) => Number(n.split('.')[1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: N }, (_, i) => 36 + i));
  });

  it('leave twenty intact files whose names, numbers and titles agree', () => {
    const folder = join(dir, 'cases/ssu/2024');
    const created = readdirSync(folder).filter((n) => /^2024\.(3[6-9]|[45]\d)-/.test(n));
    expect(created).toHaveLength(N);
    const titles = new Set<string>();
    for (const name of created) {
      const { file, findings } = loadFile(`cases/ssu/2024/${name}`, readFileSync(join(folder, name)));
      expect(findings).toEqual([]);
      expect(name.startsWith(`${file.data!.saksnr}-`)).toBe(true);
      expect(file.text.endsWith('## Forslag til vedtak\n')).toBe(true);
      titles.add(String(file.data!.tittel));
    }
    expect(titles).toEqual(new Set(Array.from({ length: N }, (_, i) => `Samtidig sak ${i + 1}`)));
    for (const r of results) {
      const out = JSON.parse(r.stdout) as { saksnr: string; tittel: string; path: string };
      expect(readFileSync(join(dir, out.path), 'utf8')).toContain(`\ntittel: ${out.tittel}\n`);
    }
  });

  it('leave no claims or temporary files behind', () => {
    expect(readdirSync(join(dir, 'cases/ssu/2024')).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
