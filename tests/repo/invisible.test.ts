/**
 * Characters a reader cannot see: control characters, direction overrides and
 * zero-width characters are reported where they stand (file, line, column) and
 * named, whether typed or put in by a YAML escape; a key with one in it is named
 * as such instead of "did you mean" between two words that look the same; and
 * decomposed (NFD) folder names and arguments, as a Mac may give them, compare
 * equal to the composed names in the data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTROL } from '../../src/diagnostics/escape.js';
import { findInvisible, invisibleInfo } from '../../src/model/invisible.js';
import { validateSource } from '../../src/rules/engine.js';
import { exampleRepository, lines } from '../../src/rules/fixture.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { memorySource } from '../helpers/memory.js';

const SEED = Number(process.env.FC_SEED ?? 1313);
const CASE = 'cases/ssu/2024/2024.2-vitality.md';

/** The characters validation reports (tab, line feed and CR before LF are text). */
const BAD = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== '\t' && c !== '\n' && c !== '\r' && c !== '\0'),
  '\u007f', '\u0080', '\u0085', '\u009f', '\u061c', '\u200b', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\ufeff', '\u{e0041}',
];

async function findingsOf(text: string) {
  const result = await validateSource(memorySource(exampleRepository({ [CASE]: text })), { today: '2024-09-01', lang: 'en' });
  expect(result.crashed).toEqual([]);
  return result.diagnostics.filter((d) => d.file === CASE);
}

describe('invisible characters in a file', () => {
  it('are reported where they stand, by name, in a title or in the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BAD), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }).filter((s) => /^[A-Za-z ]+$/.test(s) && s.trim() === s), fc.boolean(), async (ch, word, inTitle) => {
        const title = inTitle ? `Vitality ${word}${ch}x` : 'Vitality';
        const body = inTitle ? 'Tekst.' : `Tekst ${word}${ch}x.`;
        const text = lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', `tittel: ${title}`, 'konklusjon: Ok.', '---', '', body);
        const found = (await findingsOf(text)).filter((d) => d.ruleId === 'invisible-character');
        const line = inTitle ? 5 : 9;
        const column = (inTitle ? 'tittel: Vitality '.length : 'Tekst '.length) + word.length + 1;
        expect(found).toEqual([expect.objectContaining({ line, column, message: expect.stringContaining(invisibleInfo(ch)!.name) })]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it.each([
    ['\\e[31m', 'U+001B ESCAPE'],
    ['\\a', 'U+0007 BELL'],
    ['\\f', 'U+000C FORM FEED'],
    ['\\u202E', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\\N', 'U+0085 NEXT LINE'],
    ['\\u200B', 'U+200B ZERO WIDTH SPACE'],
  ])('put in by the YAML escape %s, are reported at the value and named', async (escape, name) => {
    const found = await findingsOf(lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', `tittel: "Vitality ${escape} status"`, 'konklusjon: Ok.', '---'));
    expect(found.filter((d) => d.ruleId === 'invisible-character')).toEqual([expect.objectContaining({ line: 5, column: 9, message: expect.stringContaining(name) })]);
  });

  it('in a key: named, not "did you mean" the same-looking word', async () => {
    const found = await findingsOf(lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', 'konklusjon\u200b: Ok.', '---'));
    expect(found.map((d) => [d.ruleId, d.line, d.column, d.message])).toEqual([
      ['schema', 6, 1, 'The field name `konklusjon\u200b` holds an invisible character (U+200B ZERO WIDTH SPACE) and is therefore not `konklusjon`'],
      ['invisible-character', 6, 11, 'The invisible character U+200B ZERO WIDTH SPACE is here'],
    ]);
  });

  it('are every character documents and terminals remove, and more', () => {
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCharCode(cp);
      CONTROL.lastIndex = 0;
      if (!CONTROL.test(ch) || ch === '\n' || ch === '\t') continue;
      expect(findInvisible(`a${ch}b`), `U+${cp.toString(16)}`).toHaveLength(1);
    }
  });
});

describe('decomposed (NFD) names from a Mac', () => {
  let dir = '';
  const nfd = 'sa\u030ar';
  beforeAll(() => {
    dir = copyBundled('hf-nfd-');
    const config = join(dir, 'hf.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^organer:\n/m, 'organer:\n  - kode: SÅR\n    navn: Sårbare grupper\n    medlemmer: []\n'));
    mkdirSync(join(dir, 'cases', nfd, '2024'), { recursive: true });
    // One case names its body (in NFC, as hf reads every file), one takes it from the folder.
    writeFileSync(join(dir, 'cases', nfd, '2024', '2024.1-sarbare.md'), lines('---', 'saksnr: "2024.1"', 'organ: SÅR', 'tittel: Sårbare grupper', '---'));
    writeFileSync(join(dir, 'cases', nfd, '2024', '2024.2-uten-organ.md'), lines('---', 'saksnr: "2024.2"', 'tittel: Uten organ', '---'));
  });
  afterAll(() => removeDir(dir));

  it('a folder name compares equal to the body code', () => {
    const r = hf(dir, ['validate', '--format', 'json']);
    const found = (JSON.parse(r.stdout) as { diagnostics: { file: string; ruleId: string; message: string }[] }).diagnostics.filter((d) => d.file.normalize('NFC').startsWith('cases/sår/'));
    expect(found.filter((d) => ['case-file-name', 'body-known', 'file-location', 'numbering-gap'].includes(d.ruleId))).toEqual([]);
    expect(found.length).toBeGreaterThan(0); // the cases were read (they lack a meeting)
  });

  it('an argument compares equal to the body code', () => {
    const r = hf(dir, ['show', nfd.toUpperCase(), '2024.1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sårbare grupper');
  });
});
