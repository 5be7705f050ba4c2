import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('refer')
    .description(
      pick(
        {
          nb: 'send en sak med innstilling til et annet organ: mottakeren får en egen sak med neste nummer, koblet begge veier',
          en: 'refer a case with its recommendation to another body: the receiver gets a case of its own with its next number, linked both ways',
        },
        lang,
      ),
    )
    .argument('<organ>', pick({ nb: 'organet som sender (FSU …)', en: 'the sending body (FSU …)' }, lang))
    .argument('<saksnr>', pick({ nb: 'saksnummeret i det organet, for eksempel 2024.16', en: 'the case number in that body, for example 2024.16' }, lang))
    .option('--to <organ>', pick({ nb: 'organet som skal behandle innstillingen (SSU …)', en: 'the body to treat the recommendation (SSU …)' }, lang))
    .option('--meeting <dato>', pick({ nb: 'møtet i mottakerorganet, ÅÅÅÅ-MM-DD', en: 'the meeting of the receiving body, YYYY-MM-DD' }, lang))
    .option('--dry-run', pick({ nb: 'vis hva som ville blitt skrevet, uten å skrive', en: 'show what would be written, without writing' }, lang))
    .option('--json', pick({ nb: 'maskinlesbart resultat', en: 'machine-readable result' }, lang))
    .action((body: string, number: string, options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/refer.js')).run(body, number, options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf refer FSU 2024.16 --to SSU --meeting 2024-09-26', text: { nb: 'FSU-saken til SSUs møte, som SSU-sak med neste nummer', en: "the FSU case to SSU's meeting, as an SSU case with the next number" } },
    { command: 'hf refer FSU 2024.16 --to SSU --meeting 2024-09-26 --dry-run', text: { nb: 'se først hva som ville blitt skrevet', en: 'first see what would be written' } },
  ]);
}
