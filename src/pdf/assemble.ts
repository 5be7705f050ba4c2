/**
 * Putting PDFs together with pdf-lib, without a browser or the disk: merging
 * documents page for page (their tagged structure and named destinations
 * merged with them), reading and writing the outline (bookmarks), stamping
 * "Side x av y" on every page of the result, and the document's metadata
 * (title, author, subject, language, dates; also as XMP for archives).
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFObjectCopier,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  PDFStream,
  PDFString,
  beginMarkedContent,
  degrees,
  endMarkedContent,
  type PDFObject,
} from 'pdf-lib';

/** A PDF that could not be read (broken, encrypted): which input, and why. */
export class PdfInputError extends Error {
  constructor(
    readonly label: string,
    readonly reason: 'broken' | 'encrypted',
    detail: string,
  ) {
    super(`${label}: ${detail}`);
  }
}

/** An entry of a document's outline, as read back: its title, depth (0 = top) and where it points. */
export interface OutlineMark {
  title: string;
  level: number;
  /** 0-based page index within its document. */
  page: number;
  /** Distance from the bottom of the page in points, when the entry gives one. */
  top?: number;
}

/** A bookmark to write. */
export interface OutlineNode {
  title: string;
  /** 0-based page index in the finished document. */
  page: number;
  top?: number;
  children?: OutlineNode[];
}

export interface MergeInput {
  bytes: Uint8Array;
  /** Names the input in an error (a file name, "the notice"). */
  label: string;
}

export interface MergedPart {
  /** Index of the part's first page in the merged document. */
  start: number;
  pages: number;
  /** The part's own outline (from its headings), with page indexes within the part. */
  outline: OutlineMark[];
}

const N = (name: string) => PDFName.of(name);

/** Loads a PDF, turning pdf-lib's exceptions into a PdfInputError that names the input. */
export async function loadPdf(input: MergeInput): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(input.bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
  } catch (error) {
    throw new PdfInputError(input.label, 'broken', error instanceof Error ? error.message : String(error));
  }
  if (doc.isEncrypted) throw new PdfInputError(input.label, 'encrypted', 'encrypted');
  if (doc.getPageCount() === 0) throw new PdfInputError(input.label, 'broken', 'no pages');
  return doc;
}

/**
 * Merges PDFs page for page into a new document, in order. Where an input is
 * tagged, its structure becomes a Part of the result's Document, so a screen
 * reader reads the whole packet; an untagged input's pages stay untagged.
 */
export async function mergePdfs(inputs: MergeInput[]): Promise<{ doc: PDFDocument; parts: MergedPart[] }> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const ctx = out.context;
  const documentElem = ctx.obj({ Type: 'StructElem', S: 'Document' });
  const documentRef = ctx.register(documentElem);
  const kids: PDFRef[] = [];
  const nums: PDFObject[] = [];
  let nextKey = 0;
  const parts: MergedPart[] = [];
  let lang: PDFObject | undefined;
  for (const input of inputs) {
    const src = await loadPdf(input);
    const copier = PDFObjectCopier.for(src.context, ctx);
    const root = src.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
    const entries = root ? parentTreeEntries(root) : undefined;
    const tops = root ? refsOf(root.get(N('K'))) : [];
    const tagged = !!entries && tops.length > 0;
    // Detach the top elements from the source's root, so copying them does not copy the root and its parent tree.
    if (tagged) for (const ref of tops) src.context.lookupMaybe(ref, PDFDict)?.delete(N('P'));
    const offset = nextKey;
    const start = out.getPageCount();
    const srcPages = src.getPages();
    for (const page of srcPages) {
      const ref = copier.copy(page.ref);
      const leaf = ctx.lookup(ref) as PDFPageLeaf;
      out.addPage(PDFPage.of(leaf, ref, out));
      renumber(leaf, 'StructParents', tagged ? offset : undefined);
      const annots = leaf.lookupMaybe(N('Annots'), PDFArray);
      for (let i = 0; annots && i < annots.size(); i++) {
        const annot = annots.lookupMaybe(i, PDFDict);
        if (annot) renumber(annot, 'StructParent', tagged ? offset : undefined);
      }
    }
    if (tagged) {
      for (const ref of tops) {
        const copied = copier.copy(ref);
        const elem = ctx.lookupMaybe(copied, PDFDict);
        if (!elem) continue;
        if (elem.get(N('S')) === N('Document')) elem.set(N('S'), N('Part'));
        elem.set(N('P'), documentRef);
        kids.push(copied);
      }
      let max = -1;
      for (const [key, value] of entries!) {
        nums.push(PDFNumber.of(key + offset), copier.copy(value));
        max = Math.max(max, key);
      }
      nextKey = offset + max + 1;
    }
    mergeNamedDests(src, out, copier);
    lang ??= src.catalog.get(N('Lang'));
    parts.push({ start, pages: srcPages.length, outline: readOutline(src) });
  }
  if (kids.length) {
    documentElem.set(N('K'), ctx.obj(kids));
    const parentTree = ctx.obj({ Nums: ctx.obj(nums) });
    out.catalog.set(N('StructTreeRoot'), ctx.register(ctx.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: ctx.register(parentTree), ParentTreeNextKey: nextKey })));
    out.catalog.set(N('MarkInfo'), ctx.obj({ Marked: true }));
  }
  if (lang) out.catalog.set(N('Lang'), lang);
  return { doc: out, parts };
}

