/**
 * A mandate's headings, read from the remark syntax tree. remark is an ES module
 * and costs tens of milliseconds to load, so it is imported (asynchronously) only
 * when a mandate has to be read and its headings are not in the cache; the
 * per-file stage then parses synchronously with the loaded parser.
 */
import type { Nodes, Root } from 'mdast';
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
