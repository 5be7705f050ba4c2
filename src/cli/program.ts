/**
 * The `hf` program: commander built from the commands' specs
 * (src/commands/<name>/spec.ts). Only this layer knows commander; a command
 * declares its arguments and options as data and gets them back as values.
 */
import { Argument, Command, Option } from 'commander';
import { pick, type Lang } from '../i18n/lang.js';
import { findCommand, loadAll } from '../commands/index.js';
import type { CommandSpec, OptionSpec, Text } from '../commands/shared/spec.js';
import { translateCommanderError } from './errors.js';
import { helpConfig, withExamples } from './help.js';
import { execute, type ExitBox, type Io } from './exec.js';

/** What building the program needs: the help language and where the command's I/O and exit code go. */
export interface CliSetup {
  lang: Lang;
  io: Io;
  exit: ExitBox;
}

const text = (value: Text, lang: Lang) => (typeof value === 'string' ? value : pick(value, lang));

/** A commander command whose own error messages come in the user's language (errors.ts). */
class HfCommand extends Command {
  constructor(
    name: string | undefined,
    private readonly lang: Lang,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new HfCommand(name, this.lang);
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    return super.error(translateCommanderError(message, errorOptions?.code, this.lang, this.args), errorOptions);
  }
}
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The `hf` program with the given commands. */
export function createProgram(setup: CliSetup, version: string, specs: readonly CommandSpec[]): Command {
  const { lang } = setup;
  const program = new HfCommand('hf', lang)
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
  for (const spec of specs) program.addCommand(commandOf(spec, setup, program, []), spec.hidden ? { hidden: true } : {});
  return program;
}

/**
 * `hf __complete -- <words…>`, hidden: what the completion scripts
 * (`hf completion bash|zsh|fish`) call for the candidates of the word being typed.
 */
function completeCommand(setup: CliSetup): Command {
  return new HfCommand('__complete', setup.lang)
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .exitOverride()
    .action(async (words: string[] | undefined, _options, command: Command) => {
      const specs = await loadAll();
      const { runComplete } = await import('../commands/completion/completion.js');
      return execute(command, setup.io, setup.exit, (ctx) => runComplete(words ?? [], specs, ctx));
    });
}

function commandOf(spec: CommandSpec, setup: CliSetup, parent: Command, parents: readonly string[]): Command {
  const isSub = parents.length > 0;
  const { lang } = setup;
  // As parent.command() would: help option, exit override and output settings come from the parent.
  const cmd = new HfCommand(spec.name, lang).copyInheritedSettings(parent).description(pick(spec.summary, lang));
  for (const alias of spec.aliases ?? []) cmd.alias(alias);
  // A command that also has subcommands and shows its help when given nothing
  // (`hf minutes` beside `hf minutes approve …`) declares its arguments optional to
  // commander and checks them itself below.
  const groups = !!spec.subcommands?.length && !!spec.helpWithoutArguments;
  for (const a of spec.args ?? []) {
    const name = text(a.name, lang) + (a.variadic ? '...' : '');
    const arg = new Argument(a.required === false || groups ? `[${name}]` : `<${name}>`, pick(a.description, lang));
    if (a.choices) arg.choices(a.choices);
    if (a.default !== undefined) arg.default(a.default);
    cmd.addArgument(arg);
  }
  for (const o of spec.options ?? []) cmd.addOption(optionOf(o, lang));
  if (spec.passThrough) cmd.allowUnknownOption().helpOption(false);
  if (spec.run) {
    const run = spec.run;
    cmd.action((...params: unknown[]) => {
      const command = params[params.length - 1] as Command;
      const args = params.slice(0, (spec.args ?? []).length);
      if (spec.helpWithoutArguments && args.every((a) => a === undefined)) return command.help();
      if (groups) {
        const missing = (spec.args ?? []).findIndex((a, i) => a.required !== false && args[i] === undefined);
        if (missing >= 0) return command.error(`error: missing required argument '${text(spec.args![missing]!.name, lang)}'`, { code: 'commander.missingArgument' });
      }
      // A subcommand also gets the options its parent declares (`hf plan status 2025 -o x.docx`).
      const options = isSub && command.parent ? { ...command.parent.opts(), ...command.opts() } : command.opts();
      return execute(command, setup.io, setup.exit, (ctx) => run(args, options, ctx));
    });
  }
  for (const sub of spec.subcommands ?? []) cmd.addCommand(commandOf(sub, setup, cmd, [...parents, spec.name]), sub.hidden ? { hidden: true } : {});
  if (spec.examples) withExamples(cmd, lang, spec.examples);
  const path = [...parents, spec.name].join(' ');
  cmd.configureHelp(helpConfig(lang)).showHelpAfterError(pick({ nb: `(kjør hf ${path} --help for hjelp og eksempler)`, en: `(run hf ${path} --help for help and examples)` }, lang)).exitOverride();
  return cmd;
}

function optionOf(o: OptionSpec, lang: Lang): Option {
  const option = new Option(text(o.flags, lang), pick(o.description, lang));
  if (o.choices) option.choices(o.choices);
  else if (o.suggest) option.argChoices = [...o.suggest];
  if (o.default !== undefined) option.default(o.default);
  if (o.repeatable) option.argParser(collect);
  return option;
}

/** Builds the `hf` program with every command (for `hf --help`, `hf help` and completion). */
export async function buildProgram(setup: CliSetup, version: string): Promise<Command> {
  return createProgram(setup, version, await loadAll());
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
    return /^[a-z_][a-z_-]*$/.test(a) && a !== 'help' ? a : undefined;
  }
  return undefined;
}

/**
 * The program with only the command `argv` runs, so a command loads its own spec
 * and nothing else; every command for help, completion and anything commander
 * has to judge against all of them.
 */
export async function programFor(argv: readonly string[], setup: CliSetup, version: string): Promise<Command> {
  const name = commandName(argv);
  if (name === '__complete') return new HfCommand('hf', setup.lang).exitOverride().addCommand(completeCommand(setup));
  const entry = name === undefined ? undefined : findCommand(name);
  if (entry) return createProgram(setup, version, [await entry.load()]);
  return buildProgram(setup, version);
}


