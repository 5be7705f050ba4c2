import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';
import { documentOptions } from './agenda.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('paper')
    .description(pick({ nb: 'lag saksfremlegget til en sak', en: 'produce the case paper of a case' }, lang))
    .argument('<organ>', pick({ nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' }, lang))
    .argument('<saksnr>', pick({ nb: 'saksnummeret, for eksempel 2024.30', en: 'the case number, for example 2024.30' }, lang));
  documentOptions(cmd, lang).action((body: string, number: string, options, command: Command) =>
    execute(command, setup, async (ctx) => (await import('../../commands/paper.js')).run(body, number, options, ctx)),
  );
  withExamples(cmd, lang, [
    { command: 'hf paper ssu 2024.30', text: { nb: 'saksfremlegget som Markdown på skjermen', en: 'the case paper as Markdown on the screen' } },
    { command: 'hf paper ssu 2024.30 -o 2024.30.docx', text: { nb: 'som Word-dokument', en: 'as a Word document' } },
    { command: 'hf paper ssu 2024.30 -o 2024.30.pdf', text: { nb: 'som PDF', en: 'as PDF' } },
    { command: 'hf paper ssu 2024.35 --format html -o 2024.35.html', text: { nb: 'som HTML', en: 'as HTML' } },
    { command: 'hf paper ssu 2024.30 --public', text: { nb: 'offentlig versjon, uten skjermet innhold', en: 'public version, without restricted content' } },
  ]);
}
