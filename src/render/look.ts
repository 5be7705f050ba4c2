/**
 * A partnership's own look (`profil:` in hf.yaml): its logo and the styles of
 * its reference Word template, as pandoc's `--reference-doc` uses one — the
 * template's content is ignored, its styles are taken.
 *
 * Word output takes the template's styles.xml as it is (write-docx.ts). HTML
 * and PDF output take what a stylesheet can say of it: the fonts, sizes and
 * colours of body text and headings 1–4, read here from styles.xml. Pure: the
 * command reads the files and unpacks the template (fflate), this reads text.
 */

/** What HTML and PDF take from a Word template. Sizes in points; colours as six hex digits. */
export interface Theme {
  font?: string;
  size?: number;
  color?: string;
  headings: Partial<Record<1 | 2 | 3 | 4, { font?: string; size?: number; color?: string; bold?: boolean }>>;
}

/** A logo, embedded in the documents as data (HTML and PDF allow no outside resources). */
export interface Logo {
  mime: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
  /** Width and height in pixels, read from the image, for its proportions. */
  width: number;
  height: number;
}

/** The look a document is written with; the empty look is hf's own. */
export interface DocumentLook {
  logo?: Logo;
  /** The template's word/styles.xml, for Word output. */
  wordStyles?: string;
  /** What the template's styles say to HTML and PDF. */
  theme?: Theme;
}

/**
 * Reads the fonts, sizes and colours of a Word styles.xml: the document
 * defaults, then the Normal style, then Heading 1–4 (each based on what the
 * template says, falling back to the body text). Anything it cannot read is
 * left out, so the stylesheet's own value stays.
 */
export function themeFromStyles(xml: string): Theme {
  const defaults = section(xml, /<w:docDefaults\b[\s\S]*?<\/w:docDefaults>/);
  const normal = styleXml(xml, 'Normal') ?? styleXml(xml, undefined, 'Normal');
  const body = { ...runOf(defaults), ...runOf(normal) };
  const theme: Theme = { ...body, headings: {} };
  for (const level of [1, 2, 3, 4] as const) {
    const style = styleXml(xml, `Heading${level}`) ?? styleXml(xml, undefined, `heading ${level}`);
    if (!style) continue;
    const run = runOf(style);
    if (Object.keys(run).length) theme.headings[level] = run;
  }
  return theme;
}

function section(xml: string, re: RegExp): string | undefined {
  return re.exec(xml)?.[0];
}

/** The <w:style> element with a style id (or, failing that, a name). */
function styleXml(xml: string, id: string | undefined, name?: string): string | undefined {
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const attrs = m[1]!;
    if (id && attrValue(attrs, 'w:styleId') === id) return m[2];
    if (name && new RegExp(`<w:name\\s+w:val="${name}"`, 'i').test(m[2]!)) return m[2];
  }
  return undefined;
}

function attrValue(attrs: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** Font, size and colour of the run properties (<w:rPr>) in a piece of styles.xml. */
function runOf(xml: string | undefined): { font?: string; size?: number; color?: string; bold?: boolean } {
  const rPr = xml ? /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] : undefined;
  if (!rPr) return {};
  const out: { font?: string; size?: number; color?: string; bold?: boolean } = {};
  const fonts = /<w:rFonts\b([^>]*)\/?>/.exec(rPr)?.[1];
  const font = fonts ? (attrValue(fonts, 'w:ascii') ?? attrValue(fonts, 'w:hAnsi')) : undefined;
  if (font && /^[\p{L}\p{N} .-]{1,60}$/u.test(font)) out.font = font;
  const size = /<w:sz\s+w:val="(\d{1,3})"/.exec(rPr)?.[1];
  if (size) out.size = Number(size) / 2;
  const color = /<w:color\s+w:val="([0-9A-Fa-f]{6})"/.exec(rPr)?.[1];
  if (color) out.color = color.toUpperCase();
  const bold = /<w:b(?:\s+w:val="(\w+)")?\s*\/>/.exec(rPr);
  if (bold) out.bold = bold[1] === undefined || !/^(0|false|off)$/i.test(bold[1]);
  return out;
}

/** A stylesheet for the theme, put after hf's own, so what the template says wins. Every value is checked: only names, numbers and colours. */
export function themeCss(theme: Theme | undefined): string {
  if (!theme) return '';
  const font = (f: string | undefined) => (f && /^[\p{L}\p{N} .-]{1,60}$/u.test(f) ? `"${f}", ` : '');
  const hex = (c: string | undefined) => (c && /^[0-9A-Fa-f]{6}$/.test(c) ? c : undefined);
  const size = (n: number | undefined, max: number) => (typeof n === 'number' && Number.isFinite(n) && n > 4 && n < max ? n : undefined);
  const rules: string[] = [];
  const body: string[] = [];
  if (font(theme.font)) body.push(`font-family: ${font(theme.font)}Calibri, Carlito, Arial, sans-serif`);
  if (size(theme.size, 40)) body.push(`font-size: ${size(theme.size, 40)}pt`);
  if (hex(theme.color)) body.push(`color: #${hex(theme.color)}`);
  if (body.length) rules.push(`html { ${body.join('; ')}; }`);
  for (const level of [1, 2, 3, 4] as const) {
    const h = theme.headings[level];
    if (!h) continue;
    const decl: string[] = [];
    if (font(h.font)) decl.push(`font-family: ${font(h.font)}Calibri, Carlito, Arial, sans-serif`);
    if (size(h.size, 72)) decl.push(`font-size: ${size(h.size, 72)}pt`);
    if (hex(h.color)) decl.push(`color: #${hex(h.color)}`);
    if (typeof h.bold === 'boolean') decl.push(`font-weight: ${h.bold ? 'bold' : 'normal'}`);
    // Headings inside tables (case titles in the agenda) keep the table's text size.
    if (decl.length) rules.push(`main > h${level}, section > h${level} { ${decl.join('; ')}; }`);
  }
  return rules.join('\n');
}

/** Width and height of a PNG or JPEG, or undefined when the bytes are neither. */
export function imageSize(bytes: Uint8Array): { mime: Logo['mime']; width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return { mime: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return undefined;
      const marker = bytes[i + 1]!;
      const length = view.getUint16(i + 2);
      // Start-of-frame markers (not DHT, JPG, DAC) carry height and width.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { mime: 'image/jpeg', height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
      }
      i += 2 + length;
    }
  }
  return undefined;
}
