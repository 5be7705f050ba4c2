/**
 * Handlingsplan 2025 against the seed document (000_df3a70a5e5e9a5ed.txt): every
 * row of the seed's two tables — satsning or tiltak, mål, arbeidsform, periode —
 * must be in the rendered matrix, in the right table and under the right area,
 * and every tiltak under its satsning. The facts below are transcribed from the
 * seed's tables (line-break hyphens such as "Helsefelles-skapet" joined).
 */
import { describe, expect, it } from 'vitest';
import { planTree } from '../../src/model/plan.js';
import type { Block, Inline, TableCell } from '../../src/render/ir.js';
import { renderPlan } from '../../src/render/plan.js';
import { loadBundled } from '../helpers/bundled.js';

interface Fact {
  /** Satsninger text as the seed's column shows it (title or description). */
  text: string;
  goal: string;
  form: string;
  period: string;
  /** For a tiltak: the text of its satsning's row. */
  under?: string;
}

const PATIENT_GROUPS: Record<string, Fact[]> = {
  'Personer med alvorlige psykiske lidelser og rusproblematikk': [
    { text: 'Samhandlingsforum for ledere, psykisk helse og avhengighet Består av ledere i kommuner og HF Faglig ansvar og rådgivende organ for SSU innenfor sitt fagfelt', goal: 'Brukere/pasienter mottar riktig tilbud på riktig tjenestenivå til riktig tid', form: 'Fast samarbeidsarena', period: 'Kontinuerlig' },
    { text: 'Fact-team Innført i Sandefjord og Larvik kommuner i 2024', goal: 'Helhetlige tjenester til mennesker med alvorlige psykiske lidelser og/eller rusproblematikk og eventuell samtidig voldsproblematikk', form: 'Samarbeid mellom kommunen og DPS', period: 'Videreføres', under: 'Samhandlingsforum for ledere, psykisk helse og avhengighet' },
    { text: 'Sikkerhetspsykiatri Den delen av psykisk helsevern som behandler pasienter med aggresjons- eller voldsproblematikk, eller er i behov av spesielt personalintensiv behandling', goal: 'God samhandling om tiltak som skal iverksettes etter et opphold på en sikkerhetspsykiatri avdeling', form: '', period: '', under: 'Samhandlingsforum for ledere, psykisk helse og avhengighet' },
  ],
  'Skrøpelige eldre': [
    { text: 'Vitality Integrerte helsetjenester. Tidlig kartlegging av skrøpeligheit', goal: 'Øke egen mestringsevne. Redusere behov for ressurskrevende helse- og omsorgstjenester i kommuner og sykehus.', form: 'Prosjekt', period: '2025' },
  ],
  'Barn og unge': [
    { text: 'Fagutvalg barn, unge og familie Faglig ansvar og rådgivende organ for SSU innenfor sine fagfelt', goal: 'Barn og unge mottar riktig tilbud på riktig tjenestenivå til riktig tid', form: 'Fast samarbeidsarena', period: 'Kontinuerlig' },
    { text: 'Ung Arena + Integrert tjenestetilbud hvor forebyggende tilbud, kommunale helse- og velferdstjenester og spesialisthelsetjenester samarbeider sømløst og på tvers', goal: 'Kartlegge, forebygge og behandle unge med milde og moderate psykiske lidelser', form: 'Prosjektpilotering i Tønsberg', period: 'Over i drift i alle kommunene', under: 'Fagutvalg barn, unge og familie' },
    { text: 'Gode pasientforløp for de «minste syke» • Oppgaveoverføringer • Samhandlingsrutiner • Kommunikasjon • Elektronisk meldingsflyt', goal: 'Forsvarlig helsehjelp. Medisinskfaglig avklaring, støtte og veiledning til den enkelte utfra pasientens behov.', form: '', period: '', under: 'Fagutvalg barn, unge og familie' },
    { text: 'Oppgaveoverføringer og oppfølging av barn med autisme • Oppgaveoverføringer • Samhandlingsrutiner • Kommunikasjon • Elektronisk meldingsflyt', goal: 'Medisinskfaglig avklaring, støtte og veiledning til den enkelte utfra pasientens behov.', form: '', period: '', under: 'Fagutvalg barn, unge og familie' },
  ],
  'Personer med flere kroniske lidelser': [
    { text: 'Rehabilitering Kartlegging av status innen området, både i kommunene og i sykehuset', goal: 'Felles Handlingsplan for rehabilitering i Vestfold', form: 'Arbeidsgruppe', period: '2024-2025' },
    { text: 'Workshop', goal: 'Definere samarbeidsprosjekt/ forbedringsområder', form: '', period: '2025', under: 'Rehabilitering' },
    { text: 'Habilitering Kartlegging av status innen området, både i kommunene og i sykehuset', goal: 'Felles Handlingsplan for habilitering i Vestfold Definere samarbeidsprosjekt/ forbedringsområder', form: 'Arbeidsgruppe', period: '2025-' },
    { text: 'Digital hjemmeoppfølging Videreføring av prosjektet DHO Vestfold Form og omfang må avklares.', goal: 'Bedre fysisk og psykisk helse, bedre pasientopplevelser for personer som benytter digital hjemmeoppfølging og økt bærekraft for helse- og omsorgstjenester.', form: 'Prosjekt', period: '2025-' },
  ],
};

