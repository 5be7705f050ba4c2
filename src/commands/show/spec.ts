import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'show',
  summary: { nb: 'vis en sak med historikken: oppfølging, møte, handlingsplan', en: 'show a case with its history: follow-ups, meeting, action plan' },
  args: [{ name: { nb: 'sak', en: 'case' }, description: { nb: 'saken: SSU 2024.30, "SSU 2024.30" eller bare 2024.30 når bare ett organ har det nummeret', en: 'the case: SSU 2024.30, "SSU 2024.30" or just 2024.30 when only one body has that number' }, variadic: true }],
  options: [{ flags: '--json', description: { nb: 'maskinlesbart resultat', en: 'machine-readable result' } }],
  examples: [
    { command: 'hf show SSU 2024.28', text: { nb: 'saken og hva den følger opp', en: 'the case and what it follows up' } },
    { command: 'hf show ssu 2024.17', text: { nb: 'organkoden kan skrives med små bokstaver', en: 'the body code may be lower case' } },
    { command: 'hf show "SSU 2024.17"', text: { nb: 'saken som ett ord, slik den står i filene', en: 'the case as one word, as the files write it' } },
    { command: 'hf show PM 2024.3 --json', text: { nb: 'maskinlesbart, for skript', en: 'machine-readable, for scripts' } },
  ],
  run: async ([words], options, ctx) => (await import('./show.js')).run(words as string[], options, ctx),
};
