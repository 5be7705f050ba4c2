import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/render/ir.js';
import { flattenToInlines, markdownToBlocks, markdownToInlines, plainBlocks, safeHref } from '../../src/render/markdown.js';

/** Every link target anywhere in the blocks. */
function hrefs(blocks: Block[]): string[] {
  const out: string[] = [];
  const inl = (list: Inline[]) => {
    for (const i of list) {
      if (typeof i === 'string') continue;
      if (i.type === 'link') out.push(i.href);
      if ('children' in i) inl(i.children);
    }
  };
  const walk = (bs: Block[]) => {
    for (const b of bs) {
      if (b.type === 'heading' || b.type === 'paragraph') inl(b.text);
      if (b.type === 'list') b.items.forEach(walk);
      if (b.type === 'quote') walk(b.blocks);
      if (b.type === 'table') {
        b.header?.forEach(inl);
        b.rows.forEach((r) => r.forEach((c) => walk(c.blocks)));
      }
    }
  };
  walk(blocks);
  return out;
}

describe('safeHref', () => {
  it('keeps http, https and mailto addresses', () => {
    expect(safeHref('https://www.helse-sorost.no')).toBe('https://www.helse-sorost.no/');
    expect(safeHref(' http://example.org/a?b=1 ')).toBe('http://example.org/a?b=1');
    expect(safeHref('mailto:post@example.org')).toBe('mailto:post@example.org');
  });

  it('refuses every other scheme, relative targets and disguised schemes', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\nscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', '/relative', 'vedlegg/x.pdf', '', undefined]) {
      expect(safeHref(bad as string | undefined), String(bad)).toBeUndefined();
    }
  });
});

describe('markdownToBlocks', () => {
  it('turns paragraphs, emphasis, lists and headings into blocks', () => {
    const blocks = markdownToBlocks('## Bakgrunn\n\nTekst med *vekt* og **styrke**.\n\n- en\n- to\n  - under\n');
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: ['Bakgrunn'] },
      { type: 'paragraph', text: ['Tekst med ', { type: 'em', children: ['vekt'] }, ' og ', { type: 'strong', children: ['styrke'] }, '.'] },
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'paragraph', text: ['en'] }], [{ type: 'paragraph', text: ['to'] }, { type: 'list', ordered: false, items: [[{ type: 'paragraph', text: ['under'] }]] }]],
      },
    ]);
  });

  it('keeps raw HTML as literal text, never as markup', () => {
    const blocks = markdownToBlocks('<script>alert(1)</script>\n\nTekst <img src=x onerror=alert(1)> slutt');
    expect(blocks).toEqual([
      { type: 'paragraph', text: ['<script>alert(1)</script>'] },
      { type: 'paragraph', text: ['Tekst <img src=x onerror=alert(1)> slutt'] },
    ]);
  });

  it('keeps only http(s) and mailto links; other targets become plain text', () => {
    const blocks = markdownToBlocks('[trygg](https://example.org) [farlig](javascript:alert(1)) [lokal](vedlegg/a.pdf) <mailto:a@b.no> https://autolenke.no');
    expect(hrefs(blocks)).toEqual(['https://example.org/', 'mailto:a@b.no', 'https://autolenke.no/']);
    expect(flattenToInlines(blocks).filter((i) => typeof i === 'string').join('')).toContain('farlig');
  });

  it('resolves reference links with the same rule', () => {
    const blocks = markdownToBlocks('[a][1] og [b][2]\n\n[1]: https://example.org\n[2]: javascript:alert(1)\n');
    expect(hrefs(blocks)).toEqual(['https://example.org/']);
  });

  it('does not embed images: a picture becomes a link to it, or its description', () => {
    const blocks = markdownToBlocks('![kart](https://example.org/kart.png) ![lokal](x.png)');
    expect(blocks).toEqual([
      { type: 'paragraph', text: [{ type: 'link', href: 'https://example.org/kart.png', children: ['kart'] }, ' lokal'] },
    ]);
  });

  it('treats a line break inside a paragraph as a space and a backslash break as a break', () => {
    expect(markdownToBlocks('første\nandre')).toEqual([{ type: 'paragraph', text: ['første andre'] }]);
    expect(markdownToBlocks('**Til:** A\\\n**Fra:** B')[0]).toEqual({
      type: 'paragraph',
      text: [{ type: 'strong', children: ['Til:'] }, ' A', { type: 'break' }, { type: 'strong', children: ['Fra:'] }, ' B'],
    });
  });

  it('keeps the numbering of an ordered list, as in the PM 2024.4 conclusion', () => {
    const blocks = markdownToBlocks('1) Første.\n2) Andre.\n');
    expect(blocks).toEqual([{ type: 'list', ordered: true, items: [[{ type: 'paragraph', text: ['Første.'] }], [{ type: 'paragraph', text: ['Andre.'] }]] }]);
    expect(markdownToBlocks('3. tre\n4. fire')[0]).toMatchObject({ type: 'list', ordered: true, start: 3 });
  });

  it('puts headings at level 2 or below by default, and makes them bold text inside cells', () => {
    expect(markdownToBlocks('# Tittel')[0]).toEqual({ type: 'heading', level: 2, text: ['Tittel'] });
    expect(markdownToBlocks('# Tittel', { minHeading: 1 })[0]).toEqual({ type: 'heading', level: 1, text: ['Tittel'] });
    expect(markdownToBlocks('###### Dypt')[0]).toEqual({ type: 'heading', level: 4, text: ['Dypt'] });
    expect(markdownToBlocks('## Bakgrunn', { context: 'cell' })[0]).toEqual({ type: 'paragraph', text: [{ type: 'strong', children: ['Bakgrunn'] }] });
  });

  it('reads GFM tables, task lists, block quotes, code and rules', () => {
    const blocks = markdownToBlocks('| A | B |\n|---|---|\n| 1 | 2 |\n\n- [x] gjort\n- [ ] ikke\n\n> sitat\n\n`kode`\n\n---\n');
    expect(blocks[0]).toEqual({
      type: 'table',
      style: 'grid',
      header: [['A'], ['B']],
      rows: [[{ blocks: [{ type: 'paragraph', text: ['1'] }] }, { blocks: [{ type: 'paragraph', text: ['2'] }] }]],
    });
    expect(blocks[1]).toEqual({ type: 'list', ordered: false, items: [[{ type: 'paragraph', text: ['☑ ', 'gjort'] }], [{ type: 'paragraph', text: ['☐ ', 'ikke'] }]] });
    expect(blocks[2]).toEqual({ type: 'quote', blocks: [{ type: 'paragraph', text: ['sitat'] }] });
    expect(blocks[3]).toEqual({ type: 'paragraph', text: [{ type: 'code', text: 'kode' }] });
    expect(blocks[4]).toEqual({ type: 'rule' });
  });

  it('gives no blocks for empty text', () => {
    expect(markdownToBlocks(undefined)).toEqual([]);
    expect(markdownToBlocks('  \n\n ')).toEqual([]);
  });

  it('flattens to one line of inlines for fields', () => {
    expect(markdownToInlines('a\n\n- b\n- c')).toEqual(['a', { type: 'break' }, '• ', 'b', { type: 'break' }, '• ', 'c']);
  });
});

