/**
 * Deep and pathological Markdown: no text stops a document (no "Maximum call
 * stack size exceeded"), no text nests deeper in the document than hf shows, and
 * the work of rendering grows linearly with the text — for every shape of
 * nesting (quotes, lists, emphasis, links, footnotes) and at depth 10,000.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_NESTING, nestingExcess } from '../../src/model/markdown-nesting.js';
import type { Block, Doc, Inline } from '../../src/render/ir.js';
import { loadMarkdown, markdownToBlocks, markdownToInlines } from '../../src/render/markdown.js';
import { cleanDoc } from '../../src/render/sanitize.js';
import { toDocx } from '../../src/render/write-docx.js';
import { toHtml } from '../../src/render/write-html.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { docText } from '../../src/commands/shared/pii-guard.js';

const SEED = Number(process.env.FC_SEED ?? 1313);

/** Texts that nest `n` levels deep, one shape each. */
const SHAPES: Record<string, (n: number) => string> = {
  'quotes on one line': (n) => '> '.repeat(n) + 'dypt',
  'quotes without spaces': (n) => '>'.repeat(n) + ' dypt',
  'quotes line by line': (n) => Array.from({ length: n }, (_, i) => '>'.repeat(Math.min(i + 1, 64)) + ' a').join('\n'),
  'list markers on one line': (n) => '- '.repeat(n) + 'x',
  'ordered list markers': (n) => '1. '.repeat(n) + 'x',
  'lists by indentation': (n) => Array.from({ length: Math.min(n, 400) }, (_, i) => '  '.repeat(i) + '- a').join('\n'),
  'emphasis *_ pairs': (n) => '*_'.repeat(n) + 'x' + '_*'.repeat(n),
  'nested emphasis': (n) => '*a '.repeat(n) + 'x' + ' b*'.repeat(n),
  'nested strong': (n) => '**a '.repeat(n) + 'x' + ' b**'.repeat(n),
  'nested strike-through': (n) => '~a '.repeat(n) + 'x' + ' b~'.repeat(n),
  'nested links': (n) => '['.repeat(n) + 'x' + '](https://example.no)'.repeat(n),
  'unclosed brackets': (n) => '[a '.repeat(n),
  'footnotes referring on': (n) => ['Tekst[^1].', '', ...Array.from({ length: n }, (_, i) => `[^${i + 1}]: Note[^${i + 2}]`)].join('\n'),
  'footnote labels on one line': (n) => '[^a]: '.repeat(n) + 'x',
  'quotes of emphasis': (n) => Array.from({ length: n }, () => '> *a').join('\n') + ' x' + ' b*'.repeat(n),
};

/** The deepest nesting of blocks and inlines in a document's blocks (iteratively). */
function irDepth(blocks: Block[]): number {
  let max = 0;
  const stack: [Block | Inline, number][] = blocks.map((b) => [b, 1]);
  while (stack.length) {
    const [node, d] = stack.pop()!;
    max = Math.max(max, d);
    if (typeof node === 'string') continue;
    const kids: (Block | Inline)[] = [];
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        kids.push(...node.text);
        break;
      case 'list':
        for (const item of node.items) kids.push(...item);
        break;
      case 'quote':
        kids.push(...node.blocks);
        break;
      case 'table':
        for (const row of node.rows) for (const cell of row) kids.push(...cell.blocks);
        for (const h of node.header ?? []) kids.push(...h);
        break;
      case 'strong':
      case 'em':
      case 'underline':
      case 'link':
        kids.push(...node.children);
        break;
      case 'footnote':
        kids.push(...node.blocks);
        break;
      default:
        break;
    }
    for (const k of kids) stack.push([k, d + 1]);
  }
  return max;
}

/** The whole path of a text to a document: blocks, the sanitiser, the identity-number check's text, and the Markdown and HTML writers. */
function render(text: string): { blocks: Block[]; md: string; html: string } {
  const blocks = markdownToBlocks(text, { context: 'document', minHeading: 1 });
  const doc: Doc = cleanDoc({ title: 'Sak', lang: 'nb', partnership: 'Helsefellesskapet', blocks });
  docText(doc);
  markdownToInlines(text);
  return { blocks, md: toMarkdown(doc), html: toHtml(doc) };
}

