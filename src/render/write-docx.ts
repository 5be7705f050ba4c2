/**
 * Doc → a Word document (.docx) the secretariat can go on editing: real headings
 * (Word's own Heading 1–4, so the navigation pane and a table of contents work),
 * real tables with a repeating header row, real bullet and numbered lists, and
 * named styles (field label, table text, quote …) that change every such
 * paragraph at once when edited. The partnership's name (and its logo) is in
 * the page header, "Side x av y" in the footer; the page is A4, and a wide table
 * marked landscape (the action plan's matrix) gets landscape pages of its own.
 *
 * Tables survive real content: column widths are widened so that no word is
 * broken inside a cell, the header row repeats on every page and is never left
 * alone at the bottom of one, group columns are merged vertically, and a long
 * document gets a table of contents. With a partnership's Word template
 * (`profil.word_mal`), its styles replace hf's, as pandoc's --reference-doc does.
 *
 * The `docx` package is imported when a document is written, not before, so no
 * other command loads it.
 */
import type { Block, Doc, FieldControl, Inline, TableCell } from './ir.js';
import type { DocumentLook } from './look.js';
import { safeHref } from './markdown.js';
import { groupSpans } from './write-html.js';
import { cleanDoc } from './sanitize.js';
import type { Lang } from '../i18n/lang.js';

type Docx = typeof import('docx');
type Paragraph = import('docx').Paragraph;
type Table = import('docx').Table;
type ParagraphChild = import('docx').ParagraphChild;

/** Style ids written into the document. Word shows the names (localized to the document's language). */
export const DOCX_STYLES = {
  fieldLabel: 'HfFieldLabel',
  tableText: 'HfTableText',
  tableHeading: 'HfTableHeading',
  quote: 'Quote',
  header: 'Header',
  footer: 'Footer',
  code: 'HfCode',
  /** Word's own style for the grey text a content control shows until someone types into it. */
  placeholder: 'PlaceholderText',
  contentsHeading: 'HfContentsHeading',
} as const;

const STYLE_NAMES: Record<'fieldLabel' | 'tableText' | 'tableHeading' | 'code' | 'contentsHeading', { nb: string; en: string }> = {
  contentsHeading: { nb: 'Innholdsoverskrift', en: 'Contents heading' },
  fieldLabel: { nb: 'Feltnavn', en: 'Field label' },
  tableText: { nb: 'Tabelltekst', en: 'Table text' },
  tableHeading: { nb: 'Tabelloverskrift', en: 'Table heading' },
  code: { nb: 'Kode', en: 'Code' },
};

/** A4 with 18 mm side margins: the width tables are laid out on, in twentieths of a point. */
const PAGE_WIDTH = 11906;
const PAGE_HEIGHT = 16838;
const SIDE_MARGIN = 1021;
const TEXT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN;
/** Landscape pages (A4 turned) with 15 mm side margins. */
const LANDSCAPE_MARGIN = 851;
const LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - 2 * LANDSCAPE_MARGIN;
const FONT = 'Calibri';

export interface DocxOptions {
  /** The partnership's logo (in the header) and Word template (its styles). */
  look?: DocumentLook;
}

