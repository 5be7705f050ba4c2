/**
 * The notice of SSU 26.09.24 against the seed (`001_…txt`, top of the file),
 * independently of the golden files: the expectations below are typed from the
 * seed by hand, and checked in both the Markdown and the HTML output.
 */
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { renderNotice } from '../../src/render/notice.js';
import { toHtml } from '../../src/render/write-html.js';
import { toMarkdown } from '../../src/render/write-markdown.js';
import { loadBundled } from '../helpers/bundled.js';
import { readHtml, readMarkdown, type DocText } from '../helpers/doc-text.js';

const { index } = loadBundled();
const doc = renderNotice(index, 'SSU', '2024-09-26', { lang: 'nb', today: '2024-09-20' });
const md = toMarkdown(doc);
const html = toHtml(doc);

interface SeedRow {
  number: string;
  types: string[];
  attachments: number;
  /** The title's lines (2024.25's title is three lines in the seed). */
  title: string | string[];
  /** A paragraph under the title, before the bullets (2024.31, 2024.34 and 2024.35 in the seed). */
  lead?: string;
  bullets: string[];
  proposed?: string;
  responsible: string[];
}

/** The agenda of the seed's notice, row by row. */
const SEED_ROWS: SeedRow[] = [
  { number: '2024.24', types: [], attachments: 0, title: 'Godkjenning av innkalling og dagsorden', bullets: [], responsible: ['Guro'] },
  {
    number: '2024.25',
    types: ['Orientering'],
    attachments: 3,
    title: ['Referat SSU 23.05.24', 'Referat PM 30.05.24', 'Referat FSU 05.09.24'],
    bullets: [],
    proposed: 'Referatene tas til orientering',
    responsible: ['Rannveig'],
  },
  {
    number: '2024.26',
    types: ['Orientering'],
    attachments: 0,
    title: 'Orientering om endringer',
    bullets: ['Omorganisering SiV', 'Prosjektledelse Vitality', 'Ung Arena+, ledelse og videre fremdrift', 'Ledelse av Fagutvalg for akuttkjeden'],
    responsible: ['Erik', 'Rannveig'],
  },
  {
    number: '2024.27',
    types: ['Beslutning'],
    attachments: 1,
    title: 'Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold',
    bullets: ['Utkast til mandat legges frem for beslutning'],
    proposed: 'Mandat for Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold godkjennes.',
    responsible: ['Hilde Tafjord'],
  },
  {
    number: '2024.28',
    types: ['Orientering', 'Diskusjon'],
    attachments: 0,
    title: 'Status og videre tilnærming til revisjon av delavtale beredskap',
    bullets: ['Hvordan går vi videre med dette arbeidet?'],
    responsible: ['Kommune', 'SiV'],
  },
  { number: '2024.29', types: ['Orientering'], attachments: 0, title: 'Delavtale om utskrivningsklare pasienter', bullets: ['Status og videre oppfølging i arbeidsgruppe'], responsible: ['Guro'] },
  {
    number: '2024.30',
    types: ['Diskusjon'],
    attachments: 1,
    title: 'Samhandlingsdata og styringsinformasjon',
    bullets: ['Styringsinformasjon vil omhandle – Kronikere og oppsummering av de tidligere presenterte områdene', 'Tiltak og satsninger basert på styringsinformasjon gitt fra HSØ til SSU'],
    responsible: ['Erik', 'Lars R'],
  },
  { number: '2024.31', types: ['Orientering'], attachments: 0, title: 'Midler fra HSØ', lead: 'Hvilke prosjektsøknader har fått støtte av HSØ til tjenesteinnovasjon', bullets: [], responsible: ['Erik'] },
  {
    number: '2024.32',
    types: ['Orientering'],
    attachments: 1,
    title: 'Samhandlingsmidler – jfr. Nasjonal helse og samhandlingsplan',
    bullets: [
      'Informasjon om tilsagn på midler fra HSØ, hvor det er krav til enighet i helsefelleskapet om tiltaksområder innen 1 nov',
      'Rammer, føringer og forutsetninger for HSØ samhandlingsmidler',
    ],
    responsible: ['Erik'],
  },
  {
    number: '2024.33',
    types: ['Orientering', 'Diskusjon'],
    attachments: 0,
    title: 'Planer, tiltak og prioriteringer kommuner, SiV og Helsefelleskap 2025',
    bullets: [
      'Konkretisering av tiltak i handlingsplan for 2025',
      'Handlingsplan rehabilitering i Vestfold',
      'Planer og tiltak i hhv kommunene og SiV for 2025',
      'Ventetidsløftet ved SiV',
      'Prioriteringskriterier, behandlingsavklaringer ift. forventet kort levetid – skrøpelige eldre og andre pasientgrupper',
      'Konkretisere tiltak for bruk av Samhandlingsmidler',
    ],
    responsible: ['Rannveig', 'Gro Aasland', 'SiV', 'Kommunene', 'Erik'],
  },
  {
    number: '2024.34',
    types: ['Orientering', 'Diskusjon'],
    attachments: 1,
    title: 'Endringer i tjenestetilbudet som får konsekvenser for samhandlingspartner, prosess og metode',
    lead: 'Vedlagt er sak fra SiV som gjelder endringer innen palliasjon voksne.',
    bullets: ['Orientering om saken', 'Hvordan bør slike endringer formidles til kommunene (prosess og metode)'],
    responsible: [],
  },
  {
    number: '2024.35',
    // The seed's row shows no type; the case paper says Beslutning.
    types: ['Beslutning'],
    attachments: 2,
    title: 'Faglig samarbeidsutvalg (FSU)',
    lead: 'FSU har et mandat i dag som er vedtatt i SSU (se vedlegg). Det kommer frem FSU-møtet 05.09.24 at både forventningene, rollen og oppgavene til FSU bør konkretiseres i større grad enn i dag, og det bes om avklaringer i SSU.',
    bullets: [],
    proposed: 'Saken sendes tilbake til FSU som utarbeider forslag til konkretisering av mandatet. Utkast til konkretisert mandat legges fram i SSU 28.november.',
    responsible: ['Rannveig'],
  },
];

