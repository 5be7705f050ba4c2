/** The bundled Vestfold repository, loaded once per test file. */
import { fileURLToPath } from 'node:url';
import { RepoIndex } from '../../src/model/repository.js';
import { buildRepository } from '../../src/repo/build.js';
import { readRepository } from '../../src/repo/read.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function loadBundled() {
  const source = readRepository(REPO_ROOT);
  const { repo, findings } = buildRepository(source);
  return { source, repo, findings, index: new RepoIndex(repo) };
}
