/**
 * The website's stylesheet and search script, written as text so the site needs
 * nothing but hf to build. The colours keep a contrast of at least 4.5:1 (WCAG
 * 2.1 AA), the keyboard focus is always drawn, text can be enlarged to 200 %
 * and the layout reflows down to 320 px; printing leaves out the menus.
 */
import type { SiteL } from './labels.js';

export const SITE_CSS = `:root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #8a8a8a; --link: #0b4f9c; --visited: #5b2a86; --band: #f1f4f8; --focus: #c2410c; }
*, *::before, *::after { box-sizing: border-box; }
html { font: 100%/1.5 "Segoe UI", Calibri, Carlito, Arial, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--visited); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
main:focus { outline: none; }
.skip { position: absolute; left: 0.5rem; top: -10rem; background: #fff; padding: 0.5rem 1rem; z-index: 10; border: 2px solid var(--ink); }
.skip:focus { top: 0.5rem; }
header.site, .crumbs, main, footer.site { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header.site { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding-top: 1rem; padding-bottom: 0.75rem; border-bottom: 2px solid var(--ink); }
.site-name { margin: 0; font-size: 1.25rem; font-weight: 700; }
.site-name a, .site-name a:visited { color: var(--ink); text-decoration: none; }
.menu ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; }
.menu a[aria-current="page"] { font-weight: 700; }
.site-search { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; align-items: center; margin-left: auto; }
input[type="search"] { font: inherit; padding: 0.3rem 0.5rem; border: 1px solid var(--muted); border-radius: 3px; min-width: 12rem; }
button { font: inherit; padding: 0.3rem 0.8rem; border: 1px solid var(--link); background: var(--link); color: #fff; border-radius: 3px; cursor: pointer; }
.crumbs ol { list-style: none; display: flex; flex-wrap: wrap; margin: 0.75rem auto 0; padding: 0; font-size: 0.9rem; color: var(--muted); }
.crumbs li + li::before { content: "›"; padding: 0 0.5rem; }
main { padding-top: 0.5rem; padding-bottom: 2rem; overflow-wrap: break-word; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 1rem 0 1rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
p, ul, ol { margin: 0 0 0.75rem; }
li > p { margin: 0; }
blockquote { margin: 0.25rem 0 0.75rem; padding: 0.25rem 0 0.25rem 1rem; border-left: 3px solid var(--line); color: #333; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.25rem; }
caption { text-align: left; font-weight: 700; padding: 0 0 0.25rem; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; }
td > :last-child, th > :last-child { margin-bottom: 0; }
thead th { background: var(--band); }
table.fields th { width: 28%; background: var(--band); }
.table-wrap { overflow-x: auto; margin: 0 0 1.25rem; }
.table-wrap > table { margin: 0; min-width: 36rem; }
.document { border-top: 1px solid var(--line); padding-top: 0.5rem; }
.doc-actions { margin: 0.5rem 0 1rem; }
.note { color: var(--muted); }
.restricted { border-left: 4px solid var(--focus); padding: 0.25rem 0.75rem; background: #fff7ed; }
.list-plain { list-style: none; padding-left: 0; }
.list-plain > li { margin-bottom: 0.75rem; }
.meta { color: var(--muted); font-size: 0.95rem; }
mark { background: #fde68a; color: inherit; }
#search-results li { margin-bottom: 1rem; }
footer.site { border-top: 1px solid var(--line); padding-top: 0.75rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.9rem; }
footer.site ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; }
@media (max-width: 40rem) {
  h1 { font-size: 1.5rem; }
  .site-search { margin-left: 0; }
  table.fields th { width: auto; }
}
@media print {
  header.site, .crumbs, footer.site, .skip, .doc-actions, .site-search { display: none; }
  html { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a, a:visited { color: inherit; }
  .document { border: 0; padding: 0; }
  h1, h2, h3, h4 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;

/**
 * The search page's script: Pagefind's search API (pagefind/pagefind.js) with a
 * plain form and a list of links, announced to screen readers through a status
 * line. A result's excerpt is Pagefind's text with <mark> around the words found;
 * it is built as text nodes and <mark> elements, never as HTML.
 */
export function searchScript(l: SiteL, partnership: string): string {
  const text = {
    suffix: ` – ${partnership}`,
    searching: l('searching'),
    hits: l('searchHits'),
    one: l('searchOneHit'),
    none: l('searchNoHits'),
    more: l('searchMore'),
    unavailable: l('searchUnavailable').replace(/`/g, ''),
  };
  return `// hf: search on the website with Pagefind (pagefind/pagefind.js).
const TEXT = ${JSON.stringify(text)};
const MAX = 30;
const root = new URL(document.documentElement.dataset.root || './', location.href);
const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
let engine;

function fill(template, q, n) {
  return template.replace('{q}', q).replace('{n}', String(n));
}

async function load() {
  if (!engine) {
    engine = await import(new URL('pagefind/pagefind.js', root).href);
    await engine.options({ baseUrl: root.pathname });
    engine.init();
  }
  return engine;
}

function excerpt(html) {
  const out = document.createElement('p');
  const parsed = new DOMParser().parseFromString('<body>' + html, 'text/html').body;
  for (const node of parsed.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent || ''));
    }
  }
  return out;
}

async function run(q) {
  list.replaceChildren();
  if (!q) {
    status.textContent = '';
    return;
  }
  status.textContent = TEXT.searching;
  let pagefind;
  try {
    pagefind = await load();
  } catch {
    status.textContent = TEXT.unavailable;
    return;
  }
  const search = await pagefind.search(q);
  const results = await Promise.all(search.results.slice(0, MAX).map((r) => r.data()));
  for (const data of results) {
    const item = document.createElement('li');
    const a = document.createElement('a');
    a.href = data.url;
    const title = (data.meta && data.meta.title) || data.url;
    a.textContent = title.endsWith(TEXT.suffix) ? title.slice(0, -TEXT.suffix.length) : title;
    const heading = document.createElement('h3');
    heading.append(a);
    item.append(heading, excerpt(data.excerpt || ''));
    list.append(item);
  }
  const n = search.results.length;
  status.textContent = (n === 0 ? fill(TEXT.none, q, n) : n === 1 ? fill(TEXT.one, q, n) : fill(TEXT.hits, q, n)) + (n > MAX ? ' ' + fill(TEXT.more, q, MAX) : '');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  run(q);
});

const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  run(initial.trim());
}
`;
}
