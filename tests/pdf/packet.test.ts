/**
 * The notice and the meeting packet of SSU 26.09.24 as PDF, made by the built
 * CLI with the test Chromium and read back with pdf.js: pages, outline, text,
 * metadata. A three-page PDF attachment planted in the data appears page for
 * page where its case is; a missing one stops the command with the file named
 * and nothing written; a Word attachment without LibreOffice is named in a
 * warning and marked in the notice.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumEnv } from '../helpers/browser.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';
import { readPdf, squashed, type PdfReadBack } from '../helpers/pdf.js';
import { loadBundled } from '../helpers/bundled.js';
import { documentToPdf, PdfEngine } from '../../src/pdf/index.js';
import { renderMandate } from '../../src/render/mandate.js';
import { renderMinutes } from '../../src/render/minutes.js';
import { renderNotice } from '../../src/render/notice.js';
import { markdownAttachmentDoc } from '../../src/render/packet.js';
import { renderPaper } from '../../src/render/paper.js';

const CASE_35 = 'cases/ssu/2024/2024.35-faglig-samarbeidsutvalg-fsu.md';
const PLANTED = 'vedlegg/ssu/2024/mandat-fsu.pdf';

/** The proposed conclusions on the agenda of SSU 26.09.24 (the meeting has no recorded conclusions yet). */
const PROPOSED = [
  'Referatene tas til orientering',
  'Mandat for Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold godkjennes.',
  'Saken sendes tilbake til FSU som utarbeider forslag til konkretisering av mandatet. Utkast til konkretisert mandat legges fram i SSU 28.november.',
];
const NUMBERS = Array.from({ length: 12 }, (_, i) => `2024.${24 + i}`);

/** A PDF of `pages` pages, each saying which page of the planted attachment it is. */
async function plantedPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595.28, 841.89]).drawText(`Plantet vedlegg side ${i} av ${pages}`, { x: 72, y: 700, size: 14, font });
  return doc.save();
}

function write(dir: string, path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), data);
}

function edit(dir: string, path: string, from: string, to: string): void {
  const text = readFileSync(join(dir, path), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, path), text.replace(from, to));
}

let dir = '';
beforeAll(async () => {
  dir = copyBundled('hf-pdf-');
  write(dir, PLANTED, await plantedPdf(3));
  edit(dir, CASE_35, '  - tittel: Mandat FSU\n', `  - tittel: Mandat FSU\n    fil: ${PLANTED}\n`);
});
afterAll(() => removeDir(dir));

describe('the notice as PDF', () => {
  let pdf: PdfReadBack;
  beforeAll(async () => {
    const r = hf(dir, ['agenda', 'ssu', '2024-09-26', '-o', 'innkalling.pdf'], chromiumEnv());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    pdf = await readPdf(readFileSync(join(dir, 'innkalling.pdf')));
  }, 60_000);

  it('is A4 with the notice, every case number and proposed conclusion in selectable text', () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    for (const page of pdf.pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    const all = squashed(pdf.all);
    expect(all).toContain('Innkalling – Strategisk samarbeidsutvalg (SSU)');
    expect(all).toContain('Tema Innkalling SSU');
    for (const n of NUMBERS) expect(all, n).toContain(n);
    for (const c of PROPOSED) expect(all, c).toContain(squashed(c));
  });

  it('has an outline with the notice and one entry per case, each opening the page of its agenda row', () => {
    expect(pdf.outline.map((e) => e.title)).toEqual([
      'Innkalling SSU 26.09.24',
      ...NUMBERS.map((n) => expect.stringMatching(new RegExp(`^Sak ${n.replace('.', '\\.')} `))),
    ]);
    for (const entry of pdf.outline.slice(1)) {
      const number = entry.title.split(' ')[1]!;
      expect(pdf.pages[entry.page - 1]!.text, entry.title).toContain(number);
    }
  });

  it('numbers its pages "Side x av y", is tagged, and has title, author and language', () => {
    pdf.pages.forEach((page, i) => expect(page.text).toContain(`Side ${i + 1} av ${pdf.pageCount}`));
    expect(pdf.tagged).toBe(true);
    expect(pdf.info).toMatchObject({ Title: 'Innkalling SSU 26.09.24', Author: 'Helsefellesskapet i Vestfold', Language: 'nb' });
  });
});

