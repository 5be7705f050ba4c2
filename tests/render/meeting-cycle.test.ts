/**
 * The minutes and notice of the meeting cycle in the Nordvik fixture: deputies,
 * partial attendance, apologies with reasons, quorum for the meeting and per case,
 * a conflict of interest, information items taken together (one lifted out), the
 * minutes awaiting approval under the next Referat case, and FSU's recommendation
 * in SSU's notice; golden files in bokmål and English.
 */
import { describe, expect, it } from 'vitest';
import { renderMinutes } from '../../src/render/minutes.js';
import { renderNotice } from '../../src/render/notice.js';
import { toHtml } from '../../src/render/write-html.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { readHtml, readMarkdown, type DocText } from '../helpers/doc-text.js';
import { expectGolden } from '../helpers/golden.js';
import { loadNordvik, NORDVIK_NOW } from '../helpers/nordvik.js';

const { index, findings } = loadNordvik();
const NB = { lang: 'nb' as const, today: NORDVIK_NOW };
const EN = { lang: 'en' as const, today: NORDVIK_NOW };

function rows(text: DocText, header: string): string[][][] {
  return text.tables.find((t) => t[0]?.[0]?.[0] === header)!.slice(1).map((r) => r.map((c) => c.filter((l) => l !== '')));
}

describe('the fixture', () => {
  it('loads without findings', () => {
    expect(findings).toEqual([]);
  });
});

describe('the minutes of SSU 06.03.25', () => {
  const result = renderMinutes(index, 'SSU', '2025-03-06', NB);
  const md = toMarkdown(result.doc);
  const html = toHtml(result.doc);
  const texts = [readMarkdown(md), readHtml(html)];

  it('are final: every case is finished', () => {
    expect(result.draft).toBe(false);
    expect(result.unfinished).toEqual([]);
    expect(md).toContain('# Referat – Strategisk samarbeidsutvalg (SSU)');
  });

  it('list the deputy, who came late and who left early, and apologies with their reasons', () => {
    for (const text of texts) {
      expect(text.fields.get('Tilstede')).toEqual([
        'Kari Vik, Nordvik kommune',
        'Otto Berg, Nordvik sykehus (vara for Ola Berg)',
        'Anne Li, Sørvik kommune',
        'Per Dal, Nordvik sykehus (til og med sak 2025.4)',
        'Tor Lund, Østvik kommune (fra sak 2025.3)',
        'Gunn Gjest, Statsforvalteren',
      ]);
      expect(text.fields.get('Frafall')).toEqual(['Ola Berg, Nordvik sykehus (ferie)', 'Eva Ås']);
      expect(text.fields.get('Beslutningsdyktig')).toEqual(['Ja: 5 av 6 medlemmer til stede (minst 3 må være til stede; minst én fra hver av kommunene og sykehuset)']);
    }
  });

  it('say under the case who stepped aside, and the quorum of each decision where it differs from the meeting', () => {
    for (const text of texts) {
      const r = rows(text, 'Saksnr.');
      const r3 = r.find((x) => x[0]![0] === '2025.3')![1]!;
      expect(r3).toContain('Anne Li var inhabil og fratrådte under behandlingen av saken (Sørvik kommune er en av søkerne; jf. fvl. § 6 første ledd bokstav e).');
      expect(r3).toContain('Beslutningsdyktig i saken: 4 av 6 medlemmer.');
      // Per Dal left after 2025.4: the plan is decided by four.
      expect(r.find((x) => x[0]![0] === '2025.7')![1]).toContain('Beslutningsdyktig i saken: 4 av 6 medlemmer.');
    }
  });

  it('take the information items together under one heading with one conclusion, and record the one lifted out', () => {
    for (const text of texts) {
      const r = rows(text, 'Saksnr.');
      const together = r.find((x) => x[0]![0] === '2025.4')!;
      expect(together[0]).toEqual(['2025.4', '2025.5']);
      expect(together[1]).toEqual([
        'Orienteringssaker',
        'Sakene tas samlet.',
        '2025.4 Status for legevaktsamarbeidet',
        '2025.5 Nytt fra kompetansenettverket',
        'Konklusjon: Orienteringene tas til orientering.',
      ]);
      expect(r.map((x) => x[0]![0])).toEqual(['2025.1', '2025.2', '2025.3', '2025.4', '2025.6', '2025.7', '2025.8']);
      expect(r.find((x) => x[0]![0] === '2025.6')![1]).toContain('Tatt ut av orienteringssakene etter ønske fra Tor Lund.');
    }
  });

  it('match the golden files in bokmål and English', () => {
    expectGolden(md, './golden/minutes-nordvik-ssu-2025-03-06.md', import.meta.dirname);
    expectGolden(html, './golden/minutes-nordvik-ssu-2025-03-06.html', import.meta.dirname);
    const en = toMarkdown(renderMinutes(index, 'SSU', '2025-03-06', EN).doc);
    expect(en).toContain('Otto Berg, Nordvik sykehus (deputy for Ola Berg)');
    expect(en).toContain('**Quorum:** Yes: 5 of 6 members present');
    expectGolden(en, './golden/minutes-nordvik-ssu-2025-03-06.en.md', import.meta.dirname);
  });
});

describe('the minutes of FSU 03.04.25', () => {
  it('take the quorum rule from the mandate', () => {
    const text = readMarkdown(toMarkdown(renderMinutes(index, 'FSU', '2025-04-03', NB).doc));
    expect(text.fields.get('Tilstede')).toEqual(['FSU faste medlemmer']);
    expect(text.fields.get('Beslutningsdyktig')).toEqual(['Ja: 2 av 3 medlemmer til stede (minst 2 må være til stede; minst én fra hver av kommunene og sykehuset)']);
  });
});

describe('the notice of SSU 08.05.25', () => {
  const md = toMarkdown(renderNotice(index, 'SSU', '2025-05-08', NB));
  const text = readMarkdown(md);

  it('lists the minutes awaiting approval under the Referat case', () => {
    const r = rows(text, 'Saksnr.').find((x) => x[0]![0] === '2025.10')!;
    expect(r[1]).toContain('Referater til godkjenning: Referat SSU 06.03.25');
  });

  it("shows FSU's recommendation with FSU's conclusion", () => {
    const r = rows(text, 'Saksnr.').find((x) => x[0]![0] === '2025.11')!;
    expect(r[1]!.slice(0, 3)).toEqual([
      'Felles rutine for utskrivning',
      'Innstilling fra FSU (FSU 2025.2)',
      // Quoted, as the notice quotes an earlier case a follow-up continues.
      '> Konklusjon: FSU anbefaler at SSU vedtar den felles rutinen for utskrivning fra 1. juni.',
    ]);
  });

  it('matches the golden files in bokmål and English', () => {
    expectGolden(md, './golden/notice-nordvik-ssu-2025-05-08.md', import.meta.dirname);
    const en = toMarkdown(renderNotice(index, 'SSU', '2025-05-08', EN));
    expect(en).toContain('*Recommendation from FSU (FSU 2025.2)*');
    expect(en).toContain('*Minutes for approval:* Minutes SSU 06/03/25');
    expectGolden(en, './golden/notice-nordvik-ssu-2025-05-08.en.md', import.meta.dirname);
  });
});
