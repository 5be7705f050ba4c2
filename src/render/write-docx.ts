/**
 * Doc → a Word document (.docx) the secretariat can go on editing: real headings
 * (Word's own Heading 1–4, so the navigation pane and a table of contents work),
 * real tables with a repeating header row, real bullet and numbered lists, and
 * named styles (field label, table text, quote …) that change every such
 * paragraph at once when edited. The partnership's name is in the page header,
 * the page number in the footer; the page is A4.
 *
 * The `docx` package is imported when a document is written, not before, so no
 * other command loads it.
 */
import type { Block, Doc, FieldControl, Inline, TableCell } from './ir.js';
import { safeHref } from './markdown.js';
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
} as const;

const STYLE_NAMES: Record<'fieldLabel' | 'tableText' | 'tableHeading' | 'code', { nb: string; en: string }> = {
  fieldLabel: { nb: 'Feltnavn', en: 'Field label' },
  tableText: { nb: 'Tabelltekst', en: 'Table text' },
  tableHeading: { nb: 'Tabelloverskrift', en: 'Table heading' },
  code: { nb: 'Kode', en: 'Code' },
};

/** A4 with 18 mm side margins: the width tables are laid out on, in twentieths of a point. */
const PAGE_WIDTH = 11906;
const SIDE_MARGIN = 1021;
const TEXT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN;
const FONT = 'Calibri';

/** Writes the document as .docx bytes. */
export async function toDocx(input: Doc): Promise<Uint8Array> {
  const doc = cleanDoc(input);
  const docx = await import('docx');
  const writer = new DocxWriter(docx, doc.lang);
  const children = writer.blocks(doc.blocks, { depth: 0, inCell: false, quoted: false });
  const document = new docx.Document({
    title: clean(doc.title),
    creator: 'hf',
    lastModifiedBy: 'hf',
    description: clean(doc.partnership),
    styles: styles(docx, doc.lang),
    numbering: { config: writer.numberingConfig() },
    features: { updateFields: false },
    ...(doc.properties ? { customProperties: Object.entries(doc.properties).map(([name, value]) => ({ name: clean(name), value: clean(value) })) } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: 16838 },
            margin: { top: 1247, bottom: 1134, left: SIDE_MARGIN, right: SIDE_MARGIN, header: 567, footer: 567 },
          },
        },
        headers: {
          default: new docx.Header({ children: [new docx.Paragraph({ style: DOCX_STYLES.header, children: [new docx.TextRun(clean(doc.partnership))] })] }),
        },
        footers: {
          default: new docx.Footer({
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
          }),
        },
        children: children.length ? children : [new docx.Paragraph('')],
      },
    ],
  });
  const buffer = await docx.Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function styles(docx: Docx, lang: Lang): import('docx').IStylesOptions {
  const name = (k: keyof typeof STYLE_NAMES) => (lang === 'en' ? STYLE_NAMES[k].en : STYLE_NAMES[k].nb);
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
    paragraphStyles: [
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
    ],
    characterStyles: [
      { id: DOCX_STYLES.code, name: name('code'), run: { font: 'Consolas', size: 20 } },
      { id: DOCX_STYLES.placeholder, name: 'Placeholder Text', run: { color: '808080' } },
    ],
  };
}

interface Where {
  /** List nesting depth. */
  depth: number;
  inCell: boolean;
  quoted: boolean;
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

  constructor(
    private readonly docx: Docx,
    private readonly lang: Lang,
  ) {}

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
    return new this.docx.Paragraph({ ...(chosen ? { style: chosen } : {}), children: this.runs(text, format) });
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
    const { Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType, TableLayoutType } = this.docx;
    const fields = b.style === 'fields';
    const columns = Math.max(b.header?.length ?? 0, ...b.rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)), 1);
    const relative = b.widths && b.widths.length === columns ? b.widths.map((w) => Math.max(0, w)) : fields && columns === 2 ? [1, 3] : Array.from({ length: columns }, () => 1);
    const total = relative.reduce((a, w) => a + w, 0) || 1;
    const available = where.inCell ? Math.round(TEXT_WIDTH * 0.6) : TEXT_WIDTH;
    const widths = relative.map((w) => Math.max(300, Math.round((w / total) * available)));
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
      const cells = row.map((cell, i) => {
        const span = cell.span ?? 1;
        const width = spanWidth(col, span);
        col += span;
        const label = fields && i === 0;
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(label ? { shading: shade('F0F0F0') } : cell.field ? { shading: shade('F3F7FB') } : {}),
          children: this.cellContent(cell, label),
        });
      });
      // Rows stay whole on a page where they fit; Word and LibreOffice still split a row taller than a page.
      rows.push(new TableRow({ cantSplit: true, children: cells.length ? cells : [new TableCell({ children: [new this.docx.Paragraph('')] })] }));
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
  private cellContent(cell: TableCell, label: boolean): (Paragraph | Table)[] {
    const where: Where = { depth: 0, inCell: true, quoted: false };
    const content: (Paragraph | Table)[] = label
      ? cell.blocks.flatMap((b, i) =>
          b.type === 'paragraph' || b.type === 'heading'
            ? [i === 0 && cell.anchor ? this.anchored(cell.anchor, b.text, DOCX_STYLES.fieldLabel) : this.paragraph(b.text, where, {}, DOCX_STYLES.fieldLabel)]
            : this.block(b, where),
        )
      : this.blocks(cell.blocks, where);
    if (cell.field) return [this.contentControl(cell.field, content), new this.docx.Paragraph({ style: DOCX_STYLES.tableText, children: [] })];
    const last = content[content.length - 1];
    if (!last || last instanceof this.docx.Table) content.push(new this.docx.Paragraph({ style: DOCX_STYLES.tableText, children: [] }));
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
        const paragraphs = this.blocks(i.blocks, { depth: 0, inCell: false, quoted: false }).filter((p): p is Paragraph => p instanceof this.docx.Paragraph);
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
