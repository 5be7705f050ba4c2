/**
 * The guard of the writing commands: refuses text and documents with identity
 * numbers, names kind and position but never the digits; `hf new-case` refuses
 * before it claims a number or writes a file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docText, NationalIdRefusal, refuseNationalIds, refuseNationalIdsInDoc } from '../../src/commands/shared/pii-guard.js';
import { ir, type Doc } from '../../src/render/ir.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { arbNationalId, breakChecksum, makeNationalId } from '../helpers/national-id.js';

const FC = { seed: 1964, numRuns: 200 };

function anId(kind: 'fnr' | 'dnr' | 'hnr' = 'fnr', rest: 0 | 1 | 2 | 3 = 0): string {
  for (let individual = 0; individual < 1000; individual++) {
    const v = makeNationalId({ kind, rest, day: 7, month: 8, yy: 19, individual });
    if (v) return v;
  }
  throw new Error('none');
}

describe('refuseNationalIds', () => {
  it('refuses with kind and position, never the digits (property)', () => {
    fc.assert(
      fc.property(arbNationalId(), ({ id, spec }) => {
        const text = `---\ntittel: Sak\n---\nHenvist: ${id}\n`;
        let error: unknown;
        try {
          refuseNationalIds([{ target: 'cases/ssu/2024/2024.1-sak.md', text }], 'nb');
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(NationalIdRefusal);
        const r = error as NationalIdRefusal;
        expect(r.kind).toBe(spec.kind);
        expect(r.message).toContain('(linje 4, kolonne 10)');
        expect(r.message + r.hint).not.toContain(id);
        expect(() => refuseNationalIds([{ target: 'x', text: text.replace(id, breakChecksum(id)) }], 'nb')).not.toThrow();
      }),
      FC,
    );
  });

  it('checks every outgoing text, not only the first', () => {
    expect(() => refuseNationalIds([{ target: 'a', text: 'ok' }, { target: 'b', text: `x ${anId('dnr')}` }], 'en')).toThrow(/does not write b: .*D number/);
  });
});

describe('documents', () => {
  const doc = (blocks: Doc['blocks']): Doc => ({ title: 'Innkalling', lang: 'nb', partnership: 'HF', blocks });

  it('finds a number anywhere in a document: tables, lists, quotes, inline pieces split by emphasis', () => {
    const id = anId('hnr', 3);
    const places: Doc['blocks'][] = [
      [ir.p('Pasient ', id)],
      [{ type: 'table', rows: [[ir.cell(ir.p('a')), ir.cell(ir.ul([ir.p(id)]))]] }],
      [{ type: 'quote', blocks: [ir.h(2, id)] }],
      [ir.p('Nr. ', ir.strong(id.slice(0, 6)), ir.em(id.slice(6)))],
      [{ type: 'table', header: [[id]], rows: [] }],
    ];
    for (const blocks of places) {
      expect(() => refuseNationalIdsInDoc(doc(blocks), 'innkallingen', 'nb'), JSON.stringify(blocks)).toThrow(/ser ut som et H-nummer/);
    }
    expect(() => refuseNationalIdsInDoc(doc([ir.p('Konto ', `${id.slice(0, 4)}.${id.slice(4, 6)}.${id.slice(6)}`), ir.p(ir.link(`https://example.no/${id}`, 'lenke'))]), 'x', 'nb')).not.toThrow();
    expect(docText(doc([ir.p('a', { type: 'break' }, 'b')]))).toContain('a\nb');
  });
});

describe('hf new-case refuses identity numbers', () => {
  let dir: string;
  beforeAll(() => (dir = copyBundled()));
  afterAll(() => removeDir(dir));

  it('writes nothing, claims nothing and prints no digits, also in a dry run and in JSON mode', () => {
    const before = readdirSync(join(dir, 'cases/ssu/2024'), { withFileTypes: false }).sort();
    const id = anId('fnr', 1);
    for (const extra of [[], ['--dry-run'], ['--json'], ['--queue']]) {
      const r = hf(dir, ['new-case', '--organ', 'SSU', '--title', `Henvisning ${id}`, ...extra], { HF_NOW: '2024-09-01' });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('hf skriver ikke den nye saken: teksten inneholder noe som ser ut som et fødselsnummer');
      expect(r.stdout + r.stderr).not.toContain(id);
    }
    const r = hf(dir, ['new-case', '--organ', 'SSU', '--title', 'Tiltak', '--responsible', `${id.slice(0, 6)} ${id.slice(6)}`], { HF_NOW: '2024-09-01' });
    expect(r.code).toBe(2);
    expect(readdirSync(join(dir, 'cases/ssu/2024')).sort()).toEqual(before);
    expect(readdirSync(join(dir, 'cases/ssu')).filter((n) => n === 'ko')).toEqual([]);
  });

  it('still creates a case whose digits are not an identity number', () => {
    const r = hf(dir, ['new-case', '--organ', 'SSU', '--title', `Tilskudd til konto 1234.56.78903`], { HF_NOW: '2024-09-01' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Opprettet SSU-sak 2024.36');
  });
});
