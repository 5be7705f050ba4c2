/**
 * `profil:` in hf.yaml: the partnership's logo and Word template, used by the
 * Word, HTML and PDF a document command writes; a file it names that is not
 * there is a usage error naming it, and nothing is written.
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumEnv } from '../helpers/browser.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { PNG, templateDocx } from '../helpers/look.js';

let dir = '';
beforeAll(async () => {
  dir = copyBundled('hf-look-');
  mkdirSync(join(dir, 'profil'));
  writeFileSync(join(dir, 'profil', 'logo.png'), PNG);
  writeFileSync(join(dir, 'profil', 'mal.docx'), await templateDocx());
  const config = readFileSync(join(dir, 'hf.yaml'), 'utf8');
  writeFileSync(join(dir, 'hf.yaml'), config.replace('sakstyper:', 'profil:\n  logo: profil/logo.png\n  word_mal: profil/mal.docx\nsakstyper:'));
});
afterAll(() => removeDir(dir));

describe('a partnership\'s own look', () => {
  it('validates with the profile, and gives Word the template\'s styles and the logo', async () => {
    expect(hf(dir, ['validate']).code).toBe(0);
    const r = hf(dir, ['paper', 'ssu', '2024.30', '-o', 'saksfremlegg.docx']);
    expect(r.code, r.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'saksfremlegg.docx')));
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(/<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)![0]).toContain('w:ascii="Georgia"');
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true);
  });

  it('gives HTML the logo as data and the template\'s fonts', () => {
    const r = hf(dir, ['agenda', 'ssu', '2024-09-26', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<img class="logo" src="data:image/png;base64,');
    expect(r.stdout).toContain('font-family: "Georgia"');
  });

  it('puts the logo in the PDF', async () => {
    const r = hf(dir, ['minutes', 'pm', '2024-05-30', '-o', 'referat.pdf'], chromiumEnv());
    expect(r.code, r.stderr).toBe(0);
    const pdf = await PDFDocument.load(readFileSync(join(dir, 'referat.pdf')));
    const images = pdf.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images.length).toBeGreaterThan(0);
  }, 60_000);

  it('puts the logo in the PDFs of the website too', async () => {
    const r = hf(dir, ['site', '-o', 'nettsted', '--no-search'], chromiumEnv());
    expect(r.code, r.stderr).toBe(0);
    const pdf = await PDFDocument.load(readFileSync(join(dir, 'nettsted', 'pm', '2024-05-30', 'referat.pdf')));
    const images = pdf.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images.length).toBeGreaterThan(0);
  }, 120_000);

  it('names a logo that is not there, and writes nothing', () => {
    const config = readFileSync(join(dir, 'hf.yaml'), 'utf8');
    writeFileSync(join(dir, 'hf.yaml'), config.replace('logo: profil/logo.png', 'logo: profil/borte.png'));
    try {
      const before = readdirSync(dir).filter((f) => f !== '.hf-cache').sort();
      const r = hf(dir, ['agenda', 'ssu', '2024-09-26', '-o', 'innkalling.docx']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('`profil/borte.png` (profil.logo i hf.yaml) kunne ikke leses: ENOENT');
      expect(readdirSync(dir).filter((f) => f !== '.hf-cache').sort()).toEqual(before);
    } finally {
      writeFileSync(join(dir, 'hf.yaml'), config);
    }
  });
});
