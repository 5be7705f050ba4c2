/**
 * The fictional partnership of the meeting-cycle tests (tests/fixtures/nordvik):
 * members with deputies and sides, SSU's quorum in hf.yaml and FSU's in its
 * mandate, deadlines, a meeting with a deputy, partial attendance, a conflict of
 * interest and information items taken together, and a recommendation from FSU
 * to SSU's next meeting.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RepoIndex } from '../../src/model/repository.js';
import { buildRepository } from '../../src/repo/build.js';
import { readRepository } from '../../src/repo/read.js';

export const NORDVIK_ROOT = fileURLToPath(new URL('../fixtures/nordvik/', import.meta.url));

/** "Today" in the fixture's story: SSU met on 6 March and FSU on 3 April; SSU meets next on 8 May 2025. */
export const NORDVIK_NOW = '2025-04-20';

/** A temporary copy of the fixture, for commands that write or tests that break it. */
export function copyNordvik(prefix = 'hf-nordvik-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(NORDVIK_ROOT, dir, { recursive: true });
  return dir;
}

/** The fixture (or a copy of it) loaded into memory. */
export function loadNordvik(root = NORDVIK_ROOT) {
  const { repo, findings } = buildRepository(readRepository(root));
  return { repo, findings, index: new RepoIndex(repo) };
}
