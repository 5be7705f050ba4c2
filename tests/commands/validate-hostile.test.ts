/**
 * `hf validate` end to end on a copy of the bundled data with hostile files
 * added: an alias bomb, a 2 MB frontmatter, a 10,000-deep flow sequence,
 * Windows-1252, UTF-16, code in frontmatter and body, control characters in a
 * title. Each is reported, nothing runs, and every other file is still checked.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

const SSU = 'cases/ssu/2024';

interface Out {
  diagnostics: { file: string; line: number; column: number; ruleId: string; message: string }[];
}

function aliasBomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 10; i++) {
    const p = String.fromCharCode(96 + i);
    const c = String.fromCharCode(97 + i);
    lines.push(`${c}: &${c} [${Array.from({ length: 9 }, () => `*${p}`).join(',')}]`);
  }
  return `---\norgan: SSU\ntittel: Bombe\n${lines.join('\n')}\n---\n`;
}

describe('hf validate on hostile files', () => {
  let dir: string;
  let out: Out;
  let code: number;
  let ms: number;
  let baselineMs: number;
  const marker = () => join(dir, 'pwned');

  beforeAll(() => {
    dir = copyBundled();
    let t0 = Date.now();
    hf(dir, ['validate', '--format', 'json']);
    baselineMs = Date.now() - t0;
    const js = (m: string) => `require("fs").writeFileSync(${JSON.stringify(m)}, "x")`;
    writeFileSync(join(dir, SSU, '2024.40-bombe.md'), aliasBomb());
    writeFileSync(join(dir, SSU, '2024.41-stor.md'), '---\norgan: SSU\ntittel: Stor\n' + Array.from({ length: 100_000 }, (_, i) => `k${i}: verdi nummer ${i}`).join('\n') + '\n---\n');
    writeFileSync(join(dir, SSU, '2024.42-dyp.md'), `---\norgan: SSU\ntittel: Dyp\npunkter: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n`);
    writeFileSync(join(dir, SSU, '2024.43-ansi.md'), Buffer.from([...Buffer.from('---\norgan: SSU\ntittel: M'), 0xf8, ...Buffer.from('te\n---\n')]));
    writeFileSync(join(dir, SSU, '2024.44-utf16.md'), Buffer.from('\ufeff---\norgan: SSU\ntittel: Møte\n---\n', 'utf16le'));
    writeFileSync(join(dir, SSU, '2024.45-js.md'), `---JavaScript\n{ tittel: ${js(marker())} }\n---\n`);
    writeFileSync(
      join(dir, SSU, '2024.46-kropp.md'),
      `---\nsaksnr: "2024.46"\norgan: SSU\nmøte: 2024-09-26\ntittel: Kode i teksten\nkonklusjon: Ok.\n---\n---js\nmodule.exports = ${js(marker())}\n---\n`,
    );
    // And an ordinary mistake elsewhere, which must still be found.
    const f28 = join(dir, SSU, '2024.28-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md');
    writeFileSync(f28, readFileSync(f28, 'utf8').replace('oppfølging_av: "SSU 2024.17"', 'oppfølging_av: "SSU 2024.99"'));
    t0 = Date.now();
    const r = hf(dir, ['validate', '--format', 'json']);
    ms = Date.now() - t0;
    code = r.code;
    out = JSON.parse(r.stdout) as Out;
  });
  afterAll(() => removeDir(dir));

  const ids = (file: string) => out.diagnostics.filter((d) => d.file === `${SSU}/${file}`).map((d) => `${d.ruleId}/${d.line}:${d.column}`);

  it('exits 1 (findings), not 2 (crash)', () => expect(code).toBe(1));

  it('refuses the alias bomb and the 2 MB frontmatter, each adding well under a second', () => {
    const bomb = ids('2024.40-bombe.md');
    expect(bomb[0]).toBe('yaml/4:4');
    expect(bomb.every((d) => d.startsWith('yaml/'))).toBe(true);
    expect(ids('2024.41-stor.md')).toEqual(['yaml/2:1']);
    // Two hostile files among ninety: the run is not measurably slower than without them.
    expect(ms - baselineMs).toBeLessThan(2000);
  });

  it('refuses the 10,000-deep sequence at its position', () => {
    expect(ids('2024.42-dyp.md')).toEqual(['yaml/4:74']);
  });

  it('reports Windows-1252 and UTF-16', () => {
    expect(ids('2024.43-ansi.md')).toEqual(['encoding/3:10']);
    expect(ids('2024.44-utf16.md')).toEqual(['encoding/1:1']);
  });

  it('never runs code from ---JavaScript frontmatter or a ---js block in the body', () => {
    expect(ids('2024.45-js.md')).toEqual(['frontmatter/1:1']);
    expect(ids('2024.46-kropp.md').filter((d) => !d.startsWith('case-agenda-order') && !d.startsWith('numbering-gap'))).toEqual([]);
    expect(existsSync(marker())).toBe(false);
  });

  it('still checks every other file', () => {
    expect(ids('2024.28-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md')).toContain('reference-resolves/8:16');
    expect(out.diagnostics.filter((d) => d.ruleId === 'missing-conclusion').length).toBeGreaterThanOrEqual(12);
  });
});
