import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Block, Doc, Inline } from '../../src/render/ir.js';
import { flattenToInlines, markdownToBlocks, parseMarkdown } from '../../src/render/markdown.js';
import { toMarkdown } from '../../src/render/write-markdown.js';

function doc(blocks: Block[], partnership = ''): Doc {
  return { title: 'T', lang: 'nb', partnership, blocks };
}

function inlineText(list: Inline[]): string {
  return list.map((i) => (typeof i === 'string' ? i : i.type === 'break' ? ' ' : i.type === 'code' ? i.text : i.type === 'footnote' ? '' : inlineText(i.children))).join('');
}

/** The text of blocks (link texts included: GFM reads a bare address back as a link to itself). */
function textOf(blocks: Block[]): string {
  return inlineText(flattenToInlines(blocks))
    .replace(/\s+/g, ' ')
    .trim();
}

function htmlNodes(node: Nodes): string[] {
  const out: string[] = [];
  if (node.type === 'html') out.push(node.value);
  if ('children' in node) for (const c of node.children as Nodes[]) out.push(...htmlNodes(c));
  return out;
}

describe('toMarkdown', () => {
  it('writes headings, paragraphs, emphasis, links and lists', () => {
    const md = toMarkdown(
      doc([
        { type: 'heading', level: 1, text: ['Innkalling'] },
        { type: 'paragraph', text: ['Se ', { type: 'link', href: 'https://example.org/', children: ['lenke'] }, ' og ', { type: 'em', children: ['dette'] }, '.'] },
        { type: 'list', ordered: false, items: [[{ type: 'paragraph', text: ['en'] }], [{ type: 'paragraph', text: ['to'] }, { type: 'list', ordered: true, items: [[{ type: 'paragraph', text: ['a'] }]] }]] },
      ]),
    );
    expect(md).toBe('# Innkalling\n\nSe [lenke](<https://example.org/>) og *dette*.\n\n- en\n- to\n  1. a\n');
  });

  it('numbers an ordered list from its start, in the text, in a table cell and as plain text', () => {
    const list: Block = { type: 'list', ordered: true, start: 3, items: [[{ type: 'paragraph', text: ['tre'] }], [{ type: 'paragraph', text: ['fire'] }]] };
    expect(toMarkdown(doc([list]))).toBe('3. tre\n4. fire\n');
    expect(toMarkdown(doc([{ type: 'table', style: 'grid', header: [['A']], rows: [[{ blocks: [list] }]] }]))).toBe('| A |\n| --- |\n| 3. tre<br>4. fire |\n');
    expect(flattenToInlines([list])).toEqual(['3. ', 'tre', { type: 'break' }, '4. ', 'fire']);
  });

  it('writes the partnership first', () => {
    expect(toMarkdown(doc([], 'Helsefellesskapet i Vestfold'))).toBe('*Helsefellesskapet i Vestfold*\n');
  });

  it('writes a fields table as one labelled line per field, multi-line values with hard breaks', () => {
    const md = toMarkdown(
      doc([
        {
          type: 'table',
          style: 'fields',
          rows: [
            [{ blocks: [{ type: 'paragraph', text: ['Til'] }] }, { blocks: [{ type: 'paragraph', text: ['SSUs faste medlemmer'] }] }],
            [{ blocks: [{ type: 'paragraph', text: ['Frafall'] }] }, { blocks: [{ type: 'paragraph', text: ['A', { type: 'break' }, 'B'] }] }],
          ],
        },
      ]),
    );
    expect(md).toBe('**Til:** SSUs faste medlemmer\n\n**Frafall:** A\\\nB\n');
  });

  it('writes a grid table with one line per row, joining a cell’s blocks with <br>', () => {
    const md = toMarkdown(
      doc([
        {
          type: 'table',
          style: 'grid',
          header: [['Saksnr.'], ['Sak']],
          rows: [
            [
              { blocks: [{ type: 'paragraph', text: ['2024.26'] }] },
              { blocks: [{ type: 'paragraph', text: ['Tittel | med strek'] }, { type: 'list', ordered: false, items: [[{ type: 'paragraph', text: ['punkt'] }]] }] },
            ],
          ],
        },
      ]),
    );
    expect(md).toBe('| Saksnr. | Sak |\n| --- | --- |\n| 2024.26 | Tittel \\| med strek<br><br>• punkt |\n');
    const table = parseMarkdown(md).children[0]!;
    expect(table.type).toBe('table');
  });

  it('escapes text so that it reads back as the same text and never as markup', () => {
    const evil = '<script>alert(1)</script> *fet* _kursiv_ `kode` [lenke](javascript:x) &amp; # ikke overskrift';
    const md = toMarkdown(doc([{ type: 'paragraph', text: [evil] }, { type: 'paragraph', text: ['1. ikke liste'] }, { type: 'paragraph', text: ['> ikke sitat'] }]));
    const tree = parseMarkdown(md);
    expect(htmlNodes(tree)).toEqual([]);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(textOf(markdownToBlocks(md))).toBe(`${evil} 1. ikke liste > ikke sitat`);
  });

  it('round-trips any text through Markdown unchanged (property)', () => {
    const chars = fc.constantFrom(...'ab æø1.)-+*_`~[]()<>!#&;|\\=:/ \n\t'.split(''), 'javascript:', 'https://x.no', 'www.x.no', 'a@b.no', '@', '&amp;', '<br>', '---', '```');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const md = toMarkdown(doc([{ type: 'paragraph', text: [text] }]));
        const back = textOf(markdownToBlocks(md));
        expect(back).toBe(text.replace(/\s+/g, ' ').trim());
        expect(htmlNodes(parseMarkdown(md))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps table cells inert too: only the writer’s own <br> is HTML', () => {
    const md = toMarkdown(
      doc([{ type: 'table', style: 'grid', header: [['A']], rows: [[{ blocks: [{ type: 'paragraph', text: ['<img src=x onerror=alert(1)>'] }, { type: 'paragraph', text: ['x|y'] }] }]] }]),
    );
    expect(htmlNodes(parseMarkdown(md))).toEqual(['<br>', '<br>']); // between the two paragraphs
    expect(md).toContain('\\<img src=x onerror=alert(1)>');
  });

  it('drops a link whose target is not http(s) or mailto, keeping its text', () => {
    const md = toMarkdown(doc([{ type: 'paragraph', text: [{ type: 'link', href: 'javascript:alert(1)', children: ['klikk'] }] }]));
    expect(md).toBe('klikk\n');
  });
});