/** Writes the document as .docx bytes. */
export async function toDocx(input: Doc, options: DocxOptions = {}): Promise<Uint8Array> {
  const doc = cleanDoc(input);
  const docx = await import('docx');
  const writer = new DocxWriter(docx);
  const runs = sectionRuns(doc.blocks);
  const bodies = runs.map((run) => writer.blocks(run.blocks, { depth: 0, inCell: false, quoted: false, width: run.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH }));
  // A long document (a plan, a meeting packet) opens with a table of contents after its title.
  if (doc.contents && bodies[0]) insertContents(docx, bodies[0], doc.lang);
  const template = options.look?.wordStyles;
  const logo = options.look?.logo;
  const header = new docx.Header({
    children: [
      ...(logo
        ? [
            new docx.Paragraph({
              style: DOCX_STYLES.header,
              children: [
                new docx.ImageRun({
                  type: logo.mime === 'image/png' ? 'png' : 'jpg',
                  data: logo.bytes,
                  // At most 16 mm high and 60 mm wide (96 pixels to the inch), in the image's proportions.
                  transformation: logoSize(logo.width, logo.height),
                  altText: { name: 'logo', description: clean(doc.partnership), title: clean(doc.partnership) },
                }),
              ],
            }),
          ]
        : []),
      new docx.Paragraph({ style: DOCX_STYLES.header, children: [new docx.TextRun(clean(doc.partnership))] }),
    ],
  });
  const footer = new docx.Footer({
    children: [
      new docx.Paragraph({
        style: DOCX_STYLES.footer,
        alignment: docx.AlignmentType.RIGHT,
        children: [
          new docx.TextRun({
            children: doc.lang === 'en' ? ['Page ', docx.PageNumber.CURRENT, ' of ', docx.PageNumber.TOTAL_PAGES] : ['Side ', docx.PageNumber.CURRENT, ' av ', docx.PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
  const portrait = { size: { width: PAGE_WIDTH, height: PAGE_HEIGHT }, margin: { top: 1247, bottom: 1134, left: SIDE_MARGIN, right: SIDE_MARGIN, header: 567, footer: 567 } };
  const landscape = {
    // The docx package turns the size itself for a landscape page: it is given as the paper is.
    size: { width: PAGE_WIDTH, height: PAGE_HEIGHT, orientation: docx.PageOrientation.LANDSCAPE },
    margin: { top: 1021, bottom: 1021, left: LANDSCAPE_MARGIN, right: LANDSCAPE_MARGIN, header: 454, footer: 454 },
  };
  const document = new docx.Document({
    title: clean(doc.title),
    creator: 'hf',
    lastModifiedBy: 'hf',
    description: clean(doc.partnership),
    ...(template ? { externalStyles: template } : {}),
    styles: styles(docx, doc.lang, template),
    numbering: { config: writer.numberingConfig() },
    features: { updateFields: false },
    ...(doc.properties ? { customProperties: Object.entries(doc.properties).map(([name, value]) => ({ name: clean(name), value: clean(value) })) } : {}),
    sections: runs.map((run, i) => ({
      properties: { page: run.landscape ? landscape : portrait },
      // Every section has the same header and footer; the page numbers run on across sections.
      headers: { default: header },
      footers: { default: footer },
      children: bodies[i]!.length ? bodies[i]! : [new docx.Paragraph('')],
    })),
  });
  const buffer = await docx.Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The logo's size in pixels (96 to the inch): at most 16 mm high and 60 mm wide, in its own proportions. */
function logoSize(width: number, height: number): { width: number; height: number } {
  const maxHeight = (16 / 25.4) * 96;
  const maxWidth = (60 / 25.4) * 96;
  const scale = Math.min(maxHeight / height, maxWidth / width);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * The document in runs of portrait and landscape pages: a landscape table (with
 * the heading just before it) is a run of its own, so Word gives it a section
 * with landscape pages.
 */
function sectionRuns(blocks: Block[]): { landscape: boolean; blocks: Block[] }[] {
  const runs: { landscape: boolean; blocks: Block[] }[] = [];
  const push = (landscape: boolean, list: Block[]) => {
    const last = runs[runs.length - 1];
    if (last && last.landscape === landscape) last.blocks.push(...list);
    else runs.push({ landscape, blocks: [...list] });
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (b.type === 'heading' && next?.type === 'table' && next.landscape) {
      push(true, [b, next]);
      i++;
    } else if (b.type === 'table' && b.landscape) push(true, [b]);
    else push(false, [b]);
  }
  if (runs.length === 0) runs.push({ landscape: false, blocks: [] });
  return runs;
}

/** Puts a table of contents (headings 1–3, linked, with page numbers once Word updates it) after the document's title. */
function insertContents(docx: Docx, body: (Paragraph | Table)[], lang: Lang): void {
  const at = body.findIndex((child) => child instanceof docx.Paragraph) + 1;
  const title = new docx.Paragraph({ style: DOCX_STYLES.contentsHeading, children: [new docx.TextRun(lang === 'en' ? 'Contents' : 'Innhold')] });
  body.splice(at, 0, title, new docx.TableOfContents(lang === 'en' ? 'Contents' : 'Innhold', { hyperlink: true, headingStyleRange: '1-3' }) as unknown as Paragraph);
}

/**
 * hf's styles. With a template, the template's styles.xml is the document's,
 * and only hf's own styles it lacks (table text, field label …) are added,
 * based on its Normal: the template decides the fonts, sizes and colours.
 */
function styles(docx: Docx, lang: Lang, template?: string): import('docx').IStylesOptions {
  const name = (k: keyof typeof STYLE_NAMES) => (lang === 'en' ? STYLE_NAMES[k].en : STYLE_NAMES[k].nb);
  if (template) {
    const has = (id: string) => new RegExp(`w:styleId="${id}"`).test(template);
    const own = hfParagraphStyles(docx, name).filter((st) => !has(st.id));
    const chars = hfCharacterStyles(name).filter((st) => !has(st.id));
    return { paragraphStyles: own, characterStyles: chars };
  }
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: '1F3864' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: lang === 'en' ? 'en-GB' : lang === 'nn' ? 'nn-NO' : 'nb-NO' } },
        paragraph: { spacing: { after: 100, line: 264 } },
      },
      heading1: heading(32, 240),
      heading2: heading(28, 280),
      heading3: heading(24, 200),
      heading4: heading(22, 160),
      listParagraph: { paragraph: { spacing: { after: 40 } } },
    },
    paragraphStyles: hfParagraphStyles(docx, name),
    characterStyles: hfCharacterStyles(name),
  };
}

type StyleName = (k: keyof typeof STYLE_NAMES) => string;

function hfCharacterStyles(name: StyleName): import('docx').ICharacterStyleOptions[] {
  return [
    { id: DOCX_STYLES.code, name: name('code'), run: { font: 'Consolas', size: 20 } },
    // Word's own style for the grey text a content control shows until someone types into it.
    { id: DOCX_STYLES.placeholder, name: 'Placeholder Text', run: { color: '808080' } },
  ];
}

function hfParagraphStyles(docx: Docx, name: StyleName): import('docx').IParagraphStyleOptions[] {
  return [
      {
        id: DOCX_STYLES.contentsHeading,
        name: name('contentsHeading'),
        basedOn: 'Normal',
        quickFormat: true,
        run: { bold: true, size: 28, color: '1F3864' },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      },
      {
        id: DOCX_STYLES.tableText,
        name: name('tableText'),
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { before: 20, after: 60 } },
      },
      {
        id: DOCX_STYLES.fieldLabel,
        name: name('fieldLabel'),
        basedOn: DOCX_STYLES.tableText,
        quickFormat: true,
        run: { bold: true },
      },
      {
        id: DOCX_STYLES.tableHeading,
        name: name('tableHeading'),
        basedOn: DOCX_STYLES.tableText,
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true },
      },
      {
        id: DOCX_STYLES.quote,
        name: 'Quote',
        basedOn: 'Normal',
        quickFormat: true,
        run: { color: '404040' },
        paragraph: {
          indent: { left: 284 },
          border: { left: { style: docx.BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } },
        },
      },
      { id: DOCX_STYLES.header, name: 'header', basedOn: 'Normal', run: { size: 18, color: '555555' } },
      { id: DOCX_STYLES.footer, name: 'footer', basedOn: 'Normal', run: { size: 18, color: '555555' } },
  ];
}

interface Where {
  /** List nesting depth. */
  depth: number;
  inCell: boolean;
  quoted: boolean;
  /** The width a table here may take, in twentieths of a point. */
  width: number;
  /** Keep with the next paragraph: the paragraphs of a table row that heads the rows below it. */
  keepNext?: boolean;
}

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  code?: boolean;
  link?: boolean;
}

class DocxWriter {
  private orderedLists: { reference: string; start: number }[] = [];
  private controls = 0;

  constructor(private readonly docx: Docx) {}

  numberingConfig(): import('docx').INumberingOptions['config'] {
    const { LevelFormat, AlignmentType } = this.docx;
    const bullets = ['•', '◦', '▪', '•', '◦', '▪', '•', '◦', '▪'];
    const indent = (level: number) => ({ paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } });
    return [
      {
        reference: 'hf-bullet',
        levels: bullets.map((text, level) => ({ level, format: LevelFormat.BULLET, text, alignment: AlignmentType.LEFT, style: indent(level) })),
      },
      ...this.orderedLists.map((o) => ({
        reference: o.reference,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: level % 3 === 0 ? LevelFormat.DECIMAL : level % 3 === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.LOWER_ROMAN,
          text: `%${level + 1}.`,
          start: level === 0 ? o.start : 1,
          alignment: AlignmentType.LEFT,
          style: indent(level),
        })),
      })),
    ];
  }

  blocks(blocks: Block[], where: Where): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    for (const b of blocks) {
      const next = this.block(b, where);
      // Two tables in a row would be joined into one by Word and LibreOffice: keep a paragraph between them.
      if (out[out.length - 1] instanceof this.docx.Table && next[0] instanceof this.docx.Table) {
        out.push(new this.docx.Paragraph({ ...(where.inCell ? { style: DOCX_STYLES.tableText } : {}), children: [] }));
      }
      out.push(...next);
    }
    return out;
  }

  private block(b: Block, where: Where): (Paragraph | Table)[] {
    const { Paragraph, HeadingLevel, BorderStyle, PageBreak } = this.docx;
    switch (b.type) {
      case 'heading': {
        if (where.inCell) return [this.paragraph(b.text, where, { bold: true })];
        const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][b.level - 1]!;
        return [new Paragraph({ heading: level, children: this.runs(b.text, {}) })];
      }
      case 'paragraph':
        return [this.paragraph(b.text, where)];
      case 'list':
        return this.list(b, where);
      case 'quote':
        return this.blocks(b.blocks, { ...where, quoted: true });
      case 'table':
        return [this.table(b, where)];
      case 'rule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })];
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
      case 'image':
        return [this.image(b, where)];
    }
  }

  /** A picture in a paragraph of its own, as wide as it is up to the width of the text (or of a cell); its description as alt text. */
  private image(b: Extract<Block, { type: 'image' }>, where: Where): Paragraph {
    const style = where.inCell ? { style: DOCX_STYLES.tableText } : {};
    if (!b.data) return new this.docx.Paragraph({ ...style, children: [new this.docx.TextRun({ text: `[${clean(b.alt || b.src)}]`, italics: true })] });
    // Twentieths of a point to pixels at 96 to the inch.
    const max = Math.floor((where.inCell ? TEXT_WIDTH * 0.6 : TEXT_WIDTH) / 15);
    const scale = Math.min(1, max / Math.max(1, b.data.width));
    const alt = clean(b.alt);
    return new this.docx.Paragraph({
      ...style,
      // Line spacing that grows with the picture: LibreOffice otherwise keeps the text's line height and hides it.
      spacing: { line: 240, lineRule: this.docx.LineRuleType.AUTO, before: 60, after: 120 },
      keepLines: true,
      children: [
        new this.docx.ImageRun({
          type: b.data.format,
          data: b.data.bytes,
          transformation: { width: Math.max(1, Math.round(b.data.width * scale)), height: Math.max(1, Math.round(b.data.height * scale)) },
          altText: { name: alt, description: alt, title: alt },
        }),
      ],
    });
  }

  private paragraph(text: Inline[], where: Where, format: RunFormat = {}, style?: string): Paragraph {
    const chosen = style ?? (where.quoted ? DOCX_STYLES.quote : where.inCell ? DOCX_STYLES.tableText : undefined);
    return new this.docx.Paragraph({ ...(chosen ? { style: chosen } : {}), ...(where.keepNext ? { keepNext: true } : {}), children: this.runs(text, format) });
  }

  private list(b: Extract<Block, { type: 'list' }>, where: Where): (Paragraph | Table)[] {
    let reference = 'hf-bullet';
    if (b.ordered) {
      reference = `hf-ordered-${this.orderedLists.length + 1}`;
      this.orderedLists.push({ reference, start: b.start ?? 1 });
    }
    const level = Math.min(where.depth, 8);
    const out: (Paragraph | Table)[] = [];
    for (const item of b.items) {
      let first = true;
      for (const child of item) {
        if (first && (child.type === 'paragraph' || child.type === 'heading')) {
          out.push(
            new this.docx.Paragraph({
              ...(where.quoted ? { style: DOCX_STYLES.quote } : where.inCell ? { style: DOCX_STYLES.tableText } : {}),
              numbering: { reference, level },
              children: this.runs(child.text, child.type === 'heading' ? { bold: true } : {}),
            }),
          );
        } else if (first) {
          // An item that starts with something other than text still gets its bullet.
          out.push(new this.docx.Paragraph({ numbering: { reference, level }, children: [] }));
          out.push(...this.block(child, { ...where, depth: where.depth + 1 }));
        } else if (child.type === 'paragraph') {
          out.push(
            new this.docx.Paragraph({
              ...(where.inCell ? { style: DOCX_STYLES.tableText } : {}),
              indent: { left: 360 * (level + 1) },
              children: this.runs(child.text, {}),
            }),
          );
        } else {
          out.push(...this.block(child, { ...where, depth: where.depth + 1 }));
        }
        first = false;
      }
      if (item.length === 0) out.push(new this.docx.Paragraph({ numbering: { reference, level }, children: [] }));
    }
    return out;
  }

  private table(b: Extract<Block, { type: 'table' }>, where: Where): Table {
    const { Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType, TableLayoutType, VerticalMergeType } = this.docx;
    const fields = b.style === 'fields';
    const columns = Math.max(b.header?.length ?? 0, ...b.rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)), 1);
    const relative = b.widths && b.widths.length === columns ? b.widths.map((w) => Math.max(0, w)) : fields && columns === 2 ? [1, 3] : Array.from({ length: columns }, () => 1);
    const available = where.inCell ? Math.round(where.width * 0.6) : where.width;
    const widths = columnWidths(relative, minimumWidths(b, columns), available);
    const merged = groupSpans(b);
    const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
    const shade = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill });
    const rows: import('docx').TableRow[] = [];
    const spanWidth = (from: number, span: number) => widths.slice(from, from + span).reduce((a, w) => a + w, 0);
    if (b.header && b.header.length) {
      rows.push(
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: b.header.map(
            (h, i) =>
              new TableCell({
                width: { size: widths[i] ?? widths[0]!, type: WidthType.DXA },
                shading: shade('E8E8E8'),
                children: [this.paragraph(h, { ...where, inCell: true }, {}, DOCX_STYLES.tableHeading)],
              }),
          ),
        }),
      );
    }
    for (const row of b.rows) {
      let col = 0;
      // A row of bold labels only (the plan's "Tiltak | Mål | …") heads the rows below it: kept with the next row.
      const heads = !fields && isHeadingRow(row);
      const cells = row.map((cell, i) => {
        const span = cell.span ?? 1;
        const width = spanWidth(col, span);
        col += span;
        const label = fields && i === 0;
        // A group cell spans the empty cells below it; they continue its vertical merge.
        const group = merged.get(cell);
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(label ? { shading: shade('F0F0F0') } : cell.field ? { shading: shade('F3F7FB') } : {}),
          ...(group === 0 ? { verticalMerge: VerticalMergeType.CONTINUE } : group && group > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          children: this.cellContent(cell, label, where.width, heads),
        });
      });
      // Rows stay whole on a page where they fit (Word and LibreOffice still split a row taller than a
      // page), unless the table's rows are long texts that had better run on than leave a page half empty.
      rows.push(new TableRow({ cantSplit: !b.breakRows, children: cells.length ? cells : [new TableCell({ children: [new this.docx.Paragraph('')] })] }));
    }
    return new Table({
      rows,
      width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    });
  }

  /** A cell must end with a paragraph (Word repairs the file otherwise), also after a nested table. */
  private cellContent(cell: TableCell, label: boolean, width: number, keepNext = false): (Paragraph | Table)[] {
    const where: Where = { depth: 0, inCell: true, quoted: false, width, ...(keepNext ? { keepNext } : {}) };
    const content: (Paragraph | Table)[] = label
      ? cell.blocks.flatMap((b, i) =>
          b.type === 'paragraph' || b.type === 'heading'
            ? [i === 0 && cell.anchor ? this.anchored(cell.anchor, b.text, DOCX_STYLES.fieldLabel) : this.paragraph(b.text, where, {}, DOCX_STYLES.fieldLabel)]
            : this.block(b, where),
        )
      : this.blocks(cell.blocks, where);
    if (cell.field) return [this.contentControl(cell.field, content), new this.docx.Paragraph({ style: DOCX_STYLES.tableText, children: [] })];
    const last = content[content.length - 1];
    if (!last || last instanceof this.docx.Table) content.push(new this.docx.Paragraph({ style: DOCX_STYLES.tableText, ...(keepNext ? { keepNext } : {}), children: [] }));
    return content;
  }

  /** A paragraph whose text is inside a bookmark. */
  private anchored(name: string, text: Inline[], style: string): Paragraph {
    return new this.docx.Paragraph({ style, children: [new this.docx.Bookmark({ id: clean(name), children: this.runs(text, {}) })] });
  }

  /**
   * A rich-text content control (w:sdt) around a cell's content, as Word makes
   * one: named by its tag and alias, locked against being deleted (its content
   * stays editable), and showing the placeholder in grey while it is empty.
   * A paragraph follows it in the cell, as in cells Word saves.
   */
  private contentControl(field: FieldControl, content: (Paragraph | Table)[]): Paragraph {
    const { ImportedXmlComponent, Paragraph, TextRun } = this.docx;
    const empty = content.length === 0;
    const el = (name: string, val?: string) => new ImportedXmlComponent(name, val === undefined ? undefined : { 'w:val': val });
    const properties = el('w:sdtPr');
    properties.push(el('w:alias', clean(field.alias)));
    properties.push(el('w:tag', clean(field.tag)));
    properties.push(el('w:id', String(++this.controls)));
    properties.push(el('w:lock', 'sdtLocked'));
    if (empty) properties.push(el('w:showingPlcHdr'));
    const body = el('w:sdtContent');
    const children = empty
      ? [new Paragraph({ style: DOCX_STYLES.tableText, children: [new TextRun({ text: clean(field.placeholder), style: DOCX_STYLES.placeholder })] })]
      : content;
    for (const child of children) body.push(child);
    const sdt = el('w:sdt');
    sdt.push(properties);
    sdt.push(body);
    // A block-level content control stands where a paragraph or a table may; docx types cell children as those two.
    return sdt as unknown as Paragraph;
  }

  private runs(list: Inline[], format: RunFormat): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const i of list) out.push(...this.inline(i, format));
    return out;
  }

  private inline(i: Inline, format: RunFormat): ParagraphChild[] {
    const { TextRun, ExternalHyperlink } = this.docx;
    if (typeof i === 'string') {
      const text = clean(i).replace(/\s*\n\s*/g, ' ');
      return text ? [new TextRun({ text, ...runProps(format) })] : [];
    }
    switch (i.type) {
      case 'strong':
        return this.runs(i.children, { ...format, bold: true });
      case 'em':
        return this.runs(i.children, { ...format, italics: true });
      case 'underline':
        return this.runs(i.children, { ...format, underline: true });
      case 'code':
        return [new TextRun({ text: clean(i.text), ...runProps(format), style: DOCX_STYLES.code })];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'footnote': {
        // Word's own footnote: numbered by Word, its text at the foot of the page.
        const paragraphs = this.blocks(i.blocks, { depth: 0, inCell: false, quoted: false, width: TEXT_WIDTH }).filter((p): p is Paragraph => p instanceof this.docx.Paragraph);
        return [new this.docx.FootnoteReferenceRun({ children: paragraphs.length ? paragraphs : [new this.docx.Paragraph('')] })];
      }
      case 'link': {
        const href = safeHref(i.href);
        const text = i.children.length ? i.children : [i.href];
        if (!href) return this.runs(text, format);
        return [new ExternalHyperlink({ link: href, children: this.runs(text, { ...format, link: true }) })];
      }
    }
  }
}