/** Moves a StructParent(s) key by `offset`, or removes it when the structure it points into is not kept. */
function renumber(dict: PDFDict, key: 'StructParents' | 'StructParent', offset: number | undefined): void {
  const value = dict.lookupMaybe(N(key), PDFNumber);
  if (!value) return;
  if (offset === undefined) dict.delete(N(key));
  else dict.set(N(key), PDFNumber.of(value.asNumber() + offset));
}

/** The entries of a structure tree's parent tree (a number tree), sorted by key. */
function parentTreeEntries(root: PDFDict): [number, PDFObject][] | undefined {
  const tree = root.lookupMaybe(N('ParentTree'), PDFDict);
  if (!tree) return undefined;
  const out: [number, PDFObject][] = [];
  const walk = (node: PDFDict, depth: number) => {
    if (depth > 32) return;
    const nums = node.lookupMaybe(N('Nums'), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      const key = nums.lookupMaybe(i, PDFNumber);
      if (key) out.push([key.asNumber(), nums.get(i + 1)]);
    }
    const kids = node.lookupMaybe(N('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) {
      const kid = kids.lookupMaybe(i, PDFDict);
      if (kid) walk(kid, depth + 1);
    }
  };
  walk(tree, 0);
  return out.sort((a, b) => a[0] - b[0]);
}

function refsOf(value: PDFObject | undefined): PDFRef[] {
  if (value instanceof PDFRef) return [value];
  if (value instanceof PDFArray) return value.asArray().filter((v): v is PDFRef => v instanceof PDFRef);
  return [];
}

/** Named destinations (targets of links inside a document) go with their pages; a name already taken keeps its first target. */
function mergeNamedDests(src: PDFDocument, out: PDFDocument, copier: PDFObjectCopier): void {
  const dests = src.catalog.lookupMaybe(N('Dests'), PDFDict);
  if (!dests) return;
  let target = out.catalog.lookupMaybe(N('Dests'), PDFDict);
  if (!target) {
    target = out.context.obj({});
    out.catalog.set(N('Dests'), out.context.register(target));
  }
  for (const [name, value] of dests.entries()) if (!target.has(name)) target.set(name, copier.copy(value));
}

/** Decodes a PDF text string (title of an outline entry, an info field). */
function textOf(value: PDFObject | undefined): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return undefined;
}

/** The outline of a document, depth first: every entry with its title, level and target page. */
export function readOutline(doc: PDFDocument): OutlineMark[] {
  const outlines = doc.catalog.lookupMaybe(N('Outlines'), PDFDict);
  if (!outlines) return [];
  const pageRefs = doc.getPages().map((p) => p.ref);
  const marks: OutlineMark[] = [];
  const seen = new Set<PDFDict>();
  const walk = (first: PDFDict | undefined, level: number) => {
    for (let item = first; item && !seen.has(item) && level < 16; item = item.lookupMaybe(N('Next'), PDFDict)) {
      seen.add(item);
      const dest = destOf(item);
      const pageRef = dest?.get(0);
      const page = pageRef instanceof PDFRef ? pageRefs.findIndex((r) => r === pageRef || (r.objectNumber === pageRef.objectNumber && r.generationNumber === pageRef.generationNumber)) : -1;
      const top = dest?.lookupMaybe(3, PDFNumber)?.asNumber();
      const title = textOf(item.lookup(N('Title')));
      if (title !== undefined && page >= 0) marks.push({ title, level, page, ...(top !== undefined ? { top } : {}) });
      walk(item.lookupMaybe(N('First'), PDFDict), level + 1);
    }
  };
  walk(outlines.lookupMaybe(N('First'), PDFDict), 0);
  return marks;
}

function destOf(item: PDFDict): PDFArray | undefined {
  const dest = item.lookupMaybe(N('Dest'), PDFArray);
  if (dest) return dest;
  const action = item.lookupMaybe(N('A'), PDFDict);
  return action?.lookupMaybe(N('D'), PDFArray);
}

/** Replaces the document's outline with `nodes`, shown open when the document is opened. */
export function writeOutline(doc: PDFDocument, nodes: OutlineNode[]): void {
  const ctx = doc.context;
  const pages = doc.getPages();
  if (nodes.length === 0) {
    doc.catalog.delete(N('Outlines'));
    return;
  }
  const rootRef = ctx.nextRef();
  const build = (list: OutlineNode[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = list.map(() => ctx.nextRef());
    let count = 0;
    list.forEach((node, i) => {
      const page = pages[Math.max(0, Math.min(node.page, pages.length - 1))]!;
      const dict = ctx.obj({
        Title: PDFHexString.fromText(node.title),
        Parent: parent,
        Dest: ctx.obj([page.ref, N('XYZ'), PDFNull, node.top !== undefined ? PDFNumber.of(node.top) : PDFNull, PDFNull]),
      });
      if (i > 0) dict.set(N('Prev'), refs[i - 1]!);
      if (i < list.length - 1) dict.set(N('Next'), refs[i + 1]!);
      count += 1;
      if (node.children?.length) {
        const sub = build(node.children, refs[i]!);
        dict.set(N('First'), sub.first);
        dict.set(N('Last'), sub.last);
        // Open: a positive count of the visible entries below.
        dict.set(N('Count'), PDFNumber.of(sub.count));
        count += sub.count;
      }
      ctx.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };
  const top = build(nodes, rootRef);
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.count }));
  doc.catalog.set(N('Outlines'), rootRef);
  doc.catalog.set(N('PageMode'), N('UseOutlines'));
}

