/**
 * How deep a Markdown text can nest, found without parsing it: quotes and lists
 * inside each other, and emphasis, links and strike-through inside each other.
 *
 * A Markdown parser (remark) takes time that grows with the square of the
 * nesting and walks its tree recursively, and so do the writers of every format:
 * a case text of 1,500 nested `>` ended `hf paper` with "Maximum call stack size
 * exceeded", and 10,000 nested emphases took 22 seconds. hf shows at most
 * MAX_NESTING levels; a text that may go deeper is not given to the parser but
 * shown as the plain text it is, and `hf validate` says where (rule
 * markdown-nesting).
 *
 * The scan is one pass over the text and gives an upper bound, never less than
 * the depth the parser would build:
 * - every container a line opens or continues costs that line a character of
 *   its prefix: a `>`, a list marker, a footnote label, or two columns of
 *   indentation (a list item's content is indented at least two columns);
 * - every inline level needs an opening delimiter: `*`, `_` or `~` that can open
 *   (CommonMark's flanking rules), or `[`. A run that can only close takes away
 *   as many openers of its own character as it has characters, and `]` takes away
 *   one `[`, as the parser's delimiter stack does; a run that can both open and
 *   close is counted as opening and never taken away. Code spans on one line and
 *   escaped characters do not count, and a blank line, a list item and a heading
 *   end the inline content before them.
 */

/** The deepest nesting hf shows. */
export const MAX_NESTING = 32;

export interface NestingExcess {
  /** Offset in the text where the bound first went past the limit. */
  offset: number;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** ASCII punctuation and the common Unicode punctuation (CommonMark's flanking rules). */
const PUNCT = /[\p{P}\p{S}]/u;
const isPunct = (text: string, i: number) => i >= 0 && i < text.length && PUNCT.test(text[i]!);

/**
 * Where `text` may nest deeper than `limit` (default MAX_NESTING), or undefined
 * when it cannot. Linear in the length of the text.
 */
export function nestingExcess(text: string, limit = MAX_NESTING): NestingExcess | undefined {
  if (withinLimit(text, limit)) return undefined;
  const n = text.length;
  let fence = ''; // the fence of an open fenced code block
  // Inline openers of the current leaf block.
  let star = 0;
  let under = 0;
  let tilde = 0;
  let both = 0;
  let bracket = 0;
  const resetInline = () => {
    star = under = tilde = both = bracket = 0;
  };
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    // Fenced code at the top level (a fence inside a quote or list is counted as text, which only overestimates).
    let first = lineStart;
    while (first < lineEnd && first - lineStart < 4 && text.charCodeAt(first) === 32) first++;
    const lead = text.charCodeAt(first);
    const maybeFence = first - lineStart <= 3 && (lead === 96 || lead === 126);
    if (fence) {
      if (maybeFence) {
        const close = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(text.slice(lineStart, lineEnd));
        if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = '';
      }
      lineStart = lineEnd + 1;
      continue;
    }
    if (maybeFence) {
      const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(text.slice(lineStart, lineEnd));
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        fence = open[1]!;
        resetInline();
        lineStart = lineEnd + 1;
        continue;
      }
    }
    // The container prefix: `>`, list markers, footnote labels and indentation.
    let j = lineStart;
    let columns = 0;
    let markers = 0;
    let listItem = false;
    const over = () => markers + (columns >> 1) > limit;
    for (;;) {
      if (j >= lineEnd) break;
      const c = text.charCodeAt(j);
      if (c === 32 || c === 9) {
        columns += c === 9 ? 4 : 1;
        if (over()) return { offset: j };
        j++;
      } else if (c === 62 /* > */) {
        markers++;
        if (over()) return { offset: j };
        j++;
        // The one space after `>` belongs to the marker.
        if (text.charCodeAt(j) === 32) j++;
      } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && (j + 1 >= lineEnd || isSpace(text.charCodeAt(j + 1)))) {
        markers++;
        listItem = true;
        if (over()) return { offset: j };
        j += 2;
      } else if (c >= 48 && c <= 57) {
        let k = j;
        while (k < lineEnd && k - j < 9 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
        const d = text.charCodeAt(k);
        if (!((d === 46 || d === 41) /* . ) */ && (k + 1 >= lineEnd || isSpace(text.charCodeAt(k + 1))))) break;
        markers++;
        listItem = true;
        if (over()) return { offset: j };
        j = k + 2;
      } else if (c === 91 /* [ */ && text.charCodeAt(j + 1) === 94 /* ^ */) {
        let k = j + 2;
        while (k < lineEnd && k - j < 1000 && text.charCodeAt(k) !== 93 && !isSpace(text.charCodeAt(k))) k++;
        if (text.charCodeAt(k) !== 93 || text.charCodeAt(k + 1) !== 58 /* : */) break;
        markers++;
        listItem = true;
        if (over()) return { offset: j };
        j = k + 2;
      } else {
        break;
      }
    }
    j = Math.min(j, lineEnd);
    const blockDepth = markers + (columns >> 1);
    const end = lineEnd > j && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    const heading = text.charCodeAt(j) === 35; /* # */
    if (k === end || listItem || heading) resetInline();
    const at = inlineScan(text, j, end, blockDepth, limit);
    if (at >= 0) return { offset: at };
    if (heading) resetInline();
    lineStart = lineEnd + 1;
  }
  return undefined;

