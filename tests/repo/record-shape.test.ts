/**
 * Records keep V8's fast properties: a record whose `text` was turned from a
 * data property into an accessor, or thousands of copies each with an accessor of
 * its own, fall into V8's dictionary mode, where every property read by the rules
 * and renderers is a hash lookup (the rules ran at half speed at 10,000 cases).
 * Not a timing: V8 says which mode an object is in (`%HasFastProperties`, in a
 * child process started with --allow-natives-syntax), on the built hf.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/bundled.js';

const script = `
  const dist = ${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'dist')).href)};
  const { readRepository } = await import(dist + '/repo/read.js');
  const { buildRepository } = await import(dist + '/repo/build.js');
  const { documentView } = await import(dist + '/model/restricted.js');
  const { repo } = buildRepository(readRepository(${JSON.stringify(REPO_ROOT)}));
  const kinds = { cases: repo.cases, meetings: repo.meetings, plans: repo.plans, planRows: repo.planRows, mandates: repo.mandates };
  const view = documentView(repo, true, 'nb');
  const out = {};
  for (const [kind, list] of Object.entries(kinds)) {
    out[kind] = { count: list.length, slow: list.filter((r) => !%HasFastProperties(r)).map((r) => r.file), text: list.every((r) => typeof r.text === 'string') };
    const copies = view[kind];
    out[kind + ' (public view)'] = { count: copies.length, slow: copies.filter((r) => !%HasFastProperties(r)).map((r) => r.file), text: copies.every((r) => typeof r.text === 'string') };
  }
  console.log(JSON.stringify(out));
`;

describe('record shapes', () => {
  it('every record, and every copy a document view makes, has fast properties and its text', () => {
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as Record<string, { count: number; slow: string[]; text: boolean }>;
    expect(result.cases!.count).toBeGreaterThan(20);
    expect(result.meetings!.count).toBeGreaterThan(2);
    for (const [kind, { slow, text }] of Object.entries(result)) {
      expect(slow, kind).toEqual([]);
      expect(text, kind).toBe(true);
    }
  });
});
