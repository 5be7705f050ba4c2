import { DOCUMENT_OPTIONS } from '../shared/document-options.js';
import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'paper',
  summary: { nb: 'lag saksfremlegget til en sak', en: 'produce the case paper of a case' },
  args: [{ name: { nb: 'sak', en: 'case' }, description: { nb: 'saken: SSU 2024.30, "SSU 2024.30" eller bare 2024.30 når bare ett organ har det nummeret', en: 'the case: SSU 2024.30, "SSU 2024.30" or just 2024.30 when only one body has that number' }, variadic: true }],
  options: DOCUMENT_OPTIONS,
  examples: [
    { command: 'hf paper ssu 2024.30', text: { nb: 'saksfremlegget som Markdown på skjermen', en: 'the case paper as Markdown on the screen' } },
    { command: 'hf paper ssu 2024.30 -o 2024.30.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf paper ssu 2024.30 -o 2024.30.pdf', text: { nb: 'som PDF', en: 'as PDF' } },
    { command: 'hf paper ssu 2024.35 --format html -o 2024.35.html', text: { nb: 'som HTML', en: 'as HTML' } },
    { command: 'hf paper ssu 2024.30 --public', text: { nb: 'offentlig versjon, uten skjermet innhold', en: 'public version, without restricted content' } },
    { command: 'hf paper 2024.30', text: { nb: 'bare nummeret, når bare ett organ har det', en: 'just the number, when only one body has it' } },
    { command: 'hf paper import ssu 2024.30 saksfremlegg.docx', text: { nb: 'les inn et saksfremlegg skrevet i Word', en: 'read in a case paper written in Word' } },
  ],
  run: async ([words], options, ctx) => (await import('./paper.js')).run(words as string[], options, ctx),
  subcommands: [
    {
      name: 'import',
      summary: {
        nb: 'les inn et saksfremlegg skrevet i Word som saksfilens tekst (overskrifter, lister, tabeller, lenker; bildene lagres ved siden av saken)',
        en: "read in a case paper written in Word as the case file's text (headings, lists, tables, links; the pictures are saved beside the case)",
      },
      args: [
        {
          name: { nb: 'sak-og-fil', en: 'case-and-file' },
          description: { nb: 'saken (SSU 2024.30, eller bare 2024.30) og Word-dokumentet (.docx)', en: 'the case (SSU 2024.30, or just 2024.30) and the Word document (.docx)' },
          variadic: true,
        },
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
      run: async ([words], options, ctx) => (await import('./import.js')).run(words as string[], options, ctx),
    },
  ],
};
