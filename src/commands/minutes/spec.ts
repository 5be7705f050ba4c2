import { DOCUMENT_OPTIONS } from '../shared/document-options.js';
import type { CommandSpec, OptionSpec } from '../shared/spec.js';

const DRY_RUN: OptionSpec = { flags: '--dry-run', description: { nb: 'vis hva som ville blitt skrevet, uten å skrive', en: 'show what would be written, without writing' } };
const JSON_OPTION: OptionSpec = { flags: '--json', description: { nb: 'maskinlesbart resultat', en: 'machine-readable result' } };

export const spec: CommandSpec = {
  name: 'minutes',
  summary: {
    nb: 'lag referatet fra et møte (et utkast til alle sakene har konklusjon), godkjenn det og før inn rettelser',
    en: 'produce the minutes of a meeting (a draft until every case has its conclusion), approve them and record corrections',
  },
  args: [
    { name: { nb: 'organ', en: 'body' }, description: { nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' } },
    { name: { nb: 'dato', en: 'date' }, description: { nb: 'møtedatoen, ÅÅÅÅ-MM-DD', en: 'the meeting date, YYYY-MM-DD' } },
  ],
  options: [
    { flags: '--draft', description: { nb: 'lag et utkast selv om alle sakene har konklusjon', en: 'produce a draft even when every case has its conclusion' } },
    {
      flags: '--working',
      description: {
        nb: 'arbeidsdokument (Word) å skrive referatet i under møtet, med felt per sak; les det inn med `hf minutes import`',
        en: 'working document (Word) to type the minutes into during the meeting, with fields per case; read it back with `hf minutes import`',
      },
    },
    ...DOCUMENT_OPTIONS,
  ],
  examples: [
    { command: 'hf minutes ssu 2024-05-23', text: { nb: 'referatet som Markdown på skjermen', en: 'the minutes as Markdown on the screen' } },
    { command: 'hf minutes pm 2024-05-30 -o referat-pm.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf minutes pm 2024-05-30 -o referat-pm.pdf', text: { nb: 'som PDF til utsending og arkiv', en: 'as PDF to send out and archive' } },
    { command: 'hf minutes ssu 2024-11-28 -o utkast.docx', text: { nb: 'før møtet: utkast med forslagene til konklusjon', en: 'before the meeting: a draft with the proposed conclusions' } },
    { command: 'hf minutes ssu 2024-11-28 --working -o referat.docx', text: { nb: 'arbeidsdokument å skrive referatet i under møtet', en: 'a working document to type the minutes into during the meeting' } },
    { command: 'hf minutes import referat.docx', text: { nb: 'les det som er skrevet inn, tilbake i sakene og møtefilen', en: 'read what was typed back into the cases and the meeting file' } },
    { command: 'hf minutes ssu 2024-05-23 --public -o referat.html', text: { nb: 'offentlig versjon, uten skjermet innhold', en: 'public version, without restricted content' } },
    { command: 'hf minutes approve ssu 2024-05-23 --in "SSU 2024.25"', text: { nb: 'referatet ble godkjent i referatsaken i neste møte', en: 'the minutes were approved in the next meeting’s Referat case' } },
  ],
  helpWithoutArguments: true,
  run: async ([body, date], options, ctx) => (await import('./minutes.js')).run(body as string, date as string, options, ctx),
  subcommands: [
    {
      name: 'approve',
      summary: { nb: 'før inn at referatet er godkjent, med en sjekksum av innholdet', en: 'record that the minutes are approved, with a digest of their content' },
      args: [
        { name: { nb: 'organ', en: 'body' }, description: { nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' } },
        { name: { nb: 'dato', en: 'date' }, description: { nb: 'datoen for møtet referatet er fra, ÅÅÅÅ-MM-DD', en: 'the date of the meeting the minutes are of, YYYY-MM-DD' } },
      ],
      options: [
        { flags: '--in <sak>', description: { nb: 'saken som godkjente referatet, for eksempel "SSU 2024.25"', en: 'the case that approved the minutes, for example "SSU 2024.25"' } },
        { flags: '--by-email <dato>', description: { nb: 'referatet ble godkjent per e-post denne dagen', en: 'the minutes were approved by e-mail on this day' } },
        { flags: '--force', description: { nb: 'godkjenn på nytt, eller selv om en sak mangler konklusjon', en: 'approve again, or even though a case has no conclusion' } },
        DRY_RUN,
        JSON_OPTION,
      ],
      examples: [
        { command: 'hf minutes approve ssu 2024-05-23 --in "SSU 2024.25"', text: { nb: 'godkjent i referatsaken i møtet 26.09.24', en: 'approved in the Referat case of the meeting on 26.09.24' } },
        { command: 'hf minutes approve fsu 2024-09-05 --by-email 2024-09-12', text: { nb: 'sendt på sirkulasjon og godkjent per e-post', en: 'circulated and approved by e-mail' } },
        { command: 'hf minutes approve ssu 2024-05-23 --in "SSU 2024.25" --dry-run', text: { nb: 'se først hva som ville blitt skrevet', en: 'first see what would be written' } },
      ],
      run: async ([body, date], options, ctx) => (await import('./approve.js')).run(body as string, date as string, options, ctx),
    },
    {
      name: 'correct',
      summary: { nb: 'før inn en rettelse i et godkjent referat (etter endringen)', en: 'record a correction to approved minutes (after the change)' },
      args: [
        { name: { nb: 'organ', en: 'body' }, description: { nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' } },
        { name: { nb: 'dato', en: 'date' }, description: { nb: 'datoen for møtet referatet er fra, ÅÅÅÅ-MM-DD', en: 'the date of the meeting the minutes are of, YYYY-MM-DD' } },
      ],
      options: [
        { flags: '--text <tekst>', description: { nb: 'hva som ble rettet (står i referatet)', en: 'what was corrected (shown in the minutes)' } },
        { flags: '--date <dato>', description: { nb: 'datoen for rettelsen (standard: i dag)', en: 'the date of the correction (default: today)' } },
        DRY_RUN,
        JSON_OPTION,
      ],
      examples: [
        { command: 'hf minutes correct ssu 2024-05-23 --text "Konklusjonen i sak 2024.16 er rettet."', text: { nb: 'før inn rettelsen etter at saksfilen er endret', en: 'record the correction after the case file has been changed' } },
      ],
      run: async ([body, date], options, ctx) => (await import('./correct.js')).run(body as string, date as string, options, ctx),
    },
    {
      name: 'import',
      summary: {
        nb: 'les inn et arbeidsdokument (--working) der referatet er skrevet: behandling, innspill, konklusjon, oppfølging og oppmøte skrives til sakene og møtefilen',
        en: 'read back a working document (--working) the minutes were typed into: treatment, input, conclusion, follow-up and attendance are written to the cases and the meeting file',
      },
      args: [{ name: { nb: 'fil', en: 'file' }, description: { nb: 'Word-dokumentet (.docx)', en: 'the Word document (.docx)' } }],
      options: [{ flags: '--dry-run', description: { nb: 'vis endringene som diff, uten å skrive', en: 'show the changes as a diff, without writing' } }],
      examples: [
        { command: 'hf minutes import referat.docx --dry-run', text: { nb: 'se først hva som ville blitt endret', en: 'first see what would change' } },
        { command: 'hf minutes import referat.docx', text: { nb: 'skriv endringene (alle filene eller ingen)', en: 'write the changes (every file or none)' } },
      ],
      run: async ([file], options, ctx) => (await import('./import.js')).run(file as string, options, ctx),
    },
  ],
};
