/**
 * Parity between rule modules, the registry, the docs and the examples: a rule
 * cannot exist without being registered, documented and exemplified.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { renderRuleDoc, renderRuleIndex } from '../../src/rules/docs.js';
import { exampleRepository } from '../../src/rules/fixture.js';

const NOT_RULES = new Set(['rule.ts', 'index.ts', 'engine.ts', 'fixture.ts', 'docs.ts']);
const ruleFiles = readdirSync(new URL('../../src/rules/', import.meta.url)).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));

describe('rule registry', () => {
  it('registers every rule module, under the id that is its file name, sorted', () => {
    expect(RULES.map((r) => `${r.meta.id}.ts`).sort()).toEqual(ruleFiles.sort());
    expect(RULES.map((r) => r.meta.id)).toEqual([...RULES.map((r) => r.meta.id)].sort());
  });

  for (const rule of RULES) {
    const m = rule.meta;
    it(`${m.id}: has examples, messages in both languages and a check matching its scope`, () => {
      expect(m.examples.valid.length).toBeGreaterThan(0);
      expect(m.examples.invalid.length).toBeGreaterThan(0);
      for (const ex of m.examples.invalid) {
        expect(ex.expect.length).toBeGreaterThan(0);
        for (const e of ex.expect) for (const at of [e, ...(e.related ?? [])]) expect(Object.keys(m.messages)).toContain(at.messageId);
      }
      for (const text of Object.values(m.messages)) {
        expect(text.nb.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      for (const id of Object.keys(m.hints ?? {})) expect(Object.keys(m.messages)).toContain(id);
      expect(m.description.nb.length).toBeGreaterThan(20);
      expect(m.description.en.length).toBeGreaterThan(20);
      expect(typeof rule.check === 'function').toBe(m.scope === 'repository');
    });

    it(`${m.id}: has a failing example for every message id, naming file, line and column`, () => {
      const shown = new Set<string>();
      for (const ex of m.examples.invalid) {
        for (const e of ex.expect) {
          for (const at of [e, ...(e.related ?? [])]) {
            expect(Object.keys(exampleRepository(ex.files))).toContain(at.file);
            expect(at.line).toBeGreaterThan(0);
            expect(at.column).toBeGreaterThan(0);
            shown.add(at.messageId);
          }
        }
      }
      expect(Object.keys(m.messages).filter((id) => !shown.has(id))).toEqual([]);
    });

    it(`${m.id}: docs/rules/${m.id}.md is up to date (run npm run docs)`, () => {
      const committed = readFileSync(new URL(`../../docs/rules/${m.id}.md`, import.meta.url), 'utf8');
      expect(committed).toBe(renderRuleDoc(rule));
    });
  }

  it('docs/rules/README.md lists every rule (run npm run docs)', () => {
    const committed = readFileSync(new URL('../../docs/rules/README.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRuleIndex(RULES));
  });
});
