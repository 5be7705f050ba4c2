/**
 * Splitting a Markdown file into YAML frontmatter and body.
 *
 * hf does not use gray-matter for this: its JavaScript engine evaluates code in
 * `---js` blocks, it caches results (a second parse of a broken file returns no
 * error), and it parses YAML 1.1. A fence-line splitter on top of the `yaml`
 * package is a few lines and has none of those problems (see README, Dependencies).
 */

export type SplitProblem =
  /** The file does not start with a `---` line. */
  | 'missing'
  /** No closing `---` line. */
  | 'unclosed'
  /** The opening fence names a language other than YAML (`---js`). */
  | 'language';

export interface Split {
  /** The YAML text between the fences ('' when empty, undefined when absent). */
  yaml: string | undefined;
  /** Offset of the YAML text in the file text. */
  yamlOffset: number;
  /** Markdown after the closing fence. */
  body: string;
  /** Offset of the body in the file text. */
  bodyOffset: number;
  /** Language named on the opening fence, lower-cased, if any. */
  language?: string;
  problem?: SplitProblem;
  /**
   * The offset of the closing line when it is `...` (YAML's end-of-document
   * marker) instead of `---`: the frontmatter ends there, and the loader reports
   * it (the rule frontmatter), since hf and other tools write and expect `---`.
   */
  dotsCloser?: number;
}

const OPEN = /^---[ \t]*([A-Za-z][\w-]*)?[ \t]*\r?$/;
const CLOSE = /^(?:---|(\.\.\.))[ \t]*\r?$/;

/** Splits `text` (already decoded, BOM removed). Never throws. */
export function splitFrontmatter(text: string): Split {
  const firstEnd = lineEnd(text, 0);
  const first = text.slice(0, firstEnd);
  const open = OPEN.exec(first);
  if (!open) {
    return { yaml: undefined, yamlOffset: 0, body: text, bodyOffset: 0, problem: 'missing' };
  }
  const language = open[1]?.toLowerCase();
  const yamlOffset = Math.min(text.length, firstEnd + 1);
  if (language && language !== 'yaml' && language !== 'yml') {
    // Never parsed: a `---js` block is code, and hf does not run code it finds.
    return { yaml: undefined, yamlOffset, body: '', bodyOffset: text.length, language, problem: 'language' };
  }
  let pos = yamlOffset;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    const close = CLOSE.exec(text.slice(pos, end));
    if (close) {
      const bodyOffset = Math.min(text.length, end + 1);
      return { yaml: text.slice(yamlOffset, pos), yamlOffset, body: text.slice(bodyOffset), bodyOffset, language, ...(close[1] ? { dotsCloser: pos } : {}) };
    }
    pos = end + 1;
  }
  return { yaml: undefined, yamlOffset, body: '', bodyOffset: text.length, language, problem: 'unclosed' };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** Characters that editors do not show and that break YAML when pasted from Word. */
const INVISIBLE: Record<string, string> = {
  '\u00a0': 'U+00A0 NO-BREAK SPACE',
  '\u200b': 'U+200B ZERO WIDTH SPACE',
  '\u200c': 'U+200C ZERO WIDTH NON-JOINER',
  '\u200d': 'U+200D ZERO WIDTH JOINER',
  '\u2060': 'U+2060 WORD JOINER',
  '\ufeff': 'U+FEFF ZERO WIDTH NO-BREAK SPACE',
  '\u202f': 'U+202F NARROW NO-BREAK SPACE',
  '\u00ad': 'U+00AD SOFT HYPHEN',
};

/** Names the invisible characters in `line`, for a hint; empty when there are none. */
export function invisibleCharacters(line: string): string[] {
  const found = new Set<string>();
  for (const ch of line) if (INVISIBLE[ch]) found.add(INVISIBLE[ch]!);
  return [...found];
}

/**
 * Finds a git conflict block (`<<<<<<<` … `>>>>>>>`) and returns the offset of its
 * first marker, or -1. A lone `=======` is a Markdown heading underline, not a conflict.
 */
export function findConflictMarker(text: string): number {
  const start = /^<{7}(?: |\r?$)/m.exec(text);
  if (!start) return -1;
  return /^>{7}(?: |\r?$)/m.test(text.slice(start.index)) ? start.index : -1;
}
