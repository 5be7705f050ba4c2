/** fast-check arbitraries for documents full of hostile text and links. */
import fc from 'fast-check';
import type { Block, Doc, Inline } from '../../src/render/ir.js';

export const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '</style><script>x()</script>',
      '</title><iframe src="https://evil.example">',
      '\u001b[2J\u001b]0;x\u0007',
      'abc\u202edcba\u2066',
      '<!-- kommentar -->',
      '&lt;b&gt; &#60;script&#62;',
      'javascript:alert(1)',
      '[lenke](javascript:alert(1))',
      '\u0000\u0008\u000b\u000c\u001f\u007f\u0085\ufffe',
      '\ud800 alene',
    ),
  },
);

export const hostileHref = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative',
    'https://example.no/"onmouseover="x',
    'https://example.no/a?b=<c>',
    'mailto:sekretariat@example.no',
    'http://example.no',
  ),
  fc.webUrl(),
  fc.string({ maxLength: 20 }),
);

export const arbInline: fc.Arbitrary<Inline> = fc.letrec<{ inline: Inline }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.record({ type: fc.constant('strong' as const), children: fc.array(tie('inline'), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('em' as const), children: fc.array(tie('inline'), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('underline' as const), children: fc.array(tie('inline'), { maxLength: 2 }) }),
    fc.record({ type: fc.constant('code' as const), text: hostileText }),
    fc.record({ type: fc.constant('link' as const), href: hostileHref, children: fc.array(tie('inline'), { maxLength: 2 }) }),
    fc.constant({ type: 'break' as const }),
  ),
})).inline;

const inlines = fc.array(arbInline, { maxLength: 4 });

export const arbBlock: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('paragraph' as const), text: inlines }),
    fc.record({ type: fc.constant('heading' as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), text: inlines }),
    fc.record({ type: fc.constant('list' as const), ordered: fc.boolean(), items: fc.array(fc.array(tie('block'), { maxLength: 2 }), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('quote' as const), blocks: fc.array(tie('block'), { maxLength: 2 }) }),
    fc.record({
      type: fc.constant('table' as const),
      header: fc.option(fc.array(inlines, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      rows: fc.array(fc.array(fc.record({ blocks: fc.array(tie('block'), { maxLength: 2 }) }), { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
      style: fc.constantFrom('grid' as const, 'fields' as const),
    }),
    fc.constant({ type: 'rule' as const }),
    fc.constant({ type: 'pageBreak' as const }),
  ),
})).block;

export const arbDoc: fc.Arbitrary<Doc> = fc.record({
  title: hostileText,
  lang: fc.constantFrom('nb' as const, 'nn' as const, 'en' as const),
  partnership: hostileText,
  blocks: fc.array(arbBlock, { maxLength: 5 }),
});