const AKUTT = 'Bidra til trygge pasientforløpet i akuttkjeden ved sikre kunnskapsbasert praksis og god kommunikasjon ved akutte hendelser.';
const FORBEDRING = 'Identifisere behov for, initiere og beslutte aktuelle forbedringsområder innenfor områdene:';

const STRUCTURES: Record<string, Fact[]> = {
  'Faglig samarbeidsutvalg': [
    { text: 'Rådgivende organ for SSU når det gjelder strukturelle helsefaglige vurderinger og anbefalinger angående utvikling av tjenestene og ansattes kompetanse på alle områder i helse- og omsorgstjenesten i kommunene og sykehuset i Vestfold. Rådgivende organ for andre fagutvalg ved behov.', goal: 'Gode helhetlige og sammenhengende helsetjenester', form: 'Fagutvalg', period: 'Fast overordnet fagutvalg' },
    { text: FORBEDRING, goal: 'Konkretisere og igangsette arbeid på minimum 2 forbedringsområder', form: 'Arbeidsgrupper', period: '2025' },
    { text: 'Samhandlingsavvik • Gjennomgå sammenstilt aggregert informasjon om Samhandlingsavvik • Avventer resultater fra digital løsning fra prosjekt i Helsefellesskapet Agder', goal: 'Avvik til læring og forbedring Mer effektiv avvikshåndtering', form: '', period: 'Kontinuerlig', under: FORBEDRING },
    { text: 'Felles styringsdata Følge opp definerte styringsdata', goal: 'Målrettet utvikling og forbedringsarbeid. ved hjelp av kvantitative og kvalitative målemetoder', form: '', period: '', under: FORBEDRING },
    { text: 'Kunnskap og kompetanse', goal: 'Gode samarbeidstiltak på systemnivå for å sikre og utvikle kunnskap og kompetanse', form: '', period: 'Kontinuerlig', under: FORBEDRING },
    { text: 'Styringsdokumenter, avtaler, strukturelle tjenestemodeller og prosedyrer', goal: 'Oppdaterte avtaler, strukturelle Konkretisere minimum 2 forbedringsområder tjenestemodeller og prosedyrer iht. styrende dokumenter', form: '', period: 'Kontinuerlig', under: FORBEDRING },
  ],
  'Fagutvalg akuttkjeden': [
    { text: AKUTT, goal: 'Befolkningen i Vestfold får faglige og forsvarlige helsetjenester i og utenfor sykehus ved behov for øyeblikkelig hjelp.', form: 'Fagutvalg', period: 'Fast utvalg' },
    { text: 'Samhandlingsavvik i akuttkjeden', goal: 'Uønskede hendelser gjentas Utarbeide tiltak utefra utvalgte samhandlingsavvik', form: 'Fagutvalg', period: 'Fast', under: AKUTT },
    { text: 'Bruk av ØHD-plasser i Vestfold', goal: 'Reduserer unødvendige innleggelser i sykehus Oppfølging av utredning', form: 'Arbeidsgruppe', period: '2024-2025', under: AKUTT },
    { text: 'Diagnostisk sløyfe, revidering av prosedyre', goal: 'Prosedyre som er gjennomførbar og nyttig for kommunene og sykehus', form: 'Arbeidsgruppe', period: '2024-2025', under: AKUTT },
    { text: 'Bruk av mobil røntgen', goal: 'Reduserer unødvendige innleggelser i sykehus Oppfølging av utredning', form: 'Arbeidsgruppe', period: '2024-2025', under: AKUTT },
    { text: 'KlinObskommune og Samtrening', goal: 'Gode og trygge aktører i akuttkjeden som samhandler og arbeider kunnskapsbasert.', form: 'Praktisk øvelser Arbeidsgruppe Simulering', period: '2024-2025', under: AKUTT },
  ],
  'Fagutvalg HR samarbeid': [
    { text: 'Bidra til stabilitet, kompetanse, kvalitet og samlet ressursutnyttelse', goal: 'Kvalitet i helhetlige og sammenhengene helsetjenester Beholde og rekruttere fagpersonell', form: 'Fagutvalg', period: 'Fast utvalg' },
  ],
  'Fagutvalg fastlegetjenesten': [
    { text: 'Konkretisere hvordan helsefelleskapet kan bidra med tiltak for å fremme stabilitet, kompetanse, kvalitet og god samlet ressursutnyttelse i fastlegeordningen', goal: 'Sikre gode samarbeidsarenaer og informasjonskanaler for kompetanseheving og kvalitetssikring.', form: 'Fagutvalg', period: 'Fast utvalg' },
  ],
  'Fagutvalg for IKT samarbeid': [{ text: 'Felles digitale løsninger', goal: 'Etablere fagutvalg i 2025 Konkretisere forbedringsområde', form: 'Fagutvalg', period: 'Fast utvalg' }],
  Kompetansebroen: [{ text: 'Kontinuerlig utvikling i tråd med Helsefellesskapets behov', goal: 'Foretrukket verktøyet for kompetansedeling og samhandling', form: '', period: 'Permanent plattform' }],
  Beredskapsnettverk: [{ text: 'Samhandling i krise', goal: 'God prioritering av ressurser i en krise Oppdatert delavtale «Samhandling om beredskap»', form: 'Faglig nettverk', period: 'Fast nettverk' }],
};

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function inlineText(i: Inline): string {
  if (typeof i === 'string') return i;
  if (i.type === 'break') return ' ';
  if (i.type === 'code') return i.text;
  if (i.type === 'footnote') return '';
  return i.children.map(inlineText).join('');
}

