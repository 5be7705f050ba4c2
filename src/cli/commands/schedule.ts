import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('schedule')
    .description(pick({ nb: 'sett saker fra køen på et møte og nummerer dem i sakslisterekkefølge', en: 'put queued cases on a meeting and number them in agenda order' }, lang))
    .argument('<organ>', pick({ nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' }, lang))
    .argument('<dato>', pick({ nb: 'møtedatoen, ÅÅÅÅ-MM-DD', en: 'the meeting date, YYYY-MM-DD' }, lang))
    .argument('[saker...]', pick({ nb: 'sakene i køen, i den rekkefølgen de skal ha (navn som `hf queue` viser, eller sti); standard: hele køen', en: 'the queued cases, in the order they should have (names as `hf queue` shows them, or paths); default: the whole queue' }, lang))
    .option('--dry-run', pick({ nb: 'vis hva som ville skjedd, uten å skrive', en: 'show what would happen, without writing' }, lang))
    .option('--json', pick({ nb: 'skriv resultatet som JSON (for skript)', en: 'print the result as JSON (for scripts)' }, lang))
    .action((body: string, date: string, cases: string[], options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/schedule/schedule.js')).run(body, date, cases, options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf schedule SSU 2024-11-28', text: { nb: 'hele køen til SSU på møtet, i køens rekkefølge', en: "SSU's whole queue on the meeting, in queue order" } },
    { command: 'hf schedule SSU 2024-11-28 budsjett-2025 beredskap', text: { nb: 'to saker, i denne rekkefølgen', en: 'two cases, in this order' } },
    { command: 'hf schedule FSU 2024-11-14 --dry-run', text: { nb: 'vis numrene uten å flytte noe', en: 'show the numbers without moving anything' } },
  ]);
}