/** The shortest of five runs, in milliseconds (the least disturbed by other work on the machine). */
function timeOf(f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

beforeAll(async () => {
  await loadMarkdown();
});

describe('deep Markdown', () => {
  it.each(Object.keys(SHAPES))('%s, 10,000 deep: every format is written, flattened within the depth hf shows', async (shape) => {
    const text = SHAPES[shape]!(10_000);
    const { blocks, md, html } = render(text);
    expect(irDepth(blocks)).toBeLessThanOrEqual(2 * MAX_NESTING + 12);
    expect(md.length).toBeGreaterThan(0);
    expect(html).toContain('<html');
    const docx = await toDocx({ title: 'Sak', lang: 'nb', partnership: 'Helsefellesskapet', blocks });
    expect(docx.byteLength).toBeGreaterThan(0);
  });

  it.each(Object.keys(SHAPES))('%s: the work grows linearly with the text (4× the text, under 10× the time)', (shape) => {
    // Repeat the rendering until it takes long enough to measure; the larger text is rendered as often.
    // remark takes half a millisecond for each footnote definition, however flat: fewer of them are enough.
    const n = shape.startsWith('footnotes') ? 250 : 2000;
    const small4 = SHAPES[shape]!(n);
    const large4 = SHAPES[shape]!(4 * n);
    let reps = 1;
    const times = (text: string) => () => {
      for (let i = 0; i < reps; i++) render(text);
    };
    let small = timeOf(times(small4));
    while (small < 40 && reps < 512) {
      reps *= 2;
      small = timeOf(times(small4));
    }
    const large = timeOf(times(large4));
    // Linear work gives about 4×; quadratic, 16×. The margin is for a machine busy with other work.
    expect(large / small, `n=${n} ×${reps}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(10);
  });

  it('a text within the depth hf shows keeps its structure', () => {
    const text = '> '.repeat(MAX_NESTING - 2) + '*kursiv* og **fet**';
    expect(nestingExcess(text)).toBeUndefined();
    const { blocks } = render(text);
    let b: Block = blocks[0]!;
    let quotes = 0;
    while (b.type === 'quote') {
      quotes++;
      b = b.blocks[0]!;
    }
    expect(quotes).toBe(MAX_NESTING - 2);
    expect(b).toEqual({ type: 'paragraph', text: [{ type: 'em', children: ['kursiv'] }, ' og ', { type: 'strong', children: ['fet'] }] });
  });

  it('a text deeper than hf shows is shown as the text it is', () => {
    const text = 'Innledning.\n\n' + '> '.repeat(40) + 'dypt\n*ikke kursiv*';
    expect(nestingExcess(text)).toEqual({ offset: 'Innledning.\n\n'.length + 2 * MAX_NESTING });
    expect(render(text).blocks).toEqual([
      { type: 'paragraph', text: ['Innledning.'] },
      { type: 'paragraph', text: ['> '.repeat(40) + 'dypt', { type: 'break' }, '*ikke kursiv*'] },
    ]);
  });

  it('the bound is never below the depth remark builds, for generated texts', () => {
    const token = fc.constantFrom('> ', '>', '- ', '* ', '1. ', '  ', '    ', '\t', '\n', '\n\n', '*', '**', '_', '__', '~', '[', ']', '](https://x.no)', '`', '\\', 'a', ' b ', '.', '[^1]: ', '[^1]', '#', '```\n');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 120 }), fc.integer({ min: 1, max: 8 }), (tokens, limit) => {
        const text = tokens.join('');
        fc.pre(!nestingExcess(text, limit));
        // Within the bound, remark's tree is no deeper than it (plus the paragraph, table row and cell around inline text).
        const blocks = markdownToBlocks(text, { context: 'document' });
        expect(irDepth(blocks)).toBeLessThanOrEqual(limit + 4);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('ordinary texts are never taken for deep ones', () => {
    const ordinary = fc.constantFrom(
      '**Vedtak:** SSU tar saken til orientering.',
      '- punkt *ett*\n- punkt **to**\n  - underpunkt med `kode_med_understrek` og [lenke](https://example.no)',
      '> Sitat med _kursiv_ og ~~gjennomstreking~~',
      'snake_case_navn og 5 * 3 * 2 = 30, a*b*c',
      '`**kwargs**` i kode, \\* escapet',
      '1. første\n2. andre\n   1. nummerert under',
      '| a | *b* |\n|---|---|\n| [c](https://x.no) | **d** |',
      '```\n' + '> '.repeat(50) + '\n```',
    );
    fc.assert(
      fc.property(fc.array(ordinary, { minLength: 1, maxLength: 60 }), (parts) => {
        expect(nestingExcess(parts.join('\n\n'))).toBeUndefined();
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
