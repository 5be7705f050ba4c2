import type { CommandSpec } from '../shared/spec.js';

export const spec: CommandSpec = {
  name: 'new-case',
  summary: { nb: 'opprett en ny sak med neste ledige saksnummer, eller legg den i køen', en: 'create a new case with the next free case number, or queue it' },
  options: [
    { flags: '--organ <kode>', description: { nb: 'organet som skal behandle saken (SSU, FSU …)', en: 'the body that treats the case (SSU, FSU …)' } },
    { flags: '--title <tittel>', description: { nb: 'sakens tittel', en: 'the title of the case' } },
    { flags: '--type <sakstype>', description: { nb: 'sakstype; kan gjentas (Orientering, Beslutning …)', en: 'case type; repeatable (Orientering, Beslutning …)' }, repeatable: true },
    { flags: '--meeting <dato>', description: { nb: 'møtet saken skal til (ÅÅÅÅ-MM-DD); gir året for nummeret', en: 'the meeting the case goes to (YYYY-MM-DD); gives the year of the number' } },
    { flags: '--responsible <navn>', description: { nb: 'hvem som legger frem saken (Ansvar); kan gjentas', en: 'who presents the case (Ansvar); repeatable' }, repeatable: true },
    { flags: '--handler <navn>', description: { nb: 'saksbehandler', en: 'case handler (saksbehandler)' } },
    { flags: '--follow-up <sak>', description: { nb: 'saken dette følger opp, for eksempel "SSU 2024.17" (tittelen kopieres)', en: 'the case this follows up, for example "SSU 2024.17" (the title is copied)' } },
    { flags: '--queue', description: { nb: 'legg saken i køen uten nummer; `hf schedule` nummererer den', en: 'queue the case without a number; `hf schedule` numbers it' } },
    { flags: '--dry-run', description: { nb: 'vis hva som ville blitt skrevet, uten å skrive', en: 'show what would be written, without writing' } },
    { flags: '--json', description: { nb: 'skriv resultatet som JSON (for skript)', en: 'print the result as JSON (for scripts)' } },
  ],
  examples: [
    { command: 'hf new-case', text: { nb: 'spør etter organ, tittel, sakstype og møte', en: 'asks for body, title, case type and meeting' } },
    { command: 'hf new-case --organ SSU --title "Budsjett 2025" --meeting 2024-11-28', text: { nb: 'ny SSU-sak til møtet 28. november', en: 'a new SSU case for the meeting on 28 November' } },
    { command: 'hf new-case --organ SSU --title "Beredskap" --type Orientering --type Diskusjon', text: { nb: 'med to sakstyper', en: 'with two case types' } },
    { command: 'hf new-case --follow-up "SSU 2024.17" --meeting 2024-11-28', text: { nb: 'oppfølging av en tidligere sak (tittelen kopieres)', en: 'follow-up of an earlier case (the title is copied)' } },
    { command: 'hf new-case --organ FSU --title "Legevakt" --queue', text: { nb: 'i køen, nummereres av hf schedule', en: 'queued; hf schedule numbers it' } },
    { command: 'hf new-case --organ SSU --title "Test" --dry-run', text: { nb: 'vis filen uten å skrive den', en: 'show the file without writing it' } },
    { command: 'hf new-case --organ SSU --title "Budsjett" --json', text: { nb: 'skriv saksnummer og sti som JSON', en: 'print case number and path as JSON' } },
  ],
  run: async (_args, options, ctx) => (await import('./new-case.js')).run(options, ctx),
};
