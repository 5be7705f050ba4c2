/**
 * YAML for frontmatter and hf.yaml: the 1.2 core schema, where dates, times and
 * `no` stay text; no anchors, aliases, merge keys or tags; every parser warning
 * is an error. Positions come from the parser (LineCounter), never from a regex.
 */
import { createRequire } from 'node:module';
import type { Document, Node, Pair } from 'yaml';
import type { ParsedYaml, YamlPath, YamlProblem } from '../model/files.js';

export type { ParsedYaml, YamlPath, YamlProblem };
import { parseYamlFast } from './fast-yaml.js';

// Loaded on first use: a repository whose frontmatter all takes the fast path
// (fast-yaml.ts) and has no finding to place never needs the full parser.
const require = createRequire(import.meta.url);
let lib: typeof import('yaml') | undefined;
const Y = (): typeof import('yaml') => (lib ??= require('yaml') as typeof import('yaml'));




/** Frontmatter beyond this size is refused before parsing (duplicate-key checks are quadratic). */
export const MAX_YAML_BYTES = 256 * 1024;
/** Nesting beyond this depth is refused before parsing (the composer recurses). */
export const MAX_YAML_DEPTH = 64;

/**
 * Parses one YAML document. Never throws; problems carry offsets into `src`.
 * `value` is undefined when the document could not be trusted.
 *
 * Frontmatter in the fast class (fast-yaml.ts) is read by js-yaml, and the
 * syntax tree with positions (`doc`, `lineCounter`) is built only when someone
 * asks for it — in practice, when a finding in that file needs a position.
 */
export function parseYaml(src: string): ParsedYaml {
  if (src.length <= MAX_YAML_BYTES && findExcessiveNesting(src, MAX_YAML_DEPTH) < 0) {
    const fast = parseYamlFast(src);
    if (fast) {
      let strict: ParsedYaml | undefined;
      const full = () => (strict ??= parseYamlStrict(src));
      return {
        value: fast.value,
        problems: [],
        get doc() {
          return full().doc;
        },
        get lineCounter() {
          return full().lineCounter;
        },
      };
    }
  }
  return parseYamlStrict(src);
}

/** The strict parse: the `yaml` package's syntax tree, every problem with its offset. */
export function parseYamlStrict(src: string): ParsedYaml {
  const { isAlias, isScalar, LineCounter, parseDocument, visit } = Y();
  const lineCounter = new LineCounter();
  if (src.length > MAX_YAML_BYTES) {
    return { value: undefined, doc: undefined, lineCounter, problems: [{ code: 'too-large', offset: 0, detail: `${src.length} characters` }] };
  }
  const deep = findExcessiveNesting(src, MAX_YAML_DEPTH);
  if (deep >= 0) {
    return { value: undefined, doc: undefined, lineCounter, problems: [{ code: 'too-deep', offset: deep, detail: `deeper than ${MAX_YAML_DEPTH}` }] };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(src, {
      version: '1.2',
      schema: 'core',
      merge: false,
      uniqueKeys: true,
      strict: true,
      prettyErrors: false,
      lineCounter,
      // Not 'silent': that also drops the error for a second document (MULTIPLE_DOCS). Nothing is logged below 'warn'.
      logLevel: 'error',
    });
  } catch (error) {
    // The parser should not throw, but a bug in it must not end the run.
    return { value: undefined, doc: undefined, lineCounter, problems: [{ code: 'syntax', offset: 0, detail: String(error) }] };
  }
  const problems: YamlProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    let offset = e.pos?.[0] ?? 0;
    // An unclosed quote is reported at the end of the input; point at where the quote opens.
    const quote = /Missing closing (["'])quote/.exec(e.message);
    if (quote) offset = Math.max(0, src.lastIndexOf(quote[1] === '"' ? '"' : "'", offset - 1));
    // An unclosed [ or { is likewise reported where the input ends; point at the bracket.
    const flow = /Flow (sequence|map) .*end with a/.test(e.message);
    if (flow) offset = unclosedBracket(src, offset) ?? offset;
    if (e.code === 'DUPLICATE_KEY') {
      problems.push({ code: 'duplicate-key', offset, detail: e.message, key: keyAt(doc, offset) });
    } else if (e.code === 'TAG_RESOLVE_FAILED') {
      // Reported once, by the tag check below.
    } else if (problems.some((p) => sameLine(src, p.offset, offset))) {
      // One YAML mistake often yields several parser errors on the same line; the first says enough.
    } else {
      problems.push({ code: flow ? 'bracket' : syntaxKind(e.code, !!quote), offset, detail: e.message.split('\n')[0]! });
    }
  }
  visit(doc, {
    Node(_key, node) {
      const offset = node.range?.[0] ?? 0;
      if (isAlias(node)) {
        problems.push({ code: 'alias', offset, detail: `alias *${node.source}` });
        return;
      }
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor) problems.push({ code: 'alias', offset: backTo(src, offset, '&' + anchor), detail: `anchor &${anchor}` });
      // The parser sets `tag` only for tags written in the source: none are allowed.
      const tag = (node as { tag?: string }).tag;
      if (tag) problems.push({ code: 'tag', offset: backTo(src, offset, '!'), detail: tag.replace('tag:yaml.org,2002:', '!!') });
    },
    Pair(_key, pair) {
      const key = pair.key as Node | null;
      if (key && isScalar(key) && key.value === '<<' && key.range) {
        problems.push({ code: 'merge', offset: key.range[0], detail: 'merge key <<' });
      }
    },
  });
  if (problems.length > 0) return { value: undefined, doc, lineCounter, problems };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return { value: undefined, doc, lineCounter, problems: [{ code: 'syntax', offset: 0, detail: String(error) }] };
  }
  return { value, doc, lineCounter, problems };
}