/** Whether every non-empty cell of a row is one paragraph of bold text (and at least one is). */
function isHeadingRow(row: TableCell[]): boolean {
  const filled = row.filter((c) => c.blocks.length > 0);
  const bold = (i: Inline) => typeof i === 'object' && i.type === 'strong';
  return filled.length > 0 && filled.every((c) => c.blocks.length === 1 && c.blocks[0]!.type === 'paragraph' && c.blocks[0]!.text.length > 0 && c.blocks[0]!.text.every(bold));
}

/**
 * Column widths (twentieths of a point) that add up to `available`: in the
 * proportions the table asks for, but each at least as wide as its longest word,
 * so Word never breaks a word inside a cell ("Arbeidsfor|m"). When even the
 * longest words do not fit side by side, they are shrunk evenly.
 */
export function columnWidths(relative: number[], minimum: number[], available: number): number[] {
  const n = relative.length;
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (let round = 0; round <= n; round++) {
    const free = available - [...fixed].reduce((a, i) => a + minimum[i]!, 0);
    const share = relative.reduce((a, w, i) => a + (fixed.has(i) ? 0 : w), 0) || 1;
    widths = relative.map((w, i) => (fixed.has(i) ? minimum[i]! : (Math.max(0, w) / share) * Math.max(0, free)));
    const short = widths.map((w, i) => (!fixed.has(i) && w < minimum[i]! ? i : -1)).filter((i) => i >= 0);
    if (short.length === 0) break;
    for (const i of short) fixed.add(i);
    if (fixed.size === n) break;
  }
  const total = widths.reduce((a, w) => a + w, 0);
  const scale = total > available ? available / total : 1;
  return widths.map((w) => Math.max(300, Math.round(w * scale)));
}

