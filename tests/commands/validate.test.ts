/**
 * `hf validate` end to end: the bundled data, broken in the ways real edits break
 * it, must give the right diagnostic at the right line while every other file is
 * still checked; output formats and exit codes are part of the contract with CI.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

interface JsonOut {
  summary: { errors: number; warnings: number; files: number };
  diagnostics: { file: string; line: number; column: number; ruleId: string; severity: string; message: string; hint?: string; related?: { file: string; line: number }[] }[];
}

const SSU = 'cases/ssu/2024';

describe('hf validate on the bundled data', () => {
  it('exits 0 with no errors', () => {
    const r = hf(process.cwd(), ['validate', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.summary.errors).toBe(0);
    expect(out.summary.files).toBeGreaterThan(80);
  });

  it('works from a folder below the repository root', () => {
    const r = hf(join(process.cwd(), 'cases', 'ssu'), ['validate', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonOut).summary.errors).toBe(0);
  });

  it('fails with --strict because of the warnings', () => {
    expect(hf(process.cwd(), ['validate', '--strict']).code).toBe(1);
  });
});

describe('hf validate on broken data', () => {
  let dir: string;
  let out: JsonOut;
  let code: number;
  const marker = () => join(dir, 'pwned');

  beforeAll(() => {
    dir = copyBundled();
    // Two branches both added SSU 2024.35.
    writeFileSync(join(dir, SSU, '2024.35-budsjett-2025.md'), '---\nsaksnr: "2024.35"\norgan: SSU\nmøte: 2024-09-26\ntittel: Budsjett 2025\n---\n');
    // A dangling reference in frontmatter and one in the text.
    const f28 = join(dir, SSU, '2024.28-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md');
    writeFileSync(f28, readFileSync(f28, 'utf8').replace('oppfølging_av: "SSU 2024.17"', 'oppfølging_av: "SSU 2024.99"'));
    // An unquoted case number: YAML reads 2024.10 as 2024.1.
    writeFileSync(join(dir, SSU, '2024.10-eldre-sak.md'), '---\nsaksnr: 2024.10\norgan: SSU\nmøte: 2024-05-23\ntittel: Eldre sak\nkonklusjon: Ok.\n---\n');
    // A ---js block that would write a file if anything evaluated it.
    writeFileSync(join(dir, SSU, '2024.36-kode.md'), `---js\n{ tittel: require("fs").writeFileSync(${JSON.stringify(marker())}, "x") }\n---\n`);
    // CRLF line endings and a BOM, as a Windows editor saves them: accepted.
    const f29 = join(dir, SSU, '2024.29-delavtale-om-utskrivningsklare-pasienter.md');
    writeFileSync(f29, '\ufeff' + readFileSync(f29, 'utf8').replace(/\n/g, '\r\n'));
    // Malformed YAML in a PM case.
    const pm2 = join(dir, 'cases/pm/2024/2024.2-referat-fra-partnerskapsmote-16-06-2023.md');
    writeFileSync(pm2, readFileSync(pm2, 'utf8').replace('organ: PM', 'organ: PM\n  feil: innrykk'));
    const r = hf(dir, ['validate', '--format', 'json']);
    code = r.code;
    out = JSON.parse(r.stdout) as JsonOut;
  });
  afterAll(() => removeDir(dir));

  const find = (ruleId: string, file: string) => out.diagnostics.filter((d) => d.ruleId === ruleId && d.file === file);

  it('exits 1', () => expect(code).toBe(1));

  it('reports a duplicated number in both files, each pointing at the other', () => {
    const a = find('case-number-unique', `${SSU}/2024.35-budsjett-2025.md`);
    const b = find('case-number-unique', `${SSU}/2024.35-faglig-samarbeidsutvalg-fsu.md`);
    expect(a.map((d) => [d.line, d.column])).toEqual([[2, 9]]);
    expect(b.map((d) => [d.line, d.column])).toEqual([[2, 9]]);
    expect(a[0]!.related?.[0]?.file).toBe(`${SSU}/2024.35-faglig-samarbeidsutvalg-fsu.md`);
    expect(a[0]!.hint).toContain('hf renumber SSU 2024.35 --next');
  });

  it('reports the dangling reference at its line', () => {
    const d = find('reference-resolves', `${SSU}/2024.28-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md`);
    expect(d.map((x) => [x.line, x.column, x.message])).toEqual([[8, 16, 'Saken SSU 2024.99 finnes ikke']]);
  });

  it('reports the unquoted case number with a hint to quote it', () => {
    const d = find('saksnr-quoted', `${SSU}/2024.10-eldre-sak.md`);
    expect(d.map((x) => [x.line, x.column])).toEqual([[2, 9]]);
    expect(d[0]!.message).toContain('2024.10');
    expect(d[0]!.hint).toBe('Skriv `saksnr: "2024.10"`.');
    // Read as the number it was meant to be, the case is otherwise in order.
    expect(out.diagnostics.filter((x) => x.file === `${SSU}/2024.10-eldre-sak.md` && x.severity === 'error')).toHaveLength(1);
  });

  it('refuses the ---js block without evaluating it', () => {
    expect(find('frontmatter', `${SSU}/2024.36-kode.md`).map((d) => [d.line, d.column])).toEqual([[1, 1]]);
    expect(existsSync(marker())).toBe(false);
  });

  it('accepts the CRLF file with a BOM', () => {
    expect(out.diagnostics.filter((d) => d.file.startsWith(`${SSU}/2024.29-`) && d.severity === 'error')).toEqual([]);
  });

  it('reports malformed YAML at its line', () => {
    const d = find('yaml', 'cases/pm/2024/2024.2-referat-fra-partnerskapsmote-16-06-2023.md');
    expect(d.length).toBeGreaterThan(0);
    expect(d.map((x) => [x.line, x.column, x.message])).toEqual([[3, 8, 'Feil innrykk eller et felt som ikke står på egen linje']]);
    expect(out.diagnostics.filter((x) => x.ruleId === 'numbering-gap')).toEqual([]);
  });

  it('still reports every other file', () => {
    const warned = out.diagnostics.filter((d) => d.ruleId === 'missing-conclusion').map((d) => d.file);
    // The 12 cases of SSU 26.09.24 and the new 2024.35 duplicate lack conclusions.
    expect(warned.filter((f) => f.startsWith(`${SSU}/2024.2`) || f.startsWith(`${SSU}/2024.3`))).toHaveLength(13);
  });
});

describe('output formats and exit codes', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyBundled();
    // A title with characters that would forge a workflow command if not escaped.
    writeFileSync(join(dir, SSU, '2024.36-x.md'), '---\nsaksnr: "2024.36"\norgan: SSU\nmøte: 2024-09-26\ntittel: X\nviser_til: ["SSU 2024.90"]\n---\n');
  });
  afterAll(() => removeDir(dir));

  it('--format github writes workflow annotations with escaped properties', () => {
    const r = hf(dir, ['validate', '--format', 'github', `${SSU}/2024.36-x.md`]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      '::warning file=cases/ssu/2024/2024.36-x.md,line=5,col=9,endLine=5,endColumn=10,title=missing-conclusion::Møtet 2024-09-26 er holdt, men sak 2024.36 har ingen konklusjon%0ASkriv inn konklusjonen (og behandlingen) fra referatet; `hf minutes ssu 2024-09-26` viser hva som mangler.',
      '::error file=cases/ssu/2024/2024.36-x.md,line=6,col=13,endLine=6,endColumn=26,title=reference-resolves::Saken SSU 2024.90 finnes ikke%0ASjekk organ og nummer; `hf list cases --body SSU` viser sakene.',
      '',
    ]);
  });

  it('--format json lists diagnostics and a summary, in English with --lang en', () => {
    const r = hf(dir, ['validate', '--format', 'json', '--lang', 'en', `${SSU}/2024.36-x.md`]);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.summary).toMatchObject({ errors: 1, warnings: 1 });
    expect(out.diagnostics.find((d) => d.severity === 'error')).toMatchObject({
      file: `${SSU}/2024.36-x.md`,
      line: 6,
      column: 13,
      ruleId: 'reference-resolves',
      severity: 'error',
      message: 'The case SSU 2024.90 does not exist',
    });
  });

  it('stylish output has no colour when NO_COLOR is set, and names file, position, rule and hint', () => {
    const r = hf(dir, ['validate', `${SSU}/2024.36-x.md`]);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toContain('cases/ssu/2024/2024.36-x.md\n  5:9      advarsel  Møtet 2024-09-26 er holdt, men sak 2024.36 har ingen konklusjon  missing-conclusion\n');
    expect(r.stdout).toContain('\n  6:13     feil      Saken SSU 2024.90 finnes ikke  reference-resolves\n');
    expect(r.stdout).toContain('2 problem(er) (1 feil, 1 advarsler)');
  });

  it('exits 2 with a short message for a usage error, and outside a repository', () => {
    const bad = hf(dir, ['validate', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('xml');
    const outside = hf(join(dir, '..'), ['validate']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^hf: Fant ingen hf\.yaml i .* eller noen mappe over den\ntips: /);
    expect(outside.stderr).not.toMatch(/\n\s+at /);
  });
});