/** Groups the parser's error codes into the few situations a user can recognise. */
function syntaxKind(code: string, quote: boolean): YamlProblem['code'] {
  if (quote) return 'quote';
  switch (code) {
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'indent';
    case 'TAB_AS_INDENT':
      return 'tab';
    case 'MULTIPLE_DOCS':
      return 'multiple-docs';
    default:
      return 'syntax';
  }
}

/** The last `[` or `{` before `end` that is not closed, outside quotes and comments. */
function unclosedBracket(src: string, end: number): number | undefined {
  const stack: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < end; i++) {
    const c = src[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      if (stack.length) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(src[i - 1]!))) {
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? end : nl;
    } else if (c === '[' || c === '{') stack.push(i);
    else if (c === ']' || c === '}') stack.pop();
  }
  return stack.length ? stack[stack.length - 1] : undefined;
}

function sameLine(src: string, a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return src.indexOf('\n', lo) < 0 || src.indexOf('\n', lo) >= hi;
}

/** The offset of `token` before `offset` on the same line (node properties precede the node). */
function backTo(src: string, offset: number, token: string): number {
  const lineStart = src.lastIndexOf('\n', offset - 1) + 1;
  const i = src.lastIndexOf(token, offset);
  if (i < lineStart) return offset;
  // For a tag, step back to the first `!` of `!!name`.
  let j = i;
  while (token === '!' && j > lineStart && src[j - 1] === '!') j--;
  return j;
}

function keyAt(doc: Document.Parsed, offset: number): string | undefined {
  const { isScalar, visit } = Y();
  let found: string | undefined;
  visit(doc, {
    Pair(_k, pair) {
      const key = pair.key as Node | null;
      if (key && isScalar(key) && key.range && key.range[0] === offset) found = String(key.value);
    },
  });
  return found;
}

/**
 * Returns the offset where nesting first exceeds `max` levels, or -1. Counts flow
 * brackets and block indentation, skipping quoted strings and comments, so that a
 * hostile 10,000-deep `[[[[…` is refused before the recursive composer sees it.
 */
export function findExcessiveNesting(src: string, max: number): number {
  return mayNestDeeper(src, max) ? nestingWalk(src, max) : -1;
}

/** findExcessiveNesting without the quick look first: every character walked. */
export function nestingWalk(src: string, max: number): number {
  let depth = 0;
  let quote = 0;
  let lineStart = true;
  let indent = 0;
  // Character codes, not one-character strings: this runs over every file's frontmatter.
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (quote) {
      if (c === BACKSLASH && quote === DQUOTE) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === NEWLINE) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === SPACE || c === DASH) {
        indent++;
        continue;
      }
      lineStart = false;
      // Block nesting: every two columns of indentation is at most one level.
      if (indent / 2 > max) return i;
    }
    if (c === HASH && (i === 0 || /\s/.test(src[i - 1]!))) {
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? src.length : nl - 1;
      continue;
    }
    if ((c === DQUOTE || c === SQUOTE) && depth > 0) quote = c;
    else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return -1;
}

