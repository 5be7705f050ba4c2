import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('new-meeting')
    .description(pick({ nb: 'opprett et møte med de faste sakene (godkjenning av innkalling, referat fra forrige møte)', en: 'create a meeting with its standing items (approval of the notice, minutes of the previous meeting)' }, lang))
    .argument('<organ>', pick({ nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' }, lang))
    .argument('<dato>', pick({ nb: 'møtedatoen, ÅÅÅÅ-MM-DD', en: 'the meeting date, YYYY-MM-DD' }, lang))
    .option('--start <tid>', pick({ nb: 'starttid, TT:MM (standard: som forrige møte)', en: 'start time, HH:MM (default: as the previous meeting)' }, lang))
    .option('--end <tid>', pick({ nb: 'sluttid, TT:MM (standard: som forrige møte)', en: 'end time, HH:MM (default: as the previous meeting)' }, lang))
    .option('--place <sted>', pick({ nb: 'møtested (standard: som forrige møte)', en: 'place (default: as the previous meeting)' }, lang))
    .option('--chair <navn>', pick({ nb: 'møteleder (standard: som forrige møte)', en: 'chair (default: as the previous meeting)' }, lang))
    .option('--minute-taker <navn>', pick({ nb: 'referent (standard: som forrige møte)', en: 'minute-taker (default: as the previous meeting)' }, lang))
    .option('--no-standing', pick({ nb: 'uten faste saker', en: 'without standing items' }, lang))
    .option('--queue', pick({ nb: 'legg de faste sakene i køen; `hf schedule` nummererer dem først', en: 'queue the standing items; `hf schedule` numbers them first' }, lang))
    .option('--dry-run', pick({ nb: 'vis hva som ville blitt skrevet, uten å skrive', en: 'show what would be written, without writing' }, lang))
    .option('--json', pick({ nb: 'skriv resultatet som JSON (for skript)', en: 'print the result as JSON (for scripts)' }, lang))
    .action((body: string, date: string, options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/new-meeting/new-meeting.js')).run(body, date, options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf new-meeting SSU 2024-11-28', text: { nb: 'nytt SSU-møte; tid, sted og referent som forrige møte', en: 'a new SSU meeting; time, place and minute-taker as last time' } },
    { command: 'hf new-meeting FSU 2024-11-14 --place "OT4, rom 220"', text: { nb: 'med et annet møtested', en: 'with another place' } },
    { command: 'hf new-meeting SSU 2025-02-13 --queue', text: { nb: 'de faste sakene nummereres når sakslisten settes', en: 'the standing items are numbered when the agenda is set' } },
    { command: 'hf new-meeting SSU 2024-11-28 --dry-run', text: { nb: 'vis filene uten å skrive dem', en: 'show the files without writing them' } },
  ]);
}
