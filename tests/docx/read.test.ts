/**
 * Reading Word documents as Markdown: a case paper built with the `docx`
 * package (headings, emphasis, lists, a table, a link, a picture, a tracked
 * change), hostile and broken files, and a property test that whatever text
 * is typed comes back as the same text once the Markdown is read.
 */
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocxError, openDocx } from '../../src/docx/package.js';
import { readBlocks, type TextSpan } from '../../src/docx/read.js';
import { toMarkdown } from '../../src/docx/markdown.js';
import { loadMarkdown, markdownToBlocks } from '../../src/render/markdown.js';
import type { Block, Inline } from '../../src/render/ir.js';
import { wordPaper } from '../helpers/word-paper.js';

beforeAll(loadMarkdown);

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal .docx around a body's XML. */
function docxWith(body: string, extra: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}

describe('a case paper written in Word', () => {
  it('becomes Markdown with its headings, emphasis, lists, table, link and picture', async () => {
    const pkg = openDocx(await wordPaper());
    const images: string[] = [];
    const md = toMarkdown(readBlocks(pkg, pkg.body.children), {
      topHeading: 2,
      image: (img) => {
        images.push(img.part);
        return `2024.30-bilde-${images.length}.png`;
      },
    });
    expect(md).toBe(
      [
        '**Samhandlingsdata og styringsinformasjon**',
        '',
        '## Bakgrunn',
        '',
        'Tallene viser **store forskjeller** mellom *kommunene*. Se [Helsedirektoratets statistikk](https://www.helsedirektoratet.no/statistikk) (tall for 2023) og 5 \\* 3 = 15\\_000.',
        '',
        'Endringen er godkjent.',
        '',
        '### Funn',
        '',
        '1. Flere innleggelser',
        '   - særlig blant eldre',
        '2. Kortere liggetid',
        '',
        'Tabellen viser antall pasienter:',
        '',
        '| **Kommune** | **2023** | **2024** |',
        '| --- | --- | --- |',
        '| Larvik | 120 | 135 |',
        '| Horten \\| Holmestrand | 80 | 77 |',
        '',
        '![Figur 1: Innleggelser per kommune](2024.30-bilde-1.png)',
        '',
        '## Forslag til vedtak',
        '',
        '- Orienteringen tas til etterretning.',
        '- SSU ber om en ny oversikt i 2025.',
      ].join('\n'),
    );
    expect(images).toHaveLength(1);
    expect(pkg.part(images[0]!)?.subarray(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
  });

  it('reads back as the blocks hf renders: headings, an ordered list, a table, a link', async () => {
    const pkg = openDocx(await wordPaper());
    const blocks = markdownToBlocks(toMarkdown(readBlocks(pkg, pkg.body.children), { topHeading: 2 }), { context: 'document', minHeading: 2 });
    expect(blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: Inline[] }).text)).toEqual([['Bakgrunn'], ['Funn'], ['Forslag til vedtak']]);
    expect(blocks[0]).toEqual({ type: 'paragraph', text: [{ type: 'strong', children: ['Samhandlingsdata og styringsinformasjon'] }] });
    const ordered = blocks.find((b) => b.type === 'list' && b.ordered) as Extract<Block, { type: 'list' }>;
    expect(ordered.items).toHaveLength(2);
    const table = blocks.find((b) => b.type === 'table') as Extract<Block, { type: 'table' }>;
    expect(table.rows.map((r) => r.map((c) => (c.blocks[0] as { text: Inline[] }).text))).toEqual([[['Larvik'], ['120'], ['135']], [['Horten | Holmestrand'], ['80'], ['77']]]);
    expect(JSON.stringify(blocks)).toContain('"href":"https://www.helsedirektoratet.no/statistikk"');
  });
});

describe('what a reader does not see is not read', () => {
  it('leaves out deleted text, hidden text and field instructions, and keeps a HYPERLINK field as a link', () => {
    const body = [
      '<w:p><w:r><w:t xml:space="preserve">Synlig </w:t></w:r><w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>slettet</w:delText></w:r></w:del>',
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>skjult</w:t></w:r>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/a" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>lenke</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> s. 3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    ].join('');
    const pkg = openDocx(docxWith(body));
    expect(toMarkdown(readBlocks(pkg, pkg.body.children))).toBe('Synlig [lenke](https://example.org/a) s. 3');
  });

  it('writes no link to anything but http(s) and mailto', () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/></Relationships>';
    const pkg = openDocx(docxWith('<w:p><w:hyperlink r:id="rId9"><w:r><w:t>klikk</w:t></w:r></w:hyperlink></w:p>', { 'word/_rels/document.xml.rels': rels }));
    expect(toMarkdown(readBlocks(pkg, pkg.body.children))).toBe('klikk');
  });
});

