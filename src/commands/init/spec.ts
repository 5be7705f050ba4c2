import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'init',
  summary: {
    nb: 'opprett et nytt repo for et helsefellesskap: hf.yaml, mapper, skjemaer, README, CI og editoroppsett',
    en: 'create a new repository for a partnership: hf.yaml, folders, schemas, README, CI and editor settings',
  },
  args: [{ name: 'mappe', description: { nb: 'mappen repoet skal i (lages om den mangler)', en: 'the folder for the repository (created if missing)' }, required: false, default: '.' }],
  options: [
    { flags: '--name <navn>', description: { nb: 'helsefellesskapets navn', en: 'the name of the partnership' } },
    { flags: '--language <språk>', description: { nb: 'språk i dokumenter og meldinger', en: 'language of documents and messages' }, choices: ['nb', 'nn', 'en'] },
    {
      flags: '--body <organ>',
      description: { nb: 'et organ: PM, SSU, FSU eller KODE=Navn; kan gjentas (standard: PM, SSU og FSU)', en: 'a body: PM, SSU, FSU or CODE=Name; repeatable (default: PM, SSU and FSU)' },
      repeatable: true,
    },
    { flags: '--branch <gren>', description: { nb: 'grenen pull requests går til (standard: main)', en: 'the branch pull requests go to (default: main)' } },
    { flags: '--hf-package <spec>', description: { nb: 'hvor CI installerer hf fra (npm-pakke, standard: hf@^<denne versjonen>)', en: 'where CI installs hf from (npm package spec, default: hf@^<this version>)' } },
  ],
  examples: [
    { command: 'hf init agder', text: { nb: 'spør om navn, språk og organer', en: 'asks for the name, language and bodies' } },
    { command: 'hf init agder --name "Helsefellesskapet i Agder"', text: { nb: 'uten spørsmål: PM, SSU og FSU på bokmål', en: 'without questions: PM, SSU and FSU in bokmål' } },
    { command: 'hf init . --name "Helsefellesskapet i Østfold" --body PM --body SSU --body "UU-BARN=Underutvalg barn og unge"', text: { nb: 'egne organer', en: 'own bodies' } },
  ],
  run: async ([folder], options, ctx) => (await import('./init.js')).run(folder as string | undefined, options, ctx),
};
