import { Option, type Command } from 'commander';
import { pick, type Lang } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

/** The options every document command takes: --format, -o/--output and --force. */
export function documentOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .addOption(
      new Option('--format <format>', pick({ nb: 'md, html eller docx (standard: md, eller etter endelsen til -o)', en: 'md, html or docx (default: md, or from the extension of -o)' }, lang)).choices([
        'md',
        'html',
        'docx',
      ]),
    )
    .option('-o, --output <file>', pick({ nb: 'skriv til denne filen i stedet for til skjermen', en: 'write to this file instead of the screen' }, lang))
    .option('--force', pick({ nb: 'erstatt filen hvis den finnes', en: 'replace the file if it exists' }, lang))
    .option('--public', pick({ nb: 'offentlig versjon: skjermede saker bare med offentlig tittel, uten skjermede vedlegg og avsnitt', en: 'public version: restricted cases by their public title only, without restricted attachments and sections' }, lang));
}

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('agenda')
    .description(pick({ nb: 'lag innkallingen til et møte med sakslisten (og saksfremleggene)', en: 'produce the notice of a meeting with its agenda (and case papers)' }, lang))
    .argument('<organ>', pick({ nb: 'organet (SSU, FSU …; store eller små bokstaver)', en: 'the body (SSU, FSU …; any case)' }, lang))
    .argument('<dato>', pick({ nb: 'møtedatoen, ÅÅÅÅ-MM-DD', en: 'the meeting date, YYYY-MM-DD' }, lang))
    .option('--with-papers', pick({ nb: 'hele møtepakken: innkallingen fulgt av alle saksfremleggene', en: 'the whole meeting packet: the notice followed by every case paper' }, lang));
  documentOptions(cmd, lang).action((body: string, date: string, options, command: Command) =>
    execute(command, setup, async (ctx) => (await import('../../commands/agenda/agenda.js')).run(body, date, options, ctx)),
  );
  withExamples(cmd, lang, [
    { command: 'hf agenda ssu 2024-09-26', text: { nb: 'innkallingen som Markdown på skjermen', en: 'the notice as Markdown on the screen' } },
    { command: 'hf agenda ssu 2024-09-26 -o innkalling.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf agenda ssu 2024-09-26 --format html -o innkalling.html', text: { nb: 'som HTML, klar til utskrift på A4', en: 'as HTML, ready to print on A4' } },
    { command: 'hf agenda ssu 2024-09-26 --with-papers -o møtepakke.docx', text: { nb: 'innkalling og alle saksfremlegg i ett dokument', en: 'the notice and every case paper in one document' } },
    { command: 'hf agenda ssu 2024-09-26 --public -o innkalling.html', text: { nb: 'offentlig versjon til nettsiden, uten skjermet innhold', en: 'public version for the website, without restricted content' } },
  ]);
}
