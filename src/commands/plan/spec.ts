import { FORMAT_OPTION } from '../shared/document-options.js';
import type { CommandSpec, OptionSpec } from '../shared/spec.js';

const PUBLIC: OptionSpec = {
  flags: '--public',
  description: {
    nb: 'offentlig versjon: skjermede saker bare med offentlig tittel, uten skjermede vedlegg og avsnitt',
    en: 'public version: restricted cases by their public title only, without restricted attachments and sections',
  },
};
const OUTPUT: OptionSpec = { flags: '-o, --output <file>', description: { nb: 'skriv til denne filen', en: 'write to this file' } };
const FORCE: OptionSpec = { flags: '--force', description: { nb: 'erstatt en fil som finnes', en: 'replace an existing file' } };
const JSON_OPTION: OptionSpec = { flags: '--json', description: { nb: 'maskinlesbart resultat', en: 'machine-readable result' } };

export const spec: CommandSpec = {
  name: 'plan',
  summary: { nb: 'handlingsplanen: dokumentet, statusrapporten og videreføring til neste plan', en: 'the action plan: the document, the status report and carrying it over to the next plan' },
  args: [{ name: { nb: 'år', en: 'year' }, description: { nb: 'et år planen gjelder (2026), eller planens mappe i plans/ (2025-2027)', en: "a year the plan covers (2026), or the plan's folder in plans/ (2025-2027)" }, required: false }],
  options: [
    FORMAT_OPTION,
    OUTPUT,
    FORCE,
    PUBLIC,
    { flags: '--layout <oppsett>', description: { nb: 'matrise eller tekst, i stedet for planens eget oppsett', en: "matrise (matrix) or tekst (narrative), instead of the plan's own layout" } },
  ],
  examples: [
    { command: 'hf plan 2025', text: { nb: 'handlingsplanen for 2025 som Markdown', en: 'the 2025 action plan as Markdown' } },
    { command: 'hf plan 2025 -o handlingsplan-2025.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf plan 2025 -o handlingsplan-2025.pdf', text: { nb: 'som PDF, matrisen på liggende sider', en: 'as PDF, the matrix on landscape pages' } },
    { command: 'hf plan 2026 --layout tekst', text: { nb: 'planen som gjelder 2026, område for område', en: 'the plan covering 2026, area by area' } },
    { command: 'hf plan status 2025', text: { nb: 'statusrapporten til SSU', en: 'the status report for SSU' } },
    { command: 'hf plan carry-over 2025 2026', text: { nb: 'før over det som ikke er fullført til 2026', en: 'carry what is not completed over to 2026' } },
    { command: 'hf plan carry-over 2025-2027 2028-2030', text: { nb: 'fra en plan for tre år til den neste', en: 'from a plan of three years to the next' } },
  ],
  helpWithoutArguments: true,
  run: async ([year], options, ctx) => (await import('./plan.js')).run(year as string, options, ctx),
  subcommands: [
    {
      name: 'status',
      summary: {
        nb: 'statusrapport: status for hver satsning og hvert tiltak, siste behandling og hva som er forfalt',
        en: 'status report: the status of each satsning and tiltak, its latest treatment and what is overdue',
      },
      args: [{ name: { nb: 'år', en: 'year' }, description: { nb: 'et år (for en plan over flere år: radene det året), eller planens mappe', en: "a year (for a plan of several years: the rows of that year), or the plan's folder" } }],
      options: [{ ...FORMAT_OPTION, description: { nb: 'dokumentformatet', en: 'the document format' } }, OUTPUT, FORCE, JSON_OPTION, PUBLIC],
      examples: [
        { command: 'hf plan status 2025', text: { nb: 'rapporten som Markdown', en: 'the report as Markdown' } },
        { command: 'hf plan status 2025 -o status-2025.docx', text: { nb: 'som Word-dokument til saksfremlegget', en: 'as a Word document for the case paper' } },
        { command: 'hf plan status 2025 --json', text: { nb: 'som JSON', en: 'as JSON' } },
      ],
      run: async ([year], options, ctx) => (await import('./status.js')).run(year as string, options, ctx),
    },
    {
      name: 'carry-over',
      summary: {
        nb: 'opprett rader i neste plan for alt som ikke er fullført eller avsluttet, koblet med viderefører',
        en: 'create rows in the next plan for everything not completed or ended, linked with viderefører',
      },
      args: [
        { name: { nb: 'fra', en: 'from' }, description: { nb: 'planen det videreføres fra (et år den gjelder, eller mappen)', en: 'the plan to carry over from (a year it covers, or its folder)' } },
        { name: { nb: 'til', en: 'to' }, description: { nb: 'planen det videreføres til: mappen, for eksempel 2026 eller 2028-2030', en: 'the plan to carry over to: its folder, for example 2026 or 2028-2030' } },
      ],
      options: [
        { flags: '--dry-run', description: { nb: 'vis hva som ville blitt skrevet, uten å skrive', en: 'show what would be written, without writing' } },
        { flags: '--json', description: { nb: 'maskinlesbart resultat', en: 'machine-readable result' } },
      ],
      examples: [
        { command: 'hf plan carry-over 2025 2026', text: { nb: 'opprett plans/2026/ fra det som pågår i 2025', en: 'create plans/2026/ from what is ongoing in 2025' } },
        { command: 'hf plan carry-over 2025 2026 --dry-run', text: { nb: 'se først hva som ville blitt opprettet', en: 'first see what would be created' } },
      ],
      run: async ([from, to], options, ctx) => (await import('./carry-over.js')).run(from as string, to as string, options, ctx),
    },
  ],
};
