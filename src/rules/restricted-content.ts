import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const CASE = 'cases/ssu/2024/2024.2-vitality.md';

export default defineRule({
  meta: {
    id: 'restricted-content',
    severity: 'warning',
    scope: 'repository',
    description: {
      nb: 'Skjerming er fullstendig: en skjermet sak har en offentlig tittel, et skjermet avsnitt (`::: skjermet <hjemmel>` … `:::`) har hjemmel og avsluttes, og en skjerming som har gått ut, blir sett på. Offentlige dokumenter (`--public`) viser aldri skjermet innhold; et avsnitt som ikke avsluttes, regnes som skjermet til slutten av teksten.',
      en: 'Restrictions are complete: a restricted case has a public title, a restricted section (`::: skjermet <basis>` … `:::`) names its legal basis and is closed, and a restriction that has expired gets looked at. Public documents (`--public`) never show restricted content; an unclosed section counts as restricted to the end of the text.',
    },
    messages: {
      noPublicTitle: { nb: 'Saken er skjermet, men har ingen offentlig tittel', en: 'The case is restricted but has no public title' },
      unclosed: { nb: 'Det skjermede avsnittet som begynner her, avsluttes aldri', en: 'The restricted section that starts here is never closed' },
      noBasis: { nb: 'Det skjermede avsnittet oppgir ingen hjemmel', en: 'The restricted section names no legal basis' },
      expired: { nb: 'Skjermingen gikk ut {until}', en: 'The restriction expired on {until}' },
    },
    hints: {
      noPublicTitle: {
        nb: 'Legg til `offentlig_tittel:`; ellers står saken som «Sak unntatt offentlighet» i offentlige dokumenter.',
        en: 'Add `offentlig_tittel:`; otherwise the case appears as "Case exempt from public disclosure" in public documents.',
      },
      unclosed: {
        nb: 'Skriv en linje med bare `:::` der avsnittet slutter. Til da er resten av teksten holdt utenfor offentlige dokumenter.',
        en: 'Write a line with only `:::` where the section ends. Until then, the rest of the text is kept out of public documents.',
      },
      noBasis: { nb: 'Skriv hjemmelen etter `skjermet`, for eksempel `::: skjermet offl. § 13 jf. fvl. § 13`.', en: 'Write the legal basis after `skjermet`, for example `::: skjermet offl. § 13 jf. fvl. § 13`.' },
      expired: {
        nb: 'Fjern skjermingen hvis innholdet nå kan være offentlig; hf holder det utenfor offentlige dokumenter til skjermingen er fjernet.',
        en: 'Remove the restriction if the content may now be public; hf keeps it out of public documents until the restriction is removed.',
      },
    },
    examples: {
      valid: [
        {
          name: 'A restricted case with a public title, and a closed section with its basis',
          files: {
            [CASE]: lines(
              '---',
              'saksnr: "2024.2"',
              'organ: SSU',
              'møte: 2024-09-26',
              'tittel: Personalsak i prosjektet',
              'offentlig_tittel: Personalsak',
              'skjerming:',
              '  hjemmel: offl. § 25',
              'konklusjon: Tas til orientering.',
              '---',
              '## Bakgrunn',
              '',
              '::: skjermet offl. § 13 jf. fvl. § 13',
              'Opplysninger om en enkeltperson.',
              ':::',
            ),
          },
        },
      ],
      invalid: [
        {
          name: 'No public title, an expired restriction, and a section without basis that is never closed',
          today: '2025-01-01',
          files: {
            [CASE]: lines(
              '---',
              'saksnr: "2024.2"',
              'organ: SSU',
              'møte: 2024-09-26',
              'tittel: Personalsak i prosjektet',
              'skjerming:',
              '  hjemmel: offl. § 25',
              '  til: 2024-12-31',
              'konklusjon: Tas til orientering.',
              '---',
              '::: skjermet',
              'Opplysninger om en enkeltperson.',
            ),
          },
          expect: [
            { file: CASE, line: 6, column: 1, messageId: 'noPublicTitle' },
            { file: CASE, line: 8, column: 8, messageId: 'expired' },
            { file: CASE, line: 11, column: 1, messageId: 'noBasis' },
            { file: CASE, line: 11, column: 1, messageId: 'unclosed' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      if (c.restriction && !c.publicTitle) ctx.report({ messageId: 'noPublicTitle', file: c.file, ...ctx.locate(c.file, ['skjerming'], 'key') });
      if (c.restriction?.until && c.restriction.until < ctx.today) {
        ctx.report({ messageId: 'expired', file: c.file, ...ctx.locate(c.file, ['skjerming', 'til']), data: { until: c.restriction.until } });
      }
      c.attachments.forEach((a, i) => {
        if (a.restriction?.until && a.restriction.until < ctx.today) {
          ctx.report({ messageId: 'expired', file: c.file, ...ctx.locate(c.file, ['vedlegg', i, 'skjerming', 'til']), data: { until: a.restriction.until } });
        }
      });
    }
    // The sections were found while each file was loaded (repo/facts.ts).
    for (const file of ctx.repo.files.values()) {
      for (const [offset, basis, closed] of file.facts?.restricted ?? []) {
        if (!basis) ctx.report({ messageId: 'noBasis', file: file.path, ...ctx.positionAt(file.path, offset) });
        if (!closed) ctx.report({ messageId: 'unclosed', file: file.path, ...ctx.positionAt(file.path, offset) });
      }
    }
  },
});
