/** `hf search`: file and line of every match, case- and accent-insensitive. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/commands/shared/records.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

let dir = '';
beforeAll(() => {
  dir = copyBundled();
});
afterAll(() => removeDir(dir));

interface Hit {
  file: string;
  line: number;
  column: number;
  field: string | null;
  text: string;
}

const search = (...args: string[]): Hit[] => {
  const r = hf(dir, ['search', ...args, '--json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Hit[];
};

/** The line a hit names, read from the file itself. */
const lineOf = (h: Hit) => readFileSync(join(dir, h.file), 'utf8').split(/\r?\n/)[h.line - 1]!;

describe('hf search', () => {
  it('finds titles, texts and conclusions with the right file, line and column', () => {
    const hits = search('beredskap');
    const title = hits.find((h) => h.file.includes('2024.28-') && h.field === 'tittel')!;
    expect(title).toBeDefined();
    expect(lineOf(title)).toBe('tittel: Status og videre tilnærming til revisjon av delavtale beredskap');
    expect(lineOf(title).slice(title.column - 1, title.column - 1 + 9)).toBe('beredskap');
    const treatment = hits.find((h) => h.file.includes('2024.17-') && h.field === 'behandling')!;
    expect(lineOf(treatment)).toContain('Gjeldende delavtale om beredskap');
    for (const h of hits) expect(fold(lineOf(h)).folded).toContain('beredskap');
  });

  it('finds conclusions and case-paper text', () => {
    const hits = search('tas til etterretning');
    expect(hits.some((h) => h.field === 'konklusjon' && h.file.includes('2024.17-'))).toBe(true);
    const body = search('Bakgrunn');
    expect(body.some((h) => h.field === null && h.file.startsWith('cases/'))).toBe(true);
  });

  it('ignores case and Norwegian letters typed as ASCII', () => {
    const hits = search('SKROPELIGE', 'eldre');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => lineOf(h).includes('krøpelige eldre'))).toBe(true);
    const hit = hits.find((h) => lineOf(h).includes('krøpelige eldre'))!;
    expect(lineOf(hit).slice(hit.column - 1).toLowerCase().startsWith('skrøpelige eldre')).toBe(true);
    expect(search('tilnaerming').length).toBe(search('tilnærming').length);
  });

  it('does not search keys or other fields', () => {
    expect(search('sakstype')).toEqual([]);
    const rannveig = search('Rannveig');
    expect(rannveig.length).toBeGreaterThan(0);
    expect(rannveig.filter((h) => h.field === 'referent')).toEqual([]);
  });

  it('limits the search to one body', () => {
    const hits = search('--body', 'FSU', 'handlingsplan');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.file.startsWith('cases/fsu/') || h.file.startsWith('meetings/fsu/'))).toBe(true);
  });

  it('prints matches grouped by file with line and column, and exits 1 when nothing matches', () => {
    const r = hf(dir, ['search', 'beredskap']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^cases\/ssu\/2024\/2024\.17-[^\n]+\.md {2}\(SSU 2024\.17\)\n {2}5:\d+: tittel: Status og videre/m);
    expect(r.stdout).toMatch(/\d+ treff i \d+ filer\.\n$/);
    const none = hf(dir, ['search', 'qqqzzz']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('Fant ikke «qqqzzz».\n');
  });
});

describe('folding for search', () => {
  it('maps every folded character back to the original', () => {
    const { folded, map } = fold('Tilnærming Ø');
    expect(folded).toBe('tilnaerming o');
    expect(map[folded.indexOf('ming')]).toBe('Tilnærming'.indexOf('ming'));
    expect(fold('Café').folded).toBe('cafe');
  });
});
