import { bodyFolder } from '../repo/paths.js';
import { isValidDate } from '../model/case-number.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'meeting-file-name',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Et møte ligger i meetings/<organ>/<dato>.md, der datoen er møtets dato (en ekte kalenderdato) og mappen er organets kode med små bokstaver.',
      en: 'A meeting lives in meetings/<body>/<date>.md, where the date is the meeting date (a real calendar date) and the folder is the body code in lower case.',
    },
    messages: {
      date: { nb: 'Filnavnet sier {fileDate}, men møtet er {date}', en: 'The file name says {fileDate}, but the meeting is on {date}' },
      invalid: { nb: 'Datoen {date} finnes ikke i kalenderen', en: 'The date {date} is not a calendar date' },
      body: { nb: 'Møtet tilhører {body}, men ligger i mappen {folder}', en: 'The meeting belongs to {body} but is in the folder {folder}' },
    },
    hints: {
      date: { nb: 'Gi filen navnet {date}.md, eller rett datoen.', en: 'Name the file {date}.md, or correct the date.' },
      body: { nb: 'Flytt filen til meetings/{expected}/.', en: 'Move the file to meetings/{expected}/.' },
    },
    examples: {
      valid: [{ name: 'Date and folder agree', files: {} }],
      invalid: [
        {
          name: 'File name and date disagree',
          files: { 'meetings/ssu/2024-11-28.md': lines('---', 'organ: SSU', 'dato: 2024-11-27', '---') },
          expect: [{ file: 'meetings/ssu/2024-11-28.md', line: 3, column: 7, messageId: 'date' }],
        },
        {
          name: 'No such day',
          files: { 'meetings/ssu/2024-02-30.md': lines('---', 'organ: SSU', 'dato: 2024-02-30', '---') },
          expect: [{ file: 'meetings/ssu/2024-02-30.md', line: 3, column: 7, messageId: 'invalid' }],
        },
        {
          name: 'An SSU meeting in the folder of FSU',
          files: { 'meetings/fsu/2024-10-31.md': lines('---', 'organ: SSU', 'dato: 2024-10-31', '---') },
          expect: [{ file: 'meetings/fsu/2024-10-31.md', line: 2, column: 8, messageId: 'body' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const m of ctx.repo.meetings) {
      const parts = m.file.split('/');
      const fileDate = parts[2]!.replace(/\.md$/, '');
      const pos = ctx.locate(m.file, ['dato']);
      if (!isValidDate(m.date)) ctx.report({ messageId: 'invalid', file: m.file, ...pos, data: { date: m.date } });
      else if (fileDate !== m.date) ctx.report({ messageId: 'date', file: m.file, ...pos, data: { fileDate, date: m.date } });
      if (parts[1] !== bodyFolder(m.body)) {
        ctx.report({ messageId: 'body', file: m.file, ...ctx.locate(m.file, ['organ']), data: { body: m.body, folder: parts[1], expected: bodyFolder(m.body) } });
      }
    }
  },
});
