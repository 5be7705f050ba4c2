/**
 * Markdown from the repository (case texts, treatment texts, conclusions) turned
 * into document blocks, once, so every output format shows the same thing.
 *
 * Nothing in a file becomes markup of its own: raw HTML is kept as literal text
 * (the writers escape it), and a link keeps its target only when it is http(s) or
 * mailto — `javascript:`, `data:` and relative targets are shown as plain text.
 * A picture in the repository becomes an image block (its bytes are added when
 * the document is written, src/commands/images.ts); one on the web is never
 * fetched and becomes a link to it, or its description. Footnotes (`[^1]`)
 * become footnotes, numbered by each writer in document order.
 *
 * Text that CommonMark reads as nothing but paragraphs (most conclusions and
 * notes) is turned into blocks here directly. Anything else needs remark, which
 * costs more to load (some 150 ms) than a whole notice takes to render, so it is
 * loaded only when a document meets such a text: `loadMarkdown()` loads it, and
 * the document commands render through `renderDocument` (src/commands/render.ts),
 * which loads it and renders again when a renderer asked for it.
 */
import type {
  Definition,
  FootnoteDefinition,
  Image,
  ImageReference,
  List,
  ListItem,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
  Table as MdTable,
} from 'mdast';
import { resolveImage } from '../model/images.js';
import { MAX_NESTING, nestingExcess } from '../model/markdown-nesting.js';
import type { Block, Inline, TableCell } from './ir.js';

export interface MarkdownOptions {
  /**
   * Where the blocks go. 'document': headings stay headings, at least level
   * `minHeading`. 'cell': inside a table cell or a field, headings become bold
   * paragraphs, so they do not clutter the document outline.
   */
  context?: 'document' | 'cell';
  /** The smallest heading level a Markdown heading may have (default 2: level 1 is the document's title). */
  minHeading?: 1 | 2 | 3 | 4;
  /**
   * The repository folder of the file the text is in (`plans/2025-2027`): its
   * pictures are embedded, their paths taken from there. Without it, pictures are
   * shown as links or by their description.
   */
  base?: string;
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The link target if it is an absolute http(s) or mailto URL; undefined otherwise. */
export function safeHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  // Browsers ignore control characters and whitespace inside a scheme ("java\nscript:"); refuse them outright.
  if (/[\u0000-\u0020\u007f]/.test(trimmed)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol)) return undefined;
  return parsed.href;
}

let parse: ((text: string) => Root) | undefined;

/** Thrown when a text needs remark and it is not loaded yet: the caller loads it and renders again. */
export class MarkdownNotLoaded extends Error {
  constructor() {
    super('the Markdown parser is not loaded (await loadMarkdown() first)');
  }
}

/** Loads unified, remark-parse and remark-gfm once. */
export async function loadMarkdown(): Promise<void> {
  if (parse) return;
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([import('unified'), import('remark-parse'), import('remark-gfm')]);
  const processor = unified().use(remarkParse).use(remarkGfm);
  parse ??= (text) => processor.parse(text) as Root;
}

/** Parses Markdown into the mdast syntax tree (CommonMark + GFM tables, lists, autolinks). */
export function parseMarkdown(text: string): Root {
  if (!parse) throw new MarkdownNotLoaded();
  return parse(text);
}

/**
 * A line that CommonMark and GFM read as plain paragraph text: it starts with a
 * letter (no list, heading, quote, code or table can) and holds no character that
 * starts inline markup (`* _ ` [ ] < > & \ ~ | #`), no autolink (`://`, `www.`, `@`)
 * and no white space at its ends (a hard line break).
 */
const PLAIN_LINE = /^\p{L}[\p{L}\p{N} .,;:()?!'"/%§–—+=-]*$/u;
const AUTOLINK = /:\/\/|www\.|@/i;

/**
 * The blocks of a text made of plain lines and blank lines: one paragraph per
 * run of lines, its lines joined by spaces, exactly as remark and the converter
 * below make them (a property test holds the two to the same result).
 * Undefined for any other text.
 */
export function plainBlocks(text: string): Block[] | undefined {
  if (AUTOLINK.test(text)) return undefined;
  const blocks: Block[] = [];
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') {
      if (lines.length) blocks.push({ type: 'paragraph', text: [lines.join(' ')] });
      lines = [];
    } else if (line.length > 0 && line.charCodeAt(line.length - 1) !== 32 && PLAIN_LINE.test(line)) {
      lines.push(line);
    } else {
      return undefined;
    }
  }
  if (lines.length) blocks.push({ type: 'paragraph', text: [lines.join(' ')] });
  return blocks;
}

