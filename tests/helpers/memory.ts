/** In-memory repositories for tests: path → text (or bytes, or a symbolic link, which is seen but not read). */
import type { RepoSource } from '../../src/repo/build.js';
import type { ExampleFiles } from '../../src/rules/rule.js';

/** Files as text or bytes; entries (`{ entry }`) as the walk over a disk reports them, unread. */
export function memorySource(files: ExampleFiles): RepoSource {
  const entries = Object.entries(files).filter((e): e is [string, string | { base64: string }] => e[1] !== null && (typeof e[1] === 'string' || 'base64' in e[1]));
  const bytes = new Map(entries.map(([p, v]) => [p, typeof v === 'string' ? new TextEncoder().encode(v) : Buffer.from(v.base64, 'base64')]));
  const skipped = Object.entries(files).flatMap(([path, v]) => (v !== null && typeof v === 'object' && 'entry' in v ? [{ path, reason: v.entry, ...(v.detail !== undefined ? { detail: v.detail } : {}) }] : []));
  return {
    root: '<memory>',
    files: [...bytes].map(([path, b]) => ({ path, bytes: b })),
    ...(skipped.length ? { skipped } : {}),
    exists: (p) => bytes.has(p),
  };
}
