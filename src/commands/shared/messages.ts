import type { Catalogue } from '../../i18n/lang.js';

/** Messages of the command-line wiring itself. */
export const cliMessages: Catalogue<
  'notRepo' | 'notRepoHint' | 'crash' | 'crashHint' | 'internalRule' | 'unknownFormat' | 'badLang' | 'errorPrefix' | 'hintPrefix'
> = {
  notRepo: { nb: 'Fant ingen hf.yaml i {start} eller noen mappe over den', en: 'No hf.yaml in {start} or any folder above it' },
  notRepoHint: {
    nb: 'Kjør hf i et repo for et helsefellesskap, eller opprett et med `hf init`.',
    en: 'Run hf inside a partnership repository, or create one with `hf init`.',
  },
  crash: { nb: 'hf stoppet på grunn av en intern feil: {message}', en: 'hf stopped because of an internal error: {message}' },
  crashHint: {
    nb: 'Dette er en feil i hf, ikke i dataene. Kjør igjen med --debug og meld fra om feilen.',
    en: 'This is a bug in hf, not in your data. Run again with --debug and report it.',
  },
  internalRule: { nb: 'Regelen {rule} feilet internt: {message}', en: 'The rule {rule} failed internally: {message}' },
  unknownFormat: { nb: 'Ukjent format `{format}`; velg en av {formats}', en: 'Unknown format `{format}`; choose one of {formats}' },
  badLang: { nb: 'Ukjent språk `{lang}`; velg nb, nn eller en', en: 'Unknown language `{lang}`; choose nb, nn or en' },
  errorPrefix: { nb: 'hf: ', en: 'hf: ' },
  hintPrefix: { nb: 'tips: ', en: 'hint: ' },
};