/**
 * Each column's longest word (as Word sets it in bold Calibri 11 pt — bold to
 * be safe, as a template may make any text bold — with the cell's margins),
 * over the header and the cells that span one column.
 */
function minimumWidths(b: Extract<Block, { type: 'table' }>, columns: number): number[] {
  const min = Array.from({ length: columns }, () => 0);
  const measure = (column: number, blocks: Block[]) => {
    for (const word of wordsOf(blocks)) min[column] = Math.max(min[column]!, wordWidth(word.text, true));
  };
  b.header?.forEach((h, i) => measure(i, [{ type: 'paragraph', text: h }]));
  for (const row of b.rows) {
    let column = 0;
    for (const cell of row) {
      if ((cell.span ?? 1) === 1 && column < columns) measure(column, cell.blocks);
      column += cell.span ?? 1;
    }
  }
  // The cell's left and right margins (0.19 cm each), and list indents in the widest case.
  return min.map((w) => (w ? Math.ceil(w + 2 * 108 + 60) : 0));
}

/** The words of some blocks. */
function wordsOf(blocks: Block[]): { text: string }[] {
  const out: { text: string }[] = [];
  const inline = (list: Inline[]) => {
    for (const i of list) {
      if (typeof i === 'string') for (const w of i.split(/\s+/)) w && out.push({ text: w });
      else if (i.type === 'code') for (const w of i.text.split(/\s+/)) w && out.push({ text: w });
      else if ('children' in i) inline(i.children);
    }
  };
  const walk = (list: Block[]) => {
    for (const b of list) {
      if (b.type === 'paragraph') inline(b.text);
      else if (b.type === 'heading') inline(b.text);
      else if (b.type === 'list') b.items.forEach(walk);
      else if (b.type === 'quote') walk(b.blocks);
    }
  };
  walk(blocks);
  return out;
}