/**
 * Markdown text → document blocks. Empty or whitespace-only text gives no blocks.
 * A text that may nest deeper than hf shows (MAX_NESTING, src/model/markdown-nesting.ts)
 * is not parsed: it is shown as the plain text it is, paragraph by paragraph, and
 * `hf validate` reports where it goes too deep.
 */
export function markdownToBlocks(text: string | undefined, options: MarkdownOptions = {}): Block[] {
  if (!text || !text.trim()) return [];
  const plain = plainBlocks(text);
  if (plain) return plain;
  if (nestingExcess(text)) return literalBlocks(text);
  const root = parseMarkdown(text);
  const definitions = new Map<string, Definition>();
  const notes = new Map<string, FootnoteDefinition>();
  collectDefinitions(root, definitions, notes);
  const conv = new Converter(definitions, notes, options.context ?? 'document', options.minHeading ?? 2, options.base);
  return conv.blocks(root.children);
}

/** A text shown as it is written: one paragraph per run of lines, each line as typed, with line breaks between. */
export function literalBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: Inline[] = [];
  const flush = () => {
    if (lines.length) blocks.push({ type: 'paragraph', text: lines });
    lines = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (lines.length) lines.push({ type: 'break' });
    lines.push(line);
  }
  flush();
  return blocks;
}

/**
 * Markdown text → inline content for one line (a field value, a table cell of
 * a single paragraph). Paragraphs are joined by line breaks; lists become
 * "• item" lines.
 */
export function markdownToInlines(text: string | undefined): Inline[] {
  return flattenToInlines(markdownToBlocks(text, { context: 'cell' }));
}

/** Flattens blocks into inlines separated by line breaks (for places that hold one paragraph). */
export function flattenToInlines(blocks: Block[]): Inline[] {
  const out: Inline[] = [];
  const line = (content: Inline[]) => {
    if (out.length) out.push({ type: 'break' });
    // One by one: a paragraph may hold more items than a spread call takes arguments.
    for (const item of content) out.push(item);
  };
  const walk = (bs: Block[], depth: number) => {
    for (const b of bs) {
      switch (b.type) {
        case 'heading':
        case 'paragraph':
          line(b.text);
          break;
        case 'list':
          b.items.forEach((item, i) => {
            const marker = b.ordered ? `${(b.start ?? 1) + i}. ` : depth > 0 ? '◦ ' : '• ';
            const [first, ...rest] = item;
            if (first && (first.type === 'paragraph' || first.type === 'heading')) line([marker, ...first.text]);
            else line([marker]);
            walk(first && (first.type === 'paragraph' || first.type === 'heading') ? rest : item, depth + 1);
          });
          break;
        case 'quote':
          walk(b.blocks, depth);
          break;
        case 'table':
          for (const row of b.rows) line(row.flatMap((c, i) => [...(i ? [' | '] : []), ...flattenToInlines(c.blocks)]));
          break;
        case 'image':
          if (b.alt) line([b.alt]);
          break;
        default:
          break;
      }
    }
  };
  walk(blocks, 0);
  return out;
}

/** The link definitions and footnotes of a tree, the first of each label winning (iteratively: a tree may be deep). */
function collectDefinitions(root: Nodes, into: Map<string, Definition>, notes: Map<string, FootnoteDefinition>): void {
  const stack: Nodes[] = [root];
  const order: Nodes[] = [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') {
      order.push(node);
      continue;
    }
    if (node.type === 'footnoteDefinition') order.push(node);
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  for (const node of order) {
    if (node.type === 'definition') {
      const id = node.identifier.toLowerCase();
      if (!into.has(id)) into.set(id, node);
    } else if (node.type === 'footnoteDefinition') {
      const id = node.identifier.toLowerCase();
      if (!notes.has(id)) notes.set(id, node);
    }
  }
}

/**
 * How deep the converter goes before it shows the rest of a branch as its text.
 * The nesting check before parsing keeps Markdown itself within MAX_NESTING; this
 * bounds what that check cannot see, such as footnotes that refer to footnotes.
 */
