/**
 * commander's own error messages (an unknown command or option, a missing or
 * extra argument, a value that is not among the choices) in the user's
 * language and in hf's form: `hf: <what happened>`, and the suggestion as a
 * hint. commander composes them in English; this reads them by their code and
 * says the same in bokmål or English.
 */
import { translator, type Catalogue, type Lang } from '../i18n/lang.js';

const m = {
  unknownCommand: { nb: 'hf: ukjent kommando `{name}`', en: 'hf: unknown command `{name}`' },
  unknownOption: { nb: 'hf: ukjent valg `{name}`', en: 'hf: unknown option `{name}`' },
  didYouMean: { nb: 'tips: mente du {names}?', en: 'hint: did you mean {names}?' },
  missingArgument: { nb: 'hf: mangler {name}', en: 'hf: missing {name}' },
  optionMissingArgument: { nb: 'hf: valget `{flags}` mangler en verdi', en: 'hf: the option `{flags}` needs a value' },
  missingMandatory: { nb: 'hf: valget `{flags}` må oppgis', en: 'hf: the option `{flags}` is required' },
  conflicting: { nb: 'hf: {a} kan ikke brukes sammen med {b}', en: 'hf: {a} cannot be used with {b}' },
  excessArguments: {
    nb: 'hf: for mange argumenter{to}: ventet {expected}, fikk {got} ({extra} er til overs)',
    en: 'hf: too many arguments{to}: expected {expected}, got {got} ({extra} left over)',
  },
  excessTo: { nb: ' til `{name}`', en: ' for `{name}`' },
  invalidChoice: { nb: 'hf: `{value}` er ikke et gyldig valg for {what}; velg en av {choices}', en: 'hf: `{value}` is not a valid choice for {what}; choose one of {choices}' },
  invalidValue: { nb: 'hf: `{value}` er ugyldig for {what}', en: 'hf: `{value}` is not valid for {what}' },
  optionWhat: { nb: 'valget `{flags}`', en: 'the option `{flags}`' },
  argumentWhat: { nb: '`{name}`', en: '`{name}`' },
  or: { nb: 'eller', en: 'or' },
} satisfies Catalogue;

/** The argument names in usage lines, and in an error that a word is missing: `<organ>`. */
const bracket = (name: string) => `<${name}>`;

/** commander's message for `code`, in `lang` and hf's form; an unknown message is left as commander wrote it. */
export function translateCommanderError(message: string, code: string | undefined, lang: Lang, received: readonly string[] = []): string {
  const t = translator(m, lang);
  const names = (list: string) => {
    const parts = list.split(', ').map((n) => `\`${n}\``);
    return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${t('or')} ${parts[parts.length - 1]}` : parts[0]!;
  };
  const suggestion = (rest: string | undefined) => {
    const s = rest ? /\(Did you mean (?:one of )?(.*)\?\)/.exec(rest)?.[1] : undefined;
    return s ? `\n${t('didYouMean', { names: names(s) })}` : '';
  };
  let x: RegExpExecArray | null;
  switch (code) {
    case 'commander.unknownCommand':
      if ((x = /^error: unknown command '(.*?)'(\n[\s\S]*)?$/.exec(message))) return t('unknownCommand', { name: x[1] }) + suggestion(x[2]);
      break;
    case 'commander.unknownOption':
      if ((x = /^error: unknown option '(.*?)'(\n[\s\S]*)?$/.exec(message))) return t('unknownOption', { name: x[1] }) + suggestion(x[2]);
      break;
    case 'commander.missingArgument':
      if ((x = /^error: missing required argument '(.*)'$/.exec(message))) return t('missingArgument', { name: bracket(x[1]!) });
      break;
    case 'commander.optionMissingArgument':
      if ((x = /^error: option '(.*)' argument missing$/.exec(message))) return t('optionMissingArgument', { flags: x[1] });
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((x = /^error: required option '(.*)' not specified$/.exec(message))) return t('missingMandatory', { flags: x[1] });
      break;
    case 'commander.conflictingOption':
      if ((x = /^error: (.*) cannot be used with (.*)$/.exec(message))) return t('conflicting', { a: x[1]!.replace(/^option '(.*)'$/, '`$1`'), b: x[2]!.replace(/^option '(.*)'$/, '`$1`') });
      break;
    case 'commander.excessArguments':
      if ((x = /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(message))) {
        const expected = Number(x[2]);
        const extra = received.slice(expected).map((w) => `\`${w}\``).join(' ');
        return t('excessArguments', { to: x[1] ? t('excessTo', { name: x[1] }) : '', expected: x[2], got: x[3], extra: extra || '…' });
      }
      break;
    case 'commander.invalidArgument': {
      const option = /^error: option '(.*)' argument '(.*)' is invalid\.(?: Allowed choices are (.*)\.)?/.exec(message);
      const argument = /^error: command-argument value '(.*)' is invalid for argument '(.*)'\.(?: Allowed choices are (.*)\.)?/.exec(message);
      const hit = option ?? argument;
      if (hit) {
        const what = option ? t('optionWhat', { flags: option[1] }) : t('argumentWhat', { name: bracket(argument![2]!) });
        const value = option ? option[2] : argument![1];
        return hit[3] ? t('invalidChoice', { value, what, choices: names(hit[3]) }) : t('invalidValue', { value, what });
      }
      break;
    }
  }
  return message;
}
