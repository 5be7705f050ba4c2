/** What each command's registration gets: the help language and a way to run its action. */
import type { Command } from 'commander';
import type { Lang } from '../i18n/lang.js';
import type { CommandContext } from '../commands/shared/context.js';
import { execute as run, type ExitBox, type Io } from './exec.js';

export interface CliSetup {
  lang: Lang;
  io: Io;
  exit: ExitBox;
}

/** Runs an action body for a registered command. */
export function execute(command: Command, setup: CliSetup, body: (ctx: CommandContext) => Promise<number>): Promise<void> {
  return run(command, setup.io, setup.exit, body);
}
