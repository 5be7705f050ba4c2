/**
 * The text of a Word document (or of part of one: a table cell, a content
 * control) as blocks: paragraphs with their runs of text, headings, list items
 * and tables. markdown.ts writes the blocks as Markdown; fields.ts also takes
 * them as plain lines.
 *
 * What a reader sees is what counts: deleted text of tracked changes, hidden
 * text and field instructions are left out, inserted text is kept, the result of
 * a field is kept (a HYPERLINK field becomes a link), and content controls,
 * smart tags and custom XML are looked into.
 */
import type { DocxPackage } from './package.js';
import { attr, child, descendants, elements, isOn, textOf, type XmlElement, type XmlNode } from './xml.js';

export interface TextSpan {
  type: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  link?: string;
}

export interface ImageSpan {
  type: 'image';
  /** The part holding the picture, `word/media/image1.png`. */
  part: string;
  alt: string;
  link?: string;
}

export type Span = TextSpan | ImageSpan | { type: 'break' };

export interface Paragraph {
  type: 'paragraph';
  spans: Span[];
  /** Word's heading level (1–9); 0 for the Title style. */
  heading?: number;
  list?: { id: string; level: number; ordered: boolean; start: number };
}

export interface Table {
  type: 'table';
  /** Rows of cells; each cell is the paragraphs (and flattened nested tables) in it. */
  rows: Paragraph[][][];
}

export type DocBlock = Paragraph | Table;

export interface ReadOptions {
  /** Elements to leave out (a content control still showing its placeholder). */
  skip?: (el: XmlElement) => boolean;
}

/** The blocks of a sequence of block-level nodes (the children of w:body, w:tc or w:sdtContent). */
export function readBlocks(pkg: DocxPackage, nodes: readonly XmlNode[], options: ReadOptions = {}): DocBlock[] {
  const out: DocBlock[] = [];
  const walk = (list: readonly XmlNode[]) => {
    for (const node of list) {
      if (typeof node === 'string' || options.skip?.(node)) continue;
      switch (node.name) {
        case 'w:p':
          out.push(readParagraph(pkg, node, options));
          break;
        case 'w:tbl':
          out.push(readTable(pkg, node, options));
          break;
        case 'w:sdt':
          walk(child(node, 'w:sdtContent')?.children ?? []);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          walk(node.children);
          break;
        case 'mc:AlternateContent':
          walk(child(node, 'mc:Choice')?.children ?? child(node, 'mc:Fallback')?.children ?? []);
          break;
        default:
          break;
      }
    }
  };
  walk(nodes);
  return out;
}

function readTable(pkg: DocxPackage, tbl: XmlElement, options: ReadOptions): Table {
  const rows: Paragraph[][][] = [];
  for (const tr of rowsOf(tbl)) {
    const cells: Paragraph[][] = [];
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'w:tcPr');
      const merged = child(tcPr, 'w:vMerge');
      // A cell merged with the one above it shows nothing of its own.
      const content = merged && attr(merged, 'w:val') !== 'restart' ? [] : flattenCell(readBlocks(pkg, tc.children, options));
      cells.push(content);
      const span = Number(attr(child(tcPr, 'w:gridSpan') ?? tc, 'w:val') ?? 1);
      for (let i = 1; i < Math.min(span, 64); i++) cells.push([]);
    }
    rows.push(cells);
  }
  return { type: 'table', rows };
}

/** A nested table in a cell becomes a paragraph per row, its cells separated by " | ". */
function flattenCell(blocks: DocBlock[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') {
      out.push(b);
      continue;
    }
    for (const row of b.rows) {
      const spans: Span[] = [];
      row.forEach((cell, i) => {
        if (i) spans.push(plain(' | '));
        cell.forEach((p, j) => {
          if (j) spans.push(plain(' '));
          spans.push(...p.spans);
        });
      });
      out.push({ type: 'paragraph', spans });
    }
  }
  return out;
}

function rowsOf(tbl: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of elements(tbl)) {
    if (el.name === 'w:tr') out.push(el);
    else if (el.name === 'w:sdt') out.push(...rowsOf(child(el, 'w:sdtContent') ?? el));
    else if (el.name === 'w:customXml') out.push(...rowsOf(el));
  }
  return out;
}

/** The cells of a row, also those inside content controls or custom XML. */
export function cellsOf(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of elements(tr)) {
    if (el.name === 'w:tc') out.push(el);
    else if (el.name === 'w:sdt') out.push(...cellsOf(child(el, 'w:sdtContent') ?? el));
    else if (el.name === 'w:customXml') out.push(...cellsOf(el));
  }
  return out;
}

interface RunState {
  /** Inside a complex field: collecting its instruction, or showing its result. */
  fields: { instruction: string; link?: string; inResult: boolean }[];
}

