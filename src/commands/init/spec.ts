import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'init',
  summary: {
    nb: 'opprett et nytt repo for et helsefellesskap: hf.yaml, mapper, skjemaer, README, CI og editoroppsett',
    en: 'create a new repository for a partnership: hf.yaml, folders, schemas, README, CI and editor settings',
  },
  args: [{ name: { nb: 'mappe', en: 'folder' }, description: { nb: 'mappen repoet skal i (lages om den mangler)', en: 'the folder for the repository (created if missing)' }, required: false, default: '.' }],
  options: [
    { flags: '--name <navn>', description: { nb: 'helsefellesskapets navn', en: 'the name of the partnership' } },
    { flags: '--language <språk>', description: { nb: 'språk i dokumenter og meldinger', en: 'language of documents and messages' }, choices: ['nb', 'nn', 'en'] },
    {
      flags: '--body <organ>',
      description: {
        nb: 'et organ: PM, SSU, FSU eller KODE=Navn, eventuelt med ;type=<type> og ;rapporterer_til=<KODE>; kan gjentas (standard: PM, SSU og FSU)',
        en: 'a body: PM, SSU, FSU or CODE=Name, perhaps with ;type=<type> and ;rapporterer_til=<CODE>; repeatable (default: PM, SSU and FSU)',
      },
      repeatable: true,
    },
    { flags: '--branch <gren>', description: { nb: 'grenen pull requests går til (standard: main)', en: 'the branch pull requests go to (default: main)' } },
    {
      flags: '--hf-package <pakke>',
      description: {
        nb: 'hvor repoet henter hf fra: en pakkefil (.tgz, legges i vendor/), en git-adresse eller en versjon (standard: denne hf-en, lagt i vendor/)',
        en: 'where the repository gets hf from: a package file (.tgz, put in vendor/), a git URL or a version (default: this hf, put in vendor/)',
      },
    },
    { flags: '--no-npm', description: { nb: 'ikke kjør npm: lag package-lock.json senere med npm install', en: 'do not run npm: write package-lock.json later with npm install' } },
  ],
  examples: [
    { command: 'hf init agder', text: { nb: 'spør om navn, språk og organer', en: 'asks for the name, language and bodies' } },
    { command: 'hf init agder --name "Helsefellesskapet i Agder"', text: { nb: 'uten spørsmål: PM, SSU og FSU på bokmål', en: 'without questions: PM, SSU and FSU in bokmål' } },
    { command: 'hf init . --name "Helsefellesskapet i Østfold" --body PM --body SSU --body "UU-BARN=Underutvalg barn og unge"', text: { nb: 'egne organer', en: 'own bodies' } },
    {
      command: 'hf init . --name "Helsefellesskapet Elvedalen" --body PM,SSU,FSU --body "AG-SFB=Arbeidsgruppe svangerskap, fødsel og barselomsorg;type=arbeidsgruppe;rapporterer_til=FSU"',
      text: { nb: 'et organ med komma i navnet, type og rapporteringslinje', en: 'a body with a comma in its name, a type and a reporting line' },
    },
    { command: 'hf init agder --name "Helsefellesskapet i Agder" --hf-package git+https://github.com/org/hf.git#v0.1.0', text: { nb: 'CI henter hf fra git', en: 'CI gets hf from git' } },
  ],
  run: async ([folder], options, ctx) => (await import('./init.js')).run(folder as string | undefined, options, ctx),
};
