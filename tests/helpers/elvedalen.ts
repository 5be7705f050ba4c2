/**
 * The third fictional partnership of the tests (tests/fixtures/elvedalen): a plan
 * of three years (2025–2027) written as text, area by area, after a one-year plan
 * for 2024 with other areas; owners that are bodies, member organisations and
 * free text; own fields (målgruppe, finansiering, indikatorer, budsjett, neste
 * milepæl); a split and a merge between the two plans.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RepoIndex } from '../../src/model/repository.js';
import { buildRepository, completeFacts } from '../../src/repo/build.js';
import { readRepository } from '../../src/repo/read.js';

export const ELVEDALEN_ROOT = fileURLToPath(new URL('../fixtures/elvedalen/', import.meta.url));

/** "Today" in the fixture's story: the middle of 2026, the second year of the three-year plan. */
export const ELVEDALEN_NOW = '2026-06-15';

/** A temporary copy of the fixture, for commands that write or tests that break it. */
export function copyElvedalen(prefix = 'hf-elvedalen-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(ELVEDALEN_ROOT, dir, { recursive: true });
  return dir;
}

/** The fixture (or a copy of it) loaded into memory. */
export async function loadElvedalen(root = ELVEDALEN_ROOT) {
  const { repo, findings } = buildRepository(readRepository(root));
  await completeFacts(repo);
  return { repo, findings, index: new RepoIndex(repo) };
}
