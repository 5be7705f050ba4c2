import { Command, Option } from 'commander';
import { pick } from '../i18n/lang.js';
import { helpConfig } from './help.js';
import type { CliSetup } from './register.js';

/** A command's registration: declares its arguments, options and examples on `program`. */
export type Registration = (program: Command, setup: CliSetup) => void;

/** The `hf` program with the given command registrations (program.ts registers every command). */
export function createProgram(setup: CliSetup, version: string, registrations: readonly Registration[]): Command {
  const { lang } = setup;
  const program = new Command('hf')
    .description(
      pick(
        {
          nb: 'hf — saksbehandling for helsefellesskap: saker, møter, handlingsplan og mandater som Markdown-filer i git',
          en: 'hf — case handling for health partnerships: cases, meetings, action plan and mandates as Markdown files in git',
        },
        lang,
      ),
    )
    .version(version, '-V, --version', pick({ nb: 'vis versjonen', en: 'show the version' }, lang))
    .helpOption('-h, --help', pick({ nb: 'vis hjelp', en: 'show help' }, lang))
    .helpCommand(lang === 'en' ? 'help [command]' : 'help [kommando]', pick({ nb: 'vis hjelp for en kommando', en: 'show help for a command' }, lang))
    .addOption(new Option('--lang <lang>', pick({ nb: 'språk for meldinger og dokumenter', en: 'language of messages and documents' }, lang)).choices(['nb', 'nn', 'en']))
    .option('--debug', pick({ nb: 'vis tekniske detaljer ved feil', en: 'show technical details on errors' }, lang))
    .configureHelp(helpConfig(lang))
    .showHelpAfterError(pick({ nb: '(kjør hf --help for hjelp)', en: '(run hf --help for help)' }, lang))
    .exitOverride();
  for (const register of registrations) register(program, setup);
  for (const cmd of program.commands) cmd.configureHelp(helpConfig(lang)).exitOverride();
  return program;
}

/**
 * The name of the command `argv` runs, when only global options (`--lang`,
 * `--debug`) come before it; undefined for `hf --help`, `hf help …` and anything
 * commander must see with every command registered.
 */
export function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--debug' || a.startsWith('--lang=')) continue;
    if (a === '--lang') {
      i++;
      continue;
    }
    return /^[a-z][a-z-]*$/.test(a) && a !== 'help' ? a : undefined;
  }
  return undefined;
}

/** The registration of `hf <name>` alone, or undefined for a name that is no command. */
export async function registrationOf(name: string): Promise<Registration | undefined> {
  const { COMMAND_MODULES } = await import('./command-modules.js');
  return Object.hasOwn(COMMAND_MODULES, name) ? (await COMMAND_MODULES[name]!()).register : undefined;
}
