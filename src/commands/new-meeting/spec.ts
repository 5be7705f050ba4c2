import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'new-meeting',
  summary: { nb: 'opprett et møte med de faste sakene (godkjenning av innkalling, referat fra forrige møte)', en: 'create a meeting with its standing items (approval of the notice, minutes of the previous meeting)' },
  args: [
    { name: { nb: 'organ', en: 'body' }, description: { nb: 'organet (SSU, FSU …)', en: 'the body (SSU, FSU …)' } },
    { name: { nb: 'dato', en: 'date' }, description: { nb: 'møtedatoen, ÅÅÅÅ-MM-DD', en: 'the meeting date, YYYY-MM-DD' } },
  ],
  options: [
    { flags: '--start <tid>', description: { nb: 'starttid, TT:MM (standard: som forrige møte)', en: 'start time, HH:MM (default: as the previous meeting)' } },
    { flags: '--end <tid>', description: { nb: 'sluttid, TT:MM (standard: som forrige møte)', en: 'end time, HH:MM (default: as the previous meeting)' } },
    { flags: '--place <sted>', description: { nb: 'møtested (standard: som forrige møte)', en: 'place (default: as the previous meeting)' } },
    { flags: '--chair <navn>', description: { nb: 'møteleder (standard: som forrige møte)', en: 'chair (default: as the previous meeting)' } },
    { flags: '--minute-taker <navn>', description: { nb: 'referent (standard: som forrige møte)', en: 'minute-taker (default: as the previous meeting)' } },
    { flags: '--no-standing', description: { nb: 'uten faste saker', en: 'without standing items' } },
    { flags: '--queue', description: { nb: 'legg de faste sakene i køen; `hf schedule` nummererer dem først', en: 'queue the standing items; `hf schedule` numbers them first' } },
    { flags: '--dry-run', description: { nb: 'vis hva som ville blitt skrevet, uten å skrive', en: 'show what would be written, without writing' } },
    { flags: '--json', description: { nb: 'skriv resultatet som JSON (for skript)', en: 'print the result as JSON (for scripts)' } },
  ],
  examples: [
    { command: 'hf new-meeting SSU 2024-11-28', text: { nb: 'nytt SSU-møte; tid, sted og referent som forrige møte', en: 'a new SSU meeting; time, place and minute-taker as last time' } },
    { command: 'hf new-meeting FSU 2024-11-14 --place "OT4, rom 220"', text: { nb: 'med et annet møtested', en: 'with another place' } },
    { command: 'hf new-meeting SSU 2025-02-13 --queue', text: { nb: 'de faste sakene nummereres når sakslisten settes', en: 'the standing items are numbered when the agenda is set' } },
    { command: 'hf new-meeting SSU 2024-11-28 --dry-run', text: { nb: 'vis filene uten å skrive dem', en: 'show the files without writing them' } },
  ],
  run: async ([body, date], options, ctx) => (await import('./new-meeting.js')).run(body as string, date as string, options, ctx),
};