/**
 * False when `src` cannot nest deeper than `max` whatever its quotes and comments:
 * it has no more opening brackets than that, and no line starts with more than
 * twice as many spaces and dashes. Nearly every frontmatter is so, and these two
 * looks (native string searches) cost a fraction of the walk above.
 */
function mayNestDeeper(src: string, max: number): boolean {
  let brackets = 0;
  for (let i = src.indexOf('['); i >= 0 && brackets <= max; i = src.indexOf('[', i + 1)) brackets++;
  for (let i = src.indexOf('{'); i >= 0 && brackets <= max; i = src.indexOf('{', i + 1)) brackets++;
  if (brackets > max) return true;
  if (deepIndent?.max !== max) deepIndent = { max, re: new RegExp(`^[ -]{${2 * max + 1}}`, 'm') };
  return deepIndent.re.test(src);
}
let deepIndent: { max: number; re: RegExp } | undefined;

const BACKSLASH = 92;
const DQUOTE = 34;
const SQUOTE = 39;
const NEWLINE = 10;
const SPACE = 32;
const DASH = 45;
const HASH = 35;

/** Where a node or a key sits in the source, as offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Finds the span of the value (or the key) at `path`; falls back to the closest
 * existing ancestor, so a missing key points at the map that lacks it.
 */
export function locateSpan(doc: Document.Parsed | undefined, path: YamlPath, part: 'key' | 'value' = 'value'): Span | undefined {
  if (!doc || !doc.contents) return undefined;
  const { isMap, isPair, isScalar, isSeq } = Y();
  let node: Node = doc.contents as Node;
  let best: Span | undefined = spanOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      if (last && part === 'key' && pair.key && isScalar(pair.key)) return spanOf(pair.key as Node) ?? best;
      if (!pair.value) return spanOf(pair.key as Node) ?? best;
      node = pair.value as Node;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!item) return best;
      node = (isPair(item) ? item.value : item) as Node;
    } else {
      return best;
    }
    best = spanOf(node) ?? best;
  }
  return best;
}

function spanOf(node: Node | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

/** The original source text of a scalar at `path` (`2024.10` for a number that YAML reads as 2024.1). */
export function sourceAt(doc: Document.Parsed | undefined, path: YamlPath): string | undefined {
  if (!doc) return undefined;
  const node = doc.getIn(path, true) as Node | undefined;
  return node && Y().isScalar(node) ? (node.source as string | undefined) : undefined;
}

/** An unquoted text value followed by a `#` comment on its line (`tittel: Budsjett #2 for 2025`). */
export interface CutValue {
  /** Offset of the `#` in the source. */
  offset: number;
  /** The value YAML reads: the text before the comment. */
  value: string;
  /** The comment, without `#`: the text the writer probably meant to keep. */
  comment: string;
}

/**
 * Every unquoted text value that a `#` comment follows on the same line. YAML
 * reads only the text before ` #`, which is correct but rarely what the writer
 * of a title meant. Cheap when there is no ` #` at all: the syntax tree is only
 * built for text that has one.
 */
export function commentsAfterText(parsed: ParsedYaml, src: string): CutValue[] {
  if (!/[ \t]#/.test(src) || parsed.problems.length > 0) return [];
  const doc = parsed.doc;
  if (!doc) return [];
  const { isScalar, visit } = Y();
  const found: CutValue[] = [];
  visit(doc, {
    Scalar(key, node) {
      // Keys are followed by `:`; only values can be cut short.
      if (key === 'key' || !isScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const end = node.range[1];
      const lineEnd = src.indexOf('\n', end);
      const rest = src.slice(end, lineEnd < 0 ? src.length : lineEnd);
      const hash = /^[ \t]+#/.exec(rest);
      if (hash) found.push({ offset: end + hash[0].length - 1, value: node.value, comment: rest.slice(hash[0].length).trim() });
    },
  });
  return found;
}
