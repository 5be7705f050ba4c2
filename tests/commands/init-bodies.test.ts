/** `hf init --body`: a name keeps its commas, and a body added this way can be given its type and whom it reports to. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { hf, removeDir } from '../helpers/cli.js';

let dir = '';
afterEach(() => removeDir(dir));
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'hf-init-bodies-')));

type Body = { kode: string; navn: string; type?: string; rapporterer_til?: string };
const bodiesOf = () => (parse(readFileSync(join(dir, 'hf.yaml'), 'utf8')) as { organer: Body[] }).organer;

describe('hf init --body', () => {
  it('keeps the whole name when it holds commas, and takes type and reporting line', () => {
    fresh();
    const r = hf(dir, [
      'init', '--name', 'Helsefellesskapet Elvedalen',
      '--body', 'PM,SSU,FSU',
      '--body', 'AG-SFB=Arbeidsgruppe svangerskap, fødsel og barselomsorg;type=arbeidsgruppe;rapporterer_til=FSU',
      '--body', 'UU-PHR=Underutvalg psykisk helse, rus og vold;type=underutvalg, UU-ELDRE=Underutvalg eldre',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(bodiesOf()).toEqual([
      expect.objectContaining({ kode: 'PM' }),
      expect.objectContaining({ kode: 'SSU', rapporterer_til: 'PM' }),
      expect.objectContaining({ kode: 'FSU', rapporterer_til: 'SSU' }),
      expect.objectContaining({ kode: 'AG-SFB', navn: 'Arbeidsgruppe svangerskap, fødsel og barselomsorg', type: 'arbeidsgruppe', rapporterer_til: 'FSU' }),
      expect.objectContaining({ kode: 'UU-PHR', navn: 'Underutvalg psykisk helse, rus og vold', type: 'underutvalg' }),
      expect.objectContaining({ kode: 'UU-ELDRE', navn: 'Underutvalg eldre' }),
    ]);
    expect(bodiesOf().find((b) => b.kode === 'UU-PHR')!.rapporterer_til).toBeUndefined();
    expect(hf(dir, ['validate']).code).toBe(0);
  });

  it('refuses an unknown type, an unknown part and a reporting line to a body that is not given', () => {
    for (const [spec, message] of [
      ['AG=Arbeidsgruppe;type=komité', '`type=komité` i organet AG kan ikke brukes'],
      ['AG=Arbeidsgruppe;leder=Kari', '`leder=Kari` i organet AG kan ikke brukes'],
      ['AG=Arbeidsgruppe;rapporterer_til=FSU', 'AG rapporterer til FSU, men FSU er ikke blant organene'],
    ] as const) {
      fresh();
      const r = hf(dir, ['init', '--name', 'X', '--body', 'PM', '--body', spec]);
      expect(r.code, spec).toBe(2);
      expect(r.stderr, spec).toContain(message);
      removeDir(dir);
    }
  });
});
