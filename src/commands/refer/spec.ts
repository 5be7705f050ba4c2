import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'refer',
  summary: {
    nb: 'send en sak med innstilling til et annet organ: mottakeren får en egen sak med neste nummer, koblet begge veier',
    en: 'refer a case with its recommendation to another body: the receiver gets a case of its own with its next number, linked both ways',
  },
  args: [{ name: { nb: 'sak', en: 'case' }, description: { nb: 'saken: SSU 2024.30, "SSU 2024.30" eller bare 2024.30 når bare ett organ har det nummeret', en: 'the case: SSU 2024.30, "SSU 2024.30" or just 2024.30 when only one body has that number' }, variadic: true }],
  options: [
    { flags: '--to <organ>', description: { nb: 'organet som skal behandle innstillingen (SSU …)', en: 'the body to treat the recommendation (SSU …)' } },
    { flags: '--meeting <dato>', description: { nb: 'møtet i mottakerorganet, ÅÅÅÅ-MM-DD', en: 'the meeting of the receiving body, YYYY-MM-DD' } },
    { flags: '--dry-run', description: { nb: 'vis hva som ville blitt skrevet, uten å skrive', en: 'show what would be written, without writing' } },
    { flags: '--json', description: { nb: 'maskinlesbart resultat', en: 'machine-readable result' } },
  ],
  examples: [
    { command: 'hf refer FSU 2024.16 --to SSU --meeting 2024-09-26', text: { nb: 'FSU-saken til SSUs møte, som SSU-sak med neste nummer', en: "the FSU case to SSU's meeting, as an SSU case with the next number" } },
    { command: 'hf refer FSU 2024.16 --to SSU --meeting 2024-09-26 --dry-run', text: { nb: 'se først hva som ville blitt skrevet', en: 'first see what would be written' } },
  ],
  run: async ([words], options, ctx) => (await import('./refer.js')).run(words as string[], options, ctx),
};
