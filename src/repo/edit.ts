/**
 * Editing a file hf did not write, byte for byte: the original text is changed
 * only inside the spans being edited, so line endings (CRLF), a UTF-8 BOM,
 * comments, quoting and key order all survive. Frontmatter is never
 * re-serialised; positions come from the YAML parser, on the file's own text
 * (not the NFC-normalised text the loader keeps), so offsets are exact.
 */
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { splitFrontmatter } from './frontmatter.js';
import { decodeText, detectEol, type Eol } from './text.js';
import { parseYaml, type ParsedYaml } from './yaml.js';

/** A file's text as it is on disk (original line endings), and whether it had a BOM. */
export interface RawText {
  bom: boolean;
  text: string;
  eol: Eol;
}

/** A replacement of `text.slice(start, end)`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Decodes a file for editing; undefined when it is not UTF-8 text. */
export function readRaw(bytes: Uint8Array): RawText | undefined {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return undefined;
  return { bom: decoded.bom, text: decoded.text, eol: detectEol(decoded.text) };
}

/** Encodes edited text with the BOM the file had; line endings are whatever the text holds. */
export function encodeRaw(raw: RawText, text: string): Uint8Array {
  return new TextEncoder().encode((raw.bom ? '\ufeff' : '') + text);
}

/** Applies non-overlapping edits (in any order). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** The frontmatter of a file's own text, parsed with positions relative to `text`. */
export interface RawFrontmatter {
  yamlOffset: number;
  yamlEnd: number;
  bodyOffset: number;
  parsed: ParsedYaml;
}

export function rawFrontmatter(text: string): RawFrontmatter | undefined {
  const split = splitFrontmatter(text);
  if (split.problem || split.yaml === undefined) return undefined;
  const parsed = parseYaml(split.yaml);
  if (parsed.problems.length || !parsed.doc) return undefined;
  return { yamlOffset: split.yamlOffset, yamlEnd: split.yamlOffset + split.yaml.length, bodyOffset: split.bodyOffset, parsed };
}

/** The top-level pair with this key, if any. */
export function topPair(fm: RawFrontmatter, key: string): Pair<Node, Node> | undefined {
  const contents = fm.parsed.doc?.contents;
  if (!isMap(contents)) return undefined;
  return contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair<Node, Node> | undefined;
}

/**
 * Sets a top-level key to `source` (YAML text, already quoted as needed):
 * replaces the value where the key exists, otherwise inserts a line after the
 * key `after` (or first in the frontmatter).
 */
export function setTopLevel(text: string, fm: RawFrontmatter, key: string, source: string, after?: string): Edit {
  const pair = topPair(fm, key);
  const range = pair?.value?.range;
  if (pair && range) return { start: fm.yamlOffset + range[0], end: fm.yamlOffset + range[1], text: source };
  const eol = detectEol(text);
  const anchor = after ? topPair(fm, after)?.value?.range : undefined;
  let at = fm.yamlOffset;
  if (anchor) {
    const nl = text.indexOf('\n', fm.yamlOffset + anchor[1]);
    at = nl < 0 || nl > fm.yamlEnd ? fm.yamlEnd : nl + 1;
  }
  const line = `${key}: ${source}${eol}`;
  // A frontmatter whose last line has no line break yet (at === yamlEnd after text without \n) gets one first.
  const needsBreak = at > 0 && text[at - 1] !== '\n';
  return { start: at, end: at, text: needsBreak ? eol + line : line };
}
