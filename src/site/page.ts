/**
 * The frame of every page of the website: language, title, the stylesheet, a
 * skip link, the partnership's name, the main menu, a search field, where the
 * page sits (breadcrumbs), the content in <main>, and a footer with the feed and
 * the calendar. Only <main> is indexed for search.
 *
 * Everything from the repository is escaped here or comes as HTML made by the
 * document writer (src/render/write-html.ts), which escapes and checks its own
 * output. The policy in the head allows the site's own files only: scripts run
 * on the search page alone, and nothing is fetched from elsewhere.
 */
import type { Lang } from '../i18n/lang.js';
import { escapeAttr, escapeHtml } from '../render/write-html.js';
import type { SiteL } from './labels.js';
import { href, paths, rootOf } from './paths.js';

/** Scripts and WebAssembly from the site itself (Pagefind's search runs as WebAssembly in a worker). */
export const SITE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'";

export interface Crumb {
  label: string;
  /** Site path; the last crumb (this page) has none. */
  path?: string;
}

export interface PageSpec {
  /** Site path of the page (`ssu/2024.28/index.html`). */
  path: string;
  title: string;
  /** The page's content: the inside of <main>, starting with its <h1>. */
  main: string;
  crumbs: Crumb[];
  /** The search page has the search field in its content and runs the search script. */
  searchPage?: boolean;
  /** Left out of the search index (the search page itself). */
  noIndex?: boolean;
}

export interface SiteContext {
  lang: Lang;
  /** The partnership's name. */
  name: string;
  l: SiteL;
  /** Whether the site has a search index (and so a search field). */
  search: boolean;
}

/** Writes a complete page. */
export function page(spec: PageSpec, site: SiteContext): string {
  const { l } = site;
  const at = (to: string) => escapeAttr(href(spec.path, to));
  const nav: [string, string][] = [
    [paths.home, l('home')],
    [paths.meetings, l('meetings')],
    [paths.plans, l('plans')],
  ];
  if (site.search) nav.push([paths.search, l('search')]);
  const current = (p: string) => (p === spec.path ? ' aria-current="page"' : '');
  const searchForm =
    site.search && !spec.searchPage
      ? `<form class="site-search" role="search" action="${at(paths.search)}" method="get">
<label for="site-q">${escapeHtml(l('search'))}</label>
<input id="site-q" name="q" type="search" autocomplete="off">
<button type="submit">${escapeHtml(l('searchButton'))}</button>
</form>`
      : '';
  const crumbs = spec.crumbs.length
    ? `<nav class="crumbs" aria-label="${escapeAttr(l('breadcrumb'))}"><ol>${spec.crumbs
        .map((c) => (c.path ? `<li><a href="${at(c.path)}">${escapeHtml(c.label)}</a></li>` : `<li aria-current="page">${escapeHtml(c.label)}</li>`))
        .join('')}</ol></nav>\n`
    : '';
  const script = spec.searchPage ? `\n<script type="module" src="${at(paths.script)}"></script>` : '';
  return `<!DOCTYPE html>
<html lang="${site.lang}" data-root="${escapeAttr(rootOf(spec.path))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(SITE_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hf">
<title data-pagefind-meta="title">${escapeHtml(spec.title === site.name ? site.name : `${spec.title} – ${site.name}`)}</title>
<link rel="stylesheet" href="${at(paths.css)}">
<link rel="alternate" type="application/atom+xml" href="${at(paths.feed)}" title="${escapeAttr(l('feed'))}">${script}
</head>
<body>
<a class="skip" href="#innhold">${escapeHtml(l('skip'))}</a>
<header class="site">
<p class="site-name"><a href="${at(paths.home)}">${escapeHtml(site.name)}</a></p>
<nav class="menu" aria-label="${escapeAttr(l('mainMenu'))}"><ul>${nav.map(([p, label]) => `<li><a href="${at(p)}"${current(p)}>${escapeHtml(label)}</a></li>`).join('')}</ul></nav>
${searchForm}
</header>
${crumbs}<main id="innhold" tabindex="-1"${spec.noIndex ? '' : ' data-pagefind-body'}>
${spec.main}
</main>
<footer class="site">
<p>${escapeHtml(l('footer', { name: site.name }))}</p>
<ul><li><a href="${at(paths.feed)}">${escapeHtml(l('feed'))}</a></li><li><a href="${at(paths.calendar)}">${escapeHtml(l('calendar'))}</a></li></ul>
</footer>
</body>
</html>
`;
}

/** An escaped link from the page at `from`. */
export function link(from: string, to: string, text: string, attrs = ''): string {
  return `<a href="${escapeAttr(href(from, to))}"${attrs}>${escapeHtml(text)}</a>`;
}

/** A label/value table (the facts of a meeting or a case): the labels are row headers. Values are HTML. */
export function factsTable(rows: [string, string | undefined][], caption?: string): string {
  const kept = rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
  if (!kept.length) return '';
  return `<table class="fields">${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}
<tbody>
${kept.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${v}</td></tr>`).join('\n')}
</tbody>
</table>`;
}

/** A table with column headings; cells are HTML. */
export function gridTable(header: string[], rows: string[][], caption?: string): string {
  return `<table class="grid">${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}
<thead><tr>${header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
}

export { escapeAttr, escapeHtml };
