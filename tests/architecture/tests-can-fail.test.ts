/**
 * The checks that keep tests able to fail: the lint rules of
 * scripts/eslint-plugin-tests.js (run over tests/ by `npm run lint`), the
 * run-time requirement that every test asserts something, and golden files that
 * fail when missing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../scripts/eslint-plugin-tests.js';
import config from '../../vitest.config.js';
import { expectGolden, UPDATE_GOLDEN } from '../helpers/golden.js';

const linter = new Linter({ configType: 'flat' });
const RULES = ['no-self-writing-snapshot', 'no-vacuous-assertion', 'no-early-return-in-property', 'no-skipped-test'] as const;

/** [rule, line, column] of each problem the rules find in `code`. */
function lint(code: string): [string, number, number][] {
  const messages = linter.verify(code, [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { 'hf-tests': plugin },
      rules: Object.fromEntries(RULES.map((r) => [`hf-tests/${r}`, 'error'])),
    },
  ], 'x.test.ts');
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => [m.ruleId!.replace('hf-tests/', ''), m.line, m.column]);
}

const test = (...body: string[]) => ["it('x', () => {", ...body.map((l) => `  ${l}`), '});'].join('\n');

describe('lint rules for tests that can fail', () => {
  it('find snapshots that write themselves', () => {
    expect(lint(test("expect(html).toMatchFileSnapshot('golden/a.html');", 'expect(x).toMatchInlineSnapshot();', 'expect(x).toMatchSnapshot();'))).toEqual([
      ['no-self-writing-snapshot', 2, 16],
      ['no-self-writing-snapshot', 3, 13],
      ['no-self-writing-snapshot', 4, 13],
    ]);
    expect(lint(test("expectGolden(html, 'golden/a.html');"))).toEqual([]);
  });

  it('find assertions that hold whatever the code does', () => {
    expect(
      lint(
        test(
          'expect(rows.every((r) => r.ok || true)).toBe(true);',
          'expect(a ?? true).toBe(true);',
          'expect(true).toBe(true);',
          'expect(list.length).toBeGreaterThanOrEqual(0);',
          'expect(load().every((r) => r.ok)).toBe(true);',
        ),
      ),
    ).toEqual([
      ['no-vacuous-assertion', 2, 15],
      ['no-vacuous-assertion', 2, 28],
      ['no-vacuous-assertion', 3, 10],
      ['no-vacuous-assertion', 4, 10],
      ['no-vacuous-assertion', 5, 3],
      ['no-vacuous-assertion', 6, 17],
    ]);
    // `every` is fine once something else is asserted about the same list.
    expect(lint(test('expect(rows.length).toBe(3);', 'expect(rows.every((r) => r.ok)).toBe(true);', 'expect(rows.some((r) => r.ok)).toBe(true);'))).toEqual([]);
  });

  it('find assertions that may never run', () => {
    expect(
      lint(
        test(
          'for (const r of rows.filter((r) => r.ok)) expect(r.name).toBe("x");',
          'rows.filter((r) => r.ok).forEach((r) => expect(r).toBeDefined());',
          'try { run(); } catch (e) { expect(String(e)).toContain("refused"); }',
          'try { run(); expect.unreachable(); } catch (e) { expect(String(e)).toContain("refused"); }',
          'const ok = rows.filter((r) => r.ok);',
          'expect(ok).toHaveLength(2);',
          'for (const r of ok) expect(r.name).toBe("x");',
        ),
      ),
    ).toEqual([
      ['no-vacuous-assertion', 2, 19],
      ['no-vacuous-assertion', 3, 3],
      ['no-vacuous-assertion', 4, 18],
    ]);
  });

  it('find early returns inside a property, unless the inputs were checked or counted', () => {
    const property = (...body: string[]) => test('fc.assert(', '  fc.property(fc.string(), (s) => {', ...body.map((l) => `    ${l}`), '  }),', ');');
    expect(lint(property('if (!s) return;', 'expect(f(s)).toBe(s);'))).toEqual([['no-early-return-in-property', 4, 15]]);
    expect(lint(property('if (!s) return true;', 'return f(s) === s;'))).toEqual([['no-early-return-in-property', 4, 15]]);
    expect(lint(property('if (!s) {', '  expect(f(s)).toBe("");', '  return;', '}', 'expect(f(s)).toBe(s);'))).toEqual([]);
    expect(lint(property('return f(s) === s;'))).toEqual([]);
    expect(lint(test('let taken = 0;', 'fc.assert(fc.property(fc.string(), (s) => {', '  if (!s) return true;', '  taken++;', '  return f(s) === s;', '}));', 'expect(taken).toBeGreaterThan(100);'))).toEqual([]);
  });

  it('find tests left out of the run', () => {
    expect(lint("it.skip('x', () => {});\ndescribe.only('y', () => {});\nit.todo('z');\nit.skipIf(true)('w', () => {});")).toEqual([
      ['no-skipped-test', 1, 1],
      ['no-skipped-test', 2, 1],
      ['no-skipped-test', 3, 1],
      ['no-skipped-test', 4, 1],
    ]);
  });
});

describe('every test asserts something', () => {
  it('is required at run time: a test in which no expect ran fails', () => {
    expect(config.test?.expect?.requireAssertions).toBe(true);
  });
});

describe('golden files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hf-golden-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing golden fails (UPDATE_GOLDEN=1 writes it instead), and one that differs fails', () => {
    const file = join(dir, 'missing.md');
    writeFileSync(join(dir, 'old.md'), '# Gammel\n');
    if (UPDATE_GOLDEN) {
      expectGolden('# Ny\n', file);
      expect(readFileSync(file, 'utf8')).toBe('# Ny\n');
    } else {
      expect(() => expectGolden('# Ny\n', file)).toThrow(/no golden file .*missing\.md; run UPDATE_GOLDEN=1/);
      expect(() => expectGolden('# Ny\n', join(dir, 'old.md'))).toThrow(/differs from the golden file/);
      expect(() => expectGolden(new Uint8Array([1, 2]), join(dir, 'old.md'))).toThrow(/differs from the golden file/);
      expectGolden('# Gammel\n', join(dir, 'old.md'));
    }
  });
});
