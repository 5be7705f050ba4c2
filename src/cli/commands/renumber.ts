import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('renumber')
    .description(pick({ nb: 'gi en sak nytt nummer: nytt filnavn, nytt saksnr og alle referanser til saken i alle filer', en: 'give a case a new number: new file name, new saksnr and every reference to the case in every file' }, lang))
    .argument('[organ]', pick({ nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' }, lang))
    .argument('[saksnr]', pick({ nb: 'saksnummeret som skal endres, for eksempel 2024.36', en: 'the case number to change, for example 2024.36' }, lang))
    .option('--to <saksnr>', pick({ nb: 'det nye nummeret (må være ledig)', en: 'the new number (must be free)' }, lang))
    .option('--next', pick({ nb: 'neste ledige nummer i organet og året', en: 'the next free number of the body and year' }, lang))
    .option('--file <sti>', pick({ nb: 'hvilken av to saker med samme nummer som skal få nytt nummer (standard: den nyeste)', en: 'which of two cases with the same number gets the new number (default: the newest)' }, lang))
    .option('--dry-run', pick({ nb: 'vis endringene som diff, uten å skrive', en: 'show the changes as a diff, without writing' }, lang))
    .option('--json', pick({ nb: 'skriv resultatet som JSON (for skript)', en: 'print the result as JSON (for scripts)' }, lang))
    .option('--recover', pick({ nb: 'sett filene tilbake etter en omnummerering som ble avbrutt', en: 'put the files back after a renumbering that was interrupted' }, lang))
    .action((body: string | undefined, number: string | undefined, options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/renumber/renumber.js')).run(body, number, options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf renumber SSU 2024.36 --next', text: { nb: 'gi den nyeste av to saker 2024.36 neste ledige nummer', en: 'give the newest of two cases 2024.36 the next free number' } },
    { command: 'hf renumber SSU 2024.36 --to 2024.40', text: { nb: 'et bestemt nummer', en: 'a particular number' } },
    { command: 'hf renumber SSU 2024.36 --next --dry-run', text: { nb: 'vis diffen først', en: 'show the diff first' } },
    { command: 'hf renumber SSU 2024.36 --next --file cases/ssu/2024/2024.36-budsjett.md', text: { nb: 'velg selv hvilken sak', en: 'choose the case yourself' } },
    { command: 'hf renumber --recover', text: { nb: 'sett tilbake en avbrutt omnummerering', en: 'undo an interrupted renumbering' } },
  ]);
}