function readParagraph(pkg: DocxPackage, p: XmlElement, options: ReadOptions): Paragraph {
  const pPr = child(p, 'w:pPr');
  const style = attr(child(pPr, 'w:pStyle') ?? p, 'w:val');
  const paragraph: Paragraph = { type: 'paragraph', spans: [] };
  if (style) {
    const level = pkg.isTitleStyle(style) ? 0 : pkg.headingLevel(style);
    if (level !== undefined) paragraph.heading = level;
  }
  const outline = attr(child(pPr, 'w:outlineLvl') ?? p, 'w:val');
  if (paragraph.heading === undefined && outline !== undefined && Number(outline) < 9) paragraph.heading = Number(outline) + 1;
  const numPr = child(pPr, 'w:numPr');
  const numbering = numPr
    ? { numId: attr(child(numPr, 'w:numId') ?? numPr, 'w:val'), ilvl: Number(attr(child(numPr, 'w:ilvl') ?? numPr, 'w:val') ?? 0) }
    : style
      ? pkg.styleNumbering(style)
      : undefined;
  if (numbering?.numId && paragraph.heading === undefined) {
    const level = Number.isFinite(numbering.ilvl) ? Math.max(0, Math.min(8, numbering.ilvl)) : 0;
    const info = pkg.listLevel(numbering.numId, level);
    if (info) paragraph.list = { id: numbering.numId, level, ordered: info.ordered, start: info.start };
  }
  const state: RunState = { fields: [] };
  const link = () => [...state.fields].reverse().find((f) => f.inResult && f.link)?.link;
  const visit = (nodes: readonly XmlNode[], href: string | undefined) => {
    for (const node of nodes) {
      if (typeof node === 'string' || options.skip?.(node)) continue;
      switch (node.name) {
        case 'w:r':
          readRun(pkg, node, paragraph.spans, state, href ?? link());
          break;
        case 'w:hyperlink': {
          const rel = attr(node, 'r:id');
          const target = rel ? pkg.relationships.get(rel) : undefined;
          visit(node.children, target?.external ? target.target : href);
          break;
        }
        case 'w:fldSimple': {
          const target = hyperlinkOf(attr(node, 'w:instr') ?? '');
          visit(node.children, target ?? href);
          break;
        }
        case 'w:sdt':
          visit(child(node, 'w:sdtContent')?.children ?? [], href);
          break;
        case 'w:ins':
        case 'w:moveTo':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:dir':
        case 'w:bdo':
          visit(node.children, href);
          break;
        case 'mc:AlternateContent':
          visit(child(node, 'mc:Choice')?.children ?? child(node, 'mc:Fallback')?.children ?? [], href);
          break;
        default:
          // w:del, w:moveFrom, bookmarks, comments, proofing marks: nothing a reader sees.
          break;
      }
    }
  };
  visit(p.children, undefined);
  return paragraph;
}

function readRun(pkg: DocxPackage, r: XmlElement, spans: Span[], state: RunState, link: string | undefined): void {
  const rPr = child(r, 'w:rPr');
  if (isOn(child(rPr, 'w:vanish'))) return;
  const format = {
    bold: isOn(child(rPr, 'w:b')),
    italic: isOn(child(rPr, 'w:i')),
    strike: isOn(child(rPr, 'w:strike')) || isOn(child(rPr, 'w:dstrike')),
  };
  const current = () => state.fields[state.fields.length - 1];
  const hidden = () => {
    const field = current();
    return !!field && !field.inResult;
  };
  const text = (t: string) => {
    if (hidden() || t === '') return;
    spans.push({ type: 'text', text: t, ...format, ...(link ? { link } : {}) });
  };
  for (const el of elements(r)) {
    switch (el.name) {
      case 'w:t':
        text(textOf(el));
        break;
      case 'w:tab':
      case 'w:ptab':
        text(' ');
        break;
      case 'w:noBreakHyphen':
        text('-');
        break;
      case 'w:br': {
        const type = attr(el, 'w:type');
        if (!hidden() && (type === undefined || type === 'textWrapping')) spans.push({ type: 'break' });
        break;
      }
      case 'w:cr':
        if (!hidden()) spans.push({ type: 'break' });
        break;
      case 'w:fldChar': {
        const kind = attr(el, 'w:fldCharType');
        const field = current();
        if (kind === 'begin') state.fields.push({ instruction: '', inResult: false });
        else if (kind === 'separate' && field) {
          field.inResult = true;
          const target = hyperlinkOf(field.instruction);
          if (target) field.link = target;
        } else if (kind === 'end') state.fields.pop();
        break;
      }
      case 'w:instrText': {
        const field = current();
        if (field && !field.inResult) field.instruction += textOf(el);
        break;
      }
      case 'w:drawing':
      case 'w:pict':
      case 'mc:AlternateContent':
        if (!hidden()) spans.push(...images(pkg, el, link));
        break;
      default:
        // w:delText, w:softHyphen, footnote references, symbols: nothing to read.
        break;
    }
  }
}

/** The target of a `HYPERLINK "https://…"` field instruction (not of a jump within the document). */
function hyperlinkOf(instruction: string): string | undefined {
  const m = /^\s*HYPERLINK\s+(?!\\l)"([^"]+)"/i.exec(instruction) ?? /^\s*HYPERLINK\s+(?!\\l)(\S+)/i.exec(instruction);
  return m ? m[1] : undefined;
}

/** The pictures inside a drawing (DrawingML or VML), with their description as alternative text. */
function images(pkg: DocxPackage, el: XmlElement, link: string | undefined): ImageSpan[] {
  const out: ImageSpan[] = [];
  const docPr = descendants(el, 'wp:docPr')[0];
  const alt = (docPr && (attr(docPr, 'descr') || attr(docPr, 'title'))) || '';
  const ids = [...descendants(el, 'a:blip').map((b) => attr(b, 'r:embed')), ...descendants(el, 'v:imagedata').map((v) => attr(v, 'r:id'))];
  for (const id of ids) {
    const rel = id ? pkg.relationships.get(id) : undefined;
    if (!rel || rel.external) continue;
    out.push({ type: 'image', part: rel.target, alt: alt.trim(), ...(link ? { link } : {}) });
    // DrawingML with a VML fallback names the same picture twice.
    break;
  }
  return out;
}

function plain(text: string): TextSpan {
  return { type: 'text', text, bold: false, italic: false, strike: false };
}

/** The text of a paragraph as a reader sees it, line breaks as `\n`, pictures by their description. */
export function paragraphText(p: Paragraph): string {
  return p.spans.map((s) => (s.type === 'text' ? s.text : s.type === 'break' ? '\n' : s.alt)).join('');
}
