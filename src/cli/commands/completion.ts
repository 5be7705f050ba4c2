import { Argument, type Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('completion')
    .description(
      pick(
        {
          nb: 'skript for fullføring med Tab i bash, zsh eller fish: kommandoer, valg, organer, møtedatoer og saksnumre',
          en: 'tab completion for bash, zsh or fish: commands, options, bodies, meeting dates and case numbers',
        },
        lang,
      ),
    )
    .addArgument(new Argument('<skall>', pick({ nb: 'skallet', en: 'the shell' }, lang)).choices(['bash', 'zsh', 'fish']))
    .action((shell: string, _options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/completion/completion.js')).run(shell, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf completion bash >> ~/.bashrc', text: { nb: 'fullføring i bash', en: 'completion in bash' } },
    { command: 'hf completion zsh > "${fpath[1]}/_hf"', text: { nb: 'fullføring i zsh', en: 'completion in zsh' } },
    { command: 'hf completion fish > ~/.config/fish/completions/hf.fish', text: { nb: 'fullføring i fish', en: 'completion in fish' } },
  ]);

  program
    .command('__complete', { hidden: true })
    .description('candidates for the word being completed (used by the completion scripts)')
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action((words: string[], _options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/completion/completion.js')).runComplete(words ?? [], program, ctx)),
    );
}
