import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('search')
    .description(
      pick(
        { nb: 'søk i titler, tekster og konklusjoner; viser fil og linje for hvert treff', en: 'search titles, texts and conclusions; shows the file and line of each match' },
        lang,
      ),
    )
    .argument('<tekst...>', pick({ nb: 'det du leter etter (store og små bokstaver og æ/ae, ø/o, å/a regnes som like)', en: 'what to look for (case, and æ/ae, ø/o, å/a, are not distinguished)' }, lang))
    .option('--body <organ>', pick({ nb: 'bare i dette organets saker, møter og mandat', en: "only in this body's cases, meetings and mandate" }, lang))
    .option('--json', pick({ nb: 'maskinlesbare treff', en: 'machine-readable matches' }, lang))
    .action((words: string[], options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/search/search.js')).run(words, options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf search beredskap', text: { nb: 'alt om beredskap', en: 'everything about beredskap (preparedness)' } },
    { command: 'hf search skropelige eldre', text: { nb: 'finner også «skrøpelige eldre»', en: 'also finds “skrøpelige eldre”' } },
    { command: 'hf search --body SSU delavtale', text: { nb: 'bare i SSUs dokumenter', en: "only in SSU's documents" } },
    { command: 'hf search Vitality --json', text: { nb: 'treffene som JSON', en: 'the matches as JSON' } },
  ]);
}
