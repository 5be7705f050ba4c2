/**
 * No command writes an identity number: the document commands (on screen and
 * with -o in every format), new files made by the repository layer, and
 * multi-file changes (carry-over of the action plan) refuse before the first
 * byte is written, name the kind and place, and never print the digits.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_DIR, applyChanges } from '../../src/repo/transaction.js';
import { NationalIdInOutputError } from '../../src/repo/pii.js';
import { createExclusive } from '../../src/repo/write.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { makeNationalId } from '../helpers/national-id.js';

function anId(kind: 'fnr' | 'dnr' | 'hnr', rest: 0 | 1 | 2 | 3): string {
  for (let individual = 0; individual < 1000; individual++) {
    const v = makeNationalId({ kind, rest, day: 28, month: 2, yy: 57, individual });
    if (v) return v;
  }
  throw new Error('none');
}

const PAPER = 'cases/ssu/2024/2024.30-samhandlingsdata-og-styringsinformasjon.md';

describe('document commands refuse documents with identity numbers', () => {
  let dir: string;
  const id = anId('dnr', 2);
  beforeAll(() => {
    dir = copyBundled();
    const path = join(dir, PAPER);
    writeFileSync(path, readFileSync(path, 'utf8').replace('## Bakgrunn', `## Bakgrunn\n\nEksempel: pasient ${id.slice(0, 6)} ${id.slice(6)}.`));
  });
  afterAll(() => removeDir(dir));

  const runs: [string, string[]][] = [
    ['agenda on screen', ['agenda', 'ssu', '2024-09-26', '--with-papers']],
    ['paper on screen', ['paper', 'ssu', '2024.30']],
    ['paper as HTML', ['paper', 'ssu', '2024.30', '-o', 'sak.html']],
    ['paper as Word', ['paper', 'ssu', '2024.30', '-o', 'sak.docx']],
    ['packet as Word', ['agenda', 'ssu', '2024-09-26', '--with-papers', '-o', 'pakke.docx']],
  ];
  for (const [name, args] of runs) {
    it(`${name}: refused, nothing written, no digits shown`, () => {
      const r = hf(dir, args);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toMatch(/hf lager ikke .*: dokumentet ville inneholdt noe som ser ut som et D-nummer/);
      expect(r.stderr).toContain('hf validate');
      expect(r.stdout).toBe('');
      expect(r.stdout + r.stderr).not.toContain(id.slice(0, 6));
      const out = args[args.indexOf('-o') + 1];
      if (args.includes('-o')) expect(existsSync(join(dir, out!))).toBe(false);
    });
  }

  it('documents without the number are still produced', () => {
    const r = hf(dir, ['paper', 'ssu', '2024.32']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2024.32');
  });
});

describe('the repository layer refuses to write identity numbers', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'hf-refuse-'))));
  afterEach(() => removeDir(root));

  it('a new file is not created', () => {
    const id = anId('fnr', 0);
    expect(() => createExclusive(root, 'cases/ssu/2024/2024.1-x.md', `---\ntittel: x\n---\n\n${id}\n`)).toThrow(NationalIdInOutputError);
    expect(existsSync(join(root, 'cases/ssu/2024/2024.1-x.md'))).toBe(false);
    let error: unknown;
    try {
      createExclusive(root, 'a.md', `a\nb ${id}`);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ path: 'a.md', kind: 'fnr', line: 2, column: 3 });
    expect(String((error as Error).message)).not.toContain(id);
  });

  it('a multi-file change is refused before its journal or any file is written', () => {
    writeFileSync(join(root, 'a.md'), 'gammel\n');
    const id = anId('hnr', 3);
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(() =>
      applyChanges(
        root,
        [
          { from: 'a.md', to: 'a.md', before: enc('gammel\n'), after: enc('ny\n') },
          { to: 'b.md', after: enc(`ny fil ${id}\n`) },
        ],
        { description: 'test' },
      ),
    ).toThrow(NationalIdInOutputError);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('gammel\n');
    expect(existsSync(join(root, 'b.md'))).toBe(false);
    expect(existsSync(join(root, JOURNAL_DIR)) ? readdirSync(join(root, JOURNAL_DIR)) : []).toEqual([]);
  });
});

describe('hf plan carry-over refuses to copy an identity number into next year', () => {
  let dir: string;
  const id = anId('fnr', 1);
  beforeAll(() => {
    dir = copyBundled();
    const row = join(dir, 'plans/2025/akuttkjeden-mobil-rontgen.md');
    writeFileSync(row, readFileSync(row, 'utf8').replace('**Mobilt røntgen**', `**Mobilt røntgen** (kontakt ${id})`));
  });
  afterAll(() => removeDir(dir));

  it('exits 2 with the file and position, writes no row of 2026, prints no digits', () => {
    const r = hf(dir, ['plan', 'carry-over', '2025', '2026']);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toMatch(/hf skriver ikke plans\/2026\/akuttkjeden-mobil-rontgen\.md: teksten inneholder noe som ser ut som et fødselsnummer \(linje \d+, kolonne \d+\)/);
    expect(r.stdout + r.stderr).not.toContain(id);
    expect(existsSync(join(dir, 'plans/2026')) ? readdirSync(join(dir, 'plans/2026')) : []).toEqual([]);
  });
});
