import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'calendar',
  summary: {
    nb: 'møteplanen som kalenderfil (iCalendar, .ics) med tid, sted og lenke til innkallingen',
    en: 'the meeting plan as a calendar file (iCalendar, .ics) with time, place and a link to the notice',
  },
  options: [
    { flags: '--body <organ>', description: { nb: 'bare møtene i dette organet', en: "only this body's meetings" } },
    { flags: '--from <dato>', description: { nb: 'bare møter fra og med denne datoen', en: 'only meetings on or after this date' } },
    { flags: '-o, --output <fil>', description: { nb: 'skriv til denne filen (ellers standard utdata)', en: 'write to this file (otherwise standard output)' } },
    { flags: '--force', description: { nb: 'erstatt filen om den finnes', en: 'replace the file if it exists' } },
  ],
  examples: [
    { command: 'hf calendar -o moteplan.ics', text: { nb: 'alle møtene, til import i Outlook eller Google', en: 'every meeting, to import into Outlook or Google' } },
    { command: 'hf calendar --body SSU -o ssu.ics', text: { nb: 'bare SSUs møter', en: "only SSU's meetings" } },
    { command: 'hf calendar --from 2024-09-01', text: { nb: 'kommende møter til standard utdata', en: 'upcoming meetings to standard output' } },
  ],
  run: async (_args, options, ctx) => (await import('./calendar.js')).run(options, ctx),
};
