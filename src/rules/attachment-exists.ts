import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'attachment-exists',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Et vedlegg med fil (vedlegg[].fil) peker på en fil som finnes i repoet; et vedlegg som er et referat (referat:) eller et mandat (mandat:) peker på et møte eller et mandat som finnes, så møtepakken kan lages.',
      en: 'An attachment with a file (vedlegg[].fil) points to a file that exists in the repository; an attachment that is minutes (referat:) or a mandate (mandat:) points to a meeting or mandate that exists, so the meeting packet can be made.',
    },
    messages: {
      missing: { nb: 'Vedlegget `{path}` finnes ikke', en: 'The attachment `{path}` does not exist' },
      missingMinutes: { nb: 'Vedlegget er referatet fra {meeting}, men det møtet finnes ikke', en: 'The attachment is the minutes of {meeting}, but there is no such meeting' },
      missingMandate: { nb: 'Vedlegget er mandatet til {body}, men {body} har ikke noe mandat i mandates/', en: 'The attachment is the mandate of {body}, but {body} has no mandate in mandates/' },
    },
    hints: {
      missing: { nb: 'Stien regnes fra roten av repoet (der hf.yaml ligger). Sjekk stavemåte og store/små bokstaver.', en: 'The path is relative to the repository root (where hf.yaml is). Check spelling and upper/lower case.' },
      missingMinutes: { nb: 'Skriv møtet som organ og dato, for eksempel "SSU 2024-05-23", slik det står i meetings/.', en: 'Write the meeting as body and date, for example "SSU 2024-05-23", as it is in meetings/.' },
      missingMandate: { nb: 'Sjekk organkoden, eller legg mandatet i mandates/<organ>.md.', en: 'Check the body code, or put the mandate in mandates/<body>.md.' },
    },
    examples: {
      valid: [{ name: 'An attachment without a file', files: { 'cases/ssu/2024/2024.2-vitality.md': lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', 'vedlegg:', '  - tittel: Presentasjon', 'konklusjon: Ok.', '---') } }],
      invalid: [
        {
          name: 'A missing file',
          files: {
            'cases/ssu/2024/2024.2-vitality.md': lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', 'vedlegg:', '  - tittel: Presentasjon', '    fil: vedlegg/ssu/2024/presentasjon.pdf', 'konklusjon: Ok.', '---'),
          },
          expect: [{ file: 'cases/ssu/2024/2024.2-vitality.md', line: 8, column: 10, messageId: 'missing' }],
        },
        {
          name: 'Minutes of a meeting that does not exist',
          files: {
            'cases/ssu/2024/2024.2-referat.md': lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Referat', 'vedlegg:', '  - tittel: Referat SSU 23.05.24', '    referat: "SSU 2024-05-24"', 'konklusjon: Ok.', '---'),
          },
          expect: [{ file: 'cases/ssu/2024/2024.2-referat.md', line: 8, column: 14, messageId: 'missingMinutes' }],
        },
        {
          name: 'A mandate that does not exist',
          files: {
            'cases/ssu/2024/2024.2-mandat.md': lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Mandat', 'vedlegg:', '  - tittel: Utkast til mandat', '    mandat: SF-XYZ', 'konklusjon: Ok.', '---'),
          },
          expect: [{ file: 'cases/ssu/2024/2024.2-mandat.md', line: 8, column: 13, messageId: 'missingMandate' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      c.attachments.forEach((a, i) => {
        if (a.file && !ctx.repo.exists(a.file)) {
          ctx.report({ messageId: 'missing', file: c.file, ...ctx.locate(c.file, ['vedlegg', i, 'fil']), data: { path: a.file } });
        }
        if (a.minutes && !ctx.index.findMeeting(a.minutes.body, a.minutes.date) && ctx.index.agenda(a.minutes.body, a.minutes.date).length === 0) {
          ctx.report({ messageId: 'missingMinutes', file: c.file, ...ctx.locate(c.file, ['vedlegg', i, 'referat']), data: { meeting: `${a.minutes.body} ${a.minutes.date}` } });
        }
        if (a.mandate && !ctx.repo.mandates.some((m) => m.body === a.mandate)) {
          ctx.report({ messageId: 'missingMandate', file: c.file, ...ctx.locate(c.file, ['vedlegg', i, 'mandat']), data: { body: a.mandate } });
        }
      });
    }
  },
});