describe('the meeting packet as PDF', () => {
  let pdf: PdfReadBack;
  let stderr = '';
  beforeAll(async () => {
    const r = hf(dir, ['agenda', 'ssu', '2024-09-26', '--with-papers', '-o', 'pakke.pdf'], chromiumEnv());
    stderr = r.stderr;
    expect(r.code).toBe(0);
    pdf = await readPdf(readFileSync(join(dir, 'pakke.pdf')));
  }, 60_000);

  it('holds every attachment the notice counts, so nothing is left out', () => {
    expect(stderr).toBe('');
    const attachments = pdf.outline.filter((e) => /^Vedlegg \d+: /.test(e.title));
    expect(squashed(pdf.pages[0]!.text)).toContain('9 vedlegg');
    expect(attachments).toHaveLength(9);
    expect(pdf.all).not.toContain('ikke med i møtepakken');
  });

  it('has the planted three-page PDF page for page after the paper of its case, where its outline entry points', () => {
    const planted = [1, 2, 3].map((k) => pdf.pages.findIndex((p) => p.text.includes(`Plantet vedlegg side ${k} av 3`)) + 1);
    expect(planted[0]).toBeGreaterThan(0);
    expect(planted).toEqual([planted[0], planted[0]! + 1, planted[0]! + 2]);
    const entry = pdf.outline.find((e) => e.title === 'Vedlegg 2: Mandat FSU')!;
    expect(entry.page).toBe(planted[0]);
    expect(pdf.pages[planted[0]! - 2]!.text).toContain('Faglig samarbeidsutvalg (FSU) i praksis');
    // The packet's own page numbers run over the planted pages too.
    expect(pdf.pages[planted[1]! - 1]!.text).toContain(`Side ${planted[1]} av ${pdf.pageCount}`);
  });

  it('opens each case in the outline at its paper, or at its agenda row when it has none, with its attachments below it', () => {
    const top = pdf.outline.filter((e) => e.level === 0).map((e) => e.title);
    expect(top).toHaveLength(13);
    const of = (n: string) => pdf.outline.findIndex((e) => e.title.startsWith(`Sak ${n} `));
    const children = (n: string) => pdf.outline.slice(of(n) + 1).filter((e, i, all) => e.level === 1 && all.slice(0, i).every((x) => x.level === 1)).map((e) => e.title);
    expect(children('2024.25')).toEqual(['Vedlegg 1: Referat SSU 23.05.24', 'Vedlegg 2: Referat PM 30.05.24', 'Vedlegg 3: Referat FSU 05.09.24']);
    expect(children('2024.35')).toEqual(['Vedlegg 1: Saksfremlegg', 'Vedlegg 2: Mandat FSU']);
    const paper30 = pdf.outline[of('2024.30')]!;
    expect(pdf.pages[paper30.page - 1]!.text).toContain('Styringsdata for utvikling og oppfølging av tjenestene');
    expect(squashed(pdf.pages[paper30.page - 1]!.text)).toContain('Saksnr. Møteorgan Type sak Saksbehandler');
    const minutesPm = pdf.outline.find((e) => e.title === 'Vedlegg 2: Referat PM 30.05.24')!;
    expect(pdf.pages[minutesPm.page - 1]!.text).toContain('Christina Bratli, ordfører, Horten kommune');
    const letter = pdf.outline.find((e) => e.title.startsWith('Vedlegg 1: Saksfremlegg fra senter'))!;
    expect(pdf.pages[letter.page - 1]!.text).toContain('Palliasjon til voksne pasienter');
  });

  it('has every case number and proposed conclusion, and is tagged with the packet title', () => {
    const all = squashed(pdf.all);
    for (const n of NUMBERS) expect(all, n).toContain(n);
    for (const c of PROPOSED) expect(all, c).toContain(squashed(c));
    expect(pdf.tagged).toBe(true);
    expect(pdf.info).toMatchObject({ Title: 'Møtepakke SSU 26.09.24', Author: 'Helsefellesskapet i Vestfold', Language: 'nb' });
  });

  it('counts as many pages as the notice, the papers and the attachments made one by one', async () => {
    // Each document printed on its own through the same engine, and counted by pdf.js.
    const { index, repo } = loadBundled();
    const today = '2026-11-28';
    const options = { lang: 'nb' as const, today };
    const paper = (seq: number) => renderPaper(index, index.findCase({ body: 'SSU', number: { year: 2024, seq } })!, options);
    const letter = readFileSync(join(dir, 'vedlegg/ssu/2024/2024.34-palliasjon-til-voksne-pasienter.md'), 'utf8');
    const docs = [
      renderNotice(index, 'SSU', '2024-09-26', options),
      ...['SSU 2024-05-23', 'PM 2024-05-30', 'FSU 2024-09-05'].map((m) => renderMinutes(index, m.split(' ')[0]!, m.split(' ')[1]!, options).doc),
      renderMandate(repo.mandates.find((m) => m.body === 'SF-PHR')!, { lang: 'nb', partnership: repo.config.name }),
      paper(30),
      paper(32),
      markdownAttachmentDoc('Saksfremlegg fra senter for kreft og blodsykdommer', letter, { ...options, partnership: repo.config.name }),
      paper(35),
    ];
    const engine = await PdfEngine.open({ env: { ...process.env, ...chromiumEnv() }, lang: 'nb' });
    const pages: number[] = [];
    try {
      for (const doc of docs) pages.push((await readPdf(await documentToPdf(doc, { engine, lang: 'nb', meta: { title: doc.title, author: '', date: new Date(), creator: 'test' } }))).pageCount);
    } finally {
      await engine.close();
    }
    expect(pages.every((n) => n >= 1)).toBe(true);
    // The planted attachment adds its three pages.
    expect(pdf.pageCount).toBe(pages.reduce((a, b) => a + b, 0) + 3);
  }, 60_000);
});

