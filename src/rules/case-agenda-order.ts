import { compareCaseNumbers, formatCaseNumber } from '../model/case-number.js';
import type { Case } from '../model/types.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'case-agenda-order',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Saksnumrene følger sakslisten: Godkjenning av innkalling får det laveste nummeret i møtet, Referat det neste, Eventuelt det høyeste, og sakene i et senere møte har høyere nummer enn sakene i et tidligere møte i samme organ og år.',
      en: 'Case numbers follow the agenda: the approval of the notice gets the lowest number of the meeting, Referat the next, Eventuelt the highest, and the cases of a later meeting have higher numbers than those of an earlier meeting of the same body and year.',
    },
    messages: {
      standingFirst: { nb: 'Sak {number} ({title}) skal stå først i møtet, men {other} har lavere nummer', en: 'Case {number} ({title}) should come first in the meeting, but {other} has a lower number' },
      aobLast: { nb: 'Eventuelt ({number}) skal ha det høyeste nummeret i møtet, men {other} er høyere', en: 'Eventuelt ({number}) should have the highest number in the meeting, but {other} is higher' },
      chronology: { nb: 'Sak {number} hører til møtet {date}, men {other} i det tidligere møtet {otherDate} har høyere nummer', en: 'Case {number} belongs to the meeting on {date}, but {other} in the earlier meeting on {otherDate} has a higher number' },
    },
    hints: {
      standingFirst: { nb: 'Bytt nummer med `hf renumber`, slik at nummerrekkefølgen er sakslisten.', en: 'Swap numbers with `hf renumber` so that the number order is the agenda.' },
      aobLast: { nb: 'Gi Eventuelt det siste nummeret med `hf renumber`.', en: 'Give Eventuelt the last number with `hf renumber`.' },
      chronology: { nb: 'Nummer tildeles i møterekkefølge; sjekk møtedatoen eller kjør `hf renumber`.', en: 'Numbers are given in meeting order; check the meeting date or run `hf renumber`.' },
    },
    examples: {
      valid: [
        { name: 'Godkjenning first, then the cases', files: {} },
        { name: 'Eventuelt last', files: { 'cases/ssu/2024/2024.3-eventuelt.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Eventuelt', 'fast_sak: eventuelt', '---') } },
      ],
      invalid: [
        {
          name: 'Godkjenning after a case',
          files: {
            'cases/ssu/2024/2024.1-godkjenning-av-innkalling-og-dagsorden.md': null,
            'cases/ssu/2024/2024.1-vitality.md': lines('---', 'saksnr: "2024.1"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', '---'),
            'cases/ssu/2024/2024.2-vitality.md': null,
            'cases/ssu/2024/2024.2-godkjenning.md': lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Godkjenning av innkalling og dagsorden', 'fast_sak: godkjenning', '---'),
          },
          expect: [{ file: 'cases/ssu/2024/2024.2-godkjenning.md', line: 2, column: 9, messageId: 'standingFirst' }],
        },
        {
          name: 'A later meeting with a lower number',
          files: {
            'meetings/ssu/2024-05-23.md': lines('---', 'organ: SSU', 'dato: 2024-05-23', '---'),
            'cases/ssu/2024/2024.3-tidlig.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-05-23', 'tittel: Tidlig', 'konklusjon: Ok.', '---'),
          },
          expect: [
            { file: 'cases/ssu/2024/2024.1-godkjenning-av-innkalling-og-dagsorden.md', line: 2, column: 9, messageId: 'chronology' },
            { file: 'cases/ssu/2024/2024.2-vitality.md', line: 2, column: 9, messageId: 'chronology' },
          ],
        },
        {
          name: 'A case after Eventuelt',
          files: {
            'cases/ssu/2024/2024.3-eventuelt.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Eventuelt', 'fast_sak: eventuelt', '---'),
            'cases/ssu/2024/2024.4-budsjett.md': lines('---', 'saksnr: "2024.4"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Budsjett', '---'),
          },
          expect: [{ file: 'cases/ssu/2024/2024.3-eventuelt.md', line: 2, column: 9, messageId: 'aobLast' }],
        },
      ],
    },
  },
  check(ctx) {
    const byMeeting = new Map<string, Case[]>();
    for (const c of ctx.repo.cases) {
      if (!c.number || !c.meeting) continue;
      const key = `${c.body} ${c.meeting}`;
      byMeeting.get(key)?.push(c) ?? byMeeting.set(key, [c]);
    }
    const data = (c: Case, other: Case) => ({ number: formatCaseNumber(c.number!), title: c.title, other: formatCaseNumber(other.number!) });
    for (const list of byMeeting.values()) {
      const approval = list.find((c) => c.standing === 'approval');
      const minutes = list.find((c) => c.standing === 'minutes');
      const aob = list.find((c) => c.standing === 'aob');
      for (const first of [approval, minutes]) {
        if (!first) continue;
        const lower = list.find((o) => o !== first && o.standing !== 'approval' && !(first === minutes && o.standing === 'minutes') && compareCaseNumbers(o.number!, first.number!) < 0);
        if (lower) ctx.report({ messageId: 'standingFirst', file: first.file, ...ctx.locate(first.file, ['saksnr']), data: data(first, lower) });
      }
      if (aob) {
        const higher = list.find((o) => o !== aob && compareCaseNumbers(o.number!, aob.number!) > 0);
        if (higher) ctx.report({ messageId: 'aobLast', file: aob.file, ...ctx.locate(aob.file, ['saksnr']), data: data(aob, higher) });
      }
    }
    // Across meetings of a body and year: every number of a later meeting is above every number of an earlier one.
    const byBodyYear = new Map<string, Case[][]>();
    for (const list of byMeeting.values()) {
      const c = list[0]!;
      const key = `${c.body} ${c.number!.year}`;
      byBodyYear.get(key)?.push(list) ?? byBodyYear.set(key, [list]);
    }
    for (const meetings of byBodyYear.values()) {
      meetings.sort((a, b) => (a[0]!.meeting! < b[0]!.meeting! ? -1 : 1));
      let maxSoFar: Case | undefined;
      for (const list of meetings) {
        for (const c of [...list].sort((a, b) => compareCaseNumbers(a.number!, b.number!))) {
          if (maxSoFar && compareCaseNumbers(c.number!, maxSoFar.number!) < 0) {
            ctx.report({
              messageId: 'chronology',
              file: c.file,
              ...ctx.locate(c.file, ['saksnr']),
              data: { ...data(c, maxSoFar), date: c.meeting, otherDate: maxSoFar.meeting },
            });
          }
        }
        for (const c of list) if (!maxSoFar || compareCaseNumbers(c.number!, maxSoFar.number!) > 0) maxSoFar = c;
      }
    }
  },
});
