import type { Command } from 'commander';
import { pick } from '../../i18n/lang.js';
import { withExamples } from '../help.js';
import { execute, type CliSetup } from '../register.js';

export function register(program: Command, setup: CliSetup): void {
  const { lang } = setup;
  const cmd = program
    .command('queue')
    .description(pick({ nb: 'vis sakene som venter i køen uten nummer', en: 'list the cases waiting in the queue without a number' }, lang))
    .argument('[organ]', pick({ nb: 'bare køen til dette organet', en: 'only the queue of this body' }, lang))
    .option('--json', pick({ nb: 'skriv køen som JSON (for skript)', en: 'print the queue as JSON (for scripts)' }, lang))
    .action((body: string | undefined, options, command: Command) =>
      execute(command, setup, async (ctx) => (await import('../../commands/queue/queue.js')).run(body, options, ctx)),
    );
  withExamples(cmd, lang, [
    { command: 'hf queue', text: { nb: 'køen til alle organer', en: 'the queues of all bodies' } },
    { command: 'hf queue SSU', text: { nb: 'køen til SSU, i rekkefølge', en: "SSU's queue, in order" } },
    { command: 'hf queue --json', text: { nb: 'maskinlesbar liste', en: 'machine-readable list' } },
  ]);
}
