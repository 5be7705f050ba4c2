/**
 * Where each page of the website lives. Paths are relative to the site's root
 * and every link between pages is relative too, so the site works under any
 * address (a GitHub Pages project site lives under `/<repository>/`) and from a
 * folder on disk. Links name `index.html` explicitly for the same reason.
 *
 *   index.html                       the front page
 *   moter.html                       every meeting
 *   <organ>/index.html               a body: members, mandate, meeting plan
 *   <organ>/mandat.html              its mandate
 *   <organ>/saker.html               its cases
 *   <organ>/<dato>/index.html        a meeting; innkalling.html, referat.html (+ .pdf)
 *   <organ>/<saksnr>/index.html      a case; saksfremlegg.html (+ .pdf), vedlegg/<file>
 *   <organ>/<dato>/sak-<n>/index.html  a standing item the body does not number
 *   handlingsplan/<år>/index.html    the action plan; status.html (+ .pdf)
 *   sok.html, feed.xml, moteplan.ics, hf.css, hf-search.js, pagefind/
 *
 * A path never holds a case's title or file name: the title of a restricted
 * case may itself be restricted, and so may the file name made from it.
 */
import { formatCaseNumber } from '../model/case-number.js';
import { isReservedName } from '../model/file-names.js';
import type { Case } from '../model/types.js';

/** Top-level names a body's folder must not take. */
const RESERVED = new Set(['handlingsplan', 'pagefind', 'vedlegg']);

/** The folder of a body: its code in lower case (`ssu`, `sf-phr`); `organ-` in front of a name the site uses itself or Windows refuses (`con`). */
export function bodyDir(code: string): string {
  const dir = code.toLowerCase();
  return RESERVED.has(dir) || isReservedName(dir) ? `organ-${dir}` : dir;
}

export const paths = {
  home: 'index.html',
  meetings: 'moter.html',
  search: 'sok.html',
  feed: 'feed.xml',
  calendar: 'moteplan.ics',
  css: 'hf.css',
  script: 'hf-search.js',
  plans: 'handlingsplan/index.html',
  body: (code: string) => `${bodyDir(code)}/index.html`,
  mandate: (code: string) => `${bodyDir(code)}/mandat.html`,
  bodyCases: (code: string) => `${bodyDir(code)}/saker.html`,
  meeting: (code: string, date: string) => `${bodyDir(code)}/${date}/index.html`,
  notice: (code: string, date: string) => `${bodyDir(code)}/${date}/innkalling.html`,
  minutes: (code: string, date: string) => `${bodyDir(code)}/${date}/referat.html`,
  plan: (id: string) => `handlingsplan/${id}/index.html`,
  planStatus: (id: string) => `handlingsplan/${id}/status.html`,
};

/**
 * The folder of a case: `ssu/2024.28`; a case without a number (a standing item
 * of a body that does not number them) by its place on its meeting's agenda.
 */
export function caseDir(c: Case, agendaPosition: number): string {
  if (c.number) return `${bodyDir(c.body)}/${formatCaseNumber(c.number)}`;
  return `${bodyDir(c.body)}/${c.meeting ?? 'uten-mote'}/sak-${agendaPosition}`;
}

/** The PDF beside a document page: `innkalling.html` → `innkalling.pdf`. */
export function pdfPath(htmlPath: string): string {
  return htmlPath.replace(/\.html$/, '.pdf');
}

/** The link from the page at `from` to the file at `to` (both site paths), percent-encoded. */
export function href(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const up = a.length - i;
  const rest = b.slice(i).map(encodeURIComponent);
  return [...Array<string>(up).fill('..'), ...rest].join('/') || encodeURIComponent(b[b.length - 1]!);
}

/** The prefix that leads from the page at `from` to the site's root: `../../`, or `./` at the root. */
export function rootOf(from: string): string {
  const depth = from.split('/').length - 1;
  return depth ? '../'.repeat(depth) : './';
}
