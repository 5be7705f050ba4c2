/**
 * Opening a Word file (.docx) as written by Word, LibreOffice or the `docx`
 * package: the ZIP container (fflate), its main document part and the parts the
 * text needs — relationships (links, pictures), numbering (which lists are
 * numbered), styles (which paragraphs are headings) and the custom document
 * properties.
 *
 * A .docx comes from outside, so sizes are bounded before anything is inflated,
 * and everything that is wrong with the file is a DocxError with a reason the
 * command can put in words.
 */
import { unzipSync } from 'fflate';
import { attr, child, elements, parseXml, textOf, XmlError, type XmlElement } from './xml.js';

export type DocxProblem = 'not-zip' | 'encrypted' | 'no-document' | 'too-large' | 'bad-xml';

export class DocxError extends Error {
  constructor(
    readonly problem: DocxProblem,
    readonly part?: string,
    readonly detail?: string,
  ) {
    super(`${problem}${part ? ` (${part})` : ''}${detail ? `: ${detail}` : ''}`);
  }
}

/** The most a single part may hold when inflated (a picture can be large; text parts are small). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** The most the whole package may hold when inflated. */
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface ListLevel {
  ordered: boolean;
  start: number;
}

export interface DocxPackage {
  /** Name of the main document part, `word/document.xml`. */
  documentPart: string;
  /** `w:body` of the main document. */
  body: XmlElement;
  /** The bytes of a part, by its name in the package. */
  part(name: string): Uint8Array | undefined;
  /** Relationships of the main document part, by id. */
  relationships: Map<string, Relationship>;
  /** Custom document properties (docProps/custom.xml), by name. */
  properties: Map<string, string>;
  /** How a numbered paragraph's list level is numbered; undefined for numbering that draws no marker. */
  listLevel(numId: string, ilvl: number): ListLevel | undefined;
  /** The heading level (1–9) of a paragraph style, from its name or outline level. */
  headingLevel(styleId: string): number | undefined;
  /** The numbering a paragraph style carries (the "List Number" styles), if any. */
  styleNumbering(styleId: string): { numId: string; ilvl: number } | undefined;
  /** Whether a paragraph style is the document title ("Title"). */
  isTitleStyle(styleId: string): boolean;
}

/** Opens a .docx. Throws DocxError. */
export function openDocx(bytes: Uint8Array): DocxPackage {
  // An encrypted Word file is an OLE compound file, not a ZIP archive.
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw new DocxError('encrypted');
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxError('not-zip');
  let files: Record<string, Uint8Array>;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.originalSize > MAX_PART_BYTES) throw new DocxError('too-large', f.name);
        total += f.originalSize;
        if (total > MAX_TOTAL_BYTES) throw new DocxError('too-large');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError('not-zip', undefined, String((error as Error)?.message ?? error));
  }
  const part = (name: string): Uint8Array | undefined => files[name.replace(/^\//, '')];
  const xml = (name: string): XmlElement | undefined => {
    const data = part(name);
    if (!data) return undefined;
    try {
      return parseXml(decodeXml(data));
    } catch (error) {
      if (error instanceof XmlError) throw new DocxError('bad-xml', name, error.message);
      throw error;
    }
  };

  const documentPart = mainPart(xml('_rels/.rels')) ?? 'word/document.xml';
  const document = xml(documentPart);
  const body = child(document, 'w:body');
  if (!body) throw new DocxError('no-document', documentPart);
  const relationships = readRelationships(xml(relsOf(documentPart)), documentPart);
  const target = (type: string) => [...relationships.values()].find((r) => r.type.endsWith(`/${type}`) && !r.external)?.target;
  const numbering = readNumbering(xml(target('numbering') ?? 'word/numbering.xml'));
  const styles = readStyles(xml(target('styles') ?? 'word/styles.xml'));
  const properties = readProperties(xml(customPropertiesPart(xml('_rels/.rels')) ?? 'docProps/custom.xml'));

  return {
    documentPart,
    body,
    part,
    relationships,
    properties,
    listLevel: (numId, ilvl) => numbering(numId, ilvl),
    headingLevel: (id) => styles.heading(id),
    styleNumbering: (id) => styles.numbering(id),
    isTitleStyle: (id) => styles.isTitle(id),
  };
}

/** XML text from bytes: UTF-8 unless a UTF-16 byte order mark says otherwise. */
function decodeXml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
}

