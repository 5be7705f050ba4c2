import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('new-case')
    .description(pick({ nb: 'opprett en ny sak med neste ledige saksnummer, eller legg den i køen', en: 'create a new case with the next free case number, or queue it' }, lang))
    .option('--organ <kode>', pick({ nb: 'organet som skal behandle saken (SSU, FSU …)', en: 'the body that treats the case (SSU, FSU …)' }, lang))
    .option('--title <tittel>', pick({ nb: 'sakens tittel', en: 'the title of the case' }, lang))
    .option('--type <sakstype>', pick({ nb: 'sakstype; kan gjentas (Orientering, Beslutning …)', en: 'case type; repeatable (Orientering, Beslutning …)' }, lang), collect)
    .option('--meeting <dato>', pick({ nb: 'møtet saken skal til (ÅÅÅÅ-MM-DD); gir året for nummeret', en: 'the meeting the case goes to (YYYY-MM-DD); gives the year of the number' }, lang))
    .option('--responsible <navn>', pick({ nb: 'hvem som legger frem saken (Ansvar); kan gjentas', en: 'who presents the case (Ansvar); repeatable' }, lang), collect)
    .option('--handler <navn>', pick({ nb: 'saksbehandler', en: 'case handler (saksbehandler)' }, lang))
    .option('--follow-up <sak>', pick({ nb: 'saken dette følger opp, for eksempel "SSU 2024.17" (tittelen kopieres)', en: 'the case this follows up, for example "SSU 2024.17" (the title is copied)' }, lang))
    .option('--queue', pick({ nb: 'legg saken i køen uten nummer; `hf schedule` nummererer den', en: 'queue the case without a number; `hf schedule` numbers it' }, lang))
    .option('--dry-run', pick({ nb: 'vis hva som ville blitt skrevet, uten å skrive', en: 'show what would be written, without writing' }, lang))
    .option('--json', pick({ nb: 'skriv resultatet som JSON (for skript)', en: 'print the result as JSON (for scripts)' }, lang))
    .action((options, command: Command) => execute(command, setup, async (ctx) => (await import('../../commands/new-case/new-case.js')).run(options, ctx)));
  withExamples(cmd, lang, [
    { command: 'hf new-case', text: { nb: 'spør etter organ, tittel, sakstype og møte', en: 'asks for body, title, case type and meeting' } },
    { command: 'hf new-case --organ SSU --title "Budsjett 2025" --meeting 2024-11-28', text: { nb: 'ny SSU-sak til møtet 28. november', en: 'a new SSU case for the meeting on 28 November' } },
    { command: 'hf new-case --organ SSU --title "Beredskap" --type Orientering --type Diskusjon', text: { nb: 'med to sakstyper', en: 'with two case types' } },
    { command: 'hf new-case --follow-up "SSU 2024.17" --meeting 2024-11-28', text: { nb: 'oppfølging av en tidligere sak (tittelen kopieres)', en: 'follow-up of an earlier case (the title is copied)' } },
    { command: 'hf new-case --organ FSU --title "Legevakt" --queue', text: { nb: 'i køen, nummereres av hf schedule', en: 'queued; hf schedule numbers it' } },
    { command: 'hf new-case --organ SSU --title "Test" --dry-run', text: { nb: 'vis filen uten å skrive den', en: 'show the file without writing it' } },
    { command: 'hf new-case --organ SSU --title "Budsjett" --json', text: { nb: 'skriv saksnummer og sti som JSON', en: 'print case number and path as JSON' } },
  ]);
}
