import { formatCaseNumber, yearOf } from '../model/case-number.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'case-meeting',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Møtet en sak skal behandles i (feltet møte) finnes i meetings/<organ>/, hører til samme organ, og ligger i samme år som saksnummeret.',
      en: 'The meeting a case goes to (the field møte) exists in meetings/<body>/, belongs to the same body, and is in the same year as the case number.',
    },
    messages: {
      missing: { nb: '{body} har ikke noe møte {date}', en: '{body} has no meeting on {date}' },
      year: { nb: 'Sak {number} er fra {year}, men møtet er {date}', en: 'Case {number} is from {year}, but the meeting is on {date}' },
    },
    hints: {
      missing: { nb: 'Opprett møtet med `hf new-meeting {body} {date}`, eller rett datoen.', en: 'Create the meeting with `hf new-meeting {body} {date}`, or correct the date.' },
      year: { nb: 'En sak får nummer i året for møtet; kjør `hf renumber` eller rett møtedatoen.', en: 'A case is numbered in the year of its meeting; run `hf renumber` or correct the meeting date.' },
    },
    examples: {
      valid: [{ name: 'The meeting exists', files: {} }],
      invalid: [
        {
          name: 'No such meeting',
          files: { 'cases/ssu/2024/2024.3-x.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-10-01', 'tittel: X', '---') },
          expect: [{ file: 'cases/ssu/2024/2024.3-x.md', line: 4, column: 7, messageId: 'missing' }],
        },
        {
          name: 'Meeting of another body',
          files: { 'cases/fsu/2024/2024.1-x.md': lines('---', 'saksnr: "2024.1"', 'organ: FSU', 'møte: 2024-09-26', 'tittel: X', '---') },
          expect: [{ file: 'cases/fsu/2024/2024.1-x.md', line: 4, column: 7, messageId: 'missing' }],
        },
        {
          name: 'Number from another year',
          files: {
            'meetings/ssu/2025-02-01.md': lines('---', 'organ: SSU', 'dato: 2025-02-01', '---'),
            'cases/ssu/2024/2024.3-x.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2025-02-01', 'tittel: X', '---'),
          },
          expect: [{ file: 'cases/ssu/2024/2024.3-x.md', line: 4, column: 7, messageId: 'year' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      if (!c.meeting) continue;
      const pos = ctx.locate(c.file, ['møte']);
      if (!ctx.index.findMeeting(c.body, c.meeting)) {
        ctx.report({ messageId: 'missing', file: c.file, ...pos, data: { body: c.body, date: c.meeting } });
      } else if (c.number && c.number.year !== yearOf(c.meeting)) {
        ctx.report({ messageId: 'year', file: c.file, ...pos, data: { number: formatCaseNumber(c.number), year: c.number.year, date: c.meeting } });
      }
    }
  },
});
