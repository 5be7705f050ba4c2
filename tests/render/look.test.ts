/**
 * A partnership's own look: the logo in the header of HTML (as data, through
 * the sanitiser) and Word, and a reference Word template whose styles the Word
 * output takes as they are (hf adding only its own styles the template lacks)
 * and whose fonts, sizes and colours the HTML and PDF take.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/render/ir.js';
import { imageSize, themeCss, themeFromStyles, type DocumentLook } from '../../src/render/look.js';
import { toDocx } from '../../src/render/write-docx.js';
import { toHtml } from '../../src/render/write-html.js';
import { inertProblems } from '../helpers/html.js';
import { PNG, templateDocx } from '../helpers/look.js';

async function stylesOf(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(Buffer.from(bytes))).file('word/styles.xml')!.async('string');
}

const doc: Doc = {
  title: 'Innkalling',
  lang: 'nb',
  partnership: 'Helsefellesskapet i Vestfold',
  blocks: [
    { type: 'heading', level: 1, text: ['Innkalling'] },
    { type: 'table', style: 'fields', rows: [[{ blocks: [{ type: 'paragraph', text: ['Til'] }] }, { blocks: [{ type: 'paragraph', text: ['SSU'] }] }]] },
  ],
};

describe('the partnership\'s look', () => {
  it('reads the fonts, sizes and colours of a Word template\'s styles', async () => {
    const theme = themeFromStyles(await stylesOf(await templateDocx()));
    expect(theme).toMatchObject({ font: 'Georgia', size: 12, color: '222222' });
    expect(theme.headings[1]).toEqual({ font: 'Georgia', size: 20, color: '8B0000', bold: true });
    expect(theme.headings[2]).toMatchObject({ size: 15, bold: false });
    const css = themeCss(theme);
    expect(css).toContain('html { font-family: "Georgia", Calibri, Carlito, Arial, sans-serif; font-size: 12pt; color: #222222; }');
    expect(css).toContain('main > h1, section > h1 { font-family: "Georgia", Calibri, Carlito, Arial, sans-serif; font-size: 20pt; color: #8B0000; font-weight: bold; }');
  });

  it('lets nothing but names, numbers and colours from a template into the stylesheet', () => {
    const css = themeCss({ font: 'x"; } body { background: url(https://evil.example/) } .a { x', size: 12, headings: { 1: { font: '</style><script>', color: 'red;}' } } });
    expect(css).not.toMatch(/evil|script|url\(|red/);
  });

  it('shows the logo at the top of the HTML, as data the policy allows and the sanitiser keeps', () => {
    const look: DocumentLook = { logo: { mime: 'image/png', bytes: PNG, width: 2, height: 1 } };
    const html = toHtml(doc, { look });
    expect(html).toContain(`<header class="partnership"><img class="logo" src="data:image/png;base64,${Buffer.from(PNG).toString('base64')}" alt="">Helsefellesskapet i Vestfold</header>`);
    expect(inertProblems(html)).toEqual([]);
    expect(inertProblems(html.replace('src="data:image/png;base64,', 'src="https://example.org/x.png?'))).not.toEqual([]);
    expect(imageSize(PNG)).toEqual({ mime: 'image/png', width: 2, height: 1 });
    expect(imageSize(new TextEncoder().encode('GIF89a……'))).toBeUndefined();
  });

  it('takes the template\'s styles into Word as they are, adding only hf\'s own styles it lacks, and the logo in the header', async () => {
    const template = await stylesOf(await templateDocx());
    const bytes = await toDocx(doc, { look: { wordStyles: template, logo: { mime: 'image/png', bytes: PNG, width: 2, height: 1 } } });
    const styles = await stylesOf(bytes);
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(heading1).toContain('w:ascii="Georgia"');
    expect(heading1).toContain('<w:color w:val="8B0000"/>');
    expect(styles.match(/w:styleId="Heading1"/g)).toHaveLength(1);
    for (const id of ['HfTableText', 'HfFieldLabel', 'HfTableHeading']) expect(styles).toContain(`w:styleId="${id}"`);
    const zip = await JSZip.loadAsync(Buffer.from(bytes));
    expect(Object.keys(zip.files).some((f) => /^word\/media\/.*\.png$/.test(f))).toBe(true);
    const header = await zip.file(Object.keys(zip.files).find((f) => /^word\/header\d*\.xml$/.test(f))!)!.async('string');
    expect(header).toContain('<w:drawing>');
    // Without a template, hf's own look.
    const own = await stylesOf(await toDocx(doc));
    expect(/<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(own)![0]).toContain('w:ascii="Calibri"');
  });
});
