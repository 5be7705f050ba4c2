/**
 * `hf validate` and identity numbers end to end: generated numbers in
 * frontmatter, text, a sync-conflict copy and a Windows-1252 file are reported
 * with file, line and column, in every output format, and the digits appear
 * nowhere in what hf prints.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { makeNationalId } from '../helpers/national-id.js';

const SSU = 'cases/ssu/2024';

function firstValid(kind: 'fnr' | 'dnr' | 'hnr', rest: 0 | 1 | 2 | 3, day: number, month: number, yy: number): string {
  for (let individual = 0; individual < 1000; individual++) {
    const id = makeNationalId({ kind, rest, day, month, yy, individual });
    if (id) return id;
  }
  throw new Error('none');
}

describe('hf validate finds identity numbers and never prints them', () => {
  let dir: string;
  const fnr = firstValid('fnr', 0, 12, 3, 71);
  const dnr = firstValid('dnr', 0, 5, 11, 88);
  const hnr = firstValid('hnr', 0, 30, 4, 2);
  const new2032 = firstValid('fnr', 3, 1, 7, 33);
  const inCopy = firstValid('fnr', 1, 9, 9, 9);
  const inCp1252 = firstValid('dnr', 2, 17, 5, 45);
  const all = [fnr, dnr, hnr, new2032, inCopy, inCp1252];
  const forms = (id: string) => [id, `${id.slice(0, 6)} ${id.slice(6)}`];

  beforeAll(() => {
    dir = copyBundled();
    writeFileSync(
      join(dir, SSU, '2024.36-henvisning.md'),
      [
        '---',
        'saksnr: "2024.36"',
        'organ: SSU',
        'møte: 2024-09-26',
        `tittel: Henvisning av pasient ${fnr}`,
        'punkter:',
        `  - "D-nummer ${dnr.slice(0, 6)} ${dnr.slice(6)}"`,
        '---',
        `Pasienten med H-nummer ${hnr} og barnet (${new2032}) ble omtalt.`,
        `Kontonummer ${fnr.slice(0, 4)}.${fnr.slice(4, 6)}.${fnr.slice(6)} og https://example.no/${dnr} er i orden.`,
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, SSU, '2024.28-status-og-videre-tilnaerming-til-revisjon-av-delavtale (1).md'), `---\norgan: SSU\ntittel: Kopi\n---\nNummer ${inCopy}\n`);
    writeFileSync(
      join(dir, SSU, '2024.37-mote.md'),
      Buffer.from([...Buffer.from(`---\norgan: SSU\ntittel: M`), 0xf8, ...Buffer.from(`te ${inCp1252}\n---\n`)]),
    );
  });
  afterAll(() => removeDir(dir));

  const noDigits = (out: string) => {
    for (const id of all) for (const f of forms(id)) expect(out.includes(f), 'the output shows a number').toBe(false);
  };

  it('reports each number with file, line and column in JSON, and exits 1', () => {
    const r = hf(dir, ['validate', '--format', 'json', '--debug']);
    expect(r.code).toBe(1);
    noDigits(r.stdout + r.stderr);
    const diags = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; file: string; line: number; column: number; message: string }[] }).diagnostics.filter(
      (d) => d.ruleId === 'national-id',
    );
    expect(diags.map((d) => [d.file, d.line, d.column, d.message])).toEqual([
      [`${SSU}/2024.28-status-og-videre-tilnaerming-til-revisjon-av-delavtale (1).md`, 5, 8, 'Teksten inneholder noe som ser ut som et fødselsnummer'],
      [`${SSU}/2024.36-henvisning.md`, 5, 31, 'Teksten inneholder noe som ser ut som et fødselsnummer'],
      [`${SSU}/2024.36-henvisning.md`, 7, 15, 'Teksten inneholder noe som ser ut som et D-nummer'],
      [`${SSU}/2024.36-henvisning.md`, 9, 24, 'Teksten inneholder noe som ser ut som et H-nummer'],
      [`${SSU}/2024.36-henvisning.md`, 9, 47, 'Teksten inneholder noe som ser ut som et fødselsnummer'],
      [`${SSU}/2024.37-mote.md`, 3, 14, 'Teksten inneholder noe som ser ut som et D-nummer'],
    ]);
  });

  it('no command shows a number from a file: it is masked in listings, cases, search hits and file names', () => {
    const named = `${SSU}/2024.38-pasient-${fnr}.md`;
    writeFileSync(join(dir, named), `---\nsaksnr: "2024.38"\norgan: SSU\nmøte: 2024-09-26\ntittel: Pasient ${fnr}\n---\nNotat ${dnr}\n`);
    try {
      for (const args of [['show', 'SSU', '2024.36'], ['show', 'SSU', '2024.36', '--json'], ['search', 'Pasienten'], ['list', 'cases', '--body', 'SSU'], ['validate'], ['validate', '--format', 'github'], ['validate', '--format', 'json']]) {
        const r = hf(dir, args);
        noDigits(r.stdout + r.stderr);
        expect(r.stdout, args.join(' ')).toContain('***');
      }
      const r = hf(dir, ['validate', '--format', 'json']);
      const own = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; file: string; message: string }[] }).diagnostics.filter((d) => d.ruleId === 'national-id' && d.message.startsWith('Filnavnet'));
      expect(own.map((d) => d.file)).toEqual([`${SSU}/2024.38-pasient-***********.md`]);
    } finally {
      rmSync(join(dir, named));
    }
  });

  it('shows no number in stylish or GitHub output either, in either language', () => {
    for (const args of [['validate'], ['validate', '--format', 'github'], ['validate', '--format', 'gitlab', '--lang', 'en']]) {
      const r = hf(dir, args);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/national-id/);
      noDigits(r.stdout + r.stderr);
    }
  });
});
