/**
 * The XML of a Word file as a small tree of our own: elements named by a short
 * namespace tag and their local name (`w:p`, `r:id`), whatever prefixes the file
 * uses, and with Transitional and Strict Office Open XML mapped to the same
 * names. Parsing is @xmldom/xmldom's (loaded through `require`, so its DOM type
 * declarations stay out of the program); a document type declaration is refused
 * before parsing, so no entity of a file is ever expanded.
 */
import { createRequire } from 'node:module';

export interface XmlElement {
  /** `w:p`, `a:blip`, `?:name` for a namespace hf does not know. */
  name: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
}

export interface XmlAttribute {
  /** `w:val`, `r:id`, or the bare local name of an attribute without a namespace (`descr`). */
  name: string;
  value: string;
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'cp',
  'http://purl.oclc.org/ooxml/officeDocument/customProperties': 'cp',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
  'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes': 'vt',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
};

interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string | null;
  namespaceURI?: string | null;
  childNodes: { length: number; [i: number]: DomNode };
  attributes?: { length: number; [i: number]: DomNode & { value: string } };
  documentElement?: DomNode;
}

interface XmldomModule {
  DOMParser: new (options: { errorHandler: Record<string, (msg: string) => void> }) => { parseFromString(text: string, type: string): DomNode };
}

let xmldom: XmldomModule | undefined;

/** Parses one XML part; XmlError for anything that is not well-formed XML, or has a DTD. */
export function parseXml(text: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XmlError('document type declarations are not allowed');
  xmldom ??= createRequire(import.meta.url)('@xmldom/xmldom') as XmldomModule;
  const fail = (msg: string) => {
    throw new XmlError(String(msg));
  };
  // xmldom reports mismatched tags as mere warnings: a Word file is well-formed XML, so anything it reports is a failure.
  const parser = new xmldom.DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } });
  let doc: DomNode;
  try {
    doc = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    throw error instanceof XmlError ? error : new XmlError(String((error as Error)?.message ?? error));
  }
  if (!doc.documentElement) throw new XmlError('no root element');
  return convert(doc.documentElement, 0);
}

/**
 * How deep elements may nest. Word's own documents stay far below it (a table in a
 * table in a table is some thirty levels); a file nested deeper is refused here, so
 * that every walk over the tree (src/docx/read.ts) is bounded by it.
 */
export const MAX_XML_DEPTH = 256;

function convert(node: DomNode, depth: number): XmlElement {
  if (depth > MAX_XML_DEPTH) throw new XmlError(`elements nested more than ${MAX_XML_DEPTH} deep`);
  const attributes: XmlAttribute[] = [];
  const attrs = node.attributes;
  if (attrs) {
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      if (a.namespaceURI === 'http://www.w3.org/2000/xmlns/') continue;
      attributes.push({ name: qualified(a.namespaceURI, a.localName ?? ''), value: a.value });
    }
  }
  const children: XmlNode[] = [];
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i]!;
    if (child.nodeType === 1) children.push(convert(child, depth + 1));
    // Text and CDATA; comments and processing instructions are not content.
    else if (child.nodeType === 3 || child.nodeType === 4) children.push(child.nodeValue ?? '');
  }
  return { name: qualified(node.namespaceURI, node.localName ?? ''), attributes, children };
}

function qualified(ns: string | null | undefined, local: string): string {
  if (!ns) return local;
  if (ns === 'http://www.w3.org/XML/1998/namespace') return `xml:${local}`;
  return `${NAMESPACES[ns] ?? '?'}:${local}`;
}

/** The value of an attribute (`w:val`, `r:id`, `descr`). */
export function attr(el: XmlElement, name: string): string | undefined {
  return el.attributes.find((a) => a.name === name)?.value;
}

export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** The first child element named `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** Every descendant element named `name`, in document order. */
export function descendants(el: XmlElement, name: string, into: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) into.push(c);
    descendants(c, name, into);
  }
  return into;
}

/** The text of an element and its descendants. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/**
 * A Word on/off property (`<w:b/>`, `<w:b w:val="false"/>`): true when present
 * and not switched off.
 */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = attr(el, 'w:val');
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v.toLowerCase());
}
