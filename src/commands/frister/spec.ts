import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'frister',
  aliases: ['deadlines'],
  summary: {
    nb: 'frister som nærmer seg eller er passert: saksfrist og innkalling til kommende møter, referat som ikke er sendt',
    en: 'deadlines coming up or passed: cases and notice for coming meetings, minutes not yet sent',
  },
  options: [
    { flags: '--body <organ>', description: { nb: 'bare fristene til dette organet', en: "only this body's deadlines" } },
    { flags: '--json', description: { nb: 'maskinlesbar liste', en: 'machine-readable list' } },
  ],
  examples: [
    { command: 'hf frister', text: { nb: 'alle fristene som gjelder nå', en: 'every deadline that applies now' } },
    { command: 'hf deadlines --body SSU', text: { nb: 'bare SSUs frister', en: "only SSU's deadlines" } },
    { command: 'hf frister --json', text: { nb: 'som JSON, for eksempel til en påminnelse', en: 'as JSON, for a reminder for instance' } },
  ],
  run: async (_args, options, ctx) => (await import('./frister.js')).run(options, ctx),
};