const QUOTED_2024_17 = 'Orienteringen tas til etterretning. SiV og kommunene vil følge opp saken internt og saken settes på agendaen i SSU møtet 26. september.';

const unquote = (line: string) => line.replace(/^>\s*/, '');

function checkAgainstSeed(text: DocText) {
  // Header
  expect(text.fields.get('Til')).toEqual(['SSUs faste medlemmer']);
  expect(text.fields.get('Tema')).toEqual(['Innkalling SSU']);
  expect(text.fields.get('Dato/sted')).toEqual(['torsdag 26. september 2024, kl. 12.30–15.30, SiV møterom 028, bak kantinen']);
  expect(text.fields.get('Referent')![0]).toMatch(/^Rannveig/);
  const attachments = text.fields.get('9 vedlegg');
  expect(attachments).toBeDefined();
  expect(attachments!.map((l) => l.slice(0, l.indexOf(':')))).toEqual(['Sak 2024.25', 'Sak 2024.27', 'Sak 2024.30', 'Sak 2024.32', 'Sak 2024.34', 'Sak 2024.35']);
  const line = (n: string) => attachments!.find((l) => l.startsWith(`Sak ${n}:`))!;
  for (const part of ['SSU 23.05.24', 'PM 30.05.24', 'FSU 05.09.24']) expect(line('2024.25')).toContain(part);
  expect(line('2024.27')).toContain('Utkast til mandat Samhandlingsforum for ledere for psykisk helse og rus');
  expect(line('2024.30')).toContain('Saksfremlegg, styringsdata for utvikling og oppfølging av tjenestene');
  expect(line('2024.32')).toContain('Saksfremlegg samhandlingsmidler');
  expect(line('2024.34')).toContain('Saksfremlegg fra senter for kreft og blodsykdommer');
  expect(line('2024.35').toLowerCase()).toMatch(/saksfremlegg.*mandat fsu/);

  // Agenda
  const agenda = text.tables.find((t) => t[0]?.[0]?.[0] === 'Saksnr.')!;
  expect(agenda[0]!.map((c) => c.join(' '))).toEqual(['Saksnr.', 'Sak', 'Ansvar']);
  const rows = agenda.slice(1);
  const numbers = rows.map((r) => r[0]!.filter(Boolean)[0] ?? '');
  expect(numbers).toEqual(['2024.24', '2024.25', '2024.26', '2024.27', '2024.28', '2024.29', '2024.30', '', '2024.31', '2024.32', '2024.33', '2024.34', '2024.35', '']);
  for (const seed of SEED_ROWS) {
    const row = rows.find((r) => r[0]![0] === seed.number)!;
    const [numberCell, caseCell, responsibleCell] = row.map((c) => c.filter((l) => l !== '')) as [string[], string[], string[]];
    expect(numberCell, seed.number).toEqual([seed.number, ...seed.types, ...(seed.attachments === 0 ? [] : [seed.attachments === 1 ? 'Vedlegg' : `${seed.attachments} vedlegg`])]);
    const title = typeof seed.title === 'string' ? [seed.title] : seed.title;
    expect(caseCell.slice(0, title.length), seed.number).toEqual(title);
    // The lead paragraph comes right under the title, as a line of its own, not a bullet.
    if (seed.lead) expect(caseCell[title.length], seed.number).toBe(seed.lead);
    const bullets = caseCell.filter((l) => /^[•◦]\s/.test(l)).map((l) => l.replace(/^[•◦]\s+/, ''));
    expect(bullets, seed.number).toEqual(seed.bullets);
    const proposals = caseCell.filter((l) => l.startsWith('Forslag til konklusjon:'));
    expect(proposals, seed.number).toEqual(seed.proposed ? [`Forslag til konklusjon: ${seed.proposed}`] : []);
    expect(responsibleCell, seed.number).toEqual(seed.responsible);
  }
  // The pause after 2024.30, Eventuelt last.
  expect(rows[7]!.map((c) => c.filter(Boolean).join(' '))).toEqual(['', 'Pause', '']);
  expect(rows[rows.length - 1]!.map((c) => c.filter(Boolean).join(' '))).toEqual(['', 'Eventuelt', '']);
  // 2024.28 quotes SSU 2024.17 and its conclusion.
  const followUp = rows.find((r) => r[0]![0] === '2024.28')![1]!.map(unquote);
  expect(followUp).toContain('Oppfølging av SSU-sak 2024.17');
  expect(followUp.some((l) => l.startsWith('SSU 2024.17') && l.includes('Status og videre tilnærming til revisjon av delavtale beredskap'))).toBe(true);
  expect(followUp).toContain(`Konklusjon: ${QUOTED_2024_17}`);
  expect(followUp).toContain('Delavtale-samarbeid-om-beredskap');
  expect(followUp).toContain('Veileder, samarbeidsavtaler');

  // Open follow-ups of earlier decisions: SSU 2024.17's item, due at this meeting.
  const followUps = text.tables.find((t) => t[0]?.[0]?.[0] === 'Vedtak i sak')!;
  expect(followUps).toBeDefined();
  expect(followUps.slice(1).map((r) => r[0]![0])).toEqual(['SSU 2024.17']);
  expect(followUps[1]![1]!.join(' ')).toContain('Saken settes på agendaen i SSU-møtet 26. september');
  expect(followUps[1]![1]!.join(' ')).toContain('Behandles i sak 2024.28 i dette møtet.');
}

