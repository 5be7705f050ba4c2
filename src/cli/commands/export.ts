import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const exp = program
    .command('export')
    .description(pick({ nb: 'eksporter møtene til andre systemer', en: 'export the meetings to other systems' }, lang));
  const noark = exp
    .command('noark')
    .description(
      pick(
        {
          nb: 'arkivpakke etter Noark 5 for eInnsyn: arkivstruktur.xml med møter, saker og dokumenter, og dokumentene som PDF; skjermet innhold blir ikke med',
          en: 'a Noark 5 archive package for eInnsyn: arkivstruktur.xml with meetings, cases and documents, and the documents as PDF; restricted content is left out',
        },
        lang,
      ),
    )
    .argument('<mappe>', pick({ nb: 'mappen pakken skrives til (ny eller tom)', en: 'the folder to write the package to (new or empty)' }, lang))
    .option('--from <dato>', pick({ nb: 'bare møter fra og med datoen, og eldre møter endret siden (git)', en: 'only meetings from the date on, and older meetings changed since (git)' }, lang))
    .option('--force', pick({ nb: 'skriv over filene i en mappe som ikke er tom', en: 'replace the files in a folder that is not empty' }, lang))
    .action((folder: string, options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/export-noark.js')).run(folder, options, ctx)),
    );
  const examples = [
    { command: 'hf export noark arkiv-2024', text: { nb: 'alle møtene', en: 'every meeting' } },
    { command: 'hf export noark arkiv-høst --from 2024-09-01', text: { nb: 'møtene siden forrige levering', en: 'the meetings since the last delivery' } },
  ];
  withExamples(noark, lang, examples);
  withExamples(exp, lang, examples);
}
