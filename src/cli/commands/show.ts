import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('show')
    .description(pick({ nb: 'vis en sak med historikken: oppfølging, møte, handlingsplan', en: 'show a case with its history: follow-ups, meeting, action plan' }, lang))
    .argument('<organ>', pick({ nb: 'organet, for eksempel SSU', en: 'the body, for example SSU' }, lang))
    .argument('<saksnr>', pick({ nb: 'saksnummeret, for eksempel 2024.28', en: 'the case number, for example 2024.28' }, lang))
    .option('--json', pick({ nb: 'maskinlesbart resultat', en: 'machine-readable result' }, lang))
    .action((body: string, saksnr: string, options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/show/show.js')).run(body, saksnr, options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf show SSU 2024.28', text: { nb: 'saken og hva den følger opp', en: 'the case and what it follows up' } },
    { command: 'hf show ssu 2024.17', text: { nb: 'organkoden kan skrives med små bokstaver', en: 'the body code may be lower case' } },
    { command: 'hf show PM 2024.3 --json', text: { nb: 'maskinlesbart, for skript', en: 'machine-readable, for scripts' } },
  ]);
}