describe('attachments that cannot go in', () => {
  it('stops at a missing attachment file, naming it, and writes nothing', () => {
    const other = copyBundled('hf-pdf-missing-');
    try {
      edit(other, CASE_35, '  - tittel: Mandat FSU\n', '  - tittel: Mandat FSU\n    fil: vedlegg/ssu/2024/finnes-ikke.pdf\n');
      const before = readdirSync(other).filter((f) => f !== '.hf-cache').sort();
      const r = hf(other, ['agenda', 'ssu', '2024-09-26', '--with-papers', '-o', 'pakke.pdf'], chromiumEnv());
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('SSU 2024.35 vedlegg 2: filen `vedlegg/ssu/2024/finnes-ikke.pdf` finnes ikke');
      expect(r.stderr).toContain('Møtepakken er ikke laget');
      expect(readdirSync(other).filter((f) => f !== '.hf-cache').sort()).toEqual(before);
      expect(existsSync(join(other, 'pakke.pdf'))).toBe(false);
    } finally {
      removeDir(other);
    }
  });

  it('leaves out a Word attachment when LibreOffice is not installed, names it in a warning and marks it in the notice', async () => {
    const other = copyBundled('hf-pdf-word-');
    try {
      const { toDocx } = await import('../../src/render/write-docx.js');
      write(other, 'vedlegg/ssu/2024/tilsagn.docx', await toDocx({ title: 'Tilsagn', lang: 'nb', partnership: 'HSØ', blocks: [{ type: 'paragraph', text: ['Tilsagn'] }] }));
      edit(other, 'cases/ssu/2024/2024.32-samhandlingsmidler-jfr-nasjonal-helse-og-samhandlingsplan.md', '    saksfremlegg: true\n', '    saksfremlegg: true\n  - tittel: Tilsagnsbrev fra HSØ\n    fil: vedlegg/ssu/2024/tilsagn.docx\n');
      // HF_SOFFICE names a LibreOffice that is not there: as on a machine without it.
      const r = hf(other, ['agenda', 'ssu', '2024-09-26', '--with-papers', '-o', 'pakke.pdf'], { ...chromiumEnv(), HF_SOFFICE: join(other, 'ingen-libreoffice') });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('advarsel: SSU 2024.32 vedlegg 2 «Tilsagnsbrev fra HSØ» er ikke med i møtepakken: `vedlegg/ssu/2024/tilsagn.docx` må gjøres om til PDF, og LibreOffice er ikke installert');
      const pdf = await readPdf(readFileSync(join(other, 'pakke.pdf')));
      expect(squashed(pdf.pages[0]!.text)).toContain('Tilsagnsbrev fra HSØ (ikke med i møtepakken)');
      expect(pdf.outline.some((e) => e.title.includes('Tilsagnsbrev'))).toBe(false);
    } finally {
      removeDir(other);
    }
  }, 60_000);
});
