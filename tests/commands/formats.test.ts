/**
 * Every document command writes the formats hf knows, by `--format` or by the
 * extension of `-o`, and answers one it cannot write — `-o x.doc`, `--format
 * txt` — with exit code 2 and the list of formats, writing nothing.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

let dir = '';
let before: string[] = [];
beforeAll(() => {
  dir = copyBundled('hf-formats-');
  before = readdirSync(dir).sort();
});
afterAll(() => removeDir(dir));

const COMMANDS: [string, string[]][] = [
  ['agenda', ['agenda', 'ssu', '2024-09-26']],
  ['agenda --with-papers', ['agenda', 'ssu', '2024-09-26', '--with-papers']],
  ['paper', ['paper', 'ssu', '2024.30']],
  ['minutes', ['minutes', 'ssu', '2024-05-23']],
  ['plan', ['plan', '2025']],
  ['plan status', ['plan', 'status', '2025']],
];

describe('formats hf cannot write', () => {
  for (const [name, args] of COMMANDS) {
    it(`${name}: -o x.doc is a usage error listing the formats, and nothing is written`, () => {
      const r = hf(dir, [...args, '-o', 'x.doc']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('hf kan ikke skrive .doc-filer (`x.doc`); formatene er md, html, docx og pdf');
      expect(r.stdout).toBe('');
      expect(readdirSync(dir).filter((f) => f !== '.hf-cache').sort()).toEqual(before);
    });

    it(`${name}: --format txt is a usage error listing the formats, and nothing is written`, () => {
      const r = hf(dir, [...args, '--format', 'txt', '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('hf cannot write the format `txt`; the formats are md, html, docx and pdf');
      expect(r.stdout).toBe('');
      expect(readdirSync(dir).filter((f) => f !== '.hf-cache').sort()).toEqual(before);
    });
  }
});
