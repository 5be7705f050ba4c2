import { Option, type Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('init')
    .description(
      pick(
        {
          nb: 'opprett et nytt repo for et helsefellesskap: hf.yaml, mapper, skjemaer, README, CI og editoroppsett',
          en: 'create a new repository for a partnership: hf.yaml, folders, schemas, README, CI and editor settings',
        },
        lang,
      ),
    )
    .argument('[mappe]', pick({ nb: 'mappen repoet skal i (lages om den mangler)', en: 'the folder for the repository (created if missing)' }, lang), '.')
    .option('--name <navn>', pick({ nb: 'helsefellesskapets navn', en: 'the name of the partnership' }, lang))
    .addOption(new Option('--language <språk>', pick({ nb: 'språk i dokumenter og meldinger', en: 'language of documents and messages' }, lang)).choices(['nb', 'nn', 'en']))
    .option(
      '--body <organ>',
      pick(
        {
          nb: 'et organ: PM, SSU, FSU eller KODE=Navn, eventuelt med ;type=<type> og ;rapporterer_til=<KODE>; kan gjentas (standard: PM, SSU og FSU)',
          en: 'a body: PM, SSU, FSU or CODE=Name, perhaps with ;type=<type> and ;rapporterer_til=<CODE>; repeatable (default: PM, SSU and FSU)',
        },
        lang,
      ),
      collect,
    )
    .option('--branch <gren>', pick({ nb: 'grenen pull requests går til (standard: main)', en: 'the branch pull requests go to (default: main)' }, lang))
    .option('--hf-package <spec>', pick({ nb: 'hvor CI installerer hf fra (npm-pakke, standard: hf@^<denne versjonen>)', en: 'where CI installs hf from (npm package spec, default: hf@^<this version>)' }, lang))
    .action((folder: string | undefined, options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/init.js')).run(folder, options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf init agder', text: { nb: 'spør om navn, språk og organer', en: 'asks for the name, language and bodies' } },
    { command: 'hf init agder --name "Helsefellesskapet i Agder"', text: { nb: 'uten spørsmål: PM, SSU og FSU på bokmål', en: 'without questions: PM, SSU and FSU in bokmål' } },
    { command: 'hf init . --name "Helsefellesskapet i Østfold" --body PM --body SSU --body "UU-BARN=Underutvalg barn og unge"', text: { nb: 'egne organer', en: 'own bodies' } },
    {
      command: 'hf init . --name "Helsefellesskapet Elvedalen" --body PM,SSU,FSU --body "AG-SFB=Arbeidsgruppe svangerskap, fødsel og barselomsorg;type=arbeidsgruppe;rapporterer_til=FSU"',
      text: { nb: 'et organ med komma i navnet, type og rapporteringslinje', en: 'a body with a comma in its name, a type and a reporting line' },
    },
  ]);
}
