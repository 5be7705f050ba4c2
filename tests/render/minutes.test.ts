/**
 * The minutes of SSU 23.05.24, PM 30.05.24 and FSU 05.09.24 against the seed
 * (header fields and conclusions typed from the seed by hand), golden files of
 * all three, and the draft made before a meeting.
 */
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { renderMinutes } from '../../src/render/minutes.js';
import { toHtml } from '../../src/render/write-html.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { loadBundled } from '../helpers/bundled.js';
import { readHtml, readMarkdown, type DocText } from '../helpers/doc-text.js';

const { index } = loadBundled();
const AFTER = { lang: 'nb' as const, today: '2024-10-01' };

function both(body: string, date: string, options = AFTER): { md: string; html: string; texts: DocText[]; missing: string[] } {
  const result = renderMinutes(index, body, date, options);
  const md = toMarkdown(result.doc);
  const html = toHtml(result.doc);
  return { md, html, texts: [readMarkdown(md), readHtml(html)], missing: result.missingConclusions.map((c) => (c.number ? `${c.number.year}.${c.number.seq}` : c.title)) };
}

function caseRows(text: DocText): string[][][] {
  return text.tables.find((t) => t[0]?.[0]?.[0] === 'Saksnr.')!.slice(1).map((r) => r.map((c) => c.filter((l) => l !== '')));
}

function conclusionOf(text: DocText, number: string): string | undefined {
  const row = caseRows(text).find((r) => r[0]![0] === number);
  return row?.[1]!.find((l) => l.startsWith('Konklusjon:'));
}

describe('the minutes of SSU 23.05.24', () => {
  const { md, html, texts, missing } = both('SSU', '2024-05-23');

  it('has the header of the seed', () => {
    for (const text of texts) {
      expect(text.fields.get('Tema')).toEqual(['Referat fra møte i Strategisk samarbeidsutvalg (SSU)']);
      expect(text.fields.get('Dato/sted')).toEqual(['torsdag 23. mai 2024, kl. 13.00–15.30, Færder kommune, Tinghaugveien 18']);
      expect(text.fields.get('Tilstede')).toEqual(['SSU faste medlemmer', 'Ellen Holtan Folkestad, Legeforeningen', 'Margareth Horn, NSF']);
      expect(text.fields.get('Frafall')).toEqual(['Kjersti Norheim, Horten kommune', 'Christian Reissig, SiV']);
      // The seed's Vedlegg list, and nothing more: the attachment of 2024.18 ("vedlagt mandat") is counted in its row, not named.
      const vedlegg = text.fields.get('Vedlegg')!;
      expect(vedlegg).toEqual(['13', '14', '15', '16', '17', '19', '20', '21'].map((n) => `Sak 2024.${n}: Presentasjon`));
      expect(text.fields.get('Møteleder')).toEqual(['Guro Winsvold']);
      expect(text.fields.get('Sekretariat')).toEqual(['Rannveig Velken, kommunene', 'Runar Danielsen, SiV']);
      expect(text.fields.get('Referent')).toEqual(['Runar Danielsen']);
    }
  });

  it('has every case with its types, treatment and the conclusion the seed records', () => {
    const seed: [string, string[], string | undefined][] = [
      ['2024.11', ['Beslutning'], 'Innkalling og dagsorden godkjennes.'],
      ['2024.12', ['Beslutning'], 'Referatene fra SSU og FSU tas til orientering.'],
      ['2024.13', ['Orientering', 'Diskusjon', 'Vedlegg'], 'Presentasjonen tas til etterretning og betydningen av tilgang på denne type styringsdata understrekes.'],
      ['2024.14', ['Orientering', 'Vedlegg'], 'Presentasjonen tas til orientering.'],
      ['2024.15', ['Orientering', 'Vedlegg'], 'Presentasjonen tas til orientering. Utvalget takker avtroppende prosjektleder for solid utført arbeid.'],
      ['2024.16', ['Orientering', 'Vedtak', 'Vedlegg'], 'Det nedsettes en arbeidsgruppe som gjør en kartlegging av status for samarbeid innen området rehabilitering, både i kommunene og i sykehuset. Statsforvalter inviteres til deltakelse i dette arbeidet.'],
      ['2024.17', ['Orientering', 'Vedtak', 'Vedlegg'], 'Orienteringen tas til etterretning. SiV og kommunene vil følge opp saken internt og saken settes på agendaen i SSU møtet 26. september.'],
      ['2024.18', ['Vedtak', 'Vedlegg'], 'Mandat for Fagutvalg HR godkjennes med følgende endringer: Møtehyppighet: Ved behov. Anbefalt min. 2 møter per år. Oppgaver pkt. 3: Beholde ansatte i et krevende arbeidsmarked.'],
      ['2024.19', ['Vedtak', 'Vedlegg'], 'Mandat for Fagutvalg fastlegetjenesten godkjennes med følgende endringer: Møtehyppighet: Ved behov. Anbefalt min. 2 møter per år. Utvalget benevnes «Fagutvalg for fastlegetjenesten».'],
      ['2024.20', ['Orientering', 'Diskusjon', 'Vedlegg'], 'Presentasjonen tas til etterretning. Handlingsplan 2025 behandles i Partnerskapsmøtet 30. mai 2024.'],
      ['2024.21', ['Orientering', 'Vedlegg'], 'Informasjonen tas til orientering og det aktuelle saksdokumentet vedlegges.'],
      ['2024.22', ['Orientering'], 'SSU gir positive tilbakemeldinger på den agenda som er utarbeidet.'],
      ['2024.23', ['Orientering'], undefined],
    ];
    for (const text of texts) {
      const rows = caseRows(text);
      expect(rows.map((r) => r[0]![0])).toEqual(seed.map((s) => s[0]));
      for (const [number, types, conclusion] of seed) {
        const row = rows.find((r) => r[0]![0] === number)!;
        expect(row[0], number).toEqual([number, ...types]);
        expect(conclusionOf(text, number), number).toBe(conclusion ? `Konklusjon: ${conclusion}` : undefined);
      }
      // The treatment text of 2024.13 with its bullets, and the Eventuelt notes.
      const r13 = rows.find((r) => r[0]![0] === '2024.13')![1]!;
      expect(r13.some((l) => l.startsWith('Strategisk samarbeidsutvalg søker tilgang på styringsinformasjon'))).toBe(true);
      expect(r13.filter((l) => l.startsWith('• '))).toEqual(['• Barn og unge', '• Pasienter med alvorlig psykisk lidelse']);
      expect(rows[12]![1]!.join(' ')).toContain('Statsforvalterens tilsyn ved Gastromedisinsk poliklinikk.');
      expect(rows.find((r) => r[0]![0] === '2024.22')![2]).toEqual(['Erik', 'Guro']);
    }
    expect(missing).toEqual([]);
  });

  it('matches the golden files', async () => {
    expectGolden(md, './golden/minutes-ssu-2024-05-23.md', import.meta.dirname);
    expectGolden(html, './golden/minutes-ssu-2024-05-23.html', import.meta.dirname);
  });
});

