/**
 * The fields of a working document (model/working-minutes.ts), each with what
 * was typed into it.
 *
 * A field is a table cell: the one after a label holding a field's bookmark,
 * or else the cell a content control named by tag or alias stands in alone.
 * The whole cell counts: LibreOffice keeps only the first paragraph of a
 * control inside it and leaves the rest beside it in the cell, and a secretary
 * may type beside the control in Word too. A control outside a table is read
 * alone.
 *
 * A control that still shows its placeholder (`w:showingPlcHdr`, as Word and
 * hf write it) holds nothing typed. LibreOffice drops that flag and keeps the
 * placeholder as text, so a paragraph that is nothing but a placeholder counts
 * as empty as well.
 */
import { isPlaceholder, parseFieldAlias, parseFieldProperty, parseFieldTag, PROPERTY, withoutPlaceholder, type FieldRef } from '../model/working-minutes.js';
import { toMarkdown } from './markdown.js';
import type { DocxPackage } from './package.js';
import { cellsOf, paragraphText, readBlocks, type DocBlock, type Paragraph } from './read.js';
import { attr, child, descendants, type XmlElement, type XmlNode } from './xml.js';

export interface TypedField extends FieldRef {
  /** What the field holds, as Markdown ('' when nothing was typed). */
  markdown: string;
  /** The same as plain lines: one per paragraph or line break, without list markers or formatting. */
  lines: string[];
}

/** Every field of the document, in document order. */
export function readFields(pkg: DocxPackage): TypedField[] {
  const bookmarks = new Map<string, FieldRef>();
  for (const [name, value] of pkg.properties) {
    const ref = name.startsWith(PROPERTY.fieldPrefix) ? parseFieldProperty(value) : undefined;
    if (ref) bookmarks.set(name.slice(PROPERTY.fieldPrefix.length), ref);
  }

  // Cells named by the bookmark in their row's label, and content controls named by tag or alias, in document order.
  const found: { ref: FieldRef; cell?: XmlElement; sdt?: XmlElement; byBookmark: boolean }[] = [];
  const walk = (el: XmlElement, cell: XmlElement | undefined) => {
    if (el.name === 'w:tr') {
      const cells = cellsOf(el);
      cells.forEach((c, i) => {
        const next = cells[i + 1];
        const name = descendants(c, 'w:bookmarkStart').map((b) => attr(b, 'w:name') ?? '').find((n) => bookmarks.has(n));
        if (name && next) found.push({ ref: bookmarks.get(name)!, cell: next, byBookmark: true });
      });
    }
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:sdt') {
        const ref = controlRef(c);
        if (ref) found.push({ ref, sdt: c, ...(cell ? { cell } : {}), byBookmark: false });
      }
      walk(c, c.name === 'w:tc' ? c : cell);
    }
  };
  walk(pkg.body, undefined);

  // A cell is one field: named by its bookmark if it has one, else by the only content control in it.
  const named = new Set(found.filter((f) => f.byBookmark).map((f) => f.cell!));
  const controlsInCell = new Map<XmlElement, number>();
  for (const f of found) if (!f.byBookmark && f.cell) controlsInCell.set(f.cell, (controlsInCell.get(f.cell) ?? 0) + 1);
  const read = (ref: FieldRef, nodes: XmlNode[]): TypedField => {
    const blocks = withoutPlaceholders(readBlocks(pkg, nodes, { skip: showingPlaceholder }));
    return { ...ref, markdown: toMarkdown(blocks), lines: linesOf(blocks) };
  };
  const cellNodes = (cell: XmlElement) => cell.children.filter((n) => typeof n === 'string' || n.name !== 'w:tcPr');
  const seen = new Set<XmlElement>();
  const out: TypedField[] = [];
  for (const f of found) {
    const wholeCell = f.byBookmark || (f.cell && !named.has(f.cell) && controlsInCell.get(f.cell) === 1);
    if (!f.byBookmark && f.cell && named.has(f.cell)) continue;
    if (wholeCell) {
      if (!seen.has(f.cell!)) out.push(read(f.ref, cellNodes(f.cell!)));
      seen.add(f.cell!);
    } else {
      out.push(read(f.ref, showingPlaceholder(f.sdt!) ? [] : (child(f.sdt!, 'w:sdtContent')?.children ?? [])));
    }
  }
  return out;
}

/** A content control still showing its placeholder holds nothing typed. */
function showingPlaceholder(el: XmlElement): boolean {
  return el.name === 'w:sdt' && !!child(child(el, 'w:sdtPr'), 'w:showingPlcHdr');
}

function controlRef(sdt: XmlElement): FieldRef | undefined {
  const pr = child(sdt, 'w:sdtPr');
  const tag = child(pr, 'w:tag');
  const alias = child(pr, 'w:alias');
  return parseFieldTag(tag ? attr(tag, 'w:val') : undefined) ?? parseFieldAlias(alias ? attr(alias, 'w:val') : undefined);
}

/** Paragraphs that are nothing but a placeholder are dropped; one that starts with it loses it. */
function withoutPlaceholders(blocks: DocBlock[]): DocBlock[] {
  const out: DocBlock[] = [];
  for (const b of blocks) {
    if (b.type !== 'paragraph') {
      out.push(b);
      continue;
    }
    const text = paragraphText(b);
    if (isPlaceholder(text)) continue;
    const rest = withoutPlaceholder(text);
    out.push(rest === text ? b : dropPrefix(b, text.length - rest.length));
  }
  return out;
}

/** The paragraph without its first `count` characters of text. */
function dropPrefix(p: Paragraph, count: number): Paragraph {
  let left = count;
  const spans = p.spans.flatMap((s) => {
    if (left <= 0) return [s];
    if (s.type !== 'text') {
      if (s.type === 'break') left -= 1;
      return [];
    }
    if (s.text.length <= left) {
      left -= s.text.length;
      return [];
    }
    const kept = { ...s, text: s.text.slice(left) };
    left = 0;
    return [kept];
  });
  return { ...p, spans };
}

function linesOf(blocks: DocBlock[]): string[] {
  const paragraphs = blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : b.rows.flatMap((r) => r.flat())));
  return paragraphs
    .flatMap((p) => paragraphText(p).split('\n'))
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}
