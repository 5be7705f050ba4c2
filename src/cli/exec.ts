/** Running a command's action: building its context, mapping errors to exit codes. */
import type { Command } from 'commander';
import { isLang, translator } from '../i18n/lang.js';
import { clockFrom, envLang, UsageError, type CommandContext } from '../commands/shared/context.js';
import { cliMessages } from '../commands/shared/messages.js';
import { sanitizeOutput } from '../diagnostics/escape.js';
import { NationalIdInOutputError } from '../repo/pii.js';
import { maskNationalIds } from '../model/national-id.js';
import { refusalFor } from '../commands/shared/pii-guard.js';
import { usageErrorOf } from '../commands/shared/repo-errors.js';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: CommandContext['stdout'];
  stderr: CommandContext['stderr'];
  stdin: CommandContext['stdin'];
}

/** Where the exit code of the command that ran is kept. */
export interface ExitBox {
  code: number;
}

/** Builds the context from global options (`--lang`, `--debug`) and the process's I/O. */
export function contextOf(cmd: Command, io: Io): CommandContext {
  const globals = cmd.optsWithGlobals() as { lang?: string; debug?: boolean };
  const lang = globals.lang;
  if (lang !== undefined && !isLang(lang)) {
    throw new UsageError(translator(cliMessages, envLang(io.env) ?? 'nb')('badLang', { lang }));
  }
  return {
    cwd: io.cwd,
    ...(lang ? { lang } : {}),
    debug: !!globals.debug,
    stdout: io.stdout,
    stderr: io.stderr,
    get stdin() {
      return io.stdin;
    },
    env: io.env,
    now: clockFrom(io.env),
  };
}

/**
 * Runs a command body and records its exit code: the body's own code, 2 for a
 * usage error (short message and hint), 2 for a crash (short message; the stack
 * only with --debug).
 */
export async function execute(cmd: Command, io: Io, box: ExitBox, body: (ctx: CommandContext) => Promise<number>): Promise<void> {
  let ctx: CommandContext | undefined;
  try {
    ctx = contextOf(cmd, io);
    box.code = await body(ctx);
  } catch (error) {
    box.code = 2;
    reportError(error, ctx, io);
  }
}

export function reportError(error: unknown, ctx: CommandContext | undefined, io: Io): void {
  const lang = ctx?.lang ?? envLang(io.env) ?? 'nb';
  const m = translator(cliMessages, lang);
  // A write stopped deep in the repository layer because of an identity number is a refusal, not a crash.
  if (error instanceof NationalIdInOutputError) error = refusalFor(error, lang);
  // So is a link, an odd entry or an hf.yaml that is not a file, met on the way: the message names it.
  error = usageErrorOf(error, lang) ?? error;
  if (error instanceof UsageError) {
    // Messages may quote arguments and file contents: nothing in them may act on the terminal.
    io.stderr.write(sanitizeOutput(maskNationalIds(`${m('errorPrefix')}${error.message}\n`)));
    if (error.hint) io.stderr.write(sanitizeOutput(maskNationalIds(`${m('hintPrefix')}${error.hint}\n`)));
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(sanitizeOutput(maskNationalIds(`${m('errorPrefix')}${m('crash', { message })}\n${m('hintPrefix')}${m('crashHint')}\n`)));
  if (ctx?.debug && error instanceof Error && error.stack) io.stderr.write(sanitizeOutput(maskNationalIds(error.stack + '\n')));
}
