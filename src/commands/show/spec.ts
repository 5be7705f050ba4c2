import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'show',
  summary: { nb: 'vis en sak med historikken: oppfølging, møte, handlingsplan', en: 'show a case with its history: follow-ups, meeting, action plan' },
  args: [
    { name: 'organ', description: { nb: 'organet, for eksempel SSU', en: 'the body, for example SSU' } },
    { name: 'saksnr', description: { nb: 'saksnummeret, for eksempel 2024.28', en: 'the case number, for example 2024.28' } },
  ],
  options: [{ flags: '--json', description: { nb: 'maskinlesbart resultat', en: 'machine-readable result' } }],
  examples: [
    { command: 'hf show SSU 2024.28', text: { nb: 'saken og hva den følger opp', en: 'the case and what it follows up' } },
    { command: 'hf show ssu 2024.17', text: { nb: 'organkoden kan skrives med små bokstaver', en: 'the body code may be lower case' } },
    { command: 'hf show PM 2024.3 --json', text: { nb: 'maskinlesbart, for skript', en: 'machine-readable, for scripts' } },
  ],
  run: async ([body, number], options, ctx) => (await import('./show.js')).run(body as string, number as string, options, ctx),
};
