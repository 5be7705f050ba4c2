/**
 * A small XML writer for the archive structure: elements with text or child
 * elements, written with two-space indentation. Text is escaped, and characters
 * XML 1.0 cannot carry (most control characters) are left out.
 */

export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: XmlChild[];
}

export type XmlChild = XmlElement | string;

type Content = XmlChild | number | undefined | false | null | Content[];

/** An element; children that are undefined, false or null are skipped, arrays are flattened. */
export function el(name: string, ...content: Content[]): XmlElement {
  return { name, attrs: [], children: flatten(content) };
}

/** An element with attributes (written in the order given). */
export function elAttrs(name: string, attrs: [string, string][], ...content: Content[]): XmlElement {
  return { name, attrs, children: flatten(content) };
}

/** An element holding `value`, or nothing when the value is missing or blank. */
export function opt(name: string, value: string | number | undefined): XmlElement | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  return text.trim() === '' ? undefined : el(name, text);
}

function flatten(content: Content[]): XmlChild[] {
  const out: XmlChild[] = [];
  for (const c of content) {
    if (c === undefined || c === false || c === null) continue;
    if (Array.isArray(c)) out.push(...flatten(c));
    else out.push(typeof c === 'number' ? String(c) : c);
  }
  return out;
}

// XML 1.0 Char: tab, newline, carriage return, and everything from U+0020 except
// surrogates and U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeText(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** The document: the XML declaration, then `root`, each element on a line of its own. */
export function serialize(root: XmlElement): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, lines);
  return lines.join('\n') + '\n';
}

function write(node: XmlElement, depth: number, lines: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  if (node.children.length === 0) {
    lines.push(`${pad}<${node.name}${attrs}/>`);
    return;
  }
  if (node.children.every((c) => typeof c === 'string')) {
    lines.push(`${pad}<${node.name}${attrs}>${escapeText(node.children.join(''))}</${node.name}>`);
    return;
  }
  lines.push(`${pad}<${node.name}${attrs}>`);
  for (const c of node.children) {
    if (typeof c === 'string') lines.push(`${pad}  ${escapeText(c)}`);
    else write(c, depth + 1, lines);
  }
  lines.push(`${pad}</${node.name}>`);
}
