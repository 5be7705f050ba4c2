/**
 * A case text nested 1,500 quotes or 10,000 emphases deep: `hf paper` and
 * `hf agenda --with-papers` write every format (the text shown flattened), and
 * `hf validate` names the file and line where the text goes deeper than hf shows.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

const CASE = 'cases/pm/2024/2024.3-vitality-integrerte-helsetjenester-skropelige-eldre.md';
const QUOTES = '> '.repeat(1500) + 'dypt sitat';
const EMPHASIS = '*_'.repeat(10_000) + 'dypt uthevet' + '_*'.repeat(10_000);

let dir = '';
let quoteLine = 0;
let emphasisLine = 0;
beforeAll(() => {
  dir = copyBundled('hf-deep-');
  const file = join(dir, CASE);
  const before = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;
  appendFileSync(file, `\n${QUOTES}\n\nMellom.\n\n${EMPHASIS}\n`);
  quoteLine = before + 2;
  emphasisLine = before + 6;
});
afterAll(() => removeDir(dir));

describe('deep Markdown from the command line', () => {
  it.each(['md', 'html', 'docx'])('hf paper writes %s, with the text shown as written', async (format) => {
    const r = hf(dir, ['paper', 'pm', '2024.3', '--format', format, '-o', `sak.${format}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = format === 'docx' ? await new JSZip().loadAsync(readFileSync(join(dir, 'sak.docx'))).then((z) => z.file('word/document.xml')!.async('string')) : readFileSync(join(dir, `sak.${format}`), 'utf8');
    expect(written).toContain('dypt sitat');
  });

  it('hf agenda --with-papers writes the whole meeting', () => {
    const r = hf(dir, ['agenda', 'pm', '2024-05-30', '--with-papers', '--format', 'html', '-o', 'innkalling.html']);
    expect(r.stderr).not.toContain('intern');
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'innkalling.html'), 'utf8');
    expect(html).toContain('dypt uthevet');
    expect(html).toContain('dypt sitat');
  });

  it('hf validate names the file and line where the text first goes too deep, and the next one once that is fixed', () => {
    const deep = () =>
      (JSON.parse(hf(dir, ['validate', '--format', 'json']).stdout) as { diagnostics: { file: string; line: number; column: number; ruleId: string }[] }).diagnostics.filter((d) => d.ruleId === 'markdown-nesting');
    expect(deep()).toEqual([expect.objectContaining({ file: CASE, line: quoteLine, column: 65 })]);
    const file = join(dir, CASE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(QUOTES, 'Et sitat.'));
    expect(deep()).toEqual([expect.objectContaining({ file: CASE, line: emphasisLine, column: 33 })]);
  });
});
