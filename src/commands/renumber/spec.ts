import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'renumber',
  summary: { nb: 'gi en sak nytt nummer: nytt filnavn, nytt saksnr og alle referanser til saken i alle filer', en: 'give a case a new number: new file name, new saksnr and every reference to the case in every file' },
  args: [{ name: { nb: 'sak', en: 'case' }, description: { nb: 'saken som skal få nytt nummer: SSU 2024.36, eller bare 2024.36 når bare ett organ har det nummeret', en: 'the case to renumber: SSU 2024.36, or just 2024.36 when only one body has that number' }, required: false, variadic: true }],
  options: [
    { flags: '--to <saksnr>', description: { nb: 'det nye nummeret (må være ledig)', en: 'the new number (must be free)' } },
    { flags: '--next', description: { nb: 'neste ledige nummer i organet og året', en: 'the next free number of the body and year' } },
    { flags: '--file <sti>', description: { nb: 'hvilken av to saker med samme nummer som skal få nytt nummer (standard: den nyeste)', en: 'which of two cases with the same number gets the new number (default: the newest)' } },
    { flags: '--dry-run', description: { nb: 'vis endringene som diff, uten å skrive', en: 'show the changes as a diff, without writing' } },
    { flags: '--json', description: { nb: 'skriv resultatet som JSON (for skript)', en: 'print the result as JSON (for scripts)' } },
    { flags: '--recover', description: { nb: 'sett filene tilbake etter en omnummerering som ble avbrutt', en: 'put the files back after a renumbering that was interrupted' } },
  ],
  examples: [
    { command: 'hf renumber SSU 2024.36 --next', text: { nb: 'gi den nyeste av to saker 2024.36 neste ledige nummer', en: 'give the newest of two cases 2024.36 the next free number' } },
    { command: 'hf renumber SSU 2024.36 --to 2024.40', text: { nb: 'et bestemt nummer', en: 'a particular number' } },
    { command: 'hf renumber SSU 2024.36 --next --dry-run', text: { nb: 'vis diffen først', en: 'show the diff first' } },
    { command: 'hf renumber SSU 2024.36 --next --file cases/ssu/2024/2024.36-budsjett.md', text: { nb: 'velg selv hvilken sak', en: 'choose the case yourself' } },
    { command: 'hf renumber --recover', text: { nb: 'sett tilbake en avbrutt omnummerering', en: 'undo an interrupted renumbering' } },
  ],
  run: async ([words], options, ctx) => (await import('./renumber.js')).run((words as string[] | undefined) ?? [], options, ctx),
};
