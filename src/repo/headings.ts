/**
 * A mandate's headings, and the pictures of any text, read from the remark
 * syntax tree. remark is an ES module and costs tens of milliseconds to load, so
 * it is imported (asynchronously) only when a mandate has to be read and its
 * headings are not in the cache, or a text holds a picture; the per-file stage
 * then parses synchronously with the loaded parser.
 */
import type { Definition, Nodes, Root } from 'mdast';
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

/** The level-1 and level-2 headings at the top of the tree, with their offsets in `body`. */
export function headingsOf(body: string): MandateHeadings {
  if (!parser) throw new Error('the Markdown parser is not loaded (await loadHeadingParser() first)');
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
