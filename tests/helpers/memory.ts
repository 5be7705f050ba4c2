/** In-memory repositories for tests: path → text (or bytes, or a symbolic link, which is seen but not read). */
import type { RepoSource } from '../../src/repo/build.js';
import type { ExampleFiles } from '../../src/rules/rule.js';

export function memorySource(files: ExampleFiles): RepoSource {
  const bytes = new Map<string, Uint8Array>();
  const links: string[] = [];
  for (const [path, v] of Object.entries(files)) {
    if (v === null) continue;
    if (typeof v === 'string') bytes.set(path, new TextEncoder().encode(v));
    else if ('symlink' in v) links.push(path);
    else bytes.set(path, Buffer.from(v.base64, 'base64'));
  }
  return {
    root: '<memory>',
    files: [...bytes].map(([path, b]) => ({ path, bytes: b })),
    ...(links.length ? { skipped: links.map((path) => ({ path, reason: 'symlink' as const })) } : {}),
    exists: (p) => bytes.has(p),
  };
}
