/**
 * Every package in the lock file runs on every Node.js version hf promises
 * (package.json `engines`, and the README's quick start says the same): a
 * dependency that wants a newer Node than that would warn at `npm install` and
 * may fail at run time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import subset from 'semver/ranges/subset.js';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/bundled.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };

/** Packages (path@version: their range) whose Node range leaves out a version `promised` includes. */
function excluding(promised: string): string[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path && entry.engines && !Array.isArray(entry.engines) && entry.engines.node && !subset(promised, entry.engines.node))
    .map(([path, entry]) => `${path}@${entry.version}: ${(entry.engines as { node: string }).node}`);
}

describe('Node.js versions', () => {
  it('every dependency accepts every Node.js version hf promises', () => {
    expect(excluding(pkg.engines.node)).toEqual([]);
  });

  it('would catch a dependency that wants a newer Node (the check can fail)', () => {
    // nanoid 6, which docx asks for, wants Node 22 or newer; hf pins nanoid 5 instead.
    expect(subset('^20.19.0 || ^22.13.0 || >=24', '^22 || ^24 || >=26')).toBe(false);
    expect(excluding('>=18').length).toBeGreaterThan(0);
  });

  it('the README promises what package.json says', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('Node.js 20.19 or newer in the 20 line, 22.13 or newer in the 22 line, or 24 and newer');
  });
});
