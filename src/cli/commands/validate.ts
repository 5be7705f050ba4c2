import { Option, type Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { FORMATS } from '../../diagnostics/format.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('validate')
    .description(pick({ nb: 'kontroller alle filene mot skjemaene og reglene', en: 'check every file against the schemas and rules' }, lang))
    .argument('[stier...]', pick({ nb: 'vis bare funn i disse filene eller mappene', en: 'only show findings in these files or folders' }, lang))
    .addOption(new Option('--format <format>', pick({ nb: 'utdataformat', en: 'output format' }, lang)).choices([...FORMATS]).default('stylish'))
    .option('--strict', pick({ nb: 'avslutt med kode 1 også ved advarsler', en: 'exit with code 1 on warnings too' }, lang))
    .option('--against <git-ref>', pick({ nb: 'meld saker denne grenen har lagt til, med et nummer som grenen <git-ref> bruker til en annen sak', en: 'report cases this branch added with a number that the branch <git-ref> uses for another case' }, lang))
    .option('--no-cache', pick({ nb: 'les alle filene på nytt, uten mellomlageret i .hf-cache/', en: 'read every file again, without the cache in .hf-cache/' }, lang))
    .action((paths: string[], options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/validate/validate.js')).run(paths, options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf validate', text: { nb: 'kontroller hele repoet', en: 'check the whole repository' } },
    { command: 'hf validate cases/ssu', text: { nb: 'vis bare funn i SSUs saker', en: "only show findings in SSU's cases" } },
    { command: 'hf validate --format github', text: { nb: 'merknader i pull requests på GitHub', en: 'annotations on GitHub pull requests' } },
    { command: 'hf validate --format json', text: { nb: 'maskinlesbart resultat', en: 'machine-readable result' } },
    { command: 'hf validate --against origin/main', text: { nb: 'finn saksnumre som kolliderer med main før sammenslåing', en: 'find case numbers that collide with main before merging' } },
  ]);
}