describe('the minutes of Partnerskapsmøtet 30.05.24', () => {
  const { md, html, texts, missing } = both('PM', '2024-05-30');

  it('has Deltakere and Innledere with role and organisation, as the seed records them', () => {
    for (const text of texts) {
      expect(text.fields.get('Dato/sted')).toEqual(['torsdag 30. mai 2024, kl. 13.45–15.00, Jarlsberg konferansesenter']);
      expect(text.fields.has('Tilstede')).toBe(false);
      const deltakere = text.fields.get('Deltakere')!;
      expect(deltakere).toHaveLength(16);
      expect(deltakere[0]).toBe('Kristin Nilsen, kommunedirektør, Færder kommune');
      expect(deltakere).toContain('Per Christian Voss, styreleder, Sykehuset i Vestfold helseforetak');
      expect(deltakere).toContain('Anne-Britt Forbord, brukerrepresentant');
      expect(text.fields.get('Innledere')).toEqual([
        'Marte Sofie Wang-Hansen, prosjektleder Vitality',
        'Rannveig Velken, samhandlingskoordinator, kommunene',
        'Erik Nordberg, klinikksjef Prehospital klinikk og samhandlingssjef, SiV',
        'Guro Winsvold, kommunalsjef Helse og velferd, leder Lederforum Helse, Larvik kommune',
      ]);
      // "Møteleder" and "Referenter / Sekretariat" as the seed has them: with role and organisation, both minute-takers.
      expect(text.fields.get('Møteleder')).toEqual(['Christina Bratli, ordfører, Horten kommune']);
      expect(text.fields.get('Referenter/sekretariat')).toEqual(['Runar Danielsen, avdelingssjef, samhandling, SiV', 'Rannveig Velken, samhandlingskoordinator, kommunene']);
      expect(text.fields.has('Sekretariat')).toBe(false);
      expect(text.fields.has('Referent')).toBe(false);
      // The seed's minutes list no attachments: those of 2024.3 and 2024.4 are counted, not named.
      expect(text.fields.has('Vedlegg')).toBe(false);
    }
  });

  it('has per case the treatment, Innspill i påfølgende dialog and Konklusjon, and no Ansvar column', () => {
    for (const text of texts) {
      const table = text.tables.find((t) => t[0]?.[0]?.[0] === 'Saksnr.')!;
      expect(table[0]!.map((c) => c.join(' '))).toEqual(['Saksnr.', 'Sak, møtebehandling og konklusjon']);
      expect(conclusionOf(text, '2024.1')).toBe('Konklusjon: Innkalling og dagsorden godkjennes.');
      expect(conclusionOf(text, '2024.2')).toBe('Konklusjon: Referatet godkjennes.');
      expect(conclusionOf(text, '2024.3')).toBe('Konklusjon: Partnerskapsmøtet tar informasjonen til orientering.');
      const r3 = caseRows(text).find((r) => r[0]![0] === '2024.3')![1]!;
      expect(r3).toContain(
        'Innspill i påfølgende dialog: Positivt at SiV kommer ut i kommunene. Skal alle kommunene ha lik utforming av forsterket utskrivning? Det etterlyses rom for variasjon fra to av kommunene. SiV etablerer samme modell og likt omfang av fagressurser til alle kommunene.',
      );
      const r4 = caseRows(text).find((r) => r[0]![0] === '2024.4')!;
      expect(r4[0]).toEqual(['2024.4', 'Orientering', 'Dialog', 'Beslutning', '3 vedlegg']);
      const i = r4[1]!.indexOf('Konklusjon:');
      expect(r4[1]!.slice(i + 1, i + 4).map((l) => l.replace(/^(\d\.|•)\s*/, '').slice(0, 40))).toEqual([
        'Partnerskapet godkjenner at utkast til «',
        'Strategisk samarbeidsutvalg (SSU) gis my',
        'Strategisk samarbeidsutvalg (SSU) gis my',
      ]);
    }
    expect(missing).toEqual([]);
  });

  it('matches the golden files', async () => {
    expectGolden(md, './golden/minutes-pm-2024-05-30.md', import.meta.dirname);
    expectGolden(html, './golden/minutes-pm-2024-05-30.html', import.meta.dirname);
  });
});