  /** Counts the inline openers of one line; the offset where the depth goes past the limit, or -1. */
  function inlineScan(s: string, from: number, to: number, blockDepth: number, max: number): number {
    let tick = from;
    while (tick < to && s.charCodeAt(tick) !== 96) tick++;
    const ticks = tick < to ? codeSpans(s, tick, to) : NO_SPANS;
    let i = from;
    while (i < to) {
      const c = s.charCodeAt(i);
      if (c === 92 /* \ */) {
        i += 2;
        continue;
      }
      if (c === 96 /* ` */) {
        const end = ticks.get(i);
        if (end !== undefined) {
          i = end;
          continue;
        }
        while (i < to && s.charCodeAt(i) === 96) i++;
        continue;
      }
      if (c === 91 /* [ */) {
        bracket++;
      } else if (c === 93 /* ] */) {
        if (bracket > 0) bracket--;
      } else if (c === 42 || c === 95 || c === 126) {
        let k = i;
        while (k < to && s.charCodeAt(k) === c) k++;
        const len = k - i;
        const before = i > from ? s.charCodeAt(i - 1) : 32;
        const after = k < to ? s.charCodeAt(k) : 32;
        const left = !isSpace(after) && (!isPunct(s, k) || isSpace(before) || isPunct(s, i - 1) || i === from);
        const right = !isSpace(before) && i > from && (!isPunct(s, i - 1) || isSpace(after) || isPunct(s, k) || k === to);
        const open = c === 95 ? left && (!right || isPunct(s, i - 1)) : left;
        const close = c === 95 ? right && (!left || isPunct(s, k)) : right;
        if (open && close) both += len;
        else if (open) {
          if (c === 42) star += len;
          else if (c === 95) under += len;
          else tilde += len;
        } else if (close) {
          if (c === 42) star = Math.max(0, star - len);
          else if (c === 95) under = Math.max(0, under - len);
          else tilde = Math.max(0, tilde - len);
        }
        if (blockDepth + star + under + tilde + both + bracket > max) return i;
        i = k;
        continue;
      }
      if (blockDepth + star + under + tilde + both + bracket > max) return i;
      i++;
    }
    return -1;
  }
}

const NO_SPANS: ReadonlyMap<number, number> = new Map();

/**
 * A quick look that clears most texts: the longest run of container characters
 * at the start of a line (a tab counting two), plus every `*`, `_`, `~` and `[`
 * of the whole text, is a looser bound than the scan's. A footnote label can
 * stand in a line's prefix, so a text with one always gets the full scan.
 */
function withinLimit(text: string, limit: number): boolean {
  if (text.includes('[^')) return false;
  let inline = 0;
  INLINE_CHAR.lastIndex = 0;
  while (INLINE_CHAR.test(text)) if (++inline > limit) return false;
  // The longest prefix allowed: a tab counts two.
  const room = text.includes('\t') ? (limit - inline) >> 1 : limit - inline;
  let re = prefixPatterns.get(room);
  if (!re) prefixPatterns.set(room, (re = new RegExp(`^[ \\t>*+\\-0-9.)]{${room + 1},}`, 'm')));
  return !re.test(text);
}

const INLINE_CHAR = /[*_~[]/g;
/** The pattern of a line prefix longer than n characters, by n. */
const prefixPatterns = new Map<number, RegExp>();

/** The code spans of one line: the offset of each opening backtick run → the offset just after its closing run. */
function codeSpans(s: string, from: number, to: number): ReadonlyMap<number, number> {
  const runs: [start: number, length: number][] = [];
  for (let i = from; i < to; ) {
    if (s.charCodeAt(i) === 92) {
      i += 2;
      continue;
    }
    if (s.charCodeAt(i) !== 96) {
      i++;
      continue;
    }
    let k = i;
    while (k < to && s.charCodeAt(k) === 96) k++;
    runs.push([i, k - i]);
    i = k;
  }
  if (runs.length < 2) return NO_SPANS;
  const spans = new Map<number, number>();
  // The next run of the same length after each run, found from the right.
  const next = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    const len = runs[r]![1];
    next[r] = lastOfLength.get(len) ?? -1;
    lastOfLength.set(len, r);
  }
  for (let r = 0; r < runs.length; ) {
    const m = next[r]!;
    if (m < 0) {
      r++;
      continue;
    }
    spans.set(runs[r]![0], runs[m]![0] + runs[m]![1]);
    r = m + 1;
  }
  return spans;
}
