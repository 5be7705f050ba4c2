/**
 * The Word output, read back by an independent reader (mammoth): the text of the
 * SSU notice of 26.09.24 is all there, headings are headings, tables are tables,
 * lists are lists, and the named styles a secretary edits exist.
 */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { formatCaseNumber } from '../../src/model/case-number.js';
import type { Doc } from '../../src/render/ir.js';
import { renderMinutes } from '../../src/render/minutes.js';
import { renderNotice } from '../../src/render/notice.js';
import { renderPacket } from '../../src/render/packet.js';
import { toDocx } from '../../src/render/write-docx.js';
import { loadBundled } from '../helpers/bundled.js';

const { index } = loadBundled();
const options = { lang: 'nb' as const, today: '2024-09-20' };

async function readBack(doc: Doc) {
  const buffer = Buffer.from(await toDocx(doc));
  const raw = await mammoth.extractRawText({ buffer });
  const html = await mammoth.convertToHtml({ buffer });
  return { text: raw.value.replace(/\s+/g, ' '), html: html.value, messages: html.messages.map((m) => m.message) };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('toDocx', () => {
  it('holds every case number, title and proposed conclusion of the SSU notice of 26.09.24', async () => {
    const { text } = await readBack(renderNotice(index, 'SSU', '2024-09-26', options));
    const agenda = index.agenda('SSU', '2024-09-26');
    expect(agenda).toHaveLength(12);
    for (const c of agenda) {
      expect(text).toContain(formatCaseNumber(c.number!));
      for (const line of c.titleLines ?? [c.title]) expect(text).toContain(squash(line));
      if (c.proposedConclusion) expect(text).toContain(squash(c.proposedConclusion));
      for (const p of c.points) expect(text).toContain(squash(p.text));
      for (const r of c.responsible) expect(text).toContain(r);
    }
    expect(text).toContain('Forslag til konklusjon: Referatene tas til orientering');
    expect(text).toContain(squash(index.findCase({ body: 'SSU', number: { year: 2024, seq: 17 } })!.conclusion!));
    for (const fixed of ['Pause', 'Eventuelt', 'Til', 'SSUs faste medlemmer', 'torsdag 26. september 2024, kl. 12.30–15.30, SiV møterom 028, bak kantinen', '9 vedlegg', 'Referent', 'Rannveig Velken']) {
      expect(text).toContain(fixed);
    }
  });

  it('makes real headings, tables and lists, and puts the partnership in the page header', async () => {
    const { html } = await readBack(renderNotice(index, 'SSU', '2024-09-26', options));
    expect(html).toMatch(/<h1>Innkalling – Strategisk samarbeidsutvalg \(SSU\)<\/h1>/);
    expect(html).toContain('<h2>Saksliste</h2>');
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('<li>Omorganisering SiV</li>');
    const buffer = Buffer.from(await toDocx(renderNotice(index, 'SSU', '2024-09-26', options)));
    // mammoth does not read page headers; the header part itself names the partnership.
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(buffer);
    const headers = Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f));
    expect(headers.length).toBeGreaterThan(0);
    const headerXml = await zip.file(headers[0]!)!.async('string');
    expect(headerXml).toContain('Helsefellesskapet i Vestfold');
    const styles = await zip.file('word/styles.xml')!.async('string');
    for (const name of ['Feltnavn', 'Tabelltekst', 'Tabelloverskrift', 'Quote']) expect(styles).toContain(`w:name w:val="${name}"`);
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toMatch(/w:lang w:val="nb-NO"/);
  });

  it('uses the named styles in the text, so editing a style changes every such paragraph', async () => {
    const { messages } = await readBack(renderNotice(index, 'SSU', '2024-09-26', options));
    // mammoth names each paragraph style it has no mapping for: these are ours.
    expect(messages.join('\n')).toMatch(/Feltnavn/);
    expect(messages.join('\n')).toMatch(/Tabelltekst/);
  });

  it('numbers the PM 2024.4 conclusion as a real numbered list', async () => {
    const { html, text } = await readBack(renderMinutes(index, 'PM', '2024-05-30', { lang: 'nb', today: '2024-06-01' }).doc);
    expect(html).toMatch(/<ol><li>Partnerskapet godkjenner/);
    expect(text).toContain('Innspill i påfølgende dialog:');
  });

  it('writes the meeting packet with every case paper and the minutes and mandate it presents', async () => {
    const { text } = await readBack(renderPacket(index, 'SSU', '2024-09-26', options));
    for (const title of [
      'Styringsdata for utvikling og oppfølging av tjenestene',
      'Samhandlingsmidler – jfr Nasjonal Helse og Samhandlingsplan',
      'Faglig samarbeidsutvalg (FSU) i praksis',
      'Referat – Partnerskapsmøtet (PM)',
      'Samhandlingsforum for ledere psykisk helse og rus i Vestfold – mandat og sammensetning',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain('Forslag til vedtak');
    expect(text).toContain('Saksbehandler');
  });

  it('keeps hostile and invalid text as plain text in a file that still opens', async () => {
    const evil = '<w:p>&amp;<script>alert(1)</script>\u0001\u0008\ud800 slutt';
    const doc: Doc = {
      title: evil,
      lang: 'en',
      partnership: evil,
      blocks: [
        { type: 'heading', level: 1, text: [evil] },
        { type: 'paragraph', text: [evil, { type: 'link', href: 'javascript:alert(1)', children: ['click'] }, { type: 'link', href: 'https://example.org/', children: ['ok'] }] },
      ],
    };
    const { text, html } = await readBack(doc);
    expect(text).toContain('<w:p>&amp;<script>alert(1)</script> slutt');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.org/">ok</a>');
  });
});
