/**
 * Documents that cannot be turned against their readers: for any document,
 * however hostile its text and links, the HTML has only the writer's own tags and
 * attributes, links only to http(s) and mailto, and its Content-Security-Policy;
 * Markdown and Word output carry no control characters; Word links are limited
 * the same way. A final sanitising pass neutralises anything the writer let slip.
 */
import fc from 'fast-check';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_CSP, cleanDoc, sanitizeDocumentHtml } from '../../src/render/sanitize.js';
import { HTML_CSP, toHtml } from '../../src/render/write-html.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { toDocx } from '../../src/render/write-docx.js';
import { ir, type Doc } from '../../src/render/ir.js';
import { parseMarkdown } from '../../src/render/markdown.js';
import type { Nodes } from 'mdast';
import { arbDoc } from '../helpers/arb-doc.js';

const FC = { seed: 4_2032, numRuns: 150 };
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const ALLOWED_TAGS = new Set('html head meta title style body header footer main section div span h1 h2 h3 h4 p ul ol li blockquote table colgroup col thead tbody tr th td hr br a strong em u code'.split(' '));

/** Every tag of an HTML text, with its attributes, outside <style>. */
function tags(html: string): { name: string; attrs: Record<string, string> }[] {
  const found: { name: string; attrs: Record<string, string> }[] = [];
  const noStyle = html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  for (const m of noStyle.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = a[2] ?? '';
    found.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return found;
}

describe('the final HTML pass', () => {
  it('turns tags and attributes the writer never writes into visible text, and keeps the writer\'s own', () => {
    const page = [
      '<!DOCTYPE html>',
      '<html lang="nb"><head><meta charset="utf-8"><title>T</title><style>p { color: red }</style></head><body>',
      '<p onclick="x()">a</p><script>alert(1)</script><img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">j</a><a href="https://example.no/" rel="noopener noreferrer">ok</a>',
      '<iframe src="https://evil.example"></iframe><div class="page-break" style="background:url(x)"></div>',
      '<col style="width:25.0%"><ol start="3"><li>x</li></ol><svg onload=x>',
      '\u0000\u001b[2J</body></html>',
    ].join('\n');
    const out = sanitizeDocumentHtml(page);
    expect(out).toContain('<p>a</p>');
    expect(out).toContain('&lt;script>alert(1)&lt;/script>');
    expect(out).toContain('&lt;img src=x onerror=alert(1)>');
    expect(out).toContain('<a>j</a>');
    expect(out).toContain('<a href="https://example.no/" rel="noopener noreferrer">ok</a>');
    expect(out).toContain('&lt;iframe');
    expect(out).toContain('<div class="page-break"></div>');
    expect(out).toContain('<col style="width:25.0%"><ol start="3">');
    expect(out).toContain('&lt;svg onload=x>');
    expect(out).not.toMatch(CONTROL);
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP.replace(/'/g, '&#39;')}">`);
    const names = tags(out).map((t) => t.name);
    expect(names).toContain('a');
    expect(names.filter((name) => !ALLOWED_TAGS.has(name))).toEqual([]);
  });

  it('cannot be escaped from inside <style> or <title>', () => {
    const out = sanitizeDocumentHtml('<html><head><title>a<script>x</script></title><style>p{}</style><script>y</script></style></head></html>');
    expect(out).not.toMatch(/<script/i);
  });

  it('uses the same policy as the writer', () => expect(HTML_CSP).toBe(DOCUMENT_CSP));
});

describe('any document (property)', () => {
  it('HTML: only allowed tags and attributes, safe links, a CSP, and the pass changes nothing the writer wrote', () => {
    fc.assert(
      fc.property(arbDoc, (doc) => {
        const html = toHtml(doc);
        expect(sanitizeDocumentHtml(html)).toBe(html);
        expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
        expect(html).not.toMatch(CONTROL);
        for (const t of tags(html)) {
          expect(ALLOWED_TAGS.has(t.name), t.name).toBe(true);
          for (const k of Object.keys(t.attrs)) expect(k.startsWith('on'), k).toBe(false);
          if (t.attrs.href !== undefined) expect(t.attrs.href).toMatch(/^(https?:\/\/|mailto:)/);
        }
        // Text from the document never becomes a tag: the writer's own tags are all there is.
        expect(html).not.toMatch(/<(script|img|iframe|svg|object|embed|form|input|link|base)\b/i);
      }),
      FC,
    );
  });

  it('Markdown: no control characters or bidi overrides, no javascript: link, and no exception', () => {
    fc.assert(
      fc.property(arbDoc, (doc) => {
        const md = toMarkdown(doc);
        expect(md).not.toMatch(CONTROL);
        // Read back as Markdown: every link is http(s) or mailto, and no raw HTML but the writer's own line breaks.
        const walk = (n: Nodes): void => {
          if (n.type === 'link' || n.type === 'definition' || n.type === 'image') expect(n.url).toMatch(/^(https?:\/\/|mailto:)/);
          if (n.type === 'html') expect(n.value).toBe('<br>');
          if ('children' in n) (n.children as Nodes[]).forEach(walk);
        };
        walk(parseMarkdown(md));
      }),
      FC,
    );
  });

  it('Word: a valid file whose text has no control characters and whose links are http(s) or mailto', async () => {
    await fc.assert(
      fc.asyncProperty(arbDoc, async (doc) => {
        const buffer = Buffer.from(await toDocx(doc));
        const { value: html } = await mammoth.convertToHtml({ buffer });
        expect(html).not.toMatch(CONTROL);
        for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^(https?:\/\/|mailto:|#)/);
      }),
      { ...FC, numRuns: 25 },
    );
  });

  it('cleanDoc removes control characters and bidi overrides from every string and keeps the rest', () => {
    const doc: Doc = { title: 'Møte\u001b[2J', lang: 'nb', partnership: 'HF\u202e', blocks: [ir.p('a\r\nb\tc\u0007', ir.link('https://example.no/\u0000', 'x\u2066'))] };
    expect(cleanDoc(doc)).toEqual({ title: 'Møte[2J', lang: 'nb', partnership: 'HF', blocks: [ir.p('a\nb\tc', ir.link('https://example.no/', 'x'))] });
  });
});
