/**
 * commander's own errors — an unknown command or option, a missing or extra
 * argument, a value not among the choices — in the user's language and in hf's
 * form, with the suggestion as a hint and where to find help; exit code 2.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateCommanderError } from '../../src/cli/errors.js';
import { hfAsync, removeDir, type RunResult } from '../helpers/cli.js';

let outside = '';
const cases: [string, string[], { nb: string; en: string }][] = [
  ['unknown command with a suggestion', ['agnda'], { nb: 'hf: ukjent kommando `agnda`\ntips: mente du `agenda`?\n(kjør hf --help for hjelp)\n', en: 'hf: unknown command `agnda`\nhint: did you mean `agenda`?\n(run hf --help for help)\n' }],
  ['missing argument', ['agenda', 'ssu'], { nb: 'hf: mangler <dato>\n(kjør hf agenda --help for hjelp og eksempler)\n', en: 'hf: missing <date>\n(run hf agenda --help for help and examples)\n' }],
  ['unknown option with a suggestion', ['validate', '--strikt'], { nb: 'hf: ukjent valg `--strikt`\ntips: mente du `--strict`?\n', en: 'hf: unknown option `--strikt`\nhint: did you mean `--strict`?\n' }],
  ['a value not among the choices', ['validate', '--format', 'xml'], { nb: 'hf: `xml` er ikke et gyldig valg for valget `--format <format>`; velg en av `stylish`, `json`, `github` eller `gitlab`\n', en: 'hf: `xml` is not a valid choice for the option `--format <format>`; choose one of `stylish`, `json`, `github` or `gitlab`\n' }],
  ['an argument not among the choices', ['list', 'saker'], { nb: 'hf: `saker` er ikke et gyldig valg for `<liste>`; velg en av `cases`, `meetings`, `plans` eller `mandates`\n', en: 'hf: `saker` is not a valid choice for `<list>`; choose one of `cases`, `meetings`, `plans` or `mandates`\n' }],
  ['an option without its value', ['new-case', '--organ'], { nb: 'hf: valget `--organ <kode>` mangler en verdi\n', en: 'hf: the option `--organ <kode>` needs a value\n' }],
  ['too many arguments', ['mandate', 'check', 'ekstra'], { nb: 'hf: for mange argumenter til `check`: ventet 0, fikk 1 (`ekstra` er til overs)\n', en: 'hf: too many arguments for `check`: expected 0, got 1 (`ekstra` left over)\n' }],
  ['a missing argument of a subcommand', ['plan', 'status'], { nb: 'hf: mangler <år>\n(kjør hf plan status --help for hjelp og eksempler)\n', en: 'hf: missing <year>\n(run hf plan status --help for help and examples)\n' }],
];
const results = new Map<string, RunResult>();

beforeAll(async () => {
  outside = mkdtempSync(join(tmpdir(), 'hf-errors-'));
  await Promise.all(
    cases.flatMap(([name, args]) =>
      (['nb', 'en'] as const).map(async (lang) => results.set(`${lang} ${name}`, await hfAsync(outside, args, { HF_LANG: lang }))),
    ),
  );
}, 60_000);
afterAll(() => removeDir(outside));

describe('commander’s errors', () => {
  for (const lang of ['nb', 'en'] as const) {
    describe(lang, () => {
      for (const [name, args, expected] of cases) {
        it(`${name}: hf ${args.join(' ')}`, () => {
          const r = results.get(`${lang} ${name}`)!;
          expect(r.code).toBe(2);
          expect(r.stdout).toBe('');
          expect(r.stderr.startsWith(expected[lang])).toBe(true);
          expect(r.stderr).not.toMatch(/error:|Did you mean|missing required|Allowed choices/);
        });
      }
    });
  }

  it('leaves a message it does not know as commander wrote it', () => {
    expect(translateCommanderError('error: something new', 'commander.somethingNew', 'nb')).toBe('error: something new');
    expect(translateCommanderError('error: unknown command \'x\'', 'commander.unknownCommand', 'en')).toBe('hf: unknown command `x`');
  });
});
