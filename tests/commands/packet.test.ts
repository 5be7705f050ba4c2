/**
 * The meeting packet in one document (Markdown here; Word and HTML are the same
 * document): the attachments hf makes or reads as text are in it, files it
 * cannot hold are named, and the public version leaves out restricted text of
 * the attachment files too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

const LETTER = 'vedlegg/ssu/2024/2024.34-palliasjon-til-voksne-pasienter.md';
let dir = '';
beforeAll(() => {
  dir = copyBundled('hf-packet-');
  const letter = readFileSync(join(dir, LETTER), 'utf8');
  writeFileSync(join(dir, LETTER), `${letter}\n::: skjermet offl. § 13\nOpplysning om en navngitt pasient i brevet.\n:::\n`);
});
afterAll(() => removeDir(dir));

describe('the meeting packet as one document', () => {
  it('holds the letter of 2024.34, its restricted section without the fence lines', () => {
    const r = hf(dir, ['agenda', 'ssu', '2024-09-26', '--with-papers']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Palliasjon til voksne pasienter');
    expect(r.stdout).toContain('Opplysning om en navngitt pasient i brevet.');
    expect(r.stdout).not.toContain('::: skjermet');
  });

  it('leaves the restricted section of an attachment file out of the public version', () => {
    const r = hf(dir, ['agenda', 'ssu', '2024-09-26', '--with-papers', '--public']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Palliasjon til voksne pasienter');
    expect(r.stdout).not.toContain('navngitt pasient');
  });

  it('names a PDF attachment as only in the PDF packet, and marks it in the notice', () => {
    const other = copyBundled('hf-packet-pdf-');
    try {
      const file = join(other, 'cases/ssu/2024/2024.35-faglig-samarbeidsutvalg-fsu.md');
      writeFileSync(join(other, 'vedlegg/ssu/2024/mandat-fsu.pdf'), '%PDF-1.7\n');
      writeFileSync(file, readFileSync(file, 'utf8').replace('  - tittel: Mandat FSU\n', '  - tittel: Mandat FSU\n    fil: vedlegg/ssu/2024/mandat-fsu.pdf\n'));
      const md = hf(other, ['agenda', 'ssu', '2024-09-26', '--with-papers']);
      expect(md.code).toBe(0);
      expect(md.stderr).toBe('advarsel: SSU 2024.35 vedlegg 2 «Mandat FSU» er ikke med i møtepakken: `vedlegg/ssu/2024/mandat-fsu.pdf` kommer bare med i PDF-pakken (-o pakke.pdf)\n');
      expect(md.stdout).toContain('Sak 2024.35: Saksfremlegg, Mandat FSU (ikke med i møtepakken)');
    } finally {
      removeDir(other);
    }
  });
});