function mainPart(rels: XmlElement | undefined): string | undefined {
  const rel = rels && elements(rels).find((r) => (attr(r, 'Type') ?? '').endsWith('/officeDocument'));
  const target = rel && attr(rel, 'Target');
  return target ? target.replace(/^\//, '') : undefined;
}

function customPropertiesPart(rels: XmlElement | undefined): string | undefined {
  const rel = rels && elements(rels).find((r) => (attr(r, 'Type') ?? '').endsWith('/custom-properties'));
  const target = rel && attr(rel, 'Target');
  return target ? target.replace(/^\//, '') : undefined;
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
function relsOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

function readRelationships(rels: XmlElement | undefined, partName: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (!rels) return out;
  const folder = partName.slice(0, partName.lastIndexOf('/') + 1);
  for (const r of elements(rels)) {
    const id = attr(r, 'Id');
    const target = attr(r, 'Target');
    if (!id || target === undefined) continue;
    const external = attr(r, 'TargetMode') === 'External';
    out.set(id, { id, type: attr(r, 'Type') ?? '', external, target: external ? target : resolvePart(folder, target) });
  }
  return out;
}

/** A relationship target relative to its part's folder, as a part name (`media/image1.png` → `word/media/image1.png`). */
function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The `w:val` of an element, if there is one. */
function val(el: XmlElement | undefined): string | undefined {
  return el ? attr(el, 'w:val') : undefined;
}

function readNumbering(numbering: XmlElement | undefined): (numId: string, ilvl: number) => ListLevel | undefined {
  const abstract = new Map<string, XmlElement>();
  const nums = new Map<string, XmlElement>();
  for (const el of numbering ? elements(numbering) : []) {
    if (el.name === 'w:abstractNum') abstract.set(attr(el, 'w:abstractNumId') ?? '', el);
    if (el.name === 'w:num') nums.set(attr(el, 'w:numId') ?? '', el);
  }
  const levelOf = (container: XmlElement | undefined, ilvl: number) => (container ? elements(container).find((l) => l.name === 'w:lvl' && attr(l, 'w:ilvl') === String(ilvl)) : undefined);
  return (numId, ilvl) => {
    if (numId === '0') return undefined;
    const num = nums.get(numId);
    const override = num ? elements(num).find((o) => o.name === 'w:lvlOverride' && attr(o, 'w:ilvl') === String(ilvl)) : undefined;
    const abstractId = val(child(num, 'w:abstractNumId'));
    const level = child(override, 'w:lvl') ?? levelOf(abstractId !== undefined ? abstract.get(abstractId) : undefined, ilvl);
    // Without numbering definitions a numbered paragraph is still a list item: a bullet.
    if (!level) return { ordered: false, start: 1 };
    const format = val(child(level, 'w:numFmt')) ?? 'decimal';
    if (format === 'none') return undefined;
    const start = Number(val(child(override, 'w:startOverride')) ?? val(child(level, 'w:start')) ?? 1);
    return { ordered: format !== 'bullet', start: Number.isFinite(start) ? start : 1 };
  };
}

interface StyleInfo {
  heading(id: string): number | undefined;
  numbering(id: string): { numId: string; ilvl: number } | undefined;
  isTitle(id: string): boolean;
}

function readStyles(styles: XmlElement | undefined): StyleInfo {
  const byId = new Map<string, XmlElement>();
  for (const s of styles ? elements(styles) : []) if (s.name === 'w:style' && attr(s, 'w:type') === 'paragraph') byId.set(attr(s, 'w:styleId') ?? '', s);
  // Follows basedOn, at most a few steps (a cycle in a broken file ends there).
  const lookup = <T>(id: string, get: (s: XmlElement) => T | undefined): T | undefined => {
    let current: string | undefined = id;
    for (let step = 0; current !== undefined && step < 10; step++) {
      const s = byId.get(current);
      if (!s) return undefined;
      const found = get(s);
      if (found !== undefined) return found;
      current = val(child(s, 'w:basedOn'));
    }
    return undefined;
  };
  const nameOf = (id: string) => (val(child(byId.get(id), 'w:name')) ?? id).toLowerCase();
  return {
    heading(id) {
      const m = /^heading\s*([1-9])$/.exec(nameOf(id)) ?? /^(?:heading|overskrift)\s*([1-9])$/i.exec(id);
      if (m) return Number(m[1]);
      const outline = lookup(id, (s) => val(child(child(s, 'w:pPr'), 'w:outlineLvl')));
      const level = outline === undefined ? NaN : Number(outline) + 1;
      return level >= 1 && level <= 9 ? level : undefined;
    },
    numbering(id) {
      return lookup(id, (s) => {
        const numPr = child(child(s, 'w:pPr'), 'w:numPr');
        const numId = val(child(numPr, 'w:numId'));
        return numId ? { numId, ilvl: Number(val(child(numPr, 'w:ilvl')) ?? 0) } : undefined;
      });
    },
    isTitle(id) {
      return nameOf(id) === 'title' || id.toLowerCase() === 'title';
    },
  };
}

function readProperties(custom: XmlElement | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of custom ? elements(custom) : []) {
    const name = attr(p, 'name');
    const value = elements(p)[0];
    if (name && value) out.set(name, textOf(value));
  }
  return out;
}
