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

/** Files of Pagefind's ready-made interfaces, which the site does not use. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.|^playground\//;

export class SearchIndexError extends Error {}

/** Indexes the pages; files by path inside the `pagefind/` folder. */
export async function pagefindIndex(pages: SearchPage[], lang: Lang): Promise<Map<string, Uint8Array>> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang === 'en' ? 'en' : lang, keepIndexUrl: true });
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
