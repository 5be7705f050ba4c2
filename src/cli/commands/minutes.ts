import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';
import { documentOptions } from './agenda.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('minutes')
    .description(
      pick(
        {
          nb: 'lag referatet fra et møte (før møtet: et utkast med forslagene til konklusjon)',
          en: 'produce the minutes of a meeting (before the meeting: a draft with the proposed conclusions)',
        },
        lang,
      ),
    )
    .argument('<organ>', pick({ nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' }, lang))
    .argument('<dato>', pick({ nb: 'møtedatoen, ÅÅÅÅ-MM-DD', en: 'the meeting date, YYYY-MM-DD' }, lang));
  documentOptions(cmd, lang).action((body: string, date: string, options, command: Command) =>
    execute(command, setup, async (ctx) => (await import('../../commands/minutes.js')).run(body, date, options, ctx)),
  );
  withExamples(cmd, lang, [
    { command: 'hf minutes ssu 2024-05-23', text: { nb: 'referatet som Markdown på skjermen', en: 'the minutes as Markdown on the screen' } },
    { command: 'hf minutes pm 2024-05-30 -o referat-pm.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf minutes pm 2024-05-30 -o referat-pm.pdf', text: { nb: 'som PDF til utsending og arkiv', en: 'as PDF to send out and archive' } },
    { command: 'hf minutes ssu 2024-11-28 -o utkast.docx', text: { nb: 'før møtet: utkast å skrive referatet i', en: 'before the meeting: a draft to write the minutes in' } },
    { command: 'hf minutes ssu 2024-05-23 --public -o referat.html', text: { nb: 'offentlig versjon, uten skjermet innhold', en: 'public version, without restricted content' } },
  ]);
}
