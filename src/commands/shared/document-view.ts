/**
 * The repository as the document commands see it: `--public` takes out every
 * restricted case, attachment and section before a renderer sees the data (see
 * src/model/restricted.ts); without it, only the fence lines of restricted
 * sections are removed, so members' documents read cleanly.
 */
import { documentView } from '../../model/restricted.js';
import { RepoIndex } from '../../model/repository.js';
import type { OpenRepository } from './support.js';

export function forDocuments(open: OpenRepository, isPublic: boolean | undefined): OpenRepository {
  const repo = documentView(open.repo, !!isPublic, open.lang);
  return { ...open, repo, index: new RepoIndex(repo) };
}
