import { DOCUMENT_OPTIONS } from '../shared/document-options.js';
import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'minutes',
  summary: {
    nb: 'lag referatet fra et møte (før møtet: et utkast med forslagene til konklusjon)',
    en: 'produce the minutes of a meeting (before the meeting: a draft with the proposed conclusions)',
  },
  args: [
    { name: 'organ', description: { nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' } },
    { name: 'dato', description: { nb: 'møtedatoen, ÅÅÅÅ-MM-DD', en: 'the meeting date, YYYY-MM-DD' } },
  ],
  options: DOCUMENT_OPTIONS,
  examples: [
    { command: 'hf minutes ssu 2024-05-23', text: { nb: 'referatet som Markdown på skjermen', en: 'the minutes as Markdown on the screen' } },
    { command: 'hf minutes pm 2024-05-30 -o referat-pm.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf minutes ssu 2024-11-28 -o utkast.docx', text: { nb: 'før møtet: utkast å skrive referatet i', en: 'before the meeting: a draft to write the minutes in' } },
    { command: 'hf minutes ssu 2024-05-23 --public -o referat.html', text: { nb: 'offentlig versjon, uten skjermet innhold', en: 'public version, without restricted content' } },
  ],
  run: async ([body, date], options, ctx) => (await import('./minutes.js')).run(body as string, date as string, options, ctx),
};
