import { formatCaseNumber } from '../model/case-number.js';
import { bodyFolder, QUEUE_DIR } from '../repo/paths.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'case-file-name',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'En sak ligger i cases/<organ>/<år>/ og filnavnet begynner med saksnummeret (2024.28-tittel.md). Organet i frontmatter og mappen stemmer, og året i mappen er året i saksnummeret. Faste saker uten nummer begynner med møtedatoen; saker i køen (ko/) har ikke nummer.',
      en: 'A case lives in cases/<body>/<year>/ and its file name starts with the case number (2024.28-title.md). The body in the frontmatter matches the folder, and the folder year is the case number year. Unnumbered standing items start with the meeting date; queued cases (ko/) have no number.',
    },
    messages: {
      name: { nb: 'Filnavnet begynner ikke med saksnummeret {number}', en: 'The file name does not start with the case number {number}' },
      year: { nb: 'Saksnummer {number} ligger i mappen for {folder}', en: 'Case number {number} is in the folder for {folder}' },
      body: { nb: 'Saken tilhører {body}, men ligger i mappen {folder}', en: 'The case belongs to {body} but is in the folder {folder}' },
      queued: { nb: 'En sak i køen skal ikke ha saksnummer', en: 'A queued case must not have a case number' },
      unnumbered: { nb: 'Saken mangler saksnummer', en: 'The case has no case number' },
      unnumberedName: { nb: 'Filnavnet til en sak uten nummer skal begynne med møtedatoen {date}', en: 'The file name of an unnumbered case must start with the meeting date {date}' },
    },
    hints: {
      name: { nb: 'Gi filen navnet {expected}, eller kjør `hf renumber` for å endre nummeret.', en: 'Name the file {expected}, or run `hf renumber` to change the number.' },
      year: { nb: 'Flytt filen til {expected}.', en: 'Move the file to {expected}.' },
      body: { nb: 'Flytt filen til {expected}, eller rett organ.', en: 'Move the file to {expected}, or correct organ.' },
      queued: { nb: 'Fjern saksnr, eller flytt saken til mappen for året.', en: 'Remove saksnr, or move the case to the folder of its year.' },
      unnumbered: { nb: 'Legg saken i køen (cases/{folder}/ko/) og kjør `hf schedule`, eller gi den et nummer med `hf new-case`.', en: 'Put the case in the queue (cases/{folder}/ko/) and run `hf schedule`, or give it a number with `hf new-case`.' },
    },
    examples: {
      valid: [{ name: 'Number, folder and body agree', files: {} }],
      invalid: [
        {
          name: 'File name and number disagree',
          files: { 'cases/ssu/2024/2024.4-vitality.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', '---') },
          expect: [{ file: 'cases/ssu/2024/2024.4-vitality.md', line: 2, column: 9, messageId: 'name' }],
        },
        {
          name: 'Wrong year folder',
          files: { 'cases/ssu/2023/2024.3-vitality.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', '---') },
          expect: [{ file: 'cases/ssu/2023/2024.3-vitality.md', line: 2, column: 9, messageId: 'year' }],
        },
        {
          name: 'Wrong body folder',
          files: { 'cases/fsu/2024/2024.3-vitality.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', '---') },
          expect: [{ file: 'cases/fsu/2024/2024.3-vitality.md', line: 3, column: 8, messageId: 'body' }],
        },
        {
          name: 'A numbered case in the queue, a case without a number, and a standing item named without its date',
          files: {
            'cases/ssu/ko/beredskap.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'tittel: Beredskap', '---'),
            'cases/ssu/2024/budsjett.md': lines('---', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Budsjett', '---'),
            'cases/fsu/2024/referat.md': lines('---', 'organ: FSU', 'møte: 2024-09-05', 'tittel: Referat', 'fast_sak: referat', '---'),
          },
          expect: [
            { file: 'cases/fsu/2024/referat.md', line: 3, column: 7, messageId: 'unnumberedName' },
            { file: 'cases/ssu/2024/budsjett.md', line: 4, column: 9, messageId: 'unnumbered' },
            { file: 'cases/ssu/ko/beredskap.md', line: 2, column: 9, messageId: 'queued' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      const parts = c.file.split('/');
      // A folder name typed on a Mac may be decomposed (NFD): `sår` is then `sa\u030ar`, the same name to a reader.
      const folder = parts[1]!.normalize('NFC');
      const dir = parts[2]!;
      const name = parts[3]!;
      if (folder !== bodyFolder(c.body)) {
        ctx.report({
          messageId: 'body',
          file: c.file,
          ...ctx.locate(c.file, ['organ']),
          data: { body: c.body, folder, expected: `cases/${bodyFolder(c.body)}/${dir}/${name}` },
        });
      }
      if (dir === QUEUE_DIR) {
        if (c.number) ctx.report({ messageId: 'queued', file: c.file, ...ctx.locate(c.file, ['saksnr']) });
        continue;
      }
      if (!c.number) {
        const numbered = ctx.index.body(c.body)?.standingNumbered ?? true;
        if (!c.standing || numbered) {
          ctx.report({ messageId: 'unnumbered', file: c.file, ...ctx.locate(c.file, ['tittel']), data: { folder } });
        } else if (c.meeting && !name.startsWith(c.meeting)) {
          ctx.report({ messageId: 'unnumberedName', file: c.file, ...ctx.locate(c.file, ['møte']), data: { date: c.meeting } });
        }
        continue;
      }
      const number = formatCaseNumber(c.number);
      if (dir !== String(c.number.year)) {
        ctx.report({
          messageId: 'year',
          file: c.file,
          ...ctx.locate(c.file, ['saksnr']),
          data: { number, folder: dir, expected: `cases/${folder}/${c.number.year}/${name}` },
        });
      } else if (!(name === `${number}.md` || name.startsWith(`${number}-`))) {
        const rest = name.replace(/^\d{4}\.\d+-?/, '');
        ctx.report({
          messageId: 'name',
          file: c.file,
          ...ctx.locate(c.file, ['saksnr']),
          data: { number, expected: `${number}-${rest || 'sak.md'}` },
        });
      }
    }
  },
});
