/** The fictional partnership of the tests (tests/fixtures/fjordfellesskapet): six innsatsområder, underutvalg. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RepoIndex } from '../../src/model/repository.js';
import { buildRepository } from '../../src/repo/build.js';
import { readRepository } from '../../src/repo/read.js';

export const FJORD_ROOT = fileURLToPath(new URL('../fixtures/fjordfellesskapet/', import.meta.url));

/** "Today" in the fixture's story: 2025 is over, the annual reports for 2025 are in, 2026 has begun. */
export const FJORD_NOW = '2026-02-20';

/** A temporary copy of the fixture, for commands that write or tests that break it. */
export function copyFjord(prefix = 'hf-fjord-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(FJORD_ROOT, dir, { recursive: true });
  return dir;
}

/** The fixture (or a copy of it) loaded into memory. */
export function loadFjord(root = FJORD_ROOT) {
  const { repo, findings } = buildRepository(readRepository(root));
  return { repo, findings, index: new RepoIndex(repo) };
}
