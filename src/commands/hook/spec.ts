import type { CommandSpec, RunCommand } from '../shared/spec.js';

const action =
  (name: 'install' | 'uninstall' | 'status' | 'check'): RunCommand =>
  async (_args, options, ctx) =>
    (await import('./hook.js'))[name](options, ctx);

export const spec: CommandSpec = {
  name: 'hook',
  summary: { nb: 'git-hook som stopper en commit med fødselsnummer før den forlater maskinen', en: 'git hook that stops a commit with identity numbers before it leaves the computer' },
  examples: [
    { command: 'hf hook install', text: { nb: 'kontroller hver commit for fødselsnummer', en: 'check every commit for identity numbers' } },
    { command: 'hf hook install --force', text: { nb: 'som over, og behold hooken som var der fra før', en: 'as above, keeping the hook that was there' } },
    { command: 'hf hook status', text: { nb: 'er hooken installert?', en: 'is the hook installed?' } },
    { command: 'hf hook check', text: { nb: 'kontroller det som er lagt til commit nå', en: 'check what is staged now' } },
  ],
  subcommands: [
    {
      name: 'install',
      summary: { nb: 'installer pre-commit-hooken i dette git-repoet', en: 'install the pre-commit hook in this git repository' },
      options: [{ flags: '--force', description: { nb: 'behold en eksisterende hook og kjør den før kontrollen', en: 'keep an existing hook and run it before the check' } }],
      examples: [
        { command: 'hf hook install', text: { nb: 'kontroller hver commit for fødselsnummer', en: 'check every commit for identity numbers' } },
        { command: 'hf hook install --force', text: { nb: 'behold hooken som var der fra før, og kjør den først', en: 'keep the hook that was there and run it first' } },
      ],
      run: action('install'),
    },
    {
      name: 'uninstall',
      summary: { nb: 'fjern hooken (en tidligere hook settes tilbake)', en: 'remove the hook (an earlier hook is put back)' },
      examples: [{ command: 'hf hook uninstall', text: { nb: 'fjern kontrollen fra dette repoet', en: 'remove the check from this repository' } }],
      run: action('uninstall'),
    },
    {
      name: 'status',
      summary: { nb: 'vis om hooken er installert', en: 'show whether the hook is installed' },
      examples: [{ command: 'hf hook status', text: { nb: 'er hooken installert?', en: 'is the hook installed?' } }],
      run: action('status'),
    },
    {
      name: 'check',
      summary: { nb: 'kontroller filene som er lagt til commit (dette kjører hooken)', en: 'check the staged files (this is what the hook runs)' },
      examples: [{ command: 'hf hook check', text: { nb: 'kontroller det som er lagt til commit nå', en: 'check what is staged now' } }],
      run: action('check'),
    },
  ],
};
