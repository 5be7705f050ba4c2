import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/render/ir.js';
import { hasPaper, renderPaper } from '../../src/render/paper.js';
import { renderPacket } from '../../src/render/packet.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { loadBundled } from '../helpers/bundled.js';
import { readMarkdown } from '../helpers/doc-text.js';
import { expectGolden } from '../helpers/golden.js';

const { index } = loadBundled();
const options = { lang: 'nb' as const, today: '2024-09-20' };
const ssu = (seq: number) => index.findCase({ body: 'SSU', number: { year: 2024, seq } })!;

const headings = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading').map((b) => `${b.level} ${b.text.join('')}`);

describe('the case paper', () => {
  it('has the header table of the seed (Saksnr, Møteorgan, Type sak, Saksbehandler), the title, Bakgrunn and Forslag til vedtak', () => {
    const doc = renderPaper(index, ssu(30), options);
    const md = toMarkdown(doc);
    const text = readMarkdown(md);
    // The seed's paper says "Type sak: Beslutning" (the agenda says Diskusjon) and has a title of its own.
    expect(text.tables[0]).toEqual([[['Saksnr.'], ['Møteorgan'], ['Type sak'], ['Saksbehandler']], [['2024.30'], ['SSU'], ['Beslutning'], ['Sekretariatet']]]);
    expect(headings(doc.blocks)).toEqual(['1 Styringsdata for utvikling og oppfølging av tjenestene', '2 Bakgrunn', '2 Forslag til vedtak']);
    expect(text.all).toContain('Saken legges frem med referanse til tidligere saker i SSU 2024');
    expect(text.all).toContain('Forslag til vedtak Sekretariatet og FSU følger opp de konkrete og omforente satsningene som besluttes av SSU.');
    expect(doc.title).toBe('Saksfremlegg SSU 2024.30 – Styringsdata for utvikling og oppfølging av tjenestene');
    expectGolden(md, './golden/paper-ssu-2024.30.md', import.meta.dirname);
  });

  it('takes the types of the agenda where the paper gives none of its own, and the title of the agenda where the text has none', () => {
    const doc = renderPaper(index, ssu(27), options);
    expect(readMarkdown(toMarkdown(doc)).tables[0]![1]![2]).toEqual(['Beslutning']);
    expect(headings(doc.blocks)[0]).toBe('1 Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold');
  });

  it('does not repeat Forslag til vedtak when the case text has it and the proposal is recorded too', () => {
    const doc = renderPaper(index, ssu(35), options);
    expect(headings(doc.blocks).filter((h) => h.includes('Forslag til vedtak'))).toHaveLength(1);
  });

  it('writes the proposal as Forslag til vedtak for a case without a text of its own, with its points as the text', () => {
    const doc = renderPaper(index, ssu(27), options);
    expect(headings(doc.blocks)).toEqual(['1 Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold', '2 Forslag til vedtak']);
    const md = toMarkdown(doc);
    expect(md).toContain('- Utkast til mandat legges frem for beslutning');
    expect(md).toContain('Mandat for Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold godkjennes.');
    // No saksbehandler recorded: the responsible person stands in.
    expect(readMarkdown(md).tables[0]![1]).toEqual([['2024.27'], ['SSU'], ['Beslutning'], ['Hilde Tafjord']]);
  });

  it('keeps the quoted letter and the block quote of the case texts', () => {
    const md = toMarkdown(renderPaper(index, ssu(32), options));
    expect(md).toContain('> **3.3 Ventetidsløftet – rekrutterings- og samhandlingstilskudd**');
  });
});

describe('the meeting packet', () => {
  it('is the notice, then each case with its paper and the attachments hf makes itself, each from a new page', () => {
    const doc = renderPacket(index, 'SSU', '2024-09-26', options);
    const withPapers = index.agenda('SSU', '2024-09-26').filter(hasPaper).map((c) => `${c.number!.year}.${c.number!.seq}`);
    expect(withPapers).toEqual(['2024.30', '2024.32', '2024.35']);
    // The three sets of minutes of 2024.25, the mandate of 2024.27, then the three papers.
    expect(headings(doc.blocks).filter((h) => h.startsWith('1 '))).toEqual([
      '1 Innkalling – Strategisk samarbeidsutvalg (SSU)',
      '1 Referat – Strategisk samarbeidsutvalg (SSU)',
      '1 Referat – Partnerskapsmøtet (PM)',
      '1 Referat – Faglig samarbeidsutvalg (FSU)',
      '1 Samhandlingsforum for ledere psykisk helse og rus i Vestfold – mandat og sammensetning',
      '1 Styringsdata for utvikling og oppfølging av tjenestene',
      '1 Samhandlingsmidler – jfr Nasjonal Helse og Samhandlingsplan',
      '1 Faglig samarbeidsutvalg (FSU) i praksis',
    ]);
    expect(doc.blocks.filter((b) => b.type === 'pageBreak')).toHaveLength(7);
    expect(doc.title).toBe('Møtepakke SSU 26.09.24');
    expect(doc.contents).toBe(true);
    // The letter of 2024.34 is a file only the PDF packet reads, and FSU's mandate is not in the repository: both marked in the notice.
    const attachments = readMarkdown(toMarkdown(doc)).fields.get('9 vedlegg')!;
    expect(attachments.find((l) => l.startsWith('Sak 2024.34'))).toBe('Sak 2024.34: Saksfremlegg fra senter for kreft og blodsykdommer (ikke med i møtepakken)');
    expect(attachments.find((l) => l.startsWith('Sak 2024.35'))).toBe('Sak 2024.35: Saksfremlegg, Mandat FSU (ikke med i møtepakken)');
  });
});
