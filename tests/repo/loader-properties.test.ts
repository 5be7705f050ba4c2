/**
 * The loader under attack, as properties: YAML assembled from the constructs
 * that hurt (aliases, tags, merge keys, `__proto__`, deep brackets, tabs, BOM,
 * CR, NUL, invisible characters, fences) always gives data or findings, never an
 * exception or a long wait; data is plain (strings, numbers, booleans, null,
 * lists, maps) and only ever comes from text the strict parser accepts; findings
 * point inside the file; and loading twice gives the same answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/repo/load-file.js';
import { splitFrontmatter } from '../../src/repo/frontmatter.js';
import { parseYamlStrict } from '../../src/repo/yaml.js';

const FC = { seed: 20_320_101, numRuns: 400 };
const PATH = 'cases/ssu/2024/2024.3-x.md';
const enc = (s: string) => new TextEncoder().encode(s);

const token = fc.constantFrom(
  'a: 1', 'b: [1, 2]', 'c: {d: e}', 'tittel: Møte', 'saksnr: "2024.10"', 'saksnr: 2024.10', 'start: 12:30', 'dato: 2024-09-26',
  'x: &a [1,2]', 'y: *a', 'z: !!js/function "function(){}"', 'w: !!binary aGVp', 'v: !custom x', '<<: {a: 1}', '<<: *a',
  '__proto__: {polluted: true}', 'constructor: {prototype: {polluted: true}}', 'k: [[[[[[[[', 'k: }}}]]]', 'k: "unclosed',
  "k: 'unclosed", '\tk: tab', 'k:\tv', 'k: v\r', '\ufeffk: v', 'k\u200b: v', 'k:\u00a0v', 'k: \u0000', '---', '...', '---js',
  '- item', '  - nested', '    deep: true', '? complex', ': value', 'k: |', '  block', 'k: >-', '%YAML 1.1', 'k: yes', 'k: ~',
  '# comment', 'k: v # comment', 'k: "a\\u0000b"', 'k: .inf', 'k: 0x1F', 'k: 1e999', 'a: 1', 'a: 2',
);

const yamlText = fc.array(token, { maxLength: 12 }).map((ls) => ls.join('\n'));
const wrapped = fc.tuple(fc.constantFrom('---\n', '---\r\n', '\ufeff---\n', '---yaml\n', '--- \n', ''), yamlText, fc.constantFrom('\n---\n', '\r\n---\r\n', '\n...\n', ''), fc.string({ maxLength: 40 })).map(
  ([open, body, close, rest]) => open + body + close + rest,
);

function isPlain(v: unknown, depth = 0): boolean {
  if (depth > 200) return false;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return true;
  if (Array.isArray(v)) return v.every((x) => isPlain(x, depth + 1));
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(v as object).every((x) => isPlain(x, depth + 1));
  }
  return false;
}

describe('loading hostile frontmatter (property)', () => {
  it('gives plain data from accepted text or findings inside the file, quickly, and the same twice', () => {
    fc.assert(
      fc.property(wrapped, (text) => {
        const bytes = enc(text);
        const t0 = performance.now();
        const first = loadFile(PATH, bytes);
        expect(performance.now() - t0).toBeLessThan(500);
        const lines = text.split('\n').length;
        for (const f of first.findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines + 1);
          expect(f.column).toBeGreaterThanOrEqual(1);
        }
        if (first.file.data) {
          expect(isPlain(first.file.data)).toBe(true);
          const split = splitFrontmatter(first.file.text);
          expect(parseYamlStrict(split.yaml ?? '').problems).toEqual([]);
        } else {
          expect(first.findings.length).toBeGreaterThan(0);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        const second = loadFile(PATH, bytes);
        expect(second.findings).toEqual(first.findings);
        expect(second.file.data).toEqual(first.file.data);
      }),
      FC,
    );
  });

  it('never accepts an alias, anchor, tag or merge key, wherever it stands (property)', () => {
    const dangerous = fc.constantFrom('x: &a 1\ny: *a', 'z: !!js/function "f"', 'w: !!binary aGVp', 'm:\n  <<: {a: 1}', 'l: [!!str a]', 'n: {k: *b}');
    fc.assert(
      fc.property(fc.array(fc.constantFrom<string>('a: 1', 'tittel: Møte', 'liste: [a, b]'), { maxLength: 5 }), dangerous, fc.nat(5), (safe, bad, at) => {
        const ls = [...safe];
        ls.splice(Math.min(at, ls.length), 0, bad);
        const { file, findings } = loadFile(PATH, enc(`---\n${ls.join('\n')}\n---\n`));
        expect(file.data).toBeUndefined();
        expect(findings.some((f) => f.ruleId === 'yaml')).toBe(true);
      }),
      FC,
    );
  });

  it('never lets __proto__ or constructor reach an object prototype', () => {
    for (const src of ['__proto__: {polluted: true}', 'a:\n  __proto__:\n    polluted: true', 'constructor:\n  prototype:\n    polluted: true']) {
      const { file } = loadFile(PATH, enc(`---\n${src}\n---\n`));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      if (file.data) expect(Object.getPrototypeOf(file.data)).toBe(Object.prototype);
    }
  });
});
