import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const hook = program
    .command('hook')
    .description(
      pick(
        { nb: 'git-hook som stopper en commit med fødselsnummer før den forlater maskinen', en: 'git hook that stops a commit with identity numbers before it leaves the computer' },
        lang,
      ),
    );
  const action = (name: 'install' | 'uninstall' | 'status' | 'check') => (options: { force?: boolean }, command: Command) =>
    execute(command, setup, async (ctx) => (await import('../../commands/hook/hook.js'))[name](options, ctx));
  const install = hook
    .command('install')
    .description(pick({ nb: 'installer pre-commit-hooken i dette git-repoet', en: 'install the pre-commit hook in this git repository' }, lang))
    .option('--force', pick({ nb: 'behold en eksisterende hook og kjør den før kontrollen', en: 'keep an existing hook and run it before the check' }, lang))
    .action(action('install'));
  withExamples(install, lang, [
    { command: 'hf hook install', text: { nb: 'kontroller hver commit for fødselsnummer', en: 'check every commit for identity numbers' } },
    { command: 'hf hook install --force', text: { nb: 'behold hooken som var der fra før, og kjør den først', en: 'keep the hook that was there and run it first' } },
  ]);
  const uninstall = hook
    .command('uninstall')
    .description(pick({ nb: 'fjern hooken (en tidligere hook settes tilbake)', en: 'remove the hook (an earlier hook is put back)' }, lang))
    .action(action('uninstall'));
  withExamples(uninstall, lang, [{ command: 'hf hook uninstall', text: { nb: 'fjern kontrollen fra dette repoet', en: 'remove the check from this repository' } }]);
  const status = hook
    .command('status')
    .description(pick({ nb: 'vis om hooken er installert', en: 'show whether the hook is installed' }, lang))
    .action(action('status'));
  withExamples(status, lang, [{ command: 'hf hook status', text: { nb: 'er hooken installert?', en: 'is the hook installed?' } }]);
  const check = hook
    .command('check')
    .description(pick({ nb: 'kontroller filene som er lagt til commit (dette kjører hooken)', en: 'check the staged files (this is what the hook runs)' }, lang))
    .action(action('check'));
  withExamples(check, lang, [{ command: 'hf hook check', text: { nb: 'kontroller det som er lagt til commit nå', en: 'check what is staged now' } }]);
  withExamples(hook, lang, [
    { command: 'hf hook install', text: { nb: 'kontroller hver commit for fødselsnummer', en: 'check every commit for identity numbers' } },
    { command: 'hf hook install --force', text: { nb: 'som over, og behold hooken som var der fra før', en: 'as above, keeping the hook that was there' } },
    { command: 'hf hook status', text: { nb: 'er hooken installert?', en: 'is the hook installed?' } },
    { command: 'hf hook check', text: { nb: 'kontroller det som er lagt til commit nå', en: 'check what is staged now' } },
  ]);
}
