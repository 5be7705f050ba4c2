import { Option, type Command } from 'commander';
import { pick, type Lang } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

/**
 * `--format`: its values are offered by shell completion, but checked by the
 * command, which answers a format it cannot write with the list of those it
 * can, in the user's language (commander's own check would answer in English).
 */
export function formatOption(description: string): Option {
  const option = new Option('--format <format>', description);
  option.argChoices = ['md', 'html', 'docx', 'pdf'];
  return option;
}

/** The options every document command takes: --format, -o/--output and --force. */
export function documentOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .addOption(formatOption(pick({ nb: 'dokumentformatet (standard: md, eller etter endelsen til -o)', en: 'the document format (default: md, or from the extension of -o)' }, lang)))
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
    .option('--with-papers', pick({ nb: 'hele møtepakken: innkallingen, så hver sak med saksfremlegg og vedlegg (som PDF med alle vedleggsfilene)', en: 'the whole meeting packet: the notice, then each case with its paper and attachments (as PDF with every attachment file)' }, lang));
  documentOptions(cmd, lang).action((body: string, date: string, options, command: Command) =>
    execute(command, setup, async (ctx) => (await import('../../commands/agenda.js')).run(body, date, options, ctx)),
  );
  withExamples(cmd, lang, [
    { command: 'hf agenda ssu 2024-09-26', text: { nb: 'innkallingen som Markdown på skjermen', en: 'the notice as Markdown on the screen' } },
    { command: 'hf agenda ssu 2024-09-26 -o innkalling.pdf', text: { nb: 'som PDF (trenger Chrome, Edge eller Chromium)', en: 'as PDF (needs Chrome, Edge or Chromium)' } },
    { command: 'hf agenda ssu 2024-09-26 -o innkalling.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf agenda ssu 2024-09-26 --format html -o innkalling.html', text: { nb: 'som HTML, klar til utskrift på A4', en: 'as HTML, ready to print on A4' } },
    { command: 'hf agenda ssu 2024-09-26 --with-papers -o pakke.pdf', text: { nb: 'hele møtepakken i én PDF, med alle vedlegg', en: 'the whole meeting packet in one PDF, every attachment included' } },
    { command: 'hf agenda ssu 2024-09-26 --public -o innkalling.html', text: { nb: 'offentlig versjon til nettsiden, uten skjermet innhold', en: 'public version for the website, without restricted content' } },
  ]);
}
