import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';
import { documentOptions } from './agenda.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('minutes')
    .description(
      pick(
        {
          nb: 'lag referatet fra et møte (et utkast til alle sakene har konklusjon), godkjenn det og før inn rettelser',
          en: 'produce the minutes of a meeting (a draft until every case has its conclusion), approve them and record corrections',
        },
        lang,
      ),
    )
    .argument('[organ]', pick({ nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' }, lang))
    .argument('[dato]', pick({ nb: 'møtedatoen, ÅÅÅÅ-MM-DD', en: 'the meeting date, YYYY-MM-DD' }, lang))
    .option('--draft', pick({ nb: 'lag et utkast selv om alle sakene har konklusjon', en: 'produce a draft even when every case has its conclusion' }, lang))
    .option(
      '--working',
      pick(
        {
          nb: 'arbeidsdokument (Word) å skrive referatet i under møtet, med felt per sak; les det inn med `hf minutes import`',
          en: 'working document (Word) to type the minutes into during the meeting, with fields per case; read it back with `hf minutes import`',
        },
        lang,
      ),
    );
  documentOptions(cmd, lang).action((body: string | undefined, date: string | undefined, options, command: Command) => {
    if (body === undefined) return command.help();
    if (date === undefined) return command.error("error: missing required argument 'dato'", { code: 'commander.missingArgument' });
    return execute(command, setup, async (ctx) => (await import('../../commands/minutes.js')).run(body, date, options, ctx));
  });
  withExamples(cmd, lang, [
    { command: 'hf minutes ssu 2024-05-23', text: { nb: 'referatet som Markdown på skjermen', en: 'the minutes as Markdown on the screen' } },
    { command: 'hf minutes pm 2024-05-30 -o referat-pm.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf minutes ssu 2024-11-28 -o utkast.docx', text: { nb: 'før møtet: utkast med forslagene til konklusjon', en: 'before the meeting: a draft with the proposed conclusions' } },
    { command: 'hf minutes ssu 2024-11-28 --working -o referat.docx', text: { nb: 'arbeidsdokument å skrive referatet i under møtet', en: 'a working document to type the minutes into during the meeting' } },
    { command: 'hf minutes import referat.docx', text: { nb: 'les det som er skrevet inn, tilbake i sakene og møtefilen', en: 'read what was typed back into the cases and the meeting file' } },
    { command: 'hf minutes ssu 2024-05-23 --public -o referat.html', text: { nb: 'offentlig versjon, uten skjermet innhold', en: 'public version, without restricted content' } },
    { command: 'hf minutes approve ssu 2024-05-23 --in "SSU 2024.25"', text: { nb: 'referatet ble godkjent i referatsaken i neste møte', en: 'the minutes were approved in the next meeting’s Referat case' } },
  ]);

  const approve = cmd
    .command('approve')
    .description(
      pick(
        {
          nb: 'før inn at referatet er godkjent, med en sjekksum av innholdet',
          en: 'record that the minutes are approved, with a digest of their content',
        },
        lang,
      ),
    )
    .argument('<organ>', pick({ nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' }, lang))
    .argument('<dato>', pick({ nb: 'datoen for møtet referatet er fra, ÅÅÅÅ-MM-DD', en: 'the date of the meeting the minutes are of, YYYY-MM-DD' }, lang))
    .option('--in <sak>', pick({ nb: 'saken som godkjente referatet, for eksempel "SSU 2024.25"', en: 'the case that approved the minutes, for example "SSU 2024.25"' }, lang))
    .option('--by-email <dato>', pick({ nb: 'referatet ble godkjent per e-post denne dagen', en: 'the minutes were approved by e-mail on this day' }, lang))
    .option('--force', pick({ nb: 'godkjenn på nytt, eller selv om en sak mangler konklusjon', en: 'approve again, or even though a case has no conclusion' }, lang))
    .option('--dry-run', pick({ nb: 'vis hva som ville blitt skrevet, uten å skrive', en: 'show what would be written, without writing' }, lang))
    .option('--json', pick({ nb: 'maskinlesbart resultat', en: 'machine-readable result' }, lang))
    // --force is also an option of `hf minutes`, which commander gives to the parent: merge it back.
    .action((body: string, date: string, _options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/minutes-approve.js')).run(body, date, command.optsWithGlobals(), ctx)),
    );
  withExamples(approve, lang, [
    { command: 'hf minutes approve ssu 2024-05-23 --in "SSU 2024.25"', text: { nb: 'godkjent i referatsaken i møtet 26.09.24', en: 'approved in the Referat case of the meeting on 26.09.24' } },
    { command: 'hf minutes approve fsu 2024-09-05 --by-email 2024-09-12', text: { nb: 'sendt på sirkulasjon og godkjent per e-post', en: 'circulated and approved by e-mail' } },
    { command: 'hf minutes approve ssu 2024-05-23 --in "SSU 2024.25" --dry-run', text: { nb: 'se først hva som ville blitt skrevet', en: 'first see what would be written' } },
  ]);

  const correct = cmd
    .command('correct')
    .description(
      pick(
        {
          nb: 'før inn en rettelse i et godkjent referat (etter endringen)',
          en: 'record a correction to approved minutes (after the change)',
        },
        lang,
      ),
    )
    .argument('<organ>', pick({ nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' }, lang))
    .argument('<dato>', pick({ nb: 'datoen for møtet referatet er fra, ÅÅÅÅ-MM-DD', en: 'the date of the meeting the minutes are of, YYYY-MM-DD' }, lang))
    .option('--text <tekst>', pick({ nb: 'hva som ble rettet (står i referatet)', en: 'what was corrected (shown in the minutes)' }, lang))
    .option('--date <dato>', pick({ nb: 'datoen for rettelsen (standard: i dag)', en: 'the date of the correction (default: today)' }, lang))
    .option('--dry-run', pick({ nb: 'vis hva som ville blitt skrevet, uten å skrive', en: 'show what would be written, without writing' }, lang))
    .option('--json', pick({ nb: 'maskinlesbart resultat', en: 'machine-readable result' }, lang))
    .action((body: string, date: string, _options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/minutes-correct.js')).run(body, date, command.optsWithGlobals(), ctx)),
    );
  withExamples(correct, lang, [
    { command: 'hf minutes correct ssu 2024-05-23 --text "Konklusjonen i sak 2024.16 er rettet."', text: { nb: 'før inn rettelsen etter at saksfilen er endret', en: 'record the correction after the case file has been changed' } },
  ]);

  const imp = cmd
    .command('import')
    .description(
      pick(
        {
          nb: 'les inn et arbeidsdokument (--working) der referatet er skrevet: behandling, innspill, konklusjon, oppfølging og oppmøte skrives til sakene og møtefilen',
          en: 'read back a working document (--working) the minutes were typed into: treatment, input, conclusion, follow-up and attendance are written to the cases and the meeting file',
        },
        lang,
      ),
    )
    .argument('<fil>', pick({ nb: 'Word-dokumentet (.docx)', en: 'the Word document (.docx)' }, lang))
    .option('--dry-run', pick({ nb: 'vis endringene som diff, uten å skrive', en: 'show the changes as a diff, without writing' }, lang))
    .action((file: string, options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/minutes-import.js')).run(file, options, ctx)),
    );
  withExamples(imp, lang, [
    { command: 'hf minutes import referat.docx --dry-run', text: { nb: 'se først hva som ville blitt endret', en: 'first see what would change' } },
    { command: 'hf minutes import referat.docx', text: { nb: 'skriv endringene (alle filene eller ingen)', en: 'write the changes (every file or none)' } },
  ]);
}
