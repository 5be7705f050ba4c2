/**
 * Every command that echoes text from the repository: a title, a case type, a
 * conclusion and a case text full of terminal escape sequences, control
 * characters and bidi overrides reach neither the terminal nor a CI log as such.
 * JSON output keeps the exact values (escaped as JSON allows).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const TITLE = 'Møte \u001b[2J\u001b[31mrødt \u202eslutt\r\nNy';

describe('commands that echo repository text', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyBundled();
    mkdirSync(join(dir, 'cases/ssu/ko'), { recursive: true });
    writeFileSync(
      join(dir, 'cases/ssu/2024/2024.36-x.md'),
      [
        '---',
        'saksnr: "2024.36"',
        'organ: SSU',
        'møte: 2024-09-26',
        'tittel: "Møte \\e[2J\\e[31mrødt \\u202Eslutt\\r\\nNy"',
        'sakstype: ["Orientering\\e]0;tittel\\a"]',
        'konklusjon: "Ok \\e[8mskjult"',
        'oppfølging:',
        '  - hva: "Følg opp \\e[1A\\e[2K"',
        '    ansvar: SSU',
        '    frist: 2024-10-01',
        '    status: åpen',
        '---',
        'Tekst med \u001b[5mblink og \u202e baklengs \u0007 og \u009b6n.',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'cases/ssu/ko/2024-09-01-x.md'), '---\norgan: SSU\ntittel: "Kø-sak \\e[2J\\u202Eslutt"\n---\nTekst \u001b[1A\n');
    writeFileSync(
      join(dir, 'plans/2025/fiendtlig.md'),
      '---\ntype: satsning\nområde: skropelige-eldre\nrekkefølge: 99\ntittel: "Rad-tittel \\e]0;x\\a\\u2066"\nstatus: pågår\nperiode: "2025"\nsaker: ["SSU 2024.36"]\n---\nTekst \u001b[2J og \u202e.\n',
    );
  });
  afterAll(() => removeDir(dir));

  const commands: string[][] = [
    ['validate'],
    ['validate', '--format', 'github'],
    ['list', 'cases', '--body', 'SSU'],
    ['show', 'SSU', '2024.36'],
    ['search', 'Tekst'],
    ['search', 'Følg'],
    ['followups'],
    ['calendar'],
    ['new-case', '--organ', 'SSU', '--follow-up', 'SSU 2024.36', '--dry-run'],
    ['renumber', 'SSU', '2024.36', '--to', '2024.50', '--dry-run'],
    ['queue'],
    ['plan', 'status', '2025'],
    ['plan', '2025'],
    ['mandate', 'check'],
    ['agenda', 'ssu', '2024-09-26'],
    ['paper', 'ssu', '2024.36'],
    ['minutes', 'ssu', '2024-09-26'],
  ];

  for (const args of commands) {
    it(`hf ${args.join(' ')} prints no control characters or bidi overrides`, () => {
      const r = hf(dir, args, { HF_NOW: '2024-10-02' });
      expect(r.code, r.stderr).toBeLessThan(2);
      const printed = (r.stdout + r.stderr).replace(/\r\n/g, '\n');
      expect(printed).toMatch(/Møte|2024\.36|Følg|Tekst|Kø-sak|Rad-tittel/);
      const bad = DANGEROUS.exec(printed);
      expect(bad ? `U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}: ${JSON.stringify(printed.slice(Math.max(0, bad.index - 30), bad.index + 10))}` : '').toBe('');
    });
  }

  it('JSON output keeps the exact values', () => {
    const r = hf(dir, ['show', 'SSU', '2024.36', '--json']);
    expect(DANGEROUS.test(r.stdout)).toBe(false);
    expect((JSON.parse(r.stdout) as { title: string }).title).toBe(TITLE);
  });
});