const CONVERT_DEPTH = 2 * MAX_NESTING + 8;

class Converter {
  /** Footnotes being converted: a note that refers to itself is shown as its label the second time. */
  private readonly inNote = new Set<string>();
  /** How many blocks and inlines the converter is inside now. */
  private depth = 0;

  constructor(
    private readonly definitions: Map<string, Definition>,
    private readonly notes: Map<string, FootnoteDefinition>,
    private readonly context: 'document' | 'cell',
    private readonly minHeading: 1 | 2 | 3 | 4,
    private readonly base: string | undefined,
  ) {}

  blocks(nodes: RootContent[]): Block[] {
    if (this.depth >= CONVERT_DEPTH) return nonEmptyParagraph([nodes.map((n) => plainText(n as Nodes)).join(' ')]);
    this.depth++;
    const out: Block[] = [];
    for (const node of nodes) for (const b of this.block(node)) out.push(b);
    this.depth--;
    return out;
  }

  private block(node: RootContent): Block[] {
    switch (node.type) {
      case 'paragraph':
        return this.paragraph(node.children);
      case 'heading': {
        const text = this.inlines(node.children);
        if (this.context === 'cell') return [{ type: 'paragraph', text: [{ type: 'strong', children: text }] }];
        const level = Math.min(4, Math.max(this.minHeading, node.depth)) as 1 | 2 | 3 | 4;
        return [{ type: 'heading', level, text }];
      }
      case 'list':
        return [this.list(node)];
      case 'blockquote':
        return [{ type: 'quote', blocks: this.blocks(node.children) }];
      case 'code':
        return [{ type: 'paragraph', text: codeLines(node.value) }];
      case 'html':
        // Raw HTML is shown as the text it is, never passed through as markup.
        return nonEmptyParagraph([node.value]);
      case 'thematicBreak':
        return [{ type: 'rule' }];
      case 'table':
        return [this.table(node)];
      case 'footnoteDefinition':
        // Shown at the foot, where each writer puts the notes it met.
        return [];
      case 'definition':
      case 'yaml':
        return [];
      default:
        // Any other node (from a future extension) is shown by its text, not dropped.
        return nonEmptyParagraph([plainText(node as Nodes)]);
    }
  }

  private list(node: List): Block {
    const items = node.children.map((item) => this.listItem(item));
    const start = node.ordered && typeof node.start === 'number' && node.start !== 1 ? { start: node.start } : {};
    return { type: 'list', ordered: !!node.ordered, ...start, items };
  }

  private listItem(item: ListItem): Block[] {
    const blocks = this.blocks(item.children);
    if (item.checked === true || item.checked === false) {
      const box = item.checked ? '☑ ' : '☐ ';
      const first = blocks[0];
      if (first && first.type === 'paragraph') blocks[0] = { type: 'paragraph', text: [box, ...first.text] };
      else blocks.unshift({ type: 'paragraph', text: [box.trim()] });
    }
    return blocks;
  }

  private table(node: MdTable): Block {
    const rows: TableCell[][] = node.children.map((row) =>
      row.children.map((cell): TableCell => ({ blocks: nonEmptyParagraph(this.inlines(cell.children)) })),
    );
    const [head, ...body] = rows;
    return {
      type: 'table',
      style: 'grid',
      ...(head ? { header: head.map((c) => flattenToInlines(c.blocks)) } : {}),
      rows: body,
    };
  }

  /** A paragraph, split around the pictures from the repository it holds: each picture is a block of its own. */
  private paragraph(children: PhrasingContent[]): Block[] {
    if (this.base === undefined || !children.some((n) => n.type === 'image' || n.type === 'imageReference')) return nonEmptyParagraph(this.inlines(children));
    const out: Block[] = [];
    let run: PhrasingContent[] = [];
    const flush = () => {
      if (run.length) out.push(...nonEmptyParagraph(trimEdges(this.inlines(run))));
      run = [];
    };
    for (const node of children) {
      const image = node.type === 'image' || node.type === 'imageReference' ? this.image(node) : undefined;
      if (image) {
        flush();
        out.push(image);
      } else {
        run.push(node);
      }
    }
    flush();
    return out;
  }