describe('the minutes of FSU 05.09.24', () => {
  const { md, html, texts, missing } = both('FSU', '2024-09-05');

  it('has the header of the seed, the minute-taker marked among those present', () => {
    for (const text of texts) {
      expect(text.fields.get('Til')).toEqual(['Faste medlemmer']);
      expect(text.fields.get('Tema')).toEqual(['Referat fra møte i Faglig samarbeidsutvalg (FSU)']);
      expect(text.fields.get('Dato/sted')).toEqual(['torsdag 5. september 2024, kl. 12.00–15.00, OT4, rom 220, SIV HF.']);
      const present = text.fields.get('Tilstede')!;
      expect(present).toHaveLength(10);
      expect(present[0]).toBe('Sissel Andreassen');
      expect(present[9]).toMatch(/^Rannveig Velken.*\(ref\.\)$/);
      expect(text.fields.get('Frafall')).toHaveLength(10);
      expect(text.fields.get('Vedlegg')).toEqual([
        'Sak 2024.14: Presentasjon Habilitering, Rapport fra arbeidsgruppe 2017',
        'Sak 2024.15: Presentasjon av Helsetilsynets tilsyn skrøpelige eldre',
        'Sak 2024.16: Presentasjon av nye satsninger i Handlingsplan for Helsefelleskapet, 2025',
      ]);
    }
  });

  it('leaves the standing items unnumbered and names the cases the minutes give no conclusion', () => {
    for (const text of texts) {
      const rows = caseRows(text);
      expect(rows.map((r) => r[0]![0] ?? '')).toEqual(['', '', '2024.14', '2024.15', '2024.16', '2024.17', '2024.18']);
      expect(rows[0]![1]).toEqual(['Godkjenning av innkalling og dagsorden', 'Konklusjon: Innkalling og dagsorden godkjennes.']);
      expect(rows[1]![1]![1]).toBe('Konklusjon: Referat FSU godkjennes. Referat SSU og Partnerskapsmøte tas til orientering.');
      expect(conclusionOf(text, '2024.17')).toMatch(/^Konklusjon: Maj Irmeli tar innspillene tilbake til Lederforum/);
      expect(rows[6]![1]!.filter((l) => l.startsWith('• '))).toHaveLength(3 + 6);
    }
    expect(missing).toEqual(['2024.14', '2024.15', '2024.16', '2024.18']);
  });

  it('matches the golden files', async () => {
    expectGolden(md, './golden/minutes-fsu-2024-09-05.md', import.meta.dirname);
    expectGolden(html, './golden/minutes-fsu-2024-09-05.html', import.meta.dirname);
  });
});

