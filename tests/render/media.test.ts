/**
 * Footnotes and pictures in Markdown, through the document model into all three
 * writers: footnotes numbered in document order and placed at the foot (Word's
 * own footnotes in .docx), pictures embedded from the repository (a data: URL in
 * HTML, so a PDF printed from it needs nothing beside it; a picture part in
 * .docx), and a picture whose bytes are missing shown by its description.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { embedImages } from '../../src/commands/shared/images.js';
import { resolveImage } from '../../src/model/images.js';
import { imageInfo } from '../../src/render/image-info.js';
import type { Block, Doc } from '../../src/render/ir.js';
import { markdownToBlocks } from '../../src/render/markdown.js';
import { toDocx } from '../../src/render/write-docx.js';
import { toHtml } from '../../src/render/write-html.js';
import { toMarkdown } from '../../src/render/write-markdown.js';

/** A 3×2 PNG (red pixels). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGP4z8AAQQxwFgBB0gX7h/C5SAAAAABJRU5ErkJggg==',
  'base64',
);

const doc = (blocks: Block[]): Doc => ({ title: 'Test', lang: 'nb', partnership: 'Helsefellesskapet Elvedalen', blocks });

const TEXT = [
  'Modellen bygger på tre nivåer.[^nivå] Tallene er fra 2024.[^kilde]',
  '',
  '![Samhandlingsmodellen](bilder/modell.png)',
  '',
  '[^nivå]: Kommune, sykehus og **brukere**.',
  '[^kilde]: Kommunehelsetjenesten, KOSTRA.',
].join('\n');

describe('markdownToBlocks with footnotes and pictures', () => {
  it('turns a footnote reference into a footnote holding its text, and leaves the definitions out of the flow', () => {
    const [p] = markdownToBlocks(TEXT, { base: 'plans/2025-2027' });
    expect(p).toEqual({
      type: 'paragraph',
      text: [
        'Modellen bygger på tre nivåer.',
        { type: 'footnote', blocks: [{ type: 'paragraph', text: ['Kommune, sykehus og ', { type: 'strong', children: ['brukere'] }, '.'] }] },
        ' Tallene er fra 2024.',
        { type: 'footnote', blocks: [{ type: 'paragraph', text: ['Kommunehelsetjenesten, KOSTRA.'] }] },
      ],
    });
    // The definitions are not paragraphs of their own.
    expect(markdownToBlocks(TEXT, { base: 'plans/2025-2027' })).toHaveLength(2);
  });

  it('keeps a reference without a definition as written, and a note that refers to itself does not loop', () => {
    expect(markdownToBlocks('Se note.[^x]')).toEqual([{ type: 'paragraph', text: ['Se note.[^x]'] }]);
    const [p] = markdownToBlocks('Her.[^a]\n\n[^a]: Se også[^a].');
    const note = (p as Extract<Block, { type: 'paragraph' }>).text[1] as Extract<Block, { type: 'paragraph' }>['text'][number];
    expect(note).toEqual({ type: 'footnote', blocks: [{ type: 'paragraph', text: ['Se også[^a].'] }] });
  });

  it('makes a picture in the repository an image block with its path from the repository root, splitting its paragraph', () => {
    const blocks = markdownToBlocks('Før ![Kart](../felles/kart.png) etter.', { base: 'plans/2025-2027' });
    expect(blocks).toEqual([
      { type: 'paragraph', text: ['Før'] },
      { type: 'image', src: 'plans/felles/kart.png', alt: 'Kart' },
      { type: 'paragraph', text: ['etter.'] },
    ]);
    expect(markdownToBlocks('![Logo](/bilder/logo.png)', { base: 'cases/ssu/2024' })).toEqual([{ type: 'image', src: 'bilder/logo.png', alt: 'Logo' }]);
    expect(markdownToBlocks('![Ref][m]\n\n[m]: bilder/m.png', { base: 'plans/2025' })).toEqual([{ type: 'image', src: 'plans/2025/bilder/m.png', alt: 'Ref' }]);
  });

  it('never embeds a picture on the web or outside the repository', () => {
    const web = markdownToBlocks('![Nett](https://example.org/a.png)', { base: 'plans/2025' });
    expect(web).toEqual([{ type: 'paragraph', text: [{ type: 'link', href: 'https://example.org/a.png', children: ['Nett'] }] }]);
    const out = markdownToBlocks('![Ut](../../../a.png)', { base: 'plans/2025' });
    expect(out).toEqual([{ type: 'paragraph', text: ['Ut'] }]);
  });
});

describe('resolveImage', () => {
  it('takes the path from the file\'s folder, or the root for a leading slash, and refuses what leads out', () => {
    expect(resolveImage('plans/2025', 'bilder/a%20b.png')).toEqual({ kind: 'file', path: 'plans/2025/bilder/a b.png' });
    expect(resolveImage('plans/2025', './a.png?x=1#y')).toEqual({ kind: 'file', path: 'plans/2025/a.png' });
    expect(resolveImage('plans/2025', '/a.png')).toEqual({ kind: 'file', path: 'a.png' });
    expect(resolveImage('plans/2025', '../../a.png')).toEqual({ kind: 'file', path: 'a.png' });
    expect(resolveImage('plans/2025', '../../../a.png')).toEqual({ kind: 'outside' });
    expect(resolveImage('plans/2025', 'file:///etc/passwd')).toEqual({ kind: 'outside' });
    expect(resolveImage('plans/2025', '//example.org/a.png')).toEqual({ kind: 'outside' });
    expect(resolveImage('plans/2025', '#top')).toEqual({ kind: 'none' });
  });
});

describe('imageInfo', () => {
  it('reads format and size of PNG, GIF and JPEG, and nothing else', () => {
    expect(imageInfo(PNG)).toEqual({ format: 'png', width: 3, height: 2 });
    const gif = Buffer.from('R0lGODlhBQAEAIAAAAAAAP///ywAAAAAAQABAAACAUQAOw==', 'base64');
    expect(imageInfo(gif)).toEqual({ format: 'gif', width: 5, height: 4 });
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 7 and width 9.
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Array(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x07, 0x00, 0x09, 0x03, ...Array(9).fill(0)]);
    expect(imageInfo(jpeg)).toEqual({ format: 'jpg', width: 9, height: 7 });
    expect(imageInfo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(imageInfo(PNG.subarray(0, 20))).toBeUndefined();
  });
});

const blocks = () => markdownToBlocks(TEXT, { base: 'plans/2025-2027' });
const withPicture = (): Doc => {
  const d = doc(blocks());
  const image = d.blocks[1] as Extract<Block, { type: 'image' }>;
  image.data = { format: 'png', width: 3, height: 2, bytes: new Uint8Array(PNG) };
  return d;
};

describe('the writers', () => {
  it('Markdown: numbered references, the notes at the end, the picture by its path', () => {
    expect(toMarkdown(withPicture())).toBe(
      [
        '*Helsefellesskapet Elvedalen*',
        '',
        'Modellen bygger på tre nivåer.[^1] Tallene er fra 2024.[^2]',
        '',
        '![Samhandlingsmodellen](<plans/2025-2027/bilder/modell.png>)',
        '',
        '[^1]: Kommune, sykehus og **brukere**.',
        '',
        '[^2]: Kommunehelsetjenesten, KOSTRA.',
        '',
      ].join('\n'),
    );
  });

  it('HTML: the picture inside the file as a data: URL, footnotes linked to a list at the end, all kept by the sanitiser', () => {
    const html = toHtml(withPicture());
    expect(html).toContain(`<img src="data:image/png;base64,${PNG.toString('base64')}" alt="Samhandlingsmodellen" width="3" height="2">`);
    expect(html).toContain('tre nivåer.<sup class="fn"><a href="#fn-1" id="fnref-1">1</a></sup> Tallene');
    expect(html).toContain('<li id="fn-2">Kommunehelsetjenesten, KOSTRA.</li>');
    expect(html).toContain('section.footnotes');
    // Nothing is fetched: the policy allows pictures only from data: URLs.
    expect(html).toContain("img-src data:");
    // Without its bytes, the picture is its description.
    expect(toHtml(doc(blocks()))).toContain('<p class="figure missing">[Samhandlingsmodellen]</p>');
  });

  it('HTML of a document without pictures or notes has no styles for them', () => {
    expect(toHtml(doc([{ type: 'paragraph', text: ['Tekst'] }]))).not.toContain('section.footnotes');
  });

  it('Word: real footnotes and an embedded picture with its description', async () => {
    const bytes = Buffer.from(await toDocx(withPicture()));
    const zip = await JSZip.loadAsync(bytes);
    const notes = await zip.file('word/footnotes.xml')!.async('string');
    expect(notes).toContain('Kommunehelsetjenesten, KOSTRA.');
    expect(notes).toContain('brukere');
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body.match(/<w:footnoteReference /g)).toHaveLength(2);
    expect(body).toContain('descr="Samhandlingsmodellen"');
    // The picture's paragraph has line spacing that grows with it (LibreOffice hides a picture in a line of fixed height).
    const pictureParagraph = /<w:p>(?:(?!<\/w:p>).)*<w:drawing>/s.exec(body)![0];
    expect(pictureParagraph).toMatch(/<w:spacing [^>]*w:lineRule="auto"/);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(await zip.file(media[0]!)!.async('uint8array')).equals(PNG)).toBe(true);
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(text).toContain('Modellen bygger på tre nivåer.');
  });
});

describe('embedImages', () => {
  const root = mkdtempSync(join(tmpdir(), 'hf-media-'));
  const outside = mkdtempSync(join(tmpdir(), 'hf-media-out-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  mkdirSync(join(root, 'plans/2025-2027/bilder'), { recursive: true });
  writeFileSync(join(root, 'plans/2025-2027/bilder/modell.png'), PNG);
  writeFileSync(join(root, 'plans/2025-2027/bilder/tekst.png'), 'ikke et bilde');
  writeFileSync(join(outside, 'hemmelig.png'), PNG);
  symlinkSync(join(outside, 'hemmelig.png'), join(root, 'plans/2025-2027/bilder/lenke.png'));

  it('reads the picture from the repository, with its format and size', () => {
    const out = embedImages(doc(blocks()), root);
    expect(out.blocks[1]).toMatchObject({ type: 'image', data: { format: 'png', width: 3, height: 2 } });
  });

  it('leaves a picture without bytes when it is not a picture, is missing, or a link leads out of the repository', () => {
    const d = doc(['tekst.png', 'mangler.png', 'lenke.png'].map((f): Block => ({ type: 'image', src: `plans/2025-2027/bilder/${f}`, alt: f })));
    const out = embedImages(d, root);
    expect(out).toBe(d);
    expect(out.blocks.every((b) => b.type === 'image' && !b.data)).toBe(true);
  });

  it('finds pictures in table cells, lists and footnotes', () => {
    const image: Block = { type: 'image', src: 'plans/2025-2027/bilder/modell.png', alt: 'M' };
    const d = doc([
      { type: 'table', rows: [[{ blocks: [image] }]] },
      { type: 'paragraph', text: ['x', { type: 'footnote', blocks: [{ type: 'list', ordered: false, items: [[image]] }] }] },
    ]);
    const out = JSON.stringify(embedImages(d, root), (_k, v) => (v instanceof Uint8Array ? 'BYTES' : v));
    expect(out.match(/"bytes":"BYTES"/g)).toHaveLength(2);
  });
});
