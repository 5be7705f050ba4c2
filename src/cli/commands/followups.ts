import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('followups')
    .description(pick({ nb: 'list åpne oppfølgingspunkter fra vedtak, forfalte først', en: 'list open follow-up items of decisions, overdue first' }, lang))
    .option('--body <code>', pick({ nb: 'bare punkter fra dette organets saker eller som organet har ansvar for', en: "only items from this body's cases or owned by the body" }, lang))
    .option('--all', pick({ nb: 'ta med lukkede punkter', en: 'include closed items' }, lang))
    .option('--json', pick({ nb: 'maskinlesbar liste', en: 'machine-readable list' }, lang))
    .action((options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/followups/followups.js')).run(options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf followups', text: { nb: 'alle åpne punkter, forfalte først', en: 'every open item, overdue first' } },
    { command: 'hf followups --body SSU', text: { nb: 'punktene som skal opp i SSU', en: 'the items due in SSU' } },
    { command: 'hf followups --all --json', text: { nb: 'alle punkter, også lukkede, som JSON', en: 'every item, closed ones too, as JSON' } },
  ]);
}
