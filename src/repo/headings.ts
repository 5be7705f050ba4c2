/**
 * A mandate's headings, and the pictures of any text, read from the remark
 * syntax tree. remark is an ES module and costs tens of milliseconds to load, so
 * it is imported (asynchronously) only when a mandate has to be read and its
 * headings are not in the cache, or a text holds a picture; the per-file stage
 * then parses synchronously with the loaded parser.
 */
import type { Definition, Nodes, Root } from 'mdast';
import { nestingExcess } from '../model/markdown-nesting.js';
import type { MandateHeadings } from './facts.js';

let parser: ((markdown: string) => Root) | undefined;

/** Loads unified and remark-parse once. */
export async function loadHeadingParser(): Promise<void> {
  if (parser) return;
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  const processor = unified().use(remarkParse);
  parser ??= (md) => processor.parse(md) as Root;
}

/** The headings function, once loadHeadingParser has run. */
export function headingParser(): ((body: string) => MandateHeadings) | undefined {
  return parser && headingsOf;
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** The level-1 and level-2 ATX headings of a text, line by line, outside fenced code. */
function atxHeadings(body: string): MandateHeadings['list'] {
  const list: MandateHeadings['list'] = [];
  let fence = '';
  let offset = 0;
  for (const line of body.split('\n')) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = '';
    } else if (f) {
      fence = f[1]!;
    } else {
      const h = /^ {0,3}#{1,2}(?!#)(?:[ \t]+(.*?))?[ \t]*#*[ \t]*\r?$/.exec(line);
      if (h) list.push([(h[1] ?? '').trim(), offset]);
    }
    offset += line.length + 1;
  }
  return list;
}

/** The level-1 and level-2 headings at the top of the tree, with their offsets in `body`. */
export function headingsOf(body: string): MandateHeadings {
  if (!parser) throw new Error('the Markdown parser is not loaded (await loadHeadingParser() first)');
  // A text nested deeper than hf shows is not parsed (src/model/markdown-nesting.ts); its headings are its `#` and `##` lines.
  if (nestingExcess(body)) return { list: atxHeadings(body), end: body.trimEnd().length };
  const list: MandateHeadings['list'] = [];
  for (const node of parser(body).children) {
    if (node.type !== 'heading' || node.depth > 2) continue;
    list.push([textOf(node), node.position?.start.offset ?? 0]);
  }
  return { list, end: body.trimEnd().length };
}

/** The pictures of a Markdown text: target and offset in `markdown`, in document order (the same parse documents use). */
export function imagesOf(markdown: string): [src: string, offset: number][] {
  if (!parser) throw new Error('the Markdown parser is not loaded (await loadHeadingParser() first)');
  // A text nested deeper than hf shows is shown as plain text, without pictures.
  if (nestingExcess(markdown)) return [];
  const root = parser(markdown);
  const definitions = new Map<string, Definition>();
  const images: { node: Nodes; src?: string; ref?: string }[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'definition') {
      if (!definitions.has(node.identifier.toLowerCase())) definitions.set(node.identifier.toLowerCase(), node);
    } else if (node.type === 'image') {
      images.push({ node, src: node.url });
    } else if (node.type === 'imageReference') {
      images.push({ node, ref: node.identifier.toLowerCase() });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(root);
  const out: [string, number][] = [];
  for (const i of images) {
    const src = i.src ?? (i.ref !== undefined ? definitions.get(i.ref)?.url : undefined);
    if (src !== undefined) out.push([src, i.node.position?.start.offset ?? 0]);
  }
  return out;
}
