/**
 * The search index of the website, made by Pagefind (the `pagefind` package runs
 * its own binary, shipped in a platform package, as a service over standard
 * input and output; nothing is fetched). Pages are given in the site's order
 * with their site paths as URLs, so the same pages give the same index. Only the
 * files the site's own search script needs are kept: Pagefind's ready-made user
 * interfaces are left out.
 */
import type { Lang } from '../i18n/lang.js';
import type { SearchPage } from './build.js';

/**
 * Pages whose search excerpts may each have a file of their own; past this
 * Pagefind bundles them, so a site of 10,000 cases is not 20,000 small files
 * (slow to write, upload and serve). A search fetches a bundle per result.
 */
const MAX_FRAGMENT_FILES = 1000;

/** Files of Pagefind's ready-made interfaces, which the site does not use. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.|^playground\//;

export class SearchIndexError extends Error {}

/** Indexes the pages; files by path inside the `pagefind/` folder. */
export async function pagefindIndex(pages: SearchPage[], lang: Lang): Promise<Map<string, Uint8Array>> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang === 'en' ? 'en' : lang, keepIndexUrl: true, maxFragments: MAX_FRAGMENT_FILES });
    if (!index) throw new SearchIndexError(errors.join('; ') || 'pagefind did not start');
    for (const p of pages) {
      const added = await index.addHTMLFile({ url: p.path, content: p.html });
      if (added.errors.length) throw new SearchIndexError(`${p.path}: ${added.errors.join('; ')}`);
    }
    const out = await index.getFiles();
    if (out.errors.length) throw new SearchIndexError(out.errors.join('; '));
    await index.deleteIndex();
    const files = new Map<string, Uint8Array>();
    for (const f of out.files) if (!UNUSED.test(f.path)) files.set(f.path, f.content);
    return files;
  } finally {
    await pagefind.close();
  }
}
