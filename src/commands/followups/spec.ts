import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'followups',
  summary: { nb: 'list åpne oppfølgingspunkter fra vedtak, forfalte først', en: 'list open follow-up items of decisions, overdue first' },
  options: [
    { flags: '--body <code>', description: { nb: 'bare punkter fra dette organets saker eller som organet har ansvar for', en: "only items from this body's cases or owned by the body" } },
    { flags: '--all', description: { nb: 'ta med lukkede punkter', en: 'include closed items' } },
    { flags: '--json', description: { nb: 'maskinlesbar liste', en: 'machine-readable list' } },
  ],
  examples: [
    { command: 'hf followups', text: { nb: 'alle åpne punkter, forfalte først', en: 'every open item, overdue first' } },
    { command: 'hf followups --body SSU', text: { nb: 'punktene som skal opp i SSU', en: 'the items due in SSU' } },
    { command: 'hf followups --all --json', text: { nb: 'alle punkter, også lukkede, som JSON', en: 'every item, closed ones too, as JSON' } },
  ],
  run: async (_args, options, ctx) => (await import('./followups.js')).run(options, ctx),
};
