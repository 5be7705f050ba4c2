import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'completion',
  summary: {
    nb: 'skript for fullføring med Tab i bash, zsh eller fish: kommandoer, valg, organer, møtedatoer og saksnumre',
    en: 'tab completion for bash, zsh or fish: commands, options, bodies, meeting dates and case numbers',
  },
  args: [{ name: { nb: 'skall', en: 'shell' }, description: { nb: 'skallet', en: 'the shell' }, choices: ['bash', 'zsh', 'fish'] }],
  examples: [
    { command: 'hf completion bash >> ~/.bashrc', text: { nb: 'fullføring i bash', en: 'completion in bash' } },
    { command: 'hf completion zsh > "${fpath[1]}/_hf"', text: { nb: 'fullføring i zsh', en: 'completion in zsh' } },
    { command: 'hf completion fish > ~/.config/fish/completions/hf.fish', text: { nb: 'fullføring i fish', en: 'completion in fish' } },
  ],
  run: async ([shell], _options, ctx) => (await import('./completion.js')).run(shell as string, ctx),
};
