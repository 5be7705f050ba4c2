import { Command, Option } from 'commander';
import { pick, type Lang } from '../i18n/lang.js';
import { helpConfig } from './help.js';
import type { CliSetup } from './register.js';
import { REGISTRATIONS } from './registry.js';

/** Builds the `hf` program with every command registered. */
export function buildProgram(setup: CliSetup, version: string): Command {
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
    .helpCommand('help [command]', pick({ nb: 'vis hjelp for en kommando', en: 'show help for a command' }, lang))
    .addOption(new Option('--lang <lang>', pick({ nb: 'språk for meldinger og dokumenter', en: 'language of messages and documents' }, lang)).choices(['nb', 'nn', 'en']))
    .option('--debug', pick({ nb: 'vis tekniske detaljer ved feil', en: 'show technical details on errors' }, lang))
    .configureHelp(helpConfig(lang))
    .showHelpAfterError(pick({ nb: '(kjør hf --help for hjelp)', en: '(run hf --help for help)' }, lang))
    .exitOverride();
  for (const register of REGISTRATIONS) register(program, setup);
  for (const cmd of program.commands) cmd.configureHelp(helpConfig(lang)).exitOverride();
  return program;
}

export type { Lang };
