/**
 * The Markdown of a text field (behandling, innspill, konklusjon) as the
 * working document shows it, and the test the import uses to tell whether
 * someone changed it.
 *
 * The fence lines of a restricted section (`::: skjermet …` and `:::`) are kept
 * as paragraphs of their own, so the section is still marked when the text comes
 * back from Word: a fence run into the neighbouring text would make restricted
 * content public.
 */
import { findRestrictedSections } from '../model/restricted.js';
import type { Block, Inline } from './ir.js';
import { markdownToBlocks } from './markdown.js';

/** The blocks of a field's Markdown for a table cell; empty for empty text. */
export function fieldTextBlocks(text: string | undefined): Block[] {
  if (!text || !text.trim()) return [];
  const normalized = text.replace(/\r\n?/g, '\n');
  const fences = new Set<number>();
  for (const s of findRestrictedSections(normalized)) {
    fences.add(s.startLine);
    if (s.endLine !== undefined) fences.add(s.endLine);
  }
  const out: Block[] = [];
  let chunk: string[] = [];
  const flush = () => {
    out.push(...markdownToBlocks(chunk.join('\n'), { context: 'cell' }));
    chunk = [];
  };
  normalized.split('\n').forEach((line, i) => {
    if (!fences.has(i)) {
      chunk.push(line);
      return;
    }
    flush();
    out.push({ type: 'paragraph', text: [line.trim()] });
  });
  flush();
  return out;
}

/**
 * True when two Markdown texts read the same: the same blocks, with the same
 * words and emphasis, whatever the spelling of the markup (`*a*` or `_a_`,
 * escapes, line breaks inside a paragraph, spaces).
 */
export function sameFieldText(a: string | undefined, b: string | undefined): boolean {
  return signature(fieldTextBlocks(a)) === signature(fieldTextBlocks(b));
}

function signature(blocks: Block[]): string {
  return JSON.stringify(blocks, (_key, value: unknown) => {
    if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
    if (Array.isArray(value) && value.some((v) => typeof v === 'string')) return mergeStrings(value as Inline[]);
    return value;
  });
}

function mergeStrings(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of list) {
    const last = out[out.length - 1];
    if (typeof item === 'string' && typeof last === 'string') out[out.length - 1] = last + item;
    else out.push(item);
  }
  return out.filter((x) => typeof x !== 'string' || x.trim() !== '');
}