describe('the notice of SSU 26.09.24', () => {
  it('has in Markdown everything the seed shows', () => {
    checkAgainstSeed(readMarkdown(md));
    expect(md).toContain('## Oppfølging av tidligere vedtak');
  });

  it('has in HTML everything the seed shows', () => {
    checkAgainstSeed(readHtml(html));
    expect(html).toContain('<h2>Oppfølging av tidligere vedtak</h2>');
  });

  it('makes a link of a link with an address, and plain text of one without (no underlined text that leads nowhere)', () => {
    expect(html).toContain('<a href="https://www.helse-sorost.no/" rel="noopener noreferrer">Tildeler nye millioner til tjenesteinnovasjon - Helse Sør-Øst RHF (helse-sorost.no)</a>');
    expect(html).not.toMatch(/<u>|<em>Delavtale-samarbeid/);
    expect(html).toContain('<p>Delavtale-samarbeid-om-beredskap<br>Veileder, samarbeidsavtaler</p>');
    expect(md).toContain('Delavtale-samarbeid-om-beredskap<br>Veileder, samarbeidsavtaler');
  });

  it('gives each case title as a heading in the agenda, so the PDF outline and screen readers find it', () => {
    expect(html).toContain('<h3>Referat SSU 23.05.24<br>Referat PM 30.05.24<br>Referat FSU 05.09.24</h3>');
    expect(html.match(/<td><h3>/g)).toHaveLength(12);
  });

  it('matches the golden files', async () => {
    expectGolden(md, './golden/notice-ssu-2024-09-26.md', import.meta.dirname);
    expectGolden(html, './golden/notice-ssu-2024-09-26.html', import.meta.dirname);
  });

  it('takes the agenda order from the repository and adds no Eventuelt row when the case exists', () => {
    const may = readMarkdown(toMarkdown(renderNotice(index, 'SSU', '2024-05-23', { lang: 'nb', today: '2024-05-01' })));
    const rows = may.tables.find((t) => t[0]?.[0]?.[0] === 'Saksnr.')!.slice(1);
    expect(rows.map((r) => r[0]![0])).toEqual(index.agenda('SSU', '2024-05-23').map((c) => `${c.number!.year}.${c.number!.seq}`));
    expect(rows[rows.length - 1]![1]![0]).toBe('Eventuelt');
    expect(rows.filter((r) => r[1]![0] === 'Eventuelt')).toHaveLength(1);
    // No follow-up is due by 23.05.24 (the items were decided in that meeting).
    expect(may.tables.some((t) => t[0]?.[0]?.[0] === 'Vedtak i sak')).toBe(false);
  });

  it('leaves the standing items of FSU unnumbered', () => {
    const fsu = readMarkdown(toMarkdown(renderNotice(index, 'FSU', '2024-09-05', { lang: 'nb', today: '2024-09-01' })));
    const rows = fsu.tables.find((t) => t[0]?.[0]?.[0] === 'Saksnr.')!.slice(1);
    expect(rows[0]![0]!.filter(Boolean)).toEqual([]);
    expect(rows[0]![1]![0]).toBe('Godkjenning av innkalling og dagsorden');
    expect(rows[2]![0]![0]).toBe('2024.14');
    expect(fsu.fields.get('Til')).toEqual(['Faste medlemmer']);
  });

  it('speaks English with --lang en', () => {
    const en = readMarkdown(toMarkdown(renderNotice(index, 'SSU', '2024-09-26', { lang: 'en', today: '2024-09-20' })));
    expect(en.fields.get('Date/place')).toEqual(['Thursday 26 September 2024, 12:30–15:30, SiV møterom 028, bak kantinen']);
    expect(en.fields.get('9 attachments')![0]).toMatch(/^Case 2024\.25: /);
    const rows = en.tables.find((t) => t[0]?.[0]?.[0] === 'Case no.')!.slice(1);
    expect(rows[rows.length - 1]![1]![0]).toBe('Any other business');
    expect(rows[7]![1]![0]).toBe('Break');
    expect(en.all).toContain('Proposed conclusion: Referatene tas til orientering');
    expect(en.all).toContain('Follow-up of SSU case 2024.17');
  });
});
