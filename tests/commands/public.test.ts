/**
 * `--public` on the document commands, end to end: a restricted case, attachment
 * and section are absent from what `hf agenda`, `hf paper`, `hf minutes` and
 * `hf plan status` print, and present without the option.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

const F30 = 'cases/ssu/2024/2024.30-samhandlingsdata-og-styringsinformasjon.md';
const F27 = 'cases/ssu/2024/2024.27-mandat-samhandlingsforum-for-ledere-for-psykisk-helse-og-rus.md';
const F14 = 'cases/ssu/2024/2024.14-vitality.md';
const PM3 = 'cases/pm/2024/2024.3-vitality-integrerte-helsetjenester-skropelige-eldre.md';

describe('hf document commands with --public', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyBundled();
    const edit = (file: string, f: (t: string) => string) => writeFileSync(join(dir, file), f(readFileSync(join(dir, file), 'utf8')));
    edit(F30, (t) => t.replace('tittel: Samhandlingsdata og styringsinformasjon', 'tittel: Samhandlingsdata om HEMMELIG-1\noffentlig_tittel: Samhandlingsdata\nskjerming:\n  hjemmel: offl. § 13').concat('\nHEMMELIG-1 i teksten.\n'));
    edit(F27, (t) => t.replace('vedlegg:\n', 'vedlegg:\n  - tittel: Notat HEMMELIG-2\n    skjerming:\n      hjemmel: offl. § 15\n').concat('\n::: skjermet offl. § 13\nHEMMELIG-3\n:::\n'));
    edit(PM3, (t) => t.replace(/^konklusjon: /m, 'skjerming:\n  hjemmel: offl. § 13\noffentlig_tittel: Vitality\nkonklusjon: HEMMELIG-5 '));
    edit(F14, (t) => t.replace('konklusjon: Presentasjonen', 'skjerming:\n  hjemmel: offl. § 13\noffentlig_tittel: Vitality\nkonklusjon: HEMMELIG-4 Presentasjonen'));
  });
  afterAll(() => removeDir(dir));

  const runs: [string[], string[]][] = [
    [['agenda', 'ssu', '2024-09-26', '--with-papers'], ['HEMMELIG-1', 'HEMMELIG-2', 'HEMMELIG-3']],
    [['agenda', 'ssu', '2024-09-26', '--format', 'html', '-o', '-'], ['HEMMELIG-1', 'HEMMELIG-2']],
    [['paper', 'ssu', '2024.30'], ['HEMMELIG-1']],
    [['paper', 'ssu', '2024.27'], ['HEMMELIG-3']],
    [['minutes', 'ssu', '2024-05-23'], ['HEMMELIG-4']],
    [['plan', 'status', '2025'], ['HEMMELIG-5']],
  ];
  for (const [args, secrets] of runs) {
    it(`hf ${args.join(' ')}: restricted text only without --public`, () => {
      const internal = hf(dir, args, { HF_NOW: '2024-12-01' });
      expect(internal.code, internal.stderr).toBeLessThan(2);
      for (const s of secrets) expect(internal.stdout).toContain(s);
      expect(internal.stdout).not.toContain('::: skjermet');
      const pub = hf(dir, [...args, '--public'], { HF_NOW: '2024-12-01' });
      expect(pub.code, pub.stderr).toBeLessThan(2);
      expect(pub.stdout).not.toMatch(/HEMMELIG/);
    });
  }

  it('the public notice names the restricted case by its public title and legal basis', () => {
    const r = hf(dir, ['agenda', 'ssu', '2024-09-26', '--public']);
    expect(r.stdout).toContain('Samhandlingsdata');
    expect(r.stdout).toContain('Unntatt offentlighet, offl. § 13');
  });

  it('hf validate points at a restricted case without a public title', () => {
    writeFileSync(join(dir, 'cases/ssu/2024/2024.36-x.md'), '---\nsaksnr: "2024.36"\norgan: SSU\nmøte: 2024-09-26\ntittel: X\nskjerming:\n  hjemmel: offl. § 13\nkonklusjon: Ok.\n---\n::: skjermet\nx\n');
    const r = hf(dir, ['validate', '--format', 'json', 'cases/ssu/2024/2024.36-x.md']);
    const ids = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; line: number; message: string }[] }).diagnostics.filter((d) => d.ruleId === 'restricted-content');
    expect(ids.map((d) => [d.line, d.message])).toEqual([
      [6, 'Saken er skjermet, men har ingen offentlig tittel'],
      [10, 'Det skjermede avsnittet oppgir ingen hjemmel'],
      [10, 'Det skjermede avsnittet som begynner her, avsluttes aldri'],
    ]);
  });
});
