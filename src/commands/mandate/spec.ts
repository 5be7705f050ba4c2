import type { CommandSpec, Example } from '../shared/spec.js';

const EXAMPLES: Example[] = [
  { command: 'hf mandate check', text: { nb: 'alle organer; avslutter med kode 1 når noe er forfalt eller mangler', en: 'every body; exits with code 1 when something is overdue or missing' } },
  { command: 'hf mandate check --body SF-PHR', text: { nb: 'bare Samhandlingsforum', en: 'only the Samhandlingsforum' } },
  { command: 'hf mandate check --json', text: { nb: 'resultatet som JSON', en: 'the result as JSON' } },
];

export const spec: CommandSpec = {
  name: 'mandate',
  summary: { nb: 'mandatene til organene', en: "the bodies' mandates" },
  examples: EXAMPLES,
  subcommands: [
    {
      name: 'check',
      summary: {
        nb: 'kontroller organene mot mandatene: møter per år, årsrapport og evaluering, utløpsdato, organer uten mandat',
        en: 'check the bodies against their mandates: meetings per year, annual report and evaluation, expiry, bodies without a mandate',
      },
      options: [
        { flags: '--body <code>', description: { nb: 'bare dette organet', en: 'only this body' } },
        { flags: '--json', description: { nb: 'maskinlesbart resultat', en: 'machine-readable result' } },
      ],
      examples: EXAMPLES,
      run: async (_args, options, ctx) => (await import('./check.js')).run(options, ctx),
    },
  ],
};