function blockText(b: Block): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return b.text.map(inlineText).join('');
    case 'list':
      return b.items.map((item) => '• ' + item.map(blockText).join(' ')).join(' ');
    case 'quote':
      return b.blocks.map(blockText).join(' ');
    default:
      return '';
  }
}

const cellText = (c: TableCell) => norm(c.blocks.map(blockText).join(' '));
const firstIsStrong = (c: TableCell) => {
  const b = c.blocks[0];
  return !!b && b.type === 'paragraph' && typeof b.text[0] === 'object' && b.text[0].type === 'strong';
};

interface RenderedRow {
  area: string;
  cells: string[];
  kind: 'satsning' | 'tiltak';
  /** For a tiltak: the Satsninger text of the satsning row above it. */
  parent?: string;
}

const { repo } = loadBundled();
const doc = renderPlan(planTree(repo, 2025), { lang: 'nb', partnership: repo.config.name });

/** The rows of the table under "Tabell: <grouping>", each with its area and its satsning. */
function tableRows(grouping: string): { header: string[]; whereTo: string; rows: RenderedRow[] } {
  const at = doc.blocks.findIndex((b) => b.type === 'heading' && blockText(b) === `Tabell: ${grouping}`);
  expect(at, `table heading for ${grouping}`).toBeGreaterThanOrEqual(0);
  const table = doc.blocks[at + 1]!;
  if (table.type !== 'table') throw new Error('no table after the heading');
  let area = '';
  let parent = '';
  const rows: RenderedRow[] = [];
  for (const row of table.rows) {
    const cells = row.map(cellText);
    if (cells[3] === 'mål') continue; // the nested "Tiltak | Mål | Arbeidsform | Periode" header
    if (cells[1]) area = cells[1];
    const satsning = !!cells[1] || firstIsStrong(row[2]!);
    if (satsning) parent = cells[2]!;
    rows.push({ area, cells, kind: satsning ? 'satsning' : 'tiltak', ...(satsning ? {} : { parent }) });
  }
  return { header: (table.header ?? []).map((h) => norm(h.map(inlineText).join(''))), whereTo: cellText(table.rows[0]![0]!), rows };
}

