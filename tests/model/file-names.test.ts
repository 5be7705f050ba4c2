/**
 * Names Windows refuses (CON, AUX, NUL, COM1 …): hf never makes one from data —
 * a case file from a title, a document from its title, a site folder from a
 * body code, a published attachment — and hf.yaml refuses a body code that
 * would become one, at its line.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReservedName, unreservedName } from '../../src/model/file-names.js';
import { fallbackName } from '../../src/commands/shared/emit.js';
import { caseFileName } from '../../src/repo/paths.js';
import { bodyDir } from '../../src/site/paths.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

const DEVICES = ['CON', 'PRN', 'AUX', 'NUL', 'COM1', 'COM9', 'LPT1', 'LPT9', 'COM0', 'LPT0', 'COM¹', 'CONIN$'];

describe('reserved names', () => {
  it('are the device names in any case, with or without an extension', () => {
    for (const d of DEVICES) {
      for (const name of [d, d.toLowerCase(), `${d}.md`, `${d.toLowerCase()}.tar.gz`, `${d} .txt`]) expect(isReservedName(name), name).toBe(true);
    }
    for (const name of ['CONSOLE', 'con-x', 'xcon', 'COM10', 'LPT', 'nul1', 'aux_', '2024.1-con.md', 'sak-con']) expect(isReservedName(name), name).toBe(false);
  });

  it('never name a document made from its title, whatever the title', () => {
    const title = fc.oneof(fc.constantFrom(...DEVICES.flatMap((d) => [d, d.toLowerCase(), ` ${d}!`, `${d}.`, `«${d}»`])), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(title, (t) => {
        const s = fallbackName(t);
        expect(isReservedName(s)).toBe(false);
        expect(isReservedName(`${s}.docx`)).toBe(false);
      }),
      { seed: 1313, numRuns: 500 },
    );
    expect(fallbackName('Con')).toBe('dokument-con');
    expect(fallbackName('Aux.2024')).toBe('dokument-aux.2024');
    // A case file has its number in front, which no device name has.
    expect(caseFileName('2024.1', 'Con')).toBe('2024.1-con.md');
    expect(bodyDir('AUX')).toBe('organ-aux');
    expect(bodyDir('SSU')).toBe('ssu');
    expect(unreservedName('nul', 'organ')).toBe('organ-nul');
    expect(unreservedName('ssu', 'organ')).toBe('ssu');
  });
});

describe('a published attachment', () => {
  it('never takes a reserved name', async () => {
    const { attachmentName } = await import('../../src/site/build.js');
    expect(attachmentName('vedlegg/CON.pdf')).toBe('vedlegg-CON.pdf');
    expect(attachmentName('vedlegg/nul')).toBe('vedlegg-nul');
    expect(attachmentName('vedlegg/rapport.pdf.')).toBe('rapport.pdf');
    expect(attachmentName('vedlegg/rapport.pdf')).toBe('rapport.pdf');
  });
});

describe('a body code Windows reserves', () => {
  let dir = '';
  beforeAll(() => (dir = copyBundled('hf-reserved-')));
  afterAll(() => removeDir(dir));

  it.each(['CON', 'AUX', 'NUL', 'PRN', 'COM1', 'LPT9'])('%s is refused in hf.yaml at its line', (code) => {
    const config = join(dir, 'hf.yaml');
    const original = readFileSync(config, 'utf8');
    try {
      const text = original.replace(/^organer:\n/m, `organer:\n  - kode: ${code}\n    navn: Et organ\n    medlemmer: []\n`);
      writeFileSync(config, text);
      const line = text.split('\n').indexOf(`  - kode: ${code}`) + 1;
      const r = hf(dir, ['validate', '--format', 'json']);
      const found = (JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; column: number; ruleId: string; hint?: string }[] }).diagnostics.filter((d) => d.file === 'hf.yaml');
      expect(found).toEqual([expect.objectContaining({ line, column: 11, ruleId: 'schema' })]);
      expect(found[0]!.hint).toContain('Windows reserverer');
    } finally {
      writeFileSync(config, original);
    }
  });

  it('is refused by the commands that would make its folder, before they write anything', () => {
    const config = join(dir, 'hf.yaml');
    const original = readFileSync(config, 'utf8');
    try {
      writeFileSync(config, original.replace(/^organer:\n/m, 'organer:\n  - kode: CON\n    navn: Et organ\n    medlemmer: []\n'));
      for (const args of [['new-case', '--organ', 'con', '--title', 'Test'], ['new-meeting', 'CON', '2025-01-09']]) {
        const r = hf(dir, args);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toContain('Windows reserverer navnet con');
      }
      expect(existsSync(join(dir, 'cases', 'con'))).toBe(false);
      expect(existsSync(join(dir, 'meetings', 'con'))).toBe(false);
    } finally {
      writeFileSync(config, original);
    }
  });
});
