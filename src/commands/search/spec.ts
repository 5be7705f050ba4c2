import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'search',
  summary: { nb: 'søk i titler, tekster og konklusjoner; viser fil og linje for hvert treff', en: 'search titles, texts and conclusions; shows the file and line of each match' },
  args: [
    {
      name: { nb: 'tekst', en: 'text' },
      description: { nb: 'det du leter etter (store og små bokstaver og æ/ae, ø/o, å/a regnes som like)', en: 'what to look for (case, and æ/ae, ø/o, å/a, are not distinguished)' },
      variadic: true,
    },
  ],
  options: [
    { flags: '--body <organ>', description: { nb: 'bare i dette organets saker, møter og mandat', en: "only in this body's cases, meetings and mandate" } },
    { flags: '--json', description: { nb: 'maskinlesbare treff', en: 'machine-readable matches' } },
  ],
  examples: [
    { command: 'hf search beredskap', text: { nb: 'alt om beredskap', en: 'everything about beredskap (preparedness)' } },
    { command: 'hf search skropelige eldre', text: { nb: 'finner også «skrøpelige eldre»', en: 'also finds “skrøpelige eldre”' } },
    { command: 'hf search --body SSU delavtale', text: { nb: 'bare i SSUs dokumenter', en: "only in SSU's documents" } },
    { command: 'hf search Vitality --json', text: { nb: 'treffene som JSON', en: 'the matches as JSON' } },
  ],
  run: async ([words], options, ctx) => (await import('./search.js')).run(words as string[], options, ctx),
};
