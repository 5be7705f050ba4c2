import { pick, type Lang } from '../i18n/lang.js';

/** What `hf` without arguments prints: the everyday tasks of the secretariat. */
export function commonTasks(lang: Lang): string {
  const rows: [string, { nb: string; en: string }][] = [
    ['hf validate', { nb: 'kontroller repoet (som CI gjør i hver pull request)', en: 'check the repository (as CI does on every pull request)' }],
    ['hf new-case --organ SSU --title "…"', { nb: 'opprett en ny sak med neste ledige saksnummer', en: 'create a new case with the next free case number' }],
    ['hf new-meeting SSU 2024-11-28', { nb: 'opprett et møte med de faste sakene', en: 'create a meeting with its standing items' }],
    ['hf agenda SSU 2024-09-26', { nb: 'lag innkallingen med sakslisten', en: 'produce the notice with the agenda' }],
    ['hf minutes SSU 2024-05-23', { nb: 'lag referatet', en: 'produce the minutes' }],
    ['hf show SSU 2024.28', { nb: 'en sak med historikken', en: 'a case with its history' }],
    ['hf search beredskap', { nb: 'finn et ord i titler, tekster og konklusjoner', en: 'find a word in titles, texts and conclusions' }],
    ['hf calendar -o moteplan.ics', { nb: 'møteplanen til kalenderen', en: 'the meeting plan for the calendar' }],
    ['hf init agder', { nb: 'nytt repo for et helsefellesskap', en: 'a new repository for a partnership' }],
    ['hf --help', { nb: 'alle kommandoer', en: 'all commands' }],
  ];
  const width = Math.max(...rows.map(([c]) => c.length));
  const title = pick({ nb: 'hf — saksbehandling for helsefellesskap\n\nVanlige oppgaver:', en: 'hf — case handling for health partnerships\n\nCommon tasks:' }, lang);
  return `${title}\n${rows.map(([c, d]) => `  ${c.padEnd(width)}  ${pick(d, lang)}`).join('\n')}\n`;
}
