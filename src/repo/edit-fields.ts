/**
 * Setting top-level frontmatter values in a file hf did not write, without
 * touching the rest of it: the lines of the key being set are replaced (or new
 * lines inserted after its neighbour in the order the data format shows), and
 * everything else — other keys, comments, quoting, line endings, the Markdown
 * body — stays byte for byte (edit.ts).
 *
 * Values are written the way the data format shows them: a one-line text as a
 * plain scalar where YAML reads it back unchanged (quoted otherwise), a text of
 * several lines as a literal block (`|`), a list of names in flow style, and a
 * list of records (oppfølging) as a block sequence of mappings.
 */
import type { Node, Pair } from 'yaml';
import { plainIfSafe, quote, Quoted } from './emit.js';
import { applyEdits, rawFrontmatter, topPair, type RawFrontmatter } from './edit.js';
import { detectEol } from './text.js';

/** A record of a block list: its keys and values in the order given. */
export type FieldRecord = [key: string, value: string | Quoted][];

/** A value to write: text, a list of texts (flow style), or a list of records and texts (block style). */
export type FieldValue =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'records'; items: (FieldRecord | string)[] };

export class FrontmatterUnreadable extends Error {}

/**
 * Sets each key to its value. `order` is the order of keys in the data format:
 * a key that is not there yet goes after the nearest key before it in that
 * order (or before the nearest one after it, or at the end of the frontmatter).
 */
export function setFields(text: string, values: readonly [key: string, value: FieldValue][], order: readonly string[]): string {
  let current = text;
  for (const [key, value] of values) {
    const fm = rawFrontmatter(current);
    if (!fm) throw new FrontmatterUnreadable();
    current = setOne(current, fm, key, value, order);
  }
  return current;
}

function setOne(text: string, fm: RawFrontmatter, key: string, value: FieldValue, order: readonly string[]): string {
  const eol = detectEol(text);
  const pair = topPair(fm, key);
  if (pair) {
    const start = fm.yamlOffset + pair.key!.range![0];
    const end = pairEnd(text, fm, pair);
    // A comment after a one-line value (`konklusjon: Ok.  # kilde`) stays on the key's line.
    const valueEnd = fm.yamlOffset + (pair.value?.range ?? pair.key!.range!)[1];
    const tail = /^[ \t]+#[^\r\n]*/.exec(text.slice(valueEnd, end))?.[0];
    const replaced = emit(key, value, eol, tail);
    return applyEdits(text, [{ start, end, text: replaced }]);
  }
  const at = insertionPoint(text, fm, key, order);
  const needsBreak = at > 0 && text[at - 1] !== '\n';
  return applyEdits(text, [{ start: at, end: at, text: (needsBreak ? eol : '') + emit(key, value, eol) }]);
}

/** Where a pair's lines end: after the line break that ends its value (block values include it). */
function pairEnd(text: string, fm: RawFrontmatter, pair: Pair<Node, Node>): number {
  const range = pair.value?.range ?? pair.key!.range!;
  let end = fm.yamlOffset + range[1];
  if (end > fm.yamlOffset && text[end - 1] === '\n') return end;
  const nl = text.indexOf('\n', end);
  end = nl < 0 || nl >= fm.yamlEnd ? fm.yamlEnd : nl + 1;
  return end;
}

function insertionPoint(text: string, fm: RawFrontmatter, key: string, order: readonly string[]): number {
  const index = order.indexOf(key);
  for (let i = index - 1; i >= 0; i--) {
    const before = topPair(fm, order[i]!);
    if (before) return pairEnd(text, fm, before);
  }
  for (let i = index + 1; i < order.length && index >= 0; i++) {
    const after = topPair(fm, order[i]!);
    if (after?.key?.range) return fm.yamlOffset + after.key.range[0];
  }
  return fm.yamlEnd;
}

/** The lines of `key: value`, each ending in `eol`. */
function emit(key: string, value: FieldValue, eol: string, comment?: string): string {
  const c = comment ?? '';
  switch (value.kind) {
    case 'text': {
      const text = value.text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
      if (!text.includes('\n')) return `${key}: ${plainIfSafe(text)}${c}${eol}`;
      const lines = text.split('\n').map((l) => (l.trim() === '' ? '' : `  ${l}`));
      // A first line of text that starts with white space needs the indentation stated (`|2`).
      const header = /^ {2}[ \t]/.test(lines.find((l) => l !== '') ?? '') ? '|2' : '|';
      return `${key}: ${header}${c}${eol}${lines.join(eol)}${eol}`;
    }
    case 'list':
      return `${key}: [${value.items.map(flowItem).join(', ')}]${c}${eol}`;
    case 'records': {
      if (value.items.length === 0) return `${key}: []${c}${eol}`;
      const out = [`${key}:${c}`];
      for (const record of value.items) {
        if (typeof record === 'string') out.push(`  - ${oneLine(record)}`);
        else record.forEach(([k, v], i) => out.push(`${i === 0 ? '  - ' : '    '}${k}: ${v instanceof Quoted ? quote(v.value) : oneLine(v)}`));
      }
      return out.join(eol) + eol;
    }
  }
}

function oneLine(text: string): string {
  return text.includes('\n') ? quote(text) : plainIfSafe(text);
}

function flowItem(text: string): string {
  const plain = plainIfSafe(text);
  return plain.startsWith('"') || /[,[\]{}#]/.test(plain) ? quote(text) : plain;
}
