import { CommanderError } from 'commander';
import { isLang, type Lang } from '../i18n/lang.js';
import { envLang } from '../commands/shared/context.js';
import type { Io } from './exec.js';
import { reportError } from './exec.js';
import { programFor } from './program.js';
import { repoLanguage } from './repo-lang.js';

/** Language for help and wiring messages: `--lang`, then `HF_LANG`, then the repository's. */
function helpLanguage(argv: string[], io: Io): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (isLang(value)) return value;
  }
  return envLang(io.env) ?? repoLanguage(io.cwd) ?? 'nb';
}

export async function runCli(argv: string[], io: Io, version: string): Promise<number> {
  const lang = helpLanguage(argv, io);
  const exit = { code: 0 };
  const program = await programFor(argv, { lang, io, exit }, version);
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
  });
  if (argv.length === 0) {
    const { commonTasks } = await import('./common-tasks.js');
    io.stdout.write(commonTasks(lang));
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    reportError(error, undefined, io);
    return 2;
  }
  return exit.code;
}
