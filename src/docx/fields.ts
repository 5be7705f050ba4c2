/**
 * The content controls of a Word document that name a field (tag or alias,
 * see model/working-minutes.ts), each with what was typed into it.
 *
 * A field is the table cell its content control stands in, when the cell holds
 * no other field: LibreOffice keeps only the first paragraph of a control
 * inside it and leaves the rest beside it in the cell, and a secretary may type
 * beside the control in Word too. A control outside a table is read alone.
 *
 * A control that still shows its placeholder (`w:showingPlcHdr`, as Word and
 * hf write it) holds nothing typed. LibreOffice drops that flag and keeps the
 * placeholder as text, so a paragraph that is nothing but a placeholder counts
 * as empty as well.
 */
import { isPlaceholder, parseFieldAlias, parseFieldTag, withoutPlaceholder, type FieldRef } from '../model/working-minutes.js';
import { toMarkdown } from './markdown.js';
import type { DocxPackage } from './package.js';
import { paragraphText, readBlocks, type DocBlock, type Paragraph } from './read.js';
import { attr, child, type XmlElement } from './xml.js';

export interface TypedField extends FieldRef {
  /** What the field holds, as Markdown ('' when nothing was typed). */
  markdown: string;
  /** The same as plain lines: one per paragraph or line break, without list markers or formatting. */
  lines: string[];
}

/** Every field of the document, in document order. */
export function readFields(pkg: DocxPackage): TypedField[] {
  const found: { ref: FieldRef; sdt: XmlElement; cell?: XmlElement }[] = [];
  const walk = (el: XmlElement, cell: XmlElement | undefined) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:sdt') {
        const ref = fieldRef(c);
        if (ref) found.push({ ref, sdt: c, ...(cell ? { cell } : {}) });
      }
      walk(c, c.name === 'w:tc' ? c : cell);
    }
  };
  walk(pkg.body, undefined);

  const fieldsInCell = new Map<XmlElement, number>();
  for (const f of found) if (f.cell) fieldsInCell.set(f.cell, (fieldsInCell.get(f.cell) ?? 0) + 1);
  const controls = new Set(found.map((f) => f.sdt));
  const showingPlaceholder = (el: XmlElement) => el.name === 'w:sdt' && controls.has(el) && !!child(child(el, 'w:sdtPr'), 'w:showingPlcHdr');

  return found.map(({ ref, sdt, cell }) => {
    const whole = cell && fieldsInCell.get(cell) === 1;
    const nodes = whole ? cell.children.filter((n) => typeof n === 'string' || n.name !== 'w:tcPr') : showingPlaceholder(sdt) ? [] : child(sdt, 'w:sdtContent')?.children ?? [];
    const blocks = withoutPlaceholders(readBlocks(pkg, nodes, { skip: showingPlaceholder }));
    return { ...ref, markdown: toMarkdown(blocks), lines: linesOf(blocks) };
  });
}

function fieldRef(sdt: XmlElement): FieldRef | undefined {
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
