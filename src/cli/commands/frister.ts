import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('frister')
    .alias('deadlines')
    .description(
      pick(
        {
          nb: 'frister som nærmer seg eller er passert: saksfrist og innkalling til kommende møter, referat som ikke er sendt',
          en: 'deadlines coming up or passed: cases and notice for coming meetings, minutes not yet sent',
        },
        lang,
      ),
    )
    .option('--body <organ>', pick({ nb: 'bare fristene til dette organet', en: "only this body's deadlines" }, lang))
    .option('--json', pick({ nb: 'maskinlesbar liste', en: 'machine-readable list' }, lang))
    .action((options, command: Command) => execute(command, setup, async (ctx) => (await import('../../commands/frister.js')).run(options, ctx)));
  withExamples(cmd, lang, [
    { command: 'hf frister', text: { nb: 'alle fristene som gjelder nå', en: 'every deadline that applies now' } },
    { command: 'hf deadlines --body SSU', text: { nb: 'bare SSUs frister', en: "only SSU's deadlines" } },
    { command: 'hf frister --json', text: { nb: 'som JSON, for eksempel til en påminnelse', en: 'as JSON, for a reminder for instance' } },
  ]);
}
