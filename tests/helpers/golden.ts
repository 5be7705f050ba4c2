/**
 * Golden files for generated documents. A golden that is missing fails the test,
 * in CI and on a developer's machine alike; `UPDATE_GOLDEN=1` writes (or
 * rewrites) it, and the diff is then reviewed before it is committed.
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/render/notice.test.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from './bundled.js';

/** Whether this run may write golden files. */
export const UPDATE_GOLDEN = !!process.env.UPDATE_GOLDEN;

/**
 * Compares `actual` with the golden file `file` (absolute, or relative to `base`,
 * which a test passes as `import.meta.dirname`).
 */
export function expectGolden(actual: string | Uint8Array, file: string, base = REPO_ROOT): void {
  const path = isAbsolute(file) ? file : join(base, file);
  const shown = relative(REPO_ROOT, path);
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `no golden file ${shown}; run UPDATE_GOLDEN=1 npx vitest run <this test file> and review it`).toBe(true);
  if (typeof actual === 'string') expect(actual, `differs from the golden file ${shown}`).toBe(readFileSync(path, 'utf8'));
  else expect(Buffer.from(actual).equals(readFileSync(path)), `differs from the golden file ${shown}`).toBe(true);
}
