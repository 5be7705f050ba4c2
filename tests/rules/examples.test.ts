/**
 * Every rule's examples are tests: each valid example produces no finding of the
 * rule, each invalid example produces exactly the findings it lists, with file,
 * line, column and message id.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { validateSource } from '../../src/rules/engine.js';
import { exampleRepository } from '../../src/rules/fixture.js';
import { memorySource } from '../helpers/memory.js';

const DEFAULT_TODAY = '2024-09-01';

for (const rule of RULES) {
  describe(rule.meta.id, () => {
    for (const example of rule.meta.examples.valid) {
      it(`valid: ${example.name}`, async () => {
        const result = await validateSource(memorySource(exampleRepository(example.files)), { today: example.today ?? DEFAULT_TODAY, lang: 'en', ...(example.against ? { against: example.against } : {}) });
        expect(result.crashed).toEqual([]);
        const own = result.findings.filter((f) => f.ruleId === rule.meta.id);
        expect(own).toEqual([]);
      });
    }
    for (const example of rule.meta.examples.invalid) {
      it(`invalid: ${example.name}`, async () => {
        const result = await validateSource(memorySource(exampleRepository(example.files)), { today: example.today ?? DEFAULT_TODAY, lang: 'en', ...(example.against ? { against: example.against } : {}) });
        expect(result.crashed).toEqual([]);
        const own = result.diagnostics
          .filter((d) => d.ruleId === rule.meta.id)
          .map((d) => ({ file: d.file, line: d.line, column: d.column }));
        const findings = result.findings
          .filter((f) => f.ruleId === rule.meta.id)
          .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
        expect(own).toEqual(example.expect.map(({ file, line, column }) => ({ file, line, column })));
        expect(findings.map((f) => f.messageId)).toEqual(example.expect.map((e) => e.messageId));
        // Where a finding points elsewhere too (`first defined here`), the example says where.
        expect(findings.map((f) => (f.related ?? []).map(({ file, line, column, messageId }) => ({ file, line, column, messageId })))).toEqual(
          example.expect.map((e) => e.related ?? []),
        );
      });
    }
  });
}
