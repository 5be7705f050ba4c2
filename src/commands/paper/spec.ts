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
    { command: 'hf paper ssu 2024.35 --format html -o 2024.35.html', text: { nb: 'som HTML', en: 'as HTML' } },
    { command: 'hf paper ssu 2024.30 --public', text: { nb: 'offentlig versjon, uten skjermet innhold', en: 'public version, without restricted content' } },
  ],
  run: async ([body, number], options, ctx) => (await import('./paper.js')).run(body as string, number as string, options, ctx),
};
