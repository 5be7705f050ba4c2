import { describe, expect, it } from 'vitest';
import type { Block, Doc } from '../../src/render/ir.js';
import { HTML_CSP, toHtml } from '../../src/render/write-html.js';
import { inertProblems } from '../helpers/html.js';

function doc(blocks: Block[], extra: Partial<Doc> = {}): Doc {
  return { title: 'Innkalling SSU 26.09.24', lang: 'nb', partnership: 'Helsefellesskapet i Vestfold', blocks, ...extra };
}

describe('toHtml', () => {
  it('writes a complete, self-contained document: language, title, policy, A4 print style, partnership header', () => {
    const html = toHtml(doc([{ type: 'heading', level: 1, text: ['Innkalling'] }]));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nb">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_CSP.replace(/'/g, '&#39;')}">`);
    expect(html).toContain('<title>Innkalling SSU 26.09.24</title>');
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).toContain('<header class="partnership">Helsefellesskapet i Vestfold</header>');
    expect(html).toContain('<h1>Innkalling</h1>');
    // Nothing is loaded from outside: no src= and no stylesheet links.
    expect(html).not.toMatch(/\ssrc=|<link\b/i);
    expect(inertProblems(html)).toEqual([]);
  });

  it('has a policy that forbids scripts and every outside resource', () => {
    expect(HTML_CSP).toContain("default-src 'none'");
    expect(HTML_CSP).not.toMatch(/script-src|unsafe-eval/);
    expect(HTML_CSP).toContain("base-uri 'none'");
    expect(HTML_CSP).toContain("form-action 'none'");
  });

  it('writes tables with a header row, column widths, spans and label cells', () => {
    const html = toHtml(
      doc([
        { type: 'table', style: 'fields', rows: [[{ blocks: [{ type: 'paragraph', text: ['Til'] }] }, { blocks: [{ type: 'paragraph', text: ['SSU'] }] }]] },
        {
          type: 'table',
          style: 'grid',
          header: [['Saksnr.'], ['Sak']],
          widths: [1, 3],
          rows: [[{ blocks: [{ type: 'paragraph', text: ['Pause'] }], span: 2 }]],
        },
      ]),
    );
    expect(html).toContain('<table class="fields">');
    expect(html).toContain('<tr><th scope="row">Til</th><td>SSU</td></tr>');
    expect(html).toContain('<colgroup><col style="width:25.0%"><col style="width:75.0%"></colgroup>');
    expect(html).toContain('<thead><tr><th scope="col">Saksnr.</th><th scope="col">Sak</th></tr></thead>');
    expect(html).toContain('<td colspan="2">Pause</td>');
  });

  it('escapes every text, in the title, the header, headings, cells and links', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(1)>"\'&';
    const html = toHtml(
      doc(
        [
          { type: 'heading', level: 2, text: [evil] },
          { type: 'paragraph', text: [evil, { type: 'link', href: 'https://example.org/?a="b"', children: [evil] }, { type: 'code', text: evil }] },
          { type: 'table', style: 'grid', header: [[evil]], rows: [[{ blocks: [{ type: 'paragraph', text: [evil] }] }]] },
          { type: 'list', ordered: true, start: 3, items: [[{ type: 'paragraph', text: [evil] }]] },
        ],
        { title: evil, partnership: evil },
      ),
    );
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(html).toContain('href="https://example.org/?a=%22b%22"');
    expect(html).toContain('<ol start="3">');
    expect(inertProblems(html)).toEqual([]);
  });

  it('keeps the partnership name inside its CSS string, so it cannot close the stylesheet', () => {
    const html = toHtml(doc([], { partnership: '"; } </style><script>alert(1)</script> Ø' }));
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(style).not.toMatch(/<\/|<script/i);
    expect(style).toContain('content: "\\22 \\3b  \\7d  \\3c \\2f style\\3e \\3c script\\3e alert\\28 1\\29 \\3c \\2f script\\3e  Ø"');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('writes a link only for http(s) and mailto targets', () => {
    const html = toHtml(
      doc([
        {
          type: 'paragraph',
          text: [
            { type: 'link', href: 'javascript:alert(1)', children: ['a'] },
            { type: 'link', href: 'data:text/html,x', children: ['b'] },
            { type: 'link', href: 'mailto:post@example.org', children: ['c'] },
          ],
        },
      ]),
    );
    expect(html).toContain('<p>ab<a href="mailto:post@example.org" rel="noopener noreferrer">c</a></p>');
  });
});

describe('the inertness check used by the tests', () => {
  it('catches scripts, event handlers, foreign tags and unsafe links', () => {
    expect(inertProblems('<p onclick="x">a</p>')).not.toEqual([]);
    expect(inertProblems('<script>x</script>')).not.toEqual([]);
    expect(inertProblems('<img src=x>')).not.toEqual([]);
    expect(inertProblems('<a href="javascript:alert(1)">a</a>')).not.toEqual([]);
    expect(inertProblems('<iframe></iframe>')).not.toEqual([]);
    expect(inertProblems('<p>&lt;script&gt; onerror=x</p>')).toEqual([]);
  });
});
