/** In-memory repositories for tests: path → text (or bytes). */
import type { RepoSource } from '../../src/repo/build.js';
import type { ExampleFiles } from '../../src/rules/rule.js';

export function memorySource(files: ExampleFiles): RepoSource {
  const entries = Object.entries(files).filter((e): e is [string, string | { base64: string }] => e[1] !== null);
  const bytes = new Map(entries.map(([p, v]) => [p, typeof v === 'string' ? new TextEncoder().encode(v) : Buffer.from(v.base64, 'base64')]));
  return {
    root: '<memory>',
    files: [...bytes].map(([path, b]) => ({ path, bytes: b })),
    exists: (p) => bytes.has(p),
  };
}