describe('minutes before and after the meeting', () => {
  it('are a draft before the meeting, with each proposed conclusion marked as such', () => {
    const { texts, missing, md } = both('SSU', '2024-09-26', { lang: 'nb', today: '2024-09-20' });
    expect(md).toContain('# Utkast til referat – Strategisk samarbeidsutvalg (SSU)');
    expect(md).toContain('*Utkast laget før møtet torsdag 26. september 2024.');
    for (const text of texts) {
      const rows = caseRows(text);
      expect(rows.find((r) => r[0]![0] === '2024.25')![1]).toContain('Forslag til konklusjon: Referatene tas til orientering');
      expect(rows.some((r) => r[1]!.some((l) => l.startsWith('Konklusjon:')))).toBe(false);
      expect(rows[rows.length - 1]![1]).toEqual(['Eventuelt']);
      // Empty fields to fill in at the meeting.
      expect(text.fields.get('Tilstede')!.filter(Boolean)).toEqual([]);
      expect(text.fields.get('Møteleder')!.filter(Boolean)).toEqual([]);
    }
    expect(missing).toEqual([]);
  });

  it('are a draft on the meeting day too, and after it until every case has its conclusion', () => {
    expect(renderMinutes(index, 'SSU', '2024-09-26', { lang: 'nb', today: '2024-09-26' }).draft).toBe(true);
    const after = renderMinutes(index, 'SSU', '2024-09-26', { lang: 'nb', today: '2024-09-27' });
    expect(after.draft).toBe(true);
    const numbers = Array.from({ length: 12 }, (_, i) => `2024.${24 + i}`);
    expect(after.missingConclusions.map((c) => `${c.number!.year}.${c.number!.seq}`)).toEqual(numbers);
    expect(after.unfinished.map((c) => `${c.number!.year}.${c.number!.seq}`)).toEqual(numbers);
    const md = toMarkdown(after.doc);
    expect(md).toContain('# Utkast til referat – Strategisk samarbeidsutvalg (SSU)');
    expect(md).toContain(`*Utkast: 12 av sakene mangler konklusjon (${numbers.join(', ')}).`);
    // Each unfinished case shows its proposal and is marked in the document, not only on standard error.
    const rows = caseRows(readMarkdown(md));
    expect(rows.find((r) => r[0]![0] === '2024.25')![1]).toEqual(
      expect.arrayContaining(['Forslag til konklusjon: Referatene tas til orientering', 'Ikke ferdig behandlet: konklusjonen mangler.']),
    );
    expect(rows.filter((r) => r[1]!.includes('Ikke ferdig behandlet: konklusjonen mangler.'))).toHaveLength(12);
  });

  it('are final the day after when every case is finished, and a draft with --draft', () => {
    const final = renderMinutes(index, 'SSU', '2024-05-23', { lang: 'nb', today: '2024-05-24' });
    expect(final.draft).toBe(false);
    expect(final.unfinished).toEqual([]);
    expect(toMarkdown(final.doc)).toContain('# Referat – Strategisk samarbeidsutvalg (SSU)');
    const forced = renderMinutes(index, 'SSU', '2024-05-23', { lang: 'nb', today: '2024-10-01', draft: true });
    expect(forced.draft).toBe(true);
    const md = toMarkdown(forced.doc);
    expect(md).toContain('# Utkast til referat – Strategisk samarbeidsutvalg (SSU)');
    expect(md).toContain('*Utkast til referat; referatet er ikke endelig.*');
    expect(md).not.toContain('Ikke ferdig behandlet');
  });

  it('show a conclusion already recorded in a draft as the conclusion', () => {
    const md = toMarkdown(renderMinutes(index, 'SSU', '2024-05-23', { lang: 'nb', today: '2024-05-23' }).doc);
    expect(md).toContain('Utkast til referat');
    expect(md).toContain('*Konklusjon:* Innkalling og dagsorden godkjennes.');
  });

  it('speak English with --lang en', () => {
    const text = readMarkdown(toMarkdown(renderMinutes(index, 'SSU', '2024-05-23', { lang: 'en', today: '2024-10-01' }).doc));
    expect(text.fields.get('Present')).toEqual(['SSU standing members', 'Ellen Holtan Folkestad, Legeforeningen', 'Margareth Horn, NSF']);
    expect(text.fields.get('Apologies')).toHaveLength(2);
    expect(text.all).toContain('Conclusion: Innkalling og dagsorden godkjennes.');
  });
});
