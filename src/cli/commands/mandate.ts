import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const mandate = program
    .command('mandate')
    .description(pick({ nb: 'mandatene til organene', en: "the bodies' mandates" }, lang));
  const check = mandate
    .command('check')
    .description(
      pick(
        {
          nb: 'kontroller organene mot mandatene: møter per år, årsrapport og evaluering, utløpsdato, organer uten mandat',
          en: 'check the bodies against their mandates: meetings per year, annual report and evaluation, expiry, bodies without a mandate',
        },
        lang,
      ),
    )
    .option('--body <code>', pick({ nb: 'bare dette organet', en: 'only this body' }, lang))
    .option('--json', pick({ nb: 'maskinlesbart resultat', en: 'machine-readable result' }, lang))
    .action((options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/mandate/check.js')).run(options, ctx)),
    );
  const examples = [
    { command: 'hf mandate check', text: { nb: 'alle organer; avslutter med kode 1 når noe er forfalt eller mangler', en: 'every body; exits with code 1 when something is overdue or missing' } },
    { command: 'hf mandate check --body SF-PHR', text: { nb: 'bare Samhandlingsforum', en: 'only the Samhandlingsforum' } },
    { command: 'hf mandate check --json', text: { nb: 'resultatet som JSON', en: 'the result as JSON' } },
  ];
  withExamples(check, lang, examples);
  withExamples(mandate, lang, examples);
}
