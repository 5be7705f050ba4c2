import { DOCUMENT_OPTIONS } from '../shared/document-options.js';
import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'paper',
  summary: { nb: 'lag saksfremlegget til en sak', en: 'produce the case paper of a case' },
  args: [
    { name: 'organ', description: { nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' } },
    { name: 'saksnr', description: { nb: 'saksnummeret, for eksempel 2024.30', en: 'the case number, for example 2024.30' } },
  ],
  options: DOCUMENT_OPTIONS,
  examples: [
    { command: 'hf paper ssu 2024.30', text: { nb: 'saksfremlegget som Markdown på skjermen', en: 'the case paper as Markdown on the screen' } },
    { command: 'hf paper ssu 2024.30 -o 2024.30.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf paper ssu 2024.30 -o 2024.30.pdf', text: { nb: 'som PDF', en: 'as PDF' } },
    { command: 'hf paper ssu 2024.35 --format html -o 2024.35.html', text: { nb: 'som HTML', en: 'as HTML' } },
    { command: 'hf paper ssu 2024.30 --public', text: { nb: 'offentlig versjon, uten skjermet innhold', en: 'public version, without restricted content' } },
    { command: 'hf paper import ssu 2024.30 saksfremlegg.docx', text: { nb: 'les inn et saksfremlegg skrevet i Word', en: 'read in a case paper written in Word' } },
  ],
  run: async ([body, number], options, ctx) => (await import('./paper.js')).run(body as string, number as string, options, ctx),
  subcommands: [
    {
      name: 'import',
      summary: {
        nb: 'les inn et saksfremlegg skrevet i Word som saksfilens tekst (overskrifter, lister, tabeller, lenker; bildene lagres ved siden av saken)',
        en: "read in a case paper written in Word as the case file's text (headings, lists, tables, links; the pictures are saved beside the case)",
      },
      args: [
        { name: 'organ', description: { nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' } },
        { name: 'saksnr', description: { nb: 'saksnummeret, for eksempel 2024.30', en: 'the case number, for example 2024.30' } },
        { name: 'fil', description: { nb: 'Word-dokumentet (.docx)', en: 'the Word document (.docx)' } },
      ],
      options: [
        { flags: '--force', description: { nb: 'erstatt en tekst saken allerede har, uten å spørre', en: 'replace a text the case already has, without asking' } },
        { flags: '--dry-run', description: { nb: 'vis endringen som diff, uten å skrive', en: 'show the change as a diff, without writing' } },
      ],
      examples: [
        { command: 'hf paper import ssu 2024.30 saksfremlegg.docx', text: { nb: 'teksten og bildene inn i saken', en: 'the text and pictures into the case' } },
        { command: 'hf paper import ssu 2024.30 saksfremlegg.docx --dry-run', text: { nb: 'se først hva som ville blitt skrevet', en: 'first see what would be written' } },
        { command: 'hf paper import ssu 2024.30 ny-versjon.docx --force', text: { nb: 'erstatt et saksfremlegg saken allerede har', en: 'replace a case paper the case already has' } },
      ],
      run: async ([body, number, file], options, ctx) => (await import('./import.js')).run(body as string, number as string, file as string, options, ctx),
    },
  ],
};
