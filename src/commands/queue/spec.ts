import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'queue',
  summary: { nb: 'vis sakene som venter i køen uten nummer', en: 'list the cases waiting in the queue without a number' },
  args: [{ name: { nb: 'organ', en: 'body' }, description: { nb: 'bare køen til dette organet', en: 'only the queue of this body' }, required: false }],
  options: [{ flags: '--json', description: { nb: 'skriv køen som JSON (for skript)', en: 'print the queue as JSON (for scripts)' } }],
  examples: [
    { command: 'hf queue', text: { nb: 'køen til alle organer', en: 'the queues of all bodies' } },
    { command: 'hf queue SSU', text: { nb: 'køen til SSU, i rekkefølge', en: "SSU's queue, in order" } },
    { command: 'hf queue --json', text: { nb: 'maskinlesbar liste', en: 'machine-readable list' } },
  ],
  run: async ([body], options, ctx) => (await import('./queue.js')).run(body as string | undefined, options, ctx),
};
