import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/render/ir.js';
import { hasPaper, renderPacket, renderPaper } from '../../src/render/paper.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { loadBundled } from '../helpers/bundled.js';
import { readMarkdown } from '../helpers/doc-text.js';

const { index } = loadBundled();
const options = { lang: 'nb' as const, today: '2024-09-20' };
const ssu = (seq: number) => index.findCase({ body: 'SSU', number: { year: 2024, seq } })!;

const headings = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading').map((b) => `${b.level} ${b.text.join('')}`);

describe('the case paper', () => {
  it('has the header table of the seed (Saksnr, Møteorgan, Type sak, Saksbehandler), the title, Bakgrunn and Forslag til vedtak', () => {
    const doc = renderPaper(index, ssu(30), options);
    const text = readMarkdown(toMarkdown(doc));
    expect(text.tables[0]).toEqual([[['Saksnr.'], ['Møteorgan'], ['Type sak'], ['Saksbehandler']], [['2024.30'], ['SSU'], ['Diskusjon'], ['Sekretariatet']]]);
    expect(headings(doc.blocks)).toEqual(['1 Samhandlingsdata og styringsinformasjon', '2 Bakgrunn', '2 Forslag til vedtak']);
    expect(text.all).toContain('Saken legges frem med referanse til tidligere saker i SSU 2024');
    expect(text.all).toContain('Forslag til vedtak Sekretariatet og FSU følger opp de konkrete og omforente satsningene som besluttes av SSU.');
    expect(doc.title).toBe('Saksfremlegg SSU 2024.30 – Samhandlingsdata og styringsinformasjon');
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
    expect(toMarkdown(renderPaper(index, ssu(34), options))).toContain('**Til:** Samhandlingssjef Erik Nordberg\\\n**Kopi til:**');
  });
});

describe('the meeting packet', () => {
  it('is the notice followed by every case paper of the meeting, each from a new page', () => {
    const doc = renderPacket(index, 'SSU', '2024-09-26', options);
    const withPapers = index.agenda('SSU', '2024-09-26').filter(hasPaper).map((c) => `${c.number!.year}.${c.number!.seq}`);
    expect(withPapers).toEqual(['2024.30', '2024.32', '2024.34', '2024.35']);
    expect(doc.blocks.filter((b) => b.type === 'pageBreak')).toHaveLength(4);
    expect(headings(doc.blocks).filter((h) => h.startsWith('1 '))).toEqual([
      '1 Innkalling – Strategisk samarbeidsutvalg (SSU)',
      '1 Samhandlingsdata og styringsinformasjon',
      '1 Samhandlingsmidler – jfr. Nasjonal helse og samhandlingsplan',
      '1 Endringer i tjenestetilbudet som får konsekvenser for samhandlingspartner, prosess og metode',
      '1 Faglig samarbeidsutvalg (FSU)',
    ]);
    expect(doc.title).toBe('Innkalling med saksfremlegg SSU 26.09.24');
  });
});
