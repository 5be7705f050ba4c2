/** Help text in the user's language, with examples under every command. */
import { Help, type Command, type Option } from 'commander';
import { pick, type Lang, type Localized } from '../i18n/lang.js';
import type { Example } from '../commands/shared/spec.js';

const TITLES: Record<string, Localized> = {
  'Usage:': { nb: 'Bruk:', en: 'Usage:' },
  'Options:': { nb: 'Valg:', en: 'Options:' },
  'Commands:': { nb: 'Kommandoer:', en: 'Commands:' },
  'Arguments:': { nb: 'Argumenter:', en: 'Arguments:' },
  'Global Options:': { nb: 'Felles valg:', en: 'Global Options:' },
};

/** Help settings that translate commander's own headings and option notes. */
export function helpConfig(lang: Lang): Partial<Help> {
  const base = new Help();
  return {
    styleTitle: (title: string) => (TITLES[title] ? pick(TITLES[title]!, lang) : title),
    commandUsage: (cmd: Command) => usageWords(base.commandUsage(cmd), lang),
    subcommandTerm: (cmd: Command) => usageWords(base.subcommandTerm(cmd), lang),
    optionDescription(option: Option) {
      const text = base.optionDescription(option);
      return lang === 'en' ? text : text.replace('(default: ', '(standard: ').replace('(choices: ', '(valg: ').replace(', default: ', ', standard: ');
    },
    argumentDescription(argument) {
      const text = base.argumentDescription(argument);
      return lang === 'en' ? text : text.replace('(default: ', '(standard: ').replace('(choices: ', '(valg: ').replace(', default: ', ', standard: ');
    },
    sortSubcommands: false,
    showGlobalOptions: false,
  };
}

/** commander's `[options]` and `[command]` in a usage line, in the user's language. */
function usageWords(text: string, lang: Lang): string {
  return lang === 'en' ? text : text.replace('[options]', '[valg]').replace('[command]', '[kommando]');
}


/** The longest example command that keeps its text on the same line. */
const LONG_EXAMPLE = 56;

/** Adds an "Eksempler:" section after a command's help. */
export function withExamples(cmd: Command, lang: Lang, examples: readonly Example[]): Command {
  if (examples.length === 0) return cmd;
  const title = lang === 'en' ? 'Examples:' : 'Eksempler:';
  // Commands up to LONG_EXAMPLE characters share one column; a longer one has its text on the next line.
  const short = examples.filter((e) => e.command.length <= LONG_EXAMPLE);
  const width = short.length ? Math.max(...short.map((e) => e.command.length)) : 0;
  const body = examples
    .map((e) => (e.command.length <= LONG_EXAMPLE ? `  ${e.command.padEnd(width)}  ${pick(e.text, lang)}` : `  ${e.command}\n  ${' '.repeat(width)}  ${pick(e.text, lang)}`))
    .join('\n');
  return cmd.addHelpText('after', `\n${title}\n${body}`);
}
