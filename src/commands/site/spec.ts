import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'site',
  summary: {
    nb: 'det offentlige nettstedet: møter, saker, dokumenter, handlingsplan, kalender, nyhetsstrøm og søk, uten skjermet innhold',
    en: 'the public website: meetings, cases, documents, the action plan, a calendar, a news feed and search, without restricted content',
  },
  options: [
    { flags: '-o, --output <mappe>', description: { nb: 'skriv nettstedet til denne mappen', en: 'write the site to this folder' } },
    { flags: '--force', description: { nb: 'erstatt et nettsted hf har skrevet til mappen før', en: 'replace a site hf wrote to the folder before' } },
    { flags: '--base-url <adresse>', description: { nb: 'adressen nettstedet publiseres på (for lenkene i nyhetsstrømmen og kalenderen)', en: 'the address the site is published at (for the links of the feed and the calendar)' } },
    { flags: '--serve', description: { nb: 'vis nettstedet på denne maskinen (http://127.0.0.1)', en: 'preview the site on this computer (http://127.0.0.1)' } },
    { flags: '--port <port>', description: { nb: 'porten for --serve (standard 8000)', en: 'the port for --serve (default 8000)' } },
    { flags: '--no-search', description: { nb: 'uten søk', en: 'without search' } },
    { flags: '--no-pdf', description: { nb: 'uten PDF av dokumentene (raskere; PDF krever Chrome, Edge eller Chromium)', en: 'without PDFs of the documents (faster; PDF needs Chrome, Edge or Chromium)' } },
  ],
  examples: [
    { command: 'hf site -o _site', text: { nb: 'nettstedet i mappen _site, klart til publisering', en: 'the site in the folder _site, ready to publish' } },
    { command: 'hf site --serve', text: { nb: 'se nettstedet i nettleseren før det publiseres', en: 'look at the site in a browser before publishing it' } },
    { command: 'hf site -o _site --force --base-url https://example.github.io/vestfold/', text: { nb: 'bygg på nytt med fulle lenker i nyhetsstrømmen', en: 'build again with full links in the feed' } },
  ],
  run: async (_args, options, ctx) => (await import('./site.js')).run(options, ctx),
};