/**
 * The width of a word in Calibri 11 pt, in twentieths of a point, from the
 * font's advance widths (em/1000) for Norwegian letters; other characters count
 * as a wide letter. Bold Calibri is about 4% wider. Slightly generous, never short.
 */
export function wordWidth(word: string, bold = false): number {
  let em = 0;
  for (const ch of word) em += CALIBRI[ch] ?? (/[A-ZÆØÅ]/.test(ch) ? 620 : /[a-zæøå]/.test(ch) ? 530 : /\d/.test(ch) ? 507 : 600);
  return Math.ceil((em / 1000) * 11 * 20 * (bold ? 1.05 : 1) * 1.1);
}

/** Advance widths of Calibri (per 1000 em) for the characters that differ most from the average. */
const CALIBRI: Record<string, number> = {
  i: 229, l: 229, j: 238, f: 305, t: 335, r: 349, s: 391, c: 423, z: 395, e: 498, a: 479, o: 527, n: 525, u: 525, h: 525, d: 525, b: 525, p: 525, q: 525, g: 471, k: 455, v: 452, y: 453, x: 433, m: 799, w: 715, æ: 773, ø: 527, å: 479,
  I: 252, J: 319, M: 855, W: 890, Æ: 874, Ø: 662, Å: 579, A: 579, O: 662, D: 615, N: 646, S: 459, T: 487, '-': 306, '–': 498, '/': 386, ',': 250, '.': 252, ':': 268, '(': 303, ')': 303,
};

function runProps(format: RunFormat): Record<string, unknown> {
  return {
    // Word's own Hyperlink character style (blue, underlined), as links typed in Word have.
    ...(format.link ? { style: 'Hyperlink' } : {}),
    ...(format.bold ? { bold: true } : {}),
    ...(format.italics ? { italics: true } : {}),
    ...(format.underline ? { underline: {} } : {}),
  };
}

/**
 * Text for XML 1.0: characters XML cannot hold (control characters, lone
 * surrogates, U+FFFE/U+FFFF) are dropped, since Word refuses or "repairs" a file
 * containing them. Tabs become spaces.
 */
export function clean(text: string): string {
  return text
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
