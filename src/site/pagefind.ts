/**
 * The search index of the website, made by Pagefind (the `pagefind` package runs
 * its own binary, shipped in a platform package, as a service over standard
 * input and output; nothing is fetched). Pages are handed over as the builder
 * makes them, so Pagefind indexes on the other core while the rest of the site
 * is rendered; they keep the order they were given in, and their site paths are
 * their URLs, so the same pages give the same index. Only the files the site's
 * own search script needs are kept: Pagefind's ready-made interfaces are left out.
 */
import type { Lang } from '../i18n/lang.js';
import type { SearchIndexer } from './build.js';

/**
 * Pages whose search excerpts may each have a file of their own; past this
 * Pagefind bundles them, so a site of 10,000 cases is not 20,000 small files
 * (slow to write, upload and serve). A search fetches a bundle per result.
 */
const MAX_FRAGMENT_FILES = 1000;

/** Files of Pagefind's ready-made interfaces, which the site does not use. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.|^playground\//;

export class SearchIndexError extends Error {}

type Pagefind = typeof import('pagefind');
type Index = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

/** A Pagefind index for the site's pages in `lang`. */
export function pagefindIndexer(lang: Lang): SearchIndexer {
  const ready: Promise<{ pagefind: Pagefind; index: Index }> = (async () => {
    try {
      const pagefind = await import('pagefind');
      const { index, errors } = await pagefind.createIndex({ forceLanguage: lang, keepIndexUrl: true, maxFragments: MAX_FRAGMENT_FILES });
      if (!index) throw new SearchIndexError(errors.join('; ') || 'pagefind did not start');
      return { pagefind, index };
    } catch (error) {
      // Most often: no Pagefind binary for this platform.
      throw error instanceof SearchIndexError ? error : new SearchIndexError(error instanceof Error ? error.message : String(error));
    }
  })();
  // A failure is reported by finish(), not as an unhandled rejection on the way.
  ready.catch(() => undefined);
  let failure: unknown;
  const adds: Promise<void>[] = [];
  return {
    add(page) {
      adds.push(
        ready
          .then(({ index }) => index.addHTMLFile({ url: page.path, content: page.html }))
          .then((added) => {
            if (added.errors.length) throw new SearchIndexError(`${page.path}: ${added.errors.join('; ')}`);
          })
          .catch((error: unknown) => {
            failure ??= error;
          }),
      );
    },
    async finish() {
      const { pagefind, index } = await ready;
      try {
        await Promise.all(adds);
        if (failure) throw failure;
        const out = await index.getFiles();
        if (out.errors.length) throw new SearchIndexError(out.errors.join('; '));
        await index.deleteIndex();
        const files = new Map<string, Uint8Array>();
        for (const f of out.files) if (!UNUSED.test(f.path)) files.set(f.path, f.content);
        return files;
      } finally {
        await pagefind.close();
      }
    },
  };
}
