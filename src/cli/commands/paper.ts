import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';
import { documentOptions } from './agenda.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('paper')
    .description(pick({ nb: 'lag saksfremlegget til en sak', en: 'produce the case paper of a case' }, lang))
    .argument('<organ>', pick({ nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' }, lang))
    .argument('<saksnr>', pick({ nb: 'saksnummeret, for eksempel 2024.30', en: 'the case number, for example 2024.30' }, lang));
  documentOptions(cmd, lang).action((body: string, number: string, options, command: Command) =>
    execute(command, setup, async (ctx) => (await import('../../commands/paper.js')).run(body, number, options, ctx)),
  );
  withExamples(cmd, lang, [
    { command: 'hf paper ssu 2024.30', text: { nb: 'saksfremlegget som Markdown på skjermen', en: 'the case paper as Markdown on the screen' } },
    { command: 'hf paper ssu 2024.30 -o 2024.30.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf paper ssu 2024.35 --format html -o 2024.35.html', text: { nb: 'som HTML', en: 'as HTML' } },
    { command: 'hf paper ssu 2024.30 --public', text: { nb: 'offentlig versjon, uten skjermet innhold', en: 'public version, without restricted content' } },
    { command: 'hf paper import ssu 2024.30 saksfremlegg.docx', text: { nb: 'les inn et saksfremlegg skrevet i Word', en: 'read in a case paper written in Word' } },
  ]);

  const imp = cmd
    .command('import')
    .description(
      pick(
        {
          nb: 'les inn et saksfremlegg skrevet i Word som saksfilens tekst (overskrifter, lister, tabeller, lenker; bildene lagres ved siden av saken)',
          en: "read in a case paper written in Word as the case file's text (headings, lists, tables, links; the pictures are saved beside the case)",
        },
        lang,
      ),
    )
    .argument('<organ>', pick({ nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' }, lang))
    .argument('<saksnr>', pick({ nb: 'saksnummeret, for eksempel 2024.30', en: 'the case number, for example 2024.30' }, lang))
    .argument('<fil>', pick({ nb: 'Word-dokumentet (.docx)', en: 'the Word document (.docx)' }, lang))
    .option('--force', pick({ nb: 'erstatt en tekst saken allerede har, uten å spørre', en: 'replace a text the case already has, without asking' }, lang))
    .option('--dry-run', pick({ nb: 'vis endringen som diff, uten å skrive', en: 'show the change as a diff, without writing' }, lang))
    // --force is also an option of `hf paper`, which commander gives to the parent: merge it back.
    .action((body: string, number: string, file: string, _options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/paper-import.js')).run(body, number, file, command.optsWithGlobals(), ctx)),
    );
  withExamples(imp, lang, [
    { command: 'hf paper import ssu 2024.30 saksfremlegg.docx', text: { nb: 'teksten og bildene inn i saken', en: 'the text and pictures into the case' } },
    { command: 'hf paper import ssu 2024.30 saksfremlegg.docx --dry-run', text: { nb: 'se først hva som ville blitt skrevet', en: 'first see what would be written' } },
    { command: 'hf paper import ssu 2024.30 ny-versjon.docx --force', text: { nb: 'erstatt et saksfremlegg saken allerede har', en: 'replace a case paper the case already has' } },
  ]);
}