function checkGroup(grouping: string, facts: Record<string, Fact[]>) {
  const { rows } = tableRows(grouping);
  let count = 0;
  for (const [area, list] of Object.entries(facts)) {
    for (const fact of list) {
      count++;
      const found = rows.filter((r) => r.area.includes(norm(area)) && r.cells[2]!.startsWith(norm(fact.text)));
      expect(found, `${area}: ${fact.text}`).toHaveLength(1);
      const [row] = found;
      expect(row!.cells.slice(3), fact.text).toEqual([norm(fact.goal), norm(fact.form), norm(fact.period)]);
      if (fact.under) {
        expect(row!.kind, fact.text).toBe('tiltak');
        expect(row!.parent, fact.text).toContain(norm(fact.under));
      } else {
        expect(row!.kind, fact.text).toBe('satsning');
      }
    }
  }
  return { rows, count };
}

describe('hf plan 2025 against the matrix of the seed', () => {
  it('opens with the main goal of the partnership', () => {
    const at = doc.blocks.findIndex((b) => b.type === 'heading' && blockText(b) === 'Hovedmål');
    expect(norm(blockText(doc.blocks[at + 1]!))).toBe(
      norm('Fremme forebygging, mestring og gode sammenhengende pasientforløp gjennom samhandling med pasienten i sentrum. Bidra til trygge likeverdige, bærekraftige helsetjenester til våre felles pasienter gjennom omforent virkelighetsforståelse.'),
    );
  });

  it('has the table of the priority patient groups, row by row', () => {
    const { header, whereTo } = tableRows('Prioriterte pasientgrupper');
    expect(header).toEqual(['hvor vil vi?', 'prioriterte pasientgrupper', 'satsninger', 'mål', 'arbeidsform', 'periode']);
    expect(whereTo).toBe(norm('Fremme forebygging, mestring og gode sammenhengende pasientforløp gjennom samhandling med pasienten i sentrum.'));
    const { rows, count } = checkGroup('Prioriterte pasientgrupper', PATIENT_GROUPS);
    expect(rows).toHaveLength(count);
  });

  it('has the table of the structures for collaboration, row by row', () => {
    const { header, whereTo } = tableRows('Strukturer for samhandling og forbedring');
    expect(header).toEqual(['hvor vil vi?', 'strukturer for samhandling og forbedring', 'satsninger', 'mål', 'arbeidsform', 'periode']);
    expect(whereTo).toBe(norm('Bidra til trygge likeverdige, bærekraftige helsetjenester til våre felles pasienter gjennom omforent virkelighets forståelse'));
    const { rows, count } = checkGroup('Strukturer for samhandling og forbedring', STRUCTURES);
    expect(rows).toHaveLength(count);
  });

  it('renders every satsning and tiltak of plans/2025', () => {
    const rows = [...tableRows('Prioriterte pasientgrupper').rows, ...tableRows('Strukturer for samhandling og forbedring').rows];
    const planned = repo.planRows.filter((r) => r.plan === '2025' && r.type !== 'area');
    expect(planned).toHaveLength(29);
    expect(rows).toHaveLength(29);
    for (const r of planned) {
      const starts = [norm(r.title!), norm(r.description ?? r.title!).slice(0, 40)];
      expect(rows.filter((row) => row.cells[3] === norm(r.goal ?? '') && starts.some((t) => row.cells[2]!.startsWith(t))), r.id).toHaveLength(1);
    }
  });

  it('follows the tables with the descriptive text per area, in the order of hf.yaml', () => {
    const headings = doc.blocks.filter((b) => b.type === 'heading' && (b.level === 2 || b.level === 3)).map(blockText);
    expect(headings).toEqual([
      'Innledning og bakgrunn',
      'Hovedmål',
      'Tabell: Prioriterte pasientgrupper',
      'Tabell: Strukturer for samhandling og forbedring',
      'Prioriterte pasientgrupper',
      '1. Personer med alvorlige psykiske lidelser og rusproblematikk',
      '2. Skrøpelige eldre',
      '3. Barn og unge/ svangerskap, fødsel og barselomsorg',
      '4. Personer med flere kroniske lidelser',
      'Strukturer for samhandling og forbedring',
      'Faglig samarbeidsutvalg (FSU)',
      'Fagutvalg akuttkjeden',
      'Fagutvalg HR samarbeid',
      'Fagutvalg fastletjenesten',
      'Fagutvalg IT samarbeid',
      'Kompetansebroen',
      'Beredskapsnettverk',
      'Delavtale helhetlige pasientforløp',
      'Rekrutterings- og samhandlingstilskudd',
    ]);
  });
});