describe('files that are not Word documents', () => {
  it('are refused with a reason, never a crash', () => {
    const reason = (bytes: Uint8Array) => {
      try {
        openDocx(bytes);
        return 'opened';
      } catch (error) {
        return error instanceof DocxError ? error.problem : `crash: ${String(error)}`;
      }
    };
    expect(reason(strToU8('bare tekst'))).toBe('not-zip');
    expect(reason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('encrypted');
    expect(reason(zipSync({ 'a.txt': strToU8('x') }))).toBe('no-document');
    expect(reason(docxWith('<w:p>'))).toBe('bad-xml');
    expect(reason(zipSync({ 'word/document.xml': strToU8('<!DOCTYPE d [<!ENTITY x "xxxxxxxx">]><w:document xmlns:w="' + W + '"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>') }))).toBe('bad-xml');
    expect(reason(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe('not-zip');
  });

  it('refuses content controls nested past any real document, and reads those nested as deep as Word goes', () => {
    const nested = (depth: number) => '<w:sdt><w:sdtContent>'.repeat(depth) + '<w:p><w:r><w:t>Inne</w:t></w:r></w:p>' + '</w:sdtContent></w:sdt>'.repeat(depth);
    // 50,000 levels: a walk that recursed once per level would overflow the stack.
    expect(() => openDocx(docxWith(nested(50_000)))).toThrow(expect.objectContaining({ problem: 'bad-xml' }));
    const pkg = openDocx(docxWith(nested(100)));
    const blocks = readBlocks(pkg, pkg.body.children);
    expect(blocks).toHaveLength(1);
    expect(toMarkdown(blocks).trim()).toBe('Inne');
  });
});

describe('text typed in Word', () => {
  const text = fc.stringMatching(/^[A-Za-zæøåÆØÅ0-9 .,:;!?'"()*_\\[\]<>#&|~`=+-]{1,40}$/);
  const span = fc.record({ text, bold: fc.boolean(), italic: fc.boolean(), strike: fc.constant(false) });

  function plain(inlines: Inline[]): string {
    return inlines.map((i) => (typeof i === 'string' ? i : i.type === 'code' ? i.text : i.type === 'break' || i.type === 'footnote' ? ' ' : plain(i.children))).join('');
  }
  /** Each character that is not white space, with whether it is bold. */
  function boldChars(inlines: Inline[], bold = false): [string, boolean][] {
    return inlines.flatMap((i): [string, boolean][] =>
      typeof i === 'string' ? [...i].filter((c) => /\S/.test(c)).map((c): [string, boolean] => [c, bold]) : i.type === 'code' || i.type === 'break' || i.type === 'footnote' ? [] : boldChars(i.children, bold || i.type === 'strong'),
    );
  }
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const paragraphOf = (spans: { text: string; bold: boolean; italic: boolean; strike: boolean }[]) => {
    const md = toMarkdown([{ type: 'paragraph', spans: spans.map((s): TextSpan => ({ type: 'text', ...s })) }]);
    const back = markdownToBlocks(md, { context: 'cell' });
    expect(back).toHaveLength(1);
    expect(back[0]!.type).toBe('paragraph');
    return (back[0] as { text: Inline[] }).text;
  };

  it('comes back as the same text, and nothing comes back bold that was not (property)', () => {
    fc.assert(
      // A paragraph of only spaces is no paragraph: it is left out of the inputs.
      fc.property(fc.array(span, { minLength: 1, maxLength: 6 }).filter((spans) => spans.some((s) => s.text.trim() !== '')), (spans) => {
        const typed = spans.map((s) => s.text).join('');
        const text = paragraphOf(spans);
        expect(squeeze(plain(text))).toBe(squeeze(typed));
        const typedBold = spans.flatMap((s) => [...s.text].filter((c) => /\S/.test(c)).map(() => s.bold));
        boldChars(text).forEach(([, bold], i) => {
          if (bold) expect(typedBold[i]).toBe(true);
        });
      }),
      { seed: 11, numRuns: 400 },
    );
  });

  it('keeps bold on whole words (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zæøå0-9]{1,8}$/);
    const styled = fc.record({ text: word, bold: fc.boolean(), italic: fc.boolean(), strike: fc.constant(false) });
    fc.assert(
      fc.property(fc.array(styled, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', ', ', ' – '), (words, separator) => {
        const spans = words.flatMap((w, i) => (i ? [{ text: separator, bold: false, italic: false, strike: false }, w] : [w]));
        const text = paragraphOf(spans);
        const expected = spans.flatMap((w) => [...w.text].filter((c) => /\S/.test(c)).map((c): [string, boolean] => [c, w.bold]));
        expect(boldChars(text)).toEqual(expected);
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});
