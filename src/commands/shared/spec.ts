/**
 * What a command declares about itself: its name, summary, arguments, options,
 * examples and how it runs. A spec is plain data in both languages and knows
 * nothing of commander; `src/cli/program.ts` turns specs into the command line,
 * and `hf completion` reads the same specs. A command is one folder,
 * `src/commands/<name>/`, holding `spec.ts` and the code it runs.
 */
import type { Localized } from '../../i18n/lang.js';
import type { CommandContext } from './context.js';

/** Text in the user's language: one string for every language, or one per language. */
export type Text = string | Localized;

export interface ArgumentSpec {
  /** The name shown in usage lines (`<organ>` in bokmål, `<body>` in English). */
  name: Text;
  description: Localized;
  /** Default true. */
  required?: boolean;
  /** Takes every remaining word (`<tekst...>`). */
  variadic?: boolean;
  choices?: readonly string[];
  default?: string;
}

export interface OptionSpec {
  /**
   * commander's flags, `-o, --output <fil>`; the value's name may differ per
   * language. The long flag itself is the same in every language: it becomes the
   * option's key (`output`), and `--no-x` a negatable `x`.
   */
  flags: Text;
  description: Localized;
  choices?: readonly string[];
  /**
   * Values shown in help and offered by completion but checked by the command
   * itself, which can answer with its own message (`--format`: the formats it
   * can write, in the user's language).
   */
  suggest?: readonly string[];
  default?: string | boolean;
  /** The option may be given several times; its value is the list. */
  repeatable?: boolean;
}

export interface Example {
  command: string;
  text: Localized;
}

/** Arguments in declaration order (a variadic one as a list) and options by key. */
export type RunCommand = (args: unknown[], options: Record<string, unknown>, ctx: CommandContext) => Promise<number>;

export interface CommandSpec {
  name: string;
  aliases?: readonly string[];
  /** Left out of help and completion (the `__complete` helper of the completion scripts). */
  hidden?: boolean;
  summary: Localized;
  args?: readonly ArgumentSpec[];
  options?: readonly OptionSpec[];
  examples?: readonly Example[];
  subcommands?: readonly CommandSpec[];
  /** Passes options it does not know on as arguments instead of refusing them. */
  passThrough?: boolean;
  /**
   * Runs the command; a subcommand's options include those its parent declares.
   * Without `run`, the command only groups its subcommands and shows its help.
   */
  run?: RunCommand;
  /** Shows the help instead of running when no argument is given (`hf plan`). */
  helpWithoutArguments?: boolean;
}
