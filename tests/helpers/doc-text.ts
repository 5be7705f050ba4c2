/**
 * Reading rendered documents back as text, for tests that check facts rather
 * than bytes: the fields and table rows of hf's Markdown (through remark) and
 * HTML (through the writer's own, simple markup).
 */
import type { Nodes, Root, Table } from 'mdast';
import { parseMarkdown } from '../../src/render/markdown.js';

/** The text of an mdast node, with `<br>` as a line break. */
function mdText(node: Nodes): string {
  if (node.type === 'html') return node.value === '<br>' ? '\n' : node.value;
  if (node.type === 'break') return '\n';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(mdText).join('');
  return '';
}

export interface DocText {
  /** Label → value lines of the fields ("**Til:** …" in Markdown, label rows in HTML). */
  fields: Map<string, string[]>;
  /** Every table: rows of cells, each cell as its lines. */
  tables: string[][][][];
  /** All text, whitespace squashed. */
  all: string;
}

export function readMarkdown(md: string): DocText {
  const root: Root = parseMarkdown(md);
  const fields = new Map<string, string[]>();
  const tables: string[][][][] = [];
  for (const node of root.children) {
    if (node.type === 'paragraph' && node.children[0]?.type === 'strong') {
      const label = mdText(node.children[0]).replace(/:$/, '');
      const rest = node.children.slice(1).map(mdText).join('').trim();
      fields.set(label, rest.split('\n').map((l) => l.trim()));
    }
    if (node.type === 'table') tables.push(tableRows(node));
  }
  return { fields, tables, all: squash(root.children.map(mdText).join(' ')) };
}

function tableRows(table: Table): string[][][] {
  return table.children.map((row) => row.children.map((cell) => mdText(cell).split('\n').map((l) => l.trim())));
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function htmlCellLines(html: string): string[] {
  return html
    .replace(/<br>|<\/p>|<\/li>|<\/blockquote>|<\/h\d>/g, '\n')
    .replace(/<li>/g, '• ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export function readHtml(html: string): DocText {
  const fields = new Map<string, string[]>();
  const tables: string[][][][] = [];
  for (const t of html.matchAll(/<table class="(\w+)[\w -]*">([\s\S]*?)<\/table>/g)) {
    const rows = [...t[2]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => htmlCellLines(c[1]!)));
    if (t[1] === 'fields') for (const [label, value] of rows) fields.set(label!.join(' '), value ?? []);
    tables.push(rows);
  }
  const body = html.slice(html.indexOf('<body>'));
  return { fields, tables, all: squash(htmlCellLines(body).join(' ')) };
}

export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