/** The height of the strip at the bottom of a page that holds the page number, in points (20 mm: the page's bottom margin). */
export const FOOTER_HEIGHT = (20 / 25.4) * 72;

/**
 * Stamps every page with the footer of the same page of `overlay` (a document
 * with as many pages, printed with nothing but the page number in its bottom
 * margin): the bottom strip of the overlay page, drawn at the bottom right of
 * the page whatever its size or rotation, and marked as an artifact (not part
 * of the text a screen reader reads).
 */
export async function stampFooters(doc: PDFDocument, overlayBytes: Uint8Array): Promise<void> {
  const overlay = await loadPdf({ bytes: overlayBytes, label: 'page numbers' });
  const pages = doc.getPages();
  const sources = overlay.getPages().slice(0, pages.length);
  const embedded = await doc.embedPages(
    sources,
    sources.map((p) => ({ left: 0, bottom: 0, right: p.getWidth(), top: FOOTER_HEIGHT })),
  );
  embedded.forEach((stamp, i) => {
    const page = pages[i]!;
    const box = page.getMediaBox();
    const rotation = ((page.getRotation().angle % 360) + 360) % 360;
    // The page as it is shown: width and height swap on a page turned a quarter.
    const shownWidth = rotation === 90 || rotation === 270 ? box.height : box.width;
    const dx = shownWidth - stamp.width;
    // Where the shown page's bottom-left corner is, and which way is up, in the page's own coordinates.
    const placement =
      rotation === 90
        ? { x: box.x + box.width, y: box.y + dx, rotate: degrees(90) }
        : rotation === 180
          ? { x: box.x + box.width - dx, y: box.y + box.height, rotate: degrees(180) }
          : rotation === 270
            ? { x: box.x, y: box.y + box.height - dx, rotate: degrees(270) }
            : { x: box.x + dx, y: box.y, rotate: degrees(0) };
    page.pushOperators(beginMarkedContent('Artifact'));
    page.drawPage(stamp, placement);
    page.pushOperators(endMarkedContent());
  });
}

export interface PdfMeta {
  title: string;
  /** The partnership, which publishes the document. */
  author: string;
  subject?: string;
  keywords?: string[];
  /** BCP 47: nb, nn, en. */
  lang: string;
  /** The time the document is made (the command's clock, so HF_NOW fixes it). */
  date: Date;
  /** "hf 0.1.0". */
  creator: string;
}

/** Sets the document information, the language, the title shown in the window, and the same as XMP metadata. */
export function setMetadata(doc: PDFDocument, meta: PdfMeta): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords?.length) doc.setKeywords(meta.keywords);
  doc.setLanguage(meta.lang);
  doc.setCreator(meta.creator);
  doc.setProducer(`${meta.creator} (pdf-lib)`);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  const xmp = new TextEncoder().encode(xmpPacket(meta));
  const stream: PDFStream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(N('Metadata'), doc.context.register(stream));
}

function xmpPacket(meta: PdfMeta): string {
  const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${x(meta.author)}</rdf:li></rdf:Seq></dc:creator>
${meta.subject ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.subject)}</rdf:li></rdf:Alt></dc:description>\n` : ''}<dc:language><rdf:Bag><rdf:li>${x(meta.lang)}</rdf:li></rdf:Bag></dc:language>
<xmp:CreatorTool>${x(meta.creator)}</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<pdf:Producer>${x(meta.creator)} (pdf-lib)</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** A PNG or JPEG as a one-page A4 PDF (portrait or landscape, as the image is), the image as large as the margins allow. */
export async function imageToPdf(bytes: Uint8Array, label: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  let image;
  try {
    image = bytes[0] === 0x89 ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
  } catch (error) {
    throw new PdfInputError(label, 'broken', error instanceof Error ? error.message : String(error));
  }
  const a4: [number, number] = image.width > image.height ? [841.89, 595.28] : [595.28, 841.89];
  const margin = (18 / 25.4) * 72;
  const page = doc.addPage(a4);
  const scale = Math.min((a4[0] - 2 * margin) / image.width, (a4[1] - 2 * margin - FOOTER_HEIGHT) / image.height, 1e6);
  const width = image.width * scale;
  const height = image.height * scale;
  page.drawImage(image, { x: (a4[0] - width) / 2, y: a4[1] - margin - height, width, height });
  return doc.save();
}
