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
          nb: 'lag referatet fra et møte (før møtet: et utkast med forslagene til konklusjon)',
          en: 'produce the minutes of a meeting (before the meeting: a draft with the proposed conclusions)',
        },
        lang,
      ),
    )
    .argument('<organ>', pick({ nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' }, lang))
    .argument('<dato>', pick({ nb: 'møtedatoen, ÅÅÅÅ-MM-DD', en: 'the meeting date, YYYY-MM-DD' }, lang))
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
  documentOptions(cmd, lang).action((body: string, date: string, options, command: Command) =>
    execute(command, setup, async (ctx) => (await import('../../commands/minutes.js')).run(body, date, options, ctx)),
  );
  withExamples(cmd, lang, [
    { command: 'hf minutes ssu 2024-05-23', text: { nb: 'referatet som Markdown på skjermen', en: 'the minutes as Markdown on the screen' } },
    { command: 'hf minutes pm 2024-05-30 -o referat-pm.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf minutes ssu 2024-11-28 -o utkast.docx', text: { nb: 'før møtet: utkast med forslagene til konklusjon', en: 'before the meeting: a draft with the proposed conclusions' } },
    { command: 'hf minutes ssu 2024-11-28 --working -o referat.docx', text: { nb: 'arbeidsdokument å skrive referatet i under møtet', en: 'a working document to type the minutes into during the meeting' } },
    { command: 'hf minutes import referat.docx', text: { nb: 'les det som er skrevet inn, tilbake i sakene og møtefilen', en: 'read what was typed back into the cases and the meeting file' } },
    { command: 'hf minutes ssu 2024-05-23 --public -o referat.html', text: { nb: 'offentlig versjon, uten skjermet innhold', en: 'public version, without restricted content' } },
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