  /** An image block for a picture in the repository; undefined for one elsewhere (shown inline as a link). */
  private image(node: Image | ImageReference): Block | undefined {
    if (this.base === undefined) return undefined;
    const url = node.type === 'image' ? node.url : this.definitions.get(node.identifier.toLowerCase())?.url;
    if (url === undefined) return undefined;
    const target = resolveImage(this.base, url);
    if (target.kind !== 'file') return undefined;
    return { type: 'image', src: target.path, alt: node.alt ?? '' };
  }

  private footnote(identifier: string, label: string): Inline[] {
    const id = identifier.toLowerCase();
    const note = this.notes.get(id);
    if (!note || this.inNote.has(id) || this.depth >= CONVERT_DEPTH) return [`[^${label}]`];
    this.inNote.add(id);
    const blocks = this.blocks(note.children);
    this.inNote.delete(id);
    return [{ type: 'footnote', blocks }];
  }

  inlines(nodes: PhrasingContent[]): Inline[] {
    if (this.depth >= CONVERT_DEPTH) return [nodes.map((n) => plainText(n as Nodes)).join('')];
    this.depth++;
    const out: Inline[] = [];
    for (const node of nodes) for (const i of this.inline(node)) out.push(i);
    this.depth--;
    return mergeText(out);
  }

  private inline(node: PhrasingContent): Inline[] {
    switch (node.type) {
      case 'text':
        // A line break inside a paragraph is a space in Markdown; a hard break (two spaces or a backslash) is a break node.
        return [node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ')];
      case 'strong':
        return [{ type: 'strong', children: this.inlines(node.children) }];
      case 'emphasis':
        return [{ type: 'em', children: this.inlines(node.children) }];
      case 'delete':
        // No strike-through in the document model; the words stay readable.
        return this.inlines(node.children);
      case 'inlineCode':
        return [{ type: 'code', text: node.value }];
      case 'break':
        return [{ type: 'break' }];
      case 'html':
        return [node.value];
      case 'link':
        return this.link(node.url, this.inlines(node.children));
      case 'linkReference': {
        const def = this.definitions.get(node.identifier.toLowerCase());
        const children = this.inlines(node.children);
        return def ? this.link(def.url, children) : [plainText(node as Nodes)];
      }
      case 'image': {
        const alt = node.alt ?? '';
        return this.link(node.url, [alt || node.url]);
      }
      case 'imageReference': {
        const def = this.definitions.get(node.identifier.toLowerCase());
        const alt = node.alt ?? '';
        return def ? this.link(def.url, [alt || def.url]) : [alt];
      }
      case 'footnoteReference':
        return this.footnote(node.identifier, node.label ?? node.identifier);
      default:
        return [plainText(node as Nodes)];
    }
  }

  private link(url: string, children: Inline[]): Inline[] {
    const href = safeHref(url);
    if (!href) return children.length ? children : [url];
    return [{ type: 'link', href, children: children.length ? children : [url] }];
  }
}

/** Leading and trailing spaces of a paragraph split around a picture. */
function trimEdges(text: Inline[]): Inline[] {
  const out = [...text];
  if (typeof out[0] === 'string') out[0] = out[0].trimStart();
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] = (out[last] as string).trimEnd();
  return out.filter((x) => x !== '');
}

function nonEmptyParagraph(text: Inline[]): Block[] {
  const meaningful = text.some((t) => (typeof t === 'string' ? t.trim() !== '' : t.type !== 'break'));
  return meaningful ? [{ type: 'paragraph', text }] : [];
}

function codeLines(value: string): Inline[] {
  const out: Inline[] = [];
  value.split('\n').forEach((line, i) => {
    if (i) out.push({ type: 'break' });
    out.push({ type: 'code', text: line });
  });
  return out;
}

/** Joins neighbouring plain strings (remark splits text around escapes and entities). */
function mergeText(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of list) {
    const last = out[out.length - 1];
    if (typeof item === 'string' && typeof last === 'string') out[out.length - 1] = last + item;
    else out.push(item);
  }
  return out;
}

/** The text of a node and everything in it, in order (iteratively: a tree may be deep). */
function plainText(node: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if ('value' in n && typeof n.value === 'string') parts.push(n.value);
    else if ('children' in n) {
      const children = n.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('');
}
