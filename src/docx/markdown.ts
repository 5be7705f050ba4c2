/**
 * Blocks read from a Word document (read.ts) as Markdown (CommonMark with GFM
 * tables), the way hf's files hold text: `##` headings, `-` and `1.` lists
 * (nested), tables, `[links](https://…)`, `**bold**`, `*italic*`, pictures as
 * `![description](file)`.
 *
 * Text is escaped where Markdown would read it as markup (`*`, `_`, `[`, a `#`
 * or `1.` starting a line …), so what was typed is what the Markdown says. The
 * fence lines of restricted sections (`::: skjermet …`) are not escaped: typed
 * on a line of their own, they mark a section as in any other text.
 */
import type { DocBlock, ImageSpan, Paragraph, Span, TextSpan } from './read.js';

export interface MarkdownOptions {
  /**
   * Where a picture goes: the target to write in `![description](target)`, or
   * undefined to leave the picture out (its description stays as text).
   */
  image?: (image: ImageSpan) => string | undefined;
  /**
   * The Markdown level of the highest heading in the text (default: Word's
   * levels as they are). The case paper starts its sections at `##`.
   */
  topHeading?: number;
  /** Word's Title style becomes the text's `#` heading instead of a bold line (a case paper's own title). */
  titleAsHeading?: boolean;
}

const SAFE_LINK = /^(https?:|mailto:)/i;

/** The blocks as Markdown; '' when there is no text. */
export function toMarkdown(blocks: readonly DocBlock[], options: MarkdownOptions = {}): string {
  // The title (Word's Title style) is not a section: it becomes the text's `#` heading with
  // `titleAsHeading` (a case paper's own title), otherwise a bold line.
  const headings = blocks.flatMap((b) => (b.type === 'paragraph' && b.heading ? [b.heading] : []));
  const shift = options.topHeading !== undefined && headings.length ? options.topHeading - Math.min(...headings) : 0;
  const out: string[] = [];
  // Numbers of ordered lists continue after an interruption, as in Word: by list id and level.
  const counters = new Map<string, number>();
  let list: { contentColumn: number[] } | undefined;
  let previousWasItem = false;

  for (const block of blocks) {
    if (block.type === 'table') {
      list = undefined;
      previousWasItem = false;
      const table = tableMarkdown(block.rows, options);
      if (table) out.push(table);
      continue;
    }
    // A heading is bold by its style; its runs' bold would only add markers. A title is bold throughout.
    const spans = block.heading !== undefined ? block.spans.map((s) => (s.type === 'text' ? { ...s, bold: block.heading === 0 } : s)) : block.spans;
    const text = inlineMarkdown(spans, options, false);
    if (block.list && block.heading === undefined) {
      const { id, ordered, start } = block.list;
      list ??= { contentColumn: [] };
      const level = Math.min(block.list.level, list.contentColumn.length);
      list.contentColumn.length = level;
      for (const key of [...counters.keys()]) if (key.startsWith(`${id}/`) && Number(key.slice(id.length + 1)) > level) counters.delete(key);
      const key = `${id}/${level}`;
      const n = ordered ? (counters.has(key) ? counters.get(key)! + 1 : start) : 0;
      if (ordered) counters.set(key, n);
      const marker = ordered ? `${n}.` : '-';
      const indent = level === 0 ? 0 : list.contentColumn[level - 1]!;
      list.contentColumn[level] = indent + marker.length + 1;
      const pad = ' '.repeat(indent + marker.length + 1);
      const line = `${' '.repeat(indent)}${marker} ${text.split('\n').join(`\n${pad}`)}`;
      if (previousWasItem) out[out.length - 1] += `\n${line}`;
      else out.push(line);
      previousWasItem = true;
      continue;
    }
    list = undefined;
    previousWasItem = false;
    if (!text.trim()) continue;
    if (block.heading === 0 && options.titleAsHeading) {
      out.push(`# ${inlineMarkdown(block.spans.map((s) => (s.type === 'text' ? { ...s, bold: false } : s)), options, false).replace(/\s*\\?\n/g, ' ')}`);
    } else if (block.heading) {
      const level = Math.max(1, Math.min(6, block.heading + shift));
      out.push(`${'#'.repeat(level)} ${text.replace(/\s*\\?\n/g, ' ')}`);
    } else {
      out.push(text);
    }
  }
  return out.join('\n\n');
}

