/**
 * Doc → one self-contained HTML file, ready to print on A4 or attach to an e-mail.
 * Pictures are inside it as data: URLs, so the file (and a PDF printed from it)
 * needs nothing beside it; footnotes are numbered in order and listed at the end.
 *
 * Everything that comes from the repository is escaped: the only tags in the
 * output are the ones written here, links point only to http(s) and mailto, and a
 * Content-Security-Policy forbids scripts, plug-ins, forms and every outside
 * resource, so even a mistake in escaping could not run code or fetch anything.
 */
import type { Block, Doc, Inline, TableCell } from './ir.js';
import { themeCss, type DocumentLook } from './look.js';
import { safeHref } from './markdown.js';
import { cleanDoc, sanitizeDocumentHtml, sanitizeMarkup } from './sanitize.js';

export interface HtmlOptions {
  /**
   * The page number in the printed footer: "1 / 3" (the default, for printing
   * from a browser), "Side 1 av 3" in the document's language (a PDF), or none
   * (a part of a meeting packet, whose pages the PDF engine numbers across the
   * whole packet).
   */
  pageNumbers?: 'short' | 'words' | 'none';
  /** The partnership's logo and the fonts and colours of its Word template. */
  look?: DocumentLook;
}

/** The policy in the document's meta tag: nothing but the inline stylesheet. */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The footnotes met so far in the document being written. */
let notes: Block[][] = [];

