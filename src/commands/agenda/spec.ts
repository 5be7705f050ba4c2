import { DOCUMENT_OPTIONS } from '../shared/document-options.js';
import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'agenda',
  summary: { nb: 'lag innkallingen til et møte med sakslisten (og saksfremleggene)', en: 'produce the notice of a meeting with its agenda (and case papers)' },
  args: [
    { name: { nb: 'organ', en: 'body' }, description: { nb: 'organet (SSU, FSU …; store eller små bokstaver)', en: 'the body (SSU, FSU …; any case)' } },
    { name: { nb: 'dato', en: 'date' }, description: { nb: 'møtedatoen, ÅÅÅÅ-MM-DD', en: 'the meeting date, YYYY-MM-DD' } },
  ],
  options: [
    {
      flags: '--with-papers',
      description: {
        nb: 'hele møtepakken: innkallingen, så hver sak med saksfremlegg og vedlegg (som PDF med alle vedleggsfilene)',
        en: 'the whole meeting packet: the notice, then each case with its paper and attachments (as PDF with every attachment file)',
      },
    },
    ...DOCUMENT_OPTIONS,
  ],
  examples: [
    { command: 'hf agenda ssu 2024-09-26', text: { nb: 'innkallingen som Markdown på skjermen', en: 'the notice as Markdown on the screen' } },
    { command: 'hf agenda ssu 2024-09-26 -o innkalling.pdf', text: { nb: 'som PDF (trenger Chrome, Edge eller Chromium)', en: 'as PDF (needs Chrome, Edge or Chromium)' } },
    { command: 'hf agenda ssu 2024-09-26 -o innkalling.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf agenda ssu 2024-09-26 --format html -o innkalling.html', text: { nb: 'som HTML, klar til utskrift på A4', en: 'as HTML, ready to print on A4' } },
    { command: 'hf agenda ssu 2024-09-26 --with-papers -o pakke.pdf', text: { nb: 'hele møtepakken i én PDF, med alle vedlegg', en: 'the whole meeting packet in one PDF, every attachment included' } },
    { command: 'hf agenda ssu 2024-09-26 --public -o innkalling.html', text: { nb: 'offentlig versjon til nettsiden, uten skjermet innhold', en: 'public version for the website, without restricted content' } },
  ],
  run: async ([body, date], options, ctx) => (await import('./agenda.js')).run(body as string, date as string, options, ctx),
};
