import { defineRule } from './rule.js';
import { lines } from './fixture.js';
import { findNationalIds } from '../model/national-id.js';

const HINT = {
  nb: 'Pasientopplysninger hører ikke hjemme i repoet. Fjern nummeret (hf viser det aldri). Er filen allerede delt med commit og push, må nummeret også fjernes fra git-historikken; ta kontakt med den som drifter repoet.',
  en: 'Patient data does not belong in the repository. Remove the number (hf never shows it). If the file has already been shared by commit and push, the number must also be removed from the git history; contact whoever runs the repository.',
};

export default defineRule({
  meta: {
    id: 'national-id',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Filene skal ikke inneholde fødselsnummer, D-nummer eller H-nummer, verken i frontmatter eller i teksten. Elleve sifre (også skrevet «ddmmåå nnnnn») med gyldige kontrollsifre etter dagens regel eller regelen for numre fra 2032, og en dato som finnes, rapporteres uten at nummeret vises. Sifre i lengre tallrekker, i nettadresser og kontonumre skrevet dddd.dd.ddddd rapporteres ikke.',
      en: 'Files must not contain a national identity number (fødselsnummer, D-nummer or H-nummer), in frontmatter or text. Eleven digits (also written "ddmmyy nnnnn") with valid control digits under the current rule or the rule for numbers issued from 2032, and a date that exists, are reported without showing the number. Digits in longer runs, in web addresses and account numbers written dddd.dd.ddddd are not reported.',
    },
    messages: {
      fnr: { nb: 'Teksten inneholder noe som ser ut som et fødselsnummer', en: 'The text contains what looks like a national identity number (fødselsnummer)' },
      dnr: { nb: 'Teksten inneholder noe som ser ut som et D-nummer', en: 'The text contains what looks like a D number (D-nummer)' },
      hnr: { nb: 'Teksten inneholder noe som ser ut som et H-nummer', en: 'The text contains what looks like an H number (H-nummer)' },
      fileName: {
        nb: 'Filnavnet inneholder noe som ser ut som et fødselsnummer, D-nummer eller H-nummer',
        en: 'The file name contains what looks like a national identity number (fødselsnummer, D-nummer or H-nummer)',
      },
    },
    hints: {
      fnr: HINT,
      dnr: HINT,
      hnr: HINT,
      fileName: {
        nb: 'Gi filen et nytt navn uten nummeret (hf viser det som ***********). Er filen allerede delt med commit og push, må navnet også fjernes fra git-historikken.',
        en: 'Rename the file without the number (hf shows it as ***********). If the file has already been shared by commit and push, the name must also be removed from the git history.',
      },
    },
    examples: {
      valid: [
        {
          name: 'An account number, a web address, a longer number and a number whose control digits fail',
          files: {
            'cases/ssu/2024/2024.2-vitality.md': lines(
              '---',
              'saksnr: "2024.2"',
              'organ: SSU',
              'møte: 2024-09-26',
              'tittel: Vitality',
              'konklusjon: Tas til orientering.',
              '---',
              'Tilskuddet betales til konto 1506.90.10013.',
              'Se https://www.example.no/sak/15069010013 og referanse 150690100131.',
              'Løpenummer 15069010014 er ikke et fødselsnummer.',
            ),
          },
        },
      ],
      invalid: [
        {
          name: 'A fødselsnummer in the frontmatter, a D-nummer in the text, and an H-nummer under the 2032 rule',
          files: {
            'cases/ssu/2024/2024.2-vitality.md': lines(
              '---',
              'saksnr: "2024.2"',
              'organ: SSU',
              'møte: 2024-09-26',
              'tittel: Vitality for pasient 15069010013',
              'konklusjon: Tas til orientering.',
              '---',
              'Pasienten (550690 10007) ble henvist.',
              'Midlertidig nummer: 15469010004.',
            ),
          },
          expect: [
            { file: 'cases/ssu/2024/2024.2-vitality.md', line: 5, column: 30, messageId: 'fnr' },
            { file: 'cases/ssu/2024/2024.2-vitality.md', line: 8, column: 12, messageId: 'dnr' },
            { file: 'cases/ssu/2024/2024.2-vitality.md', line: 9, column: 21, messageId: 'hnr' },
          ],
        },
        {
          name: 'A number in the file name',
          files: {
            'cases/ssu/2024/2024.3-henvisning-15069010013.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Henvisning', 'konklusjon: Ok.', '---'),
          },
          expect: [{ file: 'cases/ssu/2024/2024.3-henvisning-15069010013.md', line: 1, column: 1, messageId: 'fileName' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const file of ctx.repo.files.values()) {
      if (findNationalIds(file.path).length) ctx.report({ messageId: 'fileName', file: file.path, line: 1, column: 1 });
      // The numbers in the text were found while the file was loaded (repo/facts.ts).
      for (const [kind, offset, length] of file.facts?.ids ?? []) {
        const start = file.positionAt(offset);
        const end = file.positionAt(offset + length);
        ctx.report({ messageId: kind, file: file.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
      }
    }
  },
});
