import { FORMATS } from '../../diagnostics/format.js';
import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'validate',
  summary: { nb: 'kontroller alle filene mot skjemaene og reglene', en: 'check every file against the schemas and rules' },
  args: [{ name: { nb: 'stier', en: 'paths' }, description: { nb: 'vis bare funn i disse filene eller mappene', en: 'only show findings in these files or folders' }, required: false, variadic: true }],
  options: [
    { flags: '--format <format>', description: { nb: 'utdataformat', en: 'output format' }, choices: FORMATS, default: 'stylish' },
    { flags: '--strict', description: { nb: 'avslutt med kode 1 også ved advarsler', en: 'exit with code 1 on warnings too' } },
    {
      flags: '--against <git-ref>',
      description: {
        nb: 'meld saker denne grenen har lagt til, med et nummer som grenen <git-ref> bruker til en annen sak',
        en: 'report cases this branch added with a number that the branch <git-ref> uses for another case',
      },
    },
    { flags: '--no-cache', description: { nb: 'les alle filene på nytt, uten mellomlageret i .hf-cache/', en: 'read every file again, without the cache in .hf-cache/' } },
  ],
  examples: [
    { command: 'hf validate', text: { nb: 'kontroller hele repoet', en: 'check the whole repository' } },
    { command: 'hf validate cases/ssu', text: { nb: 'vis bare funn i SSUs saker', en: "only show findings in SSU's cases" } },
    { command: 'hf validate --format github', text: { nb: 'merknader i pull requests på GitHub', en: 'annotations on GitHub pull requests' } },
    { command: 'hf validate --format json', text: { nb: 'maskinlesbart resultat', en: 'machine-readable result' } },
    { command: 'hf validate --against origin/main', text: { nb: 'finn saksnumre som kolliderer med main før sammenslåing', en: 'find case numbers that collide with main before merging' } },
  ],
  run: async ([paths], options, ctx) => (await import('./validate.js')).run(paths as string[], options, ctx),
};
