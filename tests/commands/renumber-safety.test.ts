/**
 * `hf renumber` and the data it rewrites: files saved by Windows editors (BOM,
 * CRLF) keep every byte but the number, in the case that moves and in the files
 * that refer to it; and a renumbering that would write a file holding an identity
 * number is refused before anything changes, without showing the number.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { makeNationalId } from '../helpers/national-id.js';

const SSU = 'cases/ssu/2024';
const C17 = `${SSU}/2024.17-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md`;
const C40 = `${SSU}/2024.40-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md`;
const C28 = `${SSU}/2024.28-status-og-videre-tilnaerming-til-revisjon-av-delavtale.md`;
const PLAN = 'plans/2025/beredskapsnettverk.md';

let dir: string;
beforeEach(() => (dir = copyBundled('hf-renumber-safety-')));
afterEach(() => removeDir(dir));

const bytes = (p: string) => readFileSync(join(dir, p));
const windows = (p: string) => {
  const text = readFileSync(join(dir, p), 'utf8');
  writeFileSync(join(dir, p), Buffer.from('\ufeff' + text.replace(/\n/g, '\r\n'), 'utf8'));
  return bytes(p);
};
/** The expected bytes: the original with one string replaced, nothing else. */
const replaced = (original: Buffer, from: string, to: string) => {
  const s = original.toString('utf8');
  expect(s.includes(from)).toBe(true);
  return Buffer.from(s.replace(from, to), 'utf8');
};

describe('hf renumber keeps BOM and CRLF byte for byte', () => {
  it('in the case it moves and in every file that refers to it', () => {
    const c17 = windows(C17);
    const c28 = windows(C28);
    const plan = windows(PLAN);
    const r = hf(dir, ['renumber', 'SSU', '2024.17', '--to', '2024.40'], { HF_NOW: '2024-09-20' });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, C17))).toBe(false);
    expect(bytes(C40).equals(replaced(c17, 'saksnr: "2024.17"', 'saksnr: "2024.40"'))).toBe(true);
    expect(bytes(C28).equals(replaced(c28, 'oppfølging_av: "SSU 2024.17"', 'oppfølging_av: "SSU 2024.40"'))).toBe(true);
    expect(bytes(PLAN).equals(replaced(plan, '"SSU 2024.17"', '"SSU 2024.40"'))).toBe(true);
    // Still what a Windows editor wrote: a BOM and no bare LF.
    for (const p of [C40, C28, PLAN]) {
      const b = bytes(p);
      expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(/(?<!\r)\n/.test(b.toString('utf8')), p).toBe(false);
    }
    // And hf reads them as before.
    const out = JSON.parse(hf(dir, ['validate', '--format', 'json'], { HF_NOW: '2024-09-20' }).stdout) as { diagnostics: { file: string; ruleId: string }[] };
    expect(out.diagnostics.filter((d) => [C40, C28, PLAN].includes(d.file) && ['encoding', 'yaml', 'frontmatter', 'schema'].includes(d.ruleId))).toEqual([]);
  });
});

describe('hf renumber refuses to write identity numbers', () => {
  it('changes nothing, leaves no journal and shows no digits', () => {
    let id = '';
    for (let i = 0; !id; i++) id = makeNationalId({ kind: 'fnr', rest: 0, day: 11, month: 11, yy: 11, individual: i }) ?? '';
    writeFileSync(join(dir, C28), readFileSync(join(dir, C28), 'utf8') + `\nKontaktperson: ${id}\n`);
    const before = Object.fromEntries([C17, C28, PLAN].map((p) => [p, bytes(p)]));
    const r = hf(dir, ['renumber', 'SSU', '2024.17', '--to', '2024.40'], { HF_NOW: '2024-09-20' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/hf skriver ikke cases\/ssu\/2024\/2024\.28-.*: teksten inneholder noe som ser ut som et fødselsnummer/);
    expect(r.stdout + r.stderr).not.toContain(id);
    for (const [p, b] of Object.entries(before)) expect(bytes(p).equals(b), p).toBe(true);
    expect(existsSync(join(dir, C40))).toBe(false);
    expect(existsSync(join(dir, '.hf-journal')) ? readdirSync(join(dir, '.hf-journal')) : []).toEqual([]);
    expect(readdirSync(join(dir, SSU)).filter((n) => n.endsWith('.claim'))).toEqual([]);
  });
});