describe('plain paragraphs without remark', () => {
  /** The converter over remark's tree, bypassing the shortcut. */
  const viaRemark = (text: string) => {
    const blocks = markdownToBlocks(`\u200b${text}`);
    // The zero-width space keeps the shortcut away; take it out of the result again.
    return JSON.parse(JSON.stringify(blocks).replace(/\u200b/g, '')) as Block[];
  };

  it('gives exactly what remark gives, for any text it takes', () => {
    const plainChar = fc.constantFrom(...'abØæ Å1 9.,;:()?!\'"/%§–—+=-'.split(''), '\n', '\n\n', 'Ord ');
    const anyChar = fc.oneof(plainChar, fc.constantFrom(...'*_`[]<>&\\~|#@\t'.split(''), 'www.', '://', '  \n'));
    const text = fc.oneof(fc.array(plainChar, { minLength: 1, maxLength: 30 }), fc.array(anyChar, { minLength: 1, maxLength: 30 })).map((a) => a.join(''));
    let taken = 0;
    fc.assert(
      fc.property(text, (t) => {
        const plain = plainBlocks(t);
        if (!plain || !t.trim() || /^[\s\u200b]/.test(t)) return true;
        taken++;
        return JSON.stringify(plain) === JSON.stringify(viaRemark(t));
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(100);
  });

  it('takes ordinary conclusions and leaves Markdown to remark', () => {
    expect(plainBlocks('Saken tas til orientering.\nUtvalget ber om status.\n\nEnstemmig.')).toEqual([
      { type: 'paragraph', text: ['Saken tas til orientering. Utvalget ber om status.'] },
      { type: 'paragraph', text: ['Enstemmig.'] },
    ]);
    for (const md of ['- punkt', '1. punkt', '# Tittel', 'Se *dette*', 'Se www.nav.no', 'a  \nb', '2024. Sak']) expect(plainBlocks(md), md).toBeUndefined();
  });
});