function tableMarkdown(rows: Paragraph[][][], options: MarkdownOptions): string {
  if (rows.length === 0) return '';
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const cell = (paragraphs: Paragraph[] | undefined) =>
    (paragraphs ?? [])
      .map((p) => (p.list ? '• ' : '') + inlineMarkdown(p.spans, options, true))
      .filter((t) => t.trim() !== '')
      .join(' ');
  const line = (r: Paragraph[][]) => `| ${Array.from({ length: columns }, (_, i) => cell(r[i])).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head!), `|${' --- |'.repeat(columns)}`, ...body.map(line)].join('\n');
}

/** A paragraph's spans as inline Markdown; hard line breaks as a backslash at the end of a line. */
export function inlineMarkdown(spans: readonly Span[], options: MarkdownOptions, inTable: boolean): string {
  const lines: Span[][] = [[]];
  for (const s of spans) {
    if (s.type === 'break') lines.push([]);
    else lines[lines.length - 1]!.push(s);
  }
  const rendered = lines.map((line) => escapeLineStart(renderLinks(wordAligned(line), options, inTable).replace(/^[ \t]+|[ \t]+$/g, '')));
  while (rendered.length && rendered[rendered.length - 1] === '') rendered.pop();
  return rendered.join(inTable ? ' ' : '\\\n');
}

const FORMATS = [
  { key: 'bold', marker: '**' },
  { key: 'italic', marker: '*' },
  { key: 'strike', marker: '~~' },
] as const;
type FormatKey = (typeof FORMATS)[number]['key'];

const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

interface Char {
  ch: string;
  on: Record<FormatKey, boolean>;
  link?: string;
  image?: ImageSpan;
}

/**
 * The spans with their emphasis moved to whole words, so that every marker
 * Markdown gets opens after a space or punctuation and before a letter, and
 * closes after a letter and before a space or punctuation: the only places
 * where CommonMark is sure to read `**` and `*` as emphasis. Punctuation and
 * spaces at the ends of a bold (italic, struck) stretch go outside it, and a
 * stretch that starts or ends inside a word loses its emphasis: the words stay,
 * without stray asterisks. Neighbouring spans of the same format become one.
 */
function wordAligned(spans: readonly Span[]): Span[] {
  const chars: Char[] = [];
  for (const s of spans) {
    if (s.type === 'text') for (const ch of s.text) chars.push({ ch, on: { bold: s.bold, italic: s.italic, strike: s.strike }, ...(s.link ? { link: s.link } : {}) });
    else if (s.type === 'image') chars.push({ ch: '\ufffc', on: { bold: false, italic: false, strike: false }, ...(s.link ? { link: s.link } : {}), image: s });
  }
  const wordChar = (i: number) => i >= 0 && i < chars.length && !chars[i]!.image && !SPACE.test(chars[i]!.ch) && !PUNCTUATION.test(chars[i]!.ch);
  FORMATS.forEach(({ key }, depth) => {
    // A stretch of this format ends where it, the link or an outer format changes, so the markers nest.
    const sameOuter = (a: Char, b: Char) => a.link === b.link && FORMATS.slice(0, depth).every((f) => a.on[f.key] === b.on[f.key]);
    let i = 0;
    while (i < chars.length) {
      if (!chars[i]!.on[key]) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < chars.length && chars[j]!.on[key] && sameOuter(chars[j - 1]!, chars[j]!)) j++;
      let a = i;
      let b = j - 1;
      while (a <= b && !wordChar(a)) chars[a++]!.on[key] = false;
      while (b >= a && !wordChar(b)) chars[b--]!.on[key] = false;
      if (a <= b && (wordChar(a - 1) || wordChar(b + 1))) for (let k = a; k <= b; k++) chars[k]!.on[key] = false;
      i = j;
    }
  });
  const out: Span[] = [];
  for (const c of chars) {
    const last = out[out.length - 1];
    if (c.image) out.push(c.image);
    else if (last?.type === 'text' && last.bold === c.on.bold && last.italic === c.on.italic && last.strike === c.on.strike && last.link === c.link) last.text += c.ch;
    else out.push({ type: 'text', text: c.ch, ...c.on, ...(c.link ? { link: c.link } : {}) });
  }
  return out;
}

function renderLinks(spans: readonly Span[], options: MarkdownOptions, inTable: boolean): string {
  let out = '';
  let i = 0;
  while (i < spans.length) {
    const link = (spans[i] as TextSpan | ImageSpan).link;
    let j = i + 1;
    while (j < spans.length && (spans[j] as TextSpan | ImageSpan).link === link) j++;
    const inner = renderFormatted(spans.slice(i, j), 0, options, inTable);
    if (link && SAFE_LINK.test(link.trim()) && inner.trim()) out += `[${inner}](${linkTarget(link.trim())})`;
    else out += inner;
    i = j;
  }
  return out;
}

/** Bold around italic around strike-through, each run of the same format wrapped once, so the markers nest. */
function renderFormatted(spans: readonly Span[], depth: number, options: MarkdownOptions, inTable: boolean): string {
  if (depth === FORMATS.length) return spans.map((s) => leaf(s, options, inTable)).join('');
  const { key, marker } = FORMATS[depth]!;
  let out = '';
  let i = 0;
  while (i < spans.length) {
    const on = isFormatted(spans[i]!, key);
    let j = i + 1;
    while (j < spans.length && isFormatted(spans[j]!, key) === on) j++;
    const inner = renderFormatted(spans.slice(i, j), depth + 1, options, inTable);
    out += on ? wrap(inner, marker) : inner;
    i = j;
  }
  return out;
}

function isFormatted(s: Span, key: FormatKey): boolean {
  return s.type === 'text' && s[key];
}

/** `**text**`, with the spaces around the text outside the markers (`** text**` is not bold). */
function wrap(inner: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : inner;
}

function leaf(s: Span, options: MarkdownOptions, inTable: boolean): string {
  if (s.type === 'text') return escapeText(s.text.replace(/\s+/g, ' '), inTable);
  if (s.type === 'image') {
    const target = options.image?.(s);
    const alt = escapeText(s.alt, inTable);
    return target ? `![${alt}](${linkTarget(target)})` : alt;
  }
  return '';
}

/** A link target that needs no angle brackets: spaces and parentheses percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E');
}

/** Characters that start markup anywhere in a line. */
export function escapeText(text: string, inTable = false): string {
  let out = text.replace(/[\\`*_[\]<~]/g, (c) => `\\${c}`).replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  if (inTable) out = out.replace(/\|/g, '\\|');
  return out;
}

/** What starts a block at the start of a line (`#`, `>`, `-`, `+`, `1.`, `=`), escaped; `:::` fences stay. */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(=+|-{2,})\s*$/, (m) => `\\${m}`);
}
