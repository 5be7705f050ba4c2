/**
 * The fast path for YAML: js-yaml with a schema that resolves plain scalars
 * exactly as the `yaml` package's 1.2 core schema does (the same patterns and
 * constructors), used only on frontmatter that has none of the constructs the
 * strict parser (yaml.ts) must look at. Anything outside that class, and any
 * error or warning from js-yaml, returns undefined and the caller takes the
 * strict path, which alone produces positioned problems. A property test
 * (tests/repo/fast-yaml.test.ts) holds the two paths to the same values.
 *
 * Why: the strict parser builds a full syntax tree with positions, which costs
 * several times the parse itself; a repository of 10,000 valid files never needs
 * a position. The tree is built later, for one file, when a rule asks where
 * something is (LoadedFile.locate).
 */
// The ES module build of js-yaml is one file; its CommonJS entry loads 25.
import * as JsYaml from 'js-yaml';

let schema: JsYaml.Schema | undefined;

/** Plain scalars that can be a number start with one of these (`0-9 + - .`). */
const NUMERIC_START = /^[-+.0-9]/;

/** The `yaml` package's core schema (its schema/core folder), in js-yaml's terms: the same patterns, in the same order. */
function coreSchema(y: typeof JsYaml): JsYaml.Schema {
  const scalar = (tag: string, tests: [RegExp, (s: string) => unknown][], gate?: RegExp) => {
    // js-yaml calls resolve, then construct, with the same text: remember the match.
    let last: string | undefined;
    let lastTest: (s: string) => unknown = () => undefined;
    return new y.Type(`tag:yaml.org,2002:${tag}`, {
      kind: 'scalar',
      resolve: (s: string | null) => {
        if (s === null || (gate && !gate.test(s))) return false;
        const hit = tests.find(([re]) => re.test(s));
        if (!hit) return false;
        last = s;
        lastTest = hit[1];
        return true;
      },
      construct: (s: string) => (s === last ? lastTest(s) : tests.find(([re]) => re.test(s))![1](s)),
    });
  };
  return y.FAILSAFE_SCHEMA.extend({
    implicit: [
      scalar('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]], /^(?:$|[~nN])/),
      scalar('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']], /^[tTfF]/),
      scalar(
        'int',
        [
          [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
          [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
          [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
        ],
        NUMERIC_START,
      ),
      scalar(
        'float',
        [
          [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)],
          [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
          [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
        ],
        NUMERIC_START,
      ),
    ],
  });
}

/**
 * Text that the fast path leaves to the strict parser: tabs, byte-order marks and
 * C1 controls, lone CR, merge keys, `__proto__`, directives, node properties and
 * aliases (`&a`, `*a`, `!tag` at the start of a node), explicit keys (`? `) and
 * flow collections used as keys, document markers (`---a` starts a document for
 * js-yaml), empty sequence items (js-yaml nests the next item wrongly) and a
 * `#` right after a quote or bracket (the strict parser wants a space first),
 * and lines of spaces only (block scalars treat them differently).
 * Conservative: a title such as «Helse & omsorg»
 * takes the strict path too, which is only slower.
 */
const OUTSIDE = /[\t\ufeff\u0080-\u009f]|\r(?!\n)|<<|__proto__|^%|^(?:---|\.\.\.)|^[ -]*-[ ]*(?:#.*)?\r?$|^[ ]+\r?$|(?:^|[\s[\]{},])[&*!]|(?:^|[\s[{,])\?(?:\s|$)|[\]}][ ]*:|["'\]},]#/m;

/**
 * True if a flow collection spans lines (the strict parser checks the indentation
 * of its continuation lines), or brackets on a line do not pair up.
 */
function hasMultilineFlow(src: string): boolean {
  // A closing bracket before any opening one on its line.
  if (/^[^[{\n]*[\]}]/m.test(src)) return true;
  const open = /[[{]/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(src))) {
    let lineEnd = src.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = src.length;
    let depth = 0;
    for (let i = m.index; i < lineEnd; i++) {
      const c = src.charCodeAt(i);
      if (c === 91 || c === 123) depth++;
      else if ((c === 93 || c === 125) && --depth < 0) return true;
    }
    if (depth !== 0) return true;
    open.lastIndex = lineEnd;
  }
  return false;
}

/** Keys the two parsers turn into text differently (a null key is `null` in js-yaml, `` in yaml) or that yaml refuses. */
function hasDoubtfulKey(value: unknown, depth = 0): boolean {
  if (depth > 100 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasDoubtfulKey(v, depth + 1));
  for (const key of Object.keys(value)) {
    if (key === 'null' || key.length > 1000 || key.includes('\n')) return true;
    if (hasDoubtfulKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

export interface FastYaml {
  value: unknown;
}

/**
 * Parses `src` on the fast path, or returns undefined when it is not in the fast
 * class or js-yaml reports anything. `value` is null for an empty document, as
 * the strict path gives.
 */
export function parseYamlFast(src: string): FastYaml | undefined {
  // Spaces at the very end (no final newline) are read differently after a `|+` block.
  if (OUTSIDE.test(src) || src.endsWith(' ') || hasMultilineFlow(src)) return undefined;
  schema ??= coreSchema(JsYaml);
  let warned = false;
  let value: unknown;
  try {
    value = JsYaml.load(src, { schema, json: false, onWarning: () => (warned = true) });
  } catch {
    return undefined;
  }
  if (warned || hasDoubtfulKey(value)) return undefined;
  return { value: value === undefined ? null : value };
}
