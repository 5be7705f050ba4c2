/**
 * An unknown plan status is a schema error (the enum in plan-row.schema.json),
 * not a rule of its own: this test keeps it that way, with file, line and column.
 */
import { describe, expect, it } from 'vitest';
import { validateSource } from '../../src/rules/engine.js';
import { exampleRepository, lines } from '../../src/rules/fixture.js';
import { memorySource } from '../helpers/memory.js';

const row = (status: string) =>
  lines('---', 'type: satsning', 'område: eldre', 'tittel: Vitality', `status: ${status}`, '---');

describe('plan row status', () => {
  it('accepts the five statuses', async () => {
    for (const status of ['planlagt', 'pågår', 'fullført', 'videreført', 'avsluttet']) {
      const result = await validateSource(memorySource(exampleRepository({ 'plans/2025/vitality.md': row(status) })), { today: '2025-01-01', lang: 'en' });
      expect(result.diagnostics.filter((d) => d.file === 'plans/2025/vitality.md')).toEqual([]);
    }
  });

  it('reports an unknown status as a schema error at the value', async () => {
    const result = await validateSource(memorySource(exampleRepository({ 'plans/2025/vitality.md': row('ferdig') })), { today: '2025-01-01', lang: 'nb' });
    const found = result.diagnostics.filter((d) => d.file === 'plans/2025/vitality.md');
    expect(found.map((d) => ({ rule: d.ruleId, severity: d.severity, line: d.line, column: d.column }))).toEqual([
      { rule: 'schema', severity: 'error', line: 5, column: 9 },
    ]);
    expect(found[0]!.message).toContain('status');
  });
});
