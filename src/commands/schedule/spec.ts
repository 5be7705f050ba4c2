import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'schedule',
  summary: { nb: 'sett saker fra køen på et møte og nummerer dem i sakslisterekkefølge', en: 'put queued cases on a meeting and number them in agenda order' },
  args: [
    { name: { nb: 'organ', en: 'body' }, description: { nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' } },
    { name: { nb: 'dato', en: 'date' }, description: { nb: 'møtedatoen, ÅÅÅÅ-MM-DD', en: 'the meeting date, YYYY-MM-DD' } },
    {
      name: { nb: 'saker', en: 'cases' },
      description: {
        nb: 'sakene i køen, i den rekkefølgen de skal ha (navn som `hf queue` viser, eller sti); standard: hele køen',
        en: 'the queued cases, in the order they should have (names as `hf queue` shows them, or paths); default: the whole queue',
      },
      required: false,
      variadic: true,
    },
  ],
  options: [
    { flags: '--dry-run', description: { nb: 'vis hva som ville skjedd, uten å skrive', en: 'show what would happen, without writing' } },
    { flags: '--json', description: { nb: 'skriv resultatet som JSON (for skript)', en: 'print the result as JSON (for scripts)' } },
  ],
  examples: [
    { command: 'hf schedule SSU 2024-11-28', text: { nb: 'hele køen til SSU på møtet, i køens rekkefølge', en: "SSU's whole queue on the meeting, in queue order" } },
    { command: 'hf schedule SSU 2024-11-28 budsjett-2025 beredskap', text: { nb: 'to saker, i denne rekkefølgen', en: 'two cases, in this order' } },
    { command: 'hf schedule FSU 2024-11-14 --dry-run', text: { nb: 'vis numrene uten å flytte noe', en: 'show the numbers without moving anything' } },
  ],
  run: async ([body, date, cases], options, ctx) => (await import('./schedule.js')).run(body as string, date as string, cases as string[], options, ctx),
};
