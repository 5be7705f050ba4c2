/**
 * A case whose text tries to run code — `<script>`, an `onerror=` attribute, a
 * `javascript:` link — in every field that holds Markdown, rendered through the
 * real renderers into HTML, Markdown and Word: nothing of it becomes markup.
 */
import mammoth from 'mammoth';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { RepoIndex } from '../../src/model/repository.js';
import { renderMinutes } from '../../src/render/minutes.js';
import { renderNotice } from '../../src/render/notice.js';
import { renderPaper } from '../../src/render/paper.js';
import { renderPacket } from '../../src/render/packet.js';
import { parseMarkdown } from '../../src/render/markdown.js';
import { toDocx } from '../../src/render/write-docx.js';
import { toHtml } from '../../src/render/write-html.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { buildRepository } from '../../src/repo/build.js';
import { inertProblems } from '../helpers/html.js';
import { memorySource } from '../helpers/memory.js';

const SCRIPT = '<script>alert("x")</script>';
const IMG = '<img src=x onerror=alert(1)>';
const LINK = '[Klikk her](javascript:alert(document.cookie))';
const HOSTILE = `${SCRIPT} ${IMG} ${LINK}`;

const files = {
  'hf.yaml': ['navn: Helsefellesskap </style><script>alert(1)</script>', 'språk: nb', 'organer:', '  - kode: SSU', '    navn: Strategisk samarbeidsutvalg', '    mottakere: "<b onmouseover=alert(1)>Alle</b>"', ''].join('\n'),
  'meetings/ssu/2024-09-26.md': ['---', 'organ: SSU', 'dato: 2024-09-26', 'sted: "<iframe src=javascript:alert(1)>"', 'referent: "<svg onload=alert(1)>"', '---', ''].join('\n'),
  'cases/ssu/2024/2024.1-farlig.md': [
    '---',
    'saksnr: "2024.1"',
    'organ: SSU',
    'møte: 2024-09-26',
    `tittel: '${SCRIPT} tittel'`,
    'sakstype: [Orientering]',
    `ansvar: ['${IMG}']`,
    `punkter: ['${HOSTILE}']`,
    'vedlegg:',
    `  - tittel: '${IMG}'`,
    'lenker:',
    `  - tittel: '${SCRIPT}'`,
    '    url: "javascript:alert(1)"',
    `forslag_til_konklusjon: '${HOSTILE}'`,
    `behandling: '${HOSTILE}'`,
    `innspill: '${HOSTILE}'`,
    `konklusjon: '${HOSTILE}'`,
    '---',
    '## Bakgrunn',
    '',
    HOSTILE,
    '',
    '<div onclick="alert(1)">blokk-HTML</div>',
    '',
    '[ref]: javascript:alert(2)',
    '',
    'Se [ref] og <javascript:alert(3)> og ![bilde](javascript:alert(4)).',
    '',
    `Kode i teksten: \`${SCRIPT}\` og \`${IMG}\`.`,
    '',
  ].join('\n'),
  'cases/ssu/2024/2024.2-oppfolging.md': ['---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Oppfølging', 'oppfølging_av: "SSU 2024.1"', '---', ''].join('\n'),
};

const { repo, findings } = buildRepository(memorySource(files));
const index = new RepoIndex(repo);
const c = repo.cases.find((x) => x.number?.seq === 1)!;

function htmlNodes(node: Nodes): string[] {
  const out: string[] = [];
  if (node.type === 'html') out.push(node.value);
  if ('children' in node) for (const child of node.children as Nodes[]) out.push(...htmlNodes(child));
  return out;
}

function linkUrls(node: Nodes): string[] {
  const out: string[] = [];
  if (node.type === 'link' || node.type === 'image' || node.type === 'definition') out.push(node.url);
  if ('children' in node) for (const child of node.children as Nodes[]) out.push(...linkUrls(child));
  return out;
}

const docs = () => [
  renderNotice(index, 'SSU', '2024-09-26', { lang: 'nb', today: '2024-09-01' }),
  renderPaper(index, c, { lang: 'nb', today: '2024-09-01' }),
  renderPacket(index, 'SSU', '2024-09-26', { lang: 'nb', today: '2024-09-01' }),
  renderMinutes(index, 'SSU', '2024-09-26', { lang: 'nb', today: '2024-09-01' }).doc,
  renderMinutes(index, 'SSU', '2024-09-26', { lang: 'nb', today: '2024-10-01' }).doc,
];

describe('hostile text in a case', () => {
  it('is loaded as data; only the javascript: address of a link is refused by the schema', () => {
    expect(findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml').map((f) => [f.messageId, f.data?.value])).toEqual([['pattern', 'javascript:alert(1)']]);
    expect(c.text).toContain('<script>');
    expect(c.treatment).toContain('onerror=');
  });

  it('renders inert in HTML: no script, no event handler, no javascript: link, only the writer’s own tags', () => {
    for (const doc of docs()) {
      const html = toHtml(doc);
      expect(inertProblems(html), doc.title).toEqual([]);
      expect(html).not.toMatch(/<script|<img|<iframe|<svg|<div onclick|<b /i);
      // The words are still there for the reader, as text.
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('Klikk her');
      expect(html).not.toMatch(/href="[^"]*javascript/i);
    }
    const paper = toHtml(renderPaper(index, c, { lang: 'nb', today: '2024-09-01' }));
    expect(paper).toContain('&lt;div onclick=&quot;alert(1)&quot;&gt;blokk-HTML&lt;/div&gt;');
    // Inline code is text too, escaped like any other.
    expect(paper).toContain('<code>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</code> og <code>&lt;img src=x onerror=alert(1)&gt;</code>');
  });

  it('renders inert in Markdown: the output holds no HTML but the writer’s <br>', () => {
    for (const doc of docs()) {
      const md = toMarkdown(doc);
      const tree = parseMarkdown(md);
      expect(htmlNodes(tree).filter((h) => h !== '<br>'), doc.title).toEqual([]);
      expect(linkUrls(tree).filter((u) => !/^(https?:\/\/|mailto:)/.test(u)), doc.title).toEqual([]);
    }
  });

  it('renders inert in Word: the text is text and no link goes to javascript:', async () => {
    const buffer = Buffer.from(await toDocx(renderPacket(index, 'SSU', '2024-09-26', { lang: 'nb', today: '2024-09-01' })));
    const { value } = await mammoth.convertToHtml({ buffer });
    expect(value).not.toMatch(/href="[^"]*javascript/i);
    expect(value).not.toMatch(/<script/i);
    expect(value).toContain('&lt;script&gt;');
    const raw = await mammoth.extractRawText({ buffer });
    expect(raw.value).toContain(SCRIPT);
  });
});
