/** `hf completion <shell>` and the hidden `hf __complete`, which the scripts call. */
import { translator, type Catalogue } from '../../i18n/lang.js';
import { completionScript, complete, completionTree, formatCandidates, repoFacts, SHELLS } from './complete.js';
import { envLang } from '../shared/context.js';
import { UsageError, type CommandContext } from '../shared/context.js';
import type { CommandSpec } from '../shared/spec.js';

const m = {
  unknownShell: { nb: 'Ukjent skall `{shell}`; velg bash, zsh eller fish', en: 'Unknown shell `{shell}`; choose bash, zsh or fish' },
} satisfies Catalogue;

export async function run(shell: string, ctx: CommandContext): Promise<number> {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(translator(m, ctx.lang ?? 'nb')('unknownShell', { shell }));
  ctx.stdout.write(completionScript(shell as (typeof SHELLS)[number]));
  return 0;
}

/** Prints the candidates for the last word; never fails, since a shell is waiting. */
export async function runComplete(words: string[], specs: readonly CommandSpec[], ctx: CommandContext): Promise<number> {
  try {
    const tree = completionTree(specs, ctx.lang ?? envLang(ctx.env) ?? 'nb');
    ctx.stdout.write(formatCandidates(complete(tree, words, repoFacts(ctx.cwd))));
  } catch {
    /* completion offers nothing rather than an error in the middle of a command line */
  }
  return 0;
}
