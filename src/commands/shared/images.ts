/**
 * Pictures into a document before it is written: every image block gets the
 * bytes of its file in the repository. Read here, at the edge, so renderers stay
 * pure. A picture outside the repository (also through a link), missing, or of
 * a format documents cannot hold is left without bytes, and the writers show its
 * description instead; `hf validate` reports all of these (rule image-exists).
 */
import { join } from 'node:path';
import type { Block, Doc, Inline } from '../../render/ir.js';
import { imageInfo } from '../../render/image-info.js';
import { isInside, readNoFollow } from '../../repo/read.js';

/** The document with the bytes of its pictures; the same document when it has none. */
export function embedImages(doc: Doc, root: string): Doc {
  const cache = new Map<string, Extract<Block, { type: 'image' }>['data'] | null>();
  const read = (src: string) => {
    if (!cache.has(src)) {
      let data: Extract<Block, { type: 'image' }>['data'] | null = null;
      try {
        if (isInside(root, src)) {
          const bytes = new Uint8Array(readNoFollow(join(root, src)));
          const info = imageInfo(bytes);
          if (info) data = { ...info, bytes };
        }
      } catch {
        data = null;
      }
      cache.set(src, data);
    }
    return cache.get(src) ?? undefined;
  };
  let changed = false;
  const inlines = (list: Inline[]): Inline[] =>
    list.map((i) => {
      if (typeof i === 'string') return i;
      if (i.type === 'footnote') return { ...i, blocks: blocks(i.blocks) };
      if (i.type === 'strong' || i.type === 'em' || i.type === 'underline' || i.type === 'link') return { ...i, children: inlines(i.children) };
      return i;
    });
  const blocks = (list: Block[]): Block[] =>
    list.map((b): Block => {
      switch (b.type) {
        case 'image': {
          if (b.data) return b;
          const data = read(b.src);
          if (!data) return b;
          changed = true;
          return { ...b, data };
        }
        case 'heading':
        case 'paragraph':
          return { ...b, text: inlines(b.text) };
        case 'list':
          return { ...b, items: b.items.map(blocks) };
        case 'quote':
          return { ...b, blocks: blocks(b.blocks) };
        case 'table':
          return { ...b, rows: b.rows.map((row) => row.map((c) => ({ ...c, blocks: blocks(c.blocks) }))) };
        default:
          return b;
      }
    });
  const out = { ...doc, blocks: blocks(doc.blocks) };
  return changed ? out : doc;
}
