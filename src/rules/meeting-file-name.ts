import { bodyFolder } from '../repo/paths.js';
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
      invalid: { nb: 'Filnavnet sier {date}, en dato som ikke finnes i kalenderen', en: 'The file name says {date}, a date that is not in the calendar' },
      body: { nb: 'Møtet tilhører {body}, men ligger i mappen {folder}', en: 'The meeting belongs to {body} but is in the folder {folder}' },
    },
    hints: {
      invalid: { nb: 'Gi filen navnet til møtedagen (ÅÅÅÅ-MM-DD.md), eller skriv dagen i `dato:`.', en: 'Name the file after the day of the meeting (YYYY-MM-DD.md), or write the day in `dato:`.' },
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
          name: 'No such day in the file name, and no dato',
          files: { 'meetings/ssu/2024-02-30.md': lines('---', 'organ: SSU', 'sted: Rådhuset', '---') },
          expect: [{ file: 'meetings/ssu/2024-02-30.md', line: 1, column: 1, messageId: 'invalid' }],
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
    // A meeting file with no real date (neither `dato` nor its name) is left out of the repository's meetings.
    const known = new Set(ctx.repo.meetings.map((m) => m.file));
    for (const [path, file] of ctx.repo.files) {
      if (file.kind !== 'meeting' || !file.data || known.has(path)) continue;
      // A `dato` that is not a real date is the schema's finding, at its line.
      if (typeof file.data.dato === 'string') continue;
      ctx.report({ messageId: 'invalid', file: path, line: 1, column: 1, data: { date: path.split('/').pop()!.replace(/\.md$/, '') } });
    }
    for (const m of ctx.repo.meetings) {
      const parts = m.file.split('/');
      const fileDate = parts[2]!.replace(/\.md$/, '');
      const pos = ctx.locate(m.file, ['dato']);
      if (fileDate !== m.date) ctx.report({ messageId: 'date', file: m.file, ...pos, data: { fileDate, date: m.date } });
      if (parts[1]!.normalize('NFC') !== bodyFolder(m.body)) {
        ctx.report({ messageId: 'body', file: m.file, ...ctx.locate(m.file, ['organ']), data: { body: m.body, folder: parts[1], expected: bodyFolder(m.body) } });
      }
    }
  },
});