/** The HTML of a document's blocks, its footnotes at the end, and the styles its pictures and notes need. */
function bodyOf(list: Block[]): { body: string; extra: string } {
  const outer = notes;
  notes = [];
  try {
    let body = blocks(list);
    if (notes.length) {
      // A note may hold notes of its own: they are numbered after it.
      const items: string[] = [];
      for (let i = 0; i < notes.length; i++) items.push(`<li id="fn-${i + 1}">${listItem(notes[i]!)}</li>`);
      body += `\n<section class="footnotes">\n<hr>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
    }
    return { body, extra: notes.length || body.includes('<p class="figure') ? FIGURES_AND_NOTES : '' };
  } finally {
    notes = outer;
  }
}

/** Writes a complete HTML document. */
export function toHtml(input: Doc, options: HtmlOptions = {}): string {
  const doc = cleanDoc(input);
  const lang = doc.lang === 'en' ? 'en' : doc.lang === 'nn' ? 'nn' : 'nb';
  const { body, extra } = bodyOf(doc.blocks);
  const logo = options.look?.logo;
  // The logo is data in the document itself: the policy allows no outside resources.
  const logoHtml = logo ? `<img class="logo" src="data:${logo.mime};base64,${base64(logo.bytes)}" alt="">` : '';
  const theme = themeCss(options.look?.theme);
  // Sanitised last: whatever the code above does, only allowed tags, attributes and links leave here.
  return sanitizeDocumentHtml(`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(HTML_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hf">
<title>${escapeHtml(doc.title)}</title>
<style>
${stylesheet(doc.partnership, pageFooter(options.pageNumbers ?? 'short', lang))}${extra}${theme ? `\n${theme}` : ''}
</style>
</head>
<body>
<header class="partnership">${logoHtml}${escapeHtml(doc.partnership)}</header>
<main>
${body}
</main>
</body>
</html>
`);
}

/** Styles for pictures and footnotes, only in documents that have them (the others stay as they were). */
const FIGURES_AND_NOTES = `
p.figure { margin: 2mm 0 4mm; break-inside: avoid; }
p.figure img { max-width: 100%; height: auto; }
sup.fn { font-size: 75%; line-height: 0; }
sup.fn a { text-decoration: none; }
section.footnotes { font-size: 9.5pt; margin-top: 8mm; }
section.footnotes hr { width: 40%; margin: 0 0 2mm; }`;
/**
 * The document's body alone (its blocks, checked like a whole document), for a
 * page that has its own head and stylesheet: the website's document pages.
 */
export function toHtmlBody(input: Doc): string {
  return sanitizeMarkup(bodyOf(cleanDoc(input).blocks).body);
}


/** The content of the footer's page number: "1 / 3", "Side 1 av 3", or nothing. */
function pageFooter(style: 'short' | 'words' | 'none', lang: string): string | undefined {
  if (style === 'none') return undefined;
  if (style === 'short') return 'counter(page) " / " counter(pages)';
  return lang === 'en' ? '"Page " counter(page) " of " counter(pages)' : '"Side " counter(page) " av " counter(pages)';
}

function stylesheet(partnership: string, footer: string | undefined): string {
  const box = (content: string) => `{ content: ${content}; font: 9pt Calibri, Carlito, Arial, sans-serif; color: #555; }`;
  const margins = `@top-left ${box(`"${cssString(partnership)}"`)}${footer ? `\n  @bottom-right ${box(footer)}` : ''}`;
  return `@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  ${margins} }
@page :first { @top-left { content: none; } }
@page landscape { size: A4 landscape; margin: 18mm 15mm 18mm 15mm; }
section.landscape { page: landscape; }
html { font: 11pt/1.4 Calibri, Carlito, "Segoe UI", Arial, sans-serif; color: #111; background: #fff; }
body { max-width: 180mm; margin: 0 auto; padding: 12mm 0; overflow-wrap: break-word; }
header.partnership { font-size: 9pt; color: #555; border-bottom: 1px solid #999; padding-bottom: 2mm; margin-bottom: 6mm; }
header.partnership img.logo { display: block; max-height: 16mm; max-width: 60mm; margin-bottom: 2mm; }
h1 { font-size: 18pt; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 7mm 0 3mm; }
h3 { font-size: 12pt; margin: 5mm 0 2mm; }
h4 { font-size: 11pt; margin: 4mm 0 2mm; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
td > h2, td > h3, td > h4 { font-size: inherit; margin: 0 0 2.5mm; }
p { margin: 0 0 2.5mm; }
ul, ol { margin: 0 0 2.5mm; padding-left: 6mm; }
li > p { margin: 0; }
blockquote { margin: 1mm 0 2.5mm; padding: 1mm 0 1mm 4mm; border-left: 2px solid #999; color: #333; }
code { font-family: Consolas, "Liberation Mono", monospace; font-size: 10pt; }
a { color: #0645ad; }
table { width: 100%; border-collapse: collapse; margin: 0 0 5mm; }
th, td { border: 1px solid #777; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
td > :last-child, th > :last-child { margin-bottom: 0; }
thead th { background: #e8e8e8; }
thead { display: table-header-group; }
table.fields th { width: 25%; background: #f0f0f0; font-weight: bold; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.break-rows tr { break-inside: auto; page-break-inside: auto; }
table.groups tr { break-inside: auto; page-break-inside: auto; }
table.groups td:not([rowspan]) { break-inside: avoid; page-break-inside: avoid; }
hr { border: 0; border-top: 1px solid #999; margin: 5mm 0; }
div.page-break { break-after: page; page-break-after: always; height: 0; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; }
  div.page-break + * { margin-top: 0; }
}`;
}

function blocks(list: Block[]): string {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    const next = list[i + 1];
    // A landscape table goes on landscape pages together with the heading just before it.
    if (b.type === 'heading' && next?.type === 'table' && next.landscape) {
      out.push(`<section class="landscape">\n${block(b)}\n${block(next)}\n</section>`);
      i++;
    } else if (b.type === 'table' && b.landscape) out.push(`<section class="landscape">\n${block(b)}\n</section>`);
    else out.push(block(b));
  }
  return out.join('\n');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}>${inlines(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inlines(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const start = b.ordered && b.start !== undefined && b.start !== 1 ? ` start="${Math.trunc(b.start)}"` : '';
      const items = b.items.map((item) => `<li>${listItem(item)}</li>`).join('\n');
      return `<${tag}${start}>\n${items}\n</${tag}>`;
    }
    case 'quote':
      return `<blockquote>\n${b.blocks.map(block).join('\n')}\n</blockquote>`;
    case 'table':
      return table(b);
    case 'rule':
      return '<hr>';
    case 'pageBreak':
      return '<div class="page-break"></div>';
    case 'image':
      return image(b);
  }
}

/** The picture inside the document, or its description when its bytes are missing. */
function image(b: Extract<Block, { type: 'image' }>): string {
  if (!b.data) return `<p class="figure missing">[${escapeHtml(b.alt || b.src)}]</p>`;
  const mime = b.data.format === 'jpg' ? 'image/jpeg' : `image/${b.data.format}`;
  const src = `data:${mime};base64,${base64(b.data.bytes)}`;
  return `<p class="figure"><img src="${src}" alt="${escapeAttr(b.alt)}" width="${Math.round(b.data.width)}" height="${Math.round(b.data.height)}"></p>`;
}

/** A list item whose only block is a paragraph is written without the <p>, as lists usually are. */
function listItem(item: Block[]): string {
  if (item.length === 1 && item[0]!.type === 'paragraph') return inlines(item[0]!.text);
  return item.map(block).join('\n');
}

function table(b: Extract<Block, { type: 'table' }>): string {
  const fields = b.style === 'fields';
  // A table with group cells keeps each cell whole but lets a group run on to the next page: kept whole, a
  // group taller than what is left of a page would leave the page half empty.
  const classes = [fields ? 'fields' : 'grid', ...(b.breakRows ? ['break-rows'] : []), ...(b.groupColumns?.length ? ['groups'] : [])];
  const out: string[] = [`<table class="${classes.join(' ')}">`];
  if (b.widths && b.widths.length) {
    const total = b.widths.reduce((a, w) => a + Math.max(0, w), 0) || 1;
    out.push(`<colgroup>${b.widths.map((w) => `<col style="width:${((Math.max(0, w) / total) * 100).toFixed(1)}%">`).join('')}</colgroup>`);
  }
  if (b.header && b.header.length) {
    out.push(`<thead><tr>${b.header.map((h) => `<th scope="col">${inlines(h)}</th>`).join('')}</tr></thead>`);
  }
  out.push('<tbody>');
  const rowSpans = groupSpans(b);
  for (const row of b.rows) {
    const cells: string[] = [];
    row.forEach((cell, i) => {
      const rows = rowSpans.get(cell);
      if (rows === 0) return;
      const attrs = `${span(cell)}${rows && rows > 1 ? ` rowspan="${rows}"` : ''}`;
      cells.push(fields && i === 0 ? `<th scope="row"${attrs}>${cellHtml(cell)}</th>` : `<td${attrs}>${cellHtml(cell)}</td>`);
    });
    out.push(`<tr>${cells.join('')}</tr>`);
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

/**
 * Row spans for the group columns of a table: a cell that starts a group spans
 * the empty cells below it (their count + 1), and those cells span 0 (left out).
 * Cells of other columns are not in the map.
 */
export function groupSpans(b: Extract<Block, { type: 'table' }>): Map<TableCell, number> {
  const spans = new Map<TableCell, number>();
  for (const column of b.groupColumns ?? []) {
    let start: TableCell | undefined;
    for (const row of b.rows) {
      const cell = cellAtColumn(row, column);
      if (!cell) {
        start = undefined;
        continue;
      }
      if (cell.blocks.length > 0 || !start) {
        start = cell.blocks.length > 0 ? cell : undefined;
        if (start) spans.set(cell, 1);
        continue;
      }
      spans.set(start, (spans.get(start) ?? 1) + 1);
      spans.set(cell, 0);
    }
  }
  return spans;
}

/** The cell that begins at a column (counting column spans), if one does and spans only it. */
function cellAtColumn(row: TableCell[], column: number): TableCell | undefined {
  let at = 0;
  for (const cell of row) {
    if (at === column) return (cell.span ?? 1) === 1 ? cell : undefined;
    at += cell.span ?? 1;
    if (at > column) return undefined;
  }
  return undefined;
}

function span(cell: TableCell): string {
  return cell.span && cell.span > 1 ? ` colspan="${Math.trunc(cell.span)}"` : '';
}

/** A cell of one paragraph is written without the <p>; richer cells keep their blocks. */
function cellHtml(cell: TableCell): string {
  if (cell.blocks.length === 1 && cell.blocks[0]!.type === 'paragraph') return inlines(cell.blocks[0]!.text);
  return cell.blocks.map(block).join('\n');
}

function inlines(list: Inline[]): string {
  return list.map(inline).join('');
}

function inline(i: Inline): string {
  if (typeof i === 'string') return escapeHtml(i);
  switch (i.type) {
    case 'strong':
      return `<strong>${inlines(i.children)}</strong>`;
    case 'em':
      return `<em>${inlines(i.children)}</em>`;
    case 'underline':
      return `<u>${inlines(i.children)}</u>`;
    case 'code':
      return `<code>${escapeHtml(i.text)}</code>`;
    case 'link': {
      const href = safeHref(i.href);
      const text = inlines(i.children) || escapeHtml(i.href);
      return href ? `<a href="${escapeAttr(href)}" rel="noopener noreferrer">${text}</a>` : text;
    }
    case 'break':
      return '<br>';
    case 'footnote': {
      notes.push(i.blocks);
      const n = notes.length;
      return `<sup class="fn"><a href="#fn-${n}" id="fnref-${n}">${n}</a></sup>`;
    }
  }
}

/** Escapes text for HTML element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttr(text: string): string {
  return escapeHtml(text);
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A CSS string body: everything but letters, digits and spaces as a hex escape, so nothing can end the string or the <style>. */
function cssString(text: string): string {
  return [...text.replace(/\s+/g, ' ')].map((c) => (/[\p{L}\p{N} ]/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('');
}
