import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('site')
    .description(
      pick(
        {
          nb: 'det offentlige nettstedet: møter, saker, dokumenter, handlingsplan, kalender, nyhetsstrøm og søk, uten skjermet innhold',
          en: 'the public website: meetings, cases, documents, the action plan, a calendar, a news feed and search, without restricted content',
        },
        lang,
      ),
    )
    .option('-o, --output <mappe>', pick({ nb: 'skriv nettstedet til denne mappen', en: 'write the site to this folder' }, lang))
    .option('--force', pick({ nb: 'erstatt et nettsted hf har skrevet til mappen før', en: 'replace a site hf wrote to the folder before' }, lang))
    .option('--base-url <adresse>', pick({ nb: 'adressen nettstedet publiseres på (for lenkene i nyhetsstrømmen og kalenderen)', en: 'the address the site is published at (for the links of the feed and the calendar)' }, lang))
    .option('--serve', pick({ nb: 'vis nettstedet på denne maskinen (http://127.0.0.1)', en: 'preview the site on this computer (http://127.0.0.1)' }, lang))
    .option('--port <port>', pick({ nb: 'porten for --serve (standard 8000)', en: 'the port for --serve (default 8000)' }, lang))
    .option('--no-search', pick({ nb: 'uten søk', en: 'without search' }, lang))
    .action((options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/site.js')).run(options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf site -o _site', text: { nb: 'nettstedet i mappen _site, klart til publisering', en: 'the site in the folder _site, ready to publish' } },
    { command: 'hf site --serve', text: { nb: 'se nettstedet i nettleseren før det publiseres', en: 'look at the site in a browser before publishing it' } },
    { command: 'hf site -o _site --force --base-url https://example.github.io/vestfold/', text: { nb: 'bygg på nytt med fulle lenker i nyhetsstrømmen', en: 'build again with full links in the feed' } },
  ]);
}
