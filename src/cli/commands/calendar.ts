import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('calendar')
    .description(
      pick(
        {
          nb: 'møteplanen som kalenderfil (iCalendar, .ics) med tid, sted og lenke til innkallingen',
          en: 'the meeting plan as a calendar file (iCalendar, .ics) with time, place and a link to the notice',
        },
        lang,
      ),
    )
    .option('--body <organ>', pick({ nb: 'bare møtene i dette organet', en: "only this body's meetings" }, lang))
    .option('--from <dato>', pick({ nb: 'bare møter fra og med denne datoen', en: 'only meetings on or after this date' }, lang))
    .option('-o, --output <fil>', pick({ nb: 'skriv til denne filen (ellers standard utdata)', en: 'write to this file (otherwise standard output)' }, lang))
    .option('--force', pick({ nb: 'erstatt filen om den finnes', en: 'replace the file if it exists' }, lang))
    .action((options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/calendar/calendar.js')).run(options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf calendar -o moteplan.ics', text: { nb: 'alle møtene, til import i Outlook eller Google', en: 'every meeting, to import into Outlook or Google' } },
    { command: 'hf calendar --body SSU -o ssu.ics', text: { nb: 'bare SSUs møter', en: "only SSU's meetings" } },
    { command: 'hf calendar --from 2024-09-01', text: { nb: 'kommende møter til standard utdata', en: 'upcoming meetings to standard output' } },
  ]);
}
