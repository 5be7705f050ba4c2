import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const CASE = 'cases/ssu/2024/2024.28-delavtale.md';
const head = ['---', 'saksnr: "2024.28"', 'organ: SSU', 'møte: 2024-09-26'];

export default defineRule({
  meta: {
    id: 'invisible-character',
    severity: 'error',
    scope: 'file',
    description: {
      nb: 'Filene har ingen tegn leseren ikke ser: kontrolltegn (som NUL, BEL, ESC, sideskift og C1-tegn), retningstegn som snur teksten (som U+202E) og tegn uten bredde (som U+200B). Dokumentene fjerner slike tegn, så det som skrives ut ville avvike fra det som står i filen, og to ord som ser like ut ville være forskjellige. Tegnet nevnes ved navn der det står; et tegn som en YAML-escape (`"\\e"`, `"\\u202e"`) legger inn, rapporteres ved verdien.',
      en: 'Files hold no characters a reader cannot see: control characters (such as NUL, BEL, ESC, form feed and C1 controls), direction characters that reorder text (such as U+202E) and zero-width characters (such as U+200B). Documents remove such characters, so what is printed would differ from what the file holds, and two words that look the same would differ. The character is named where it stands; one that a YAML escape (`"\\e"`, `"\\u202e"`) puts in is reported at the value.',
    },
    messages: {
      control: { nb: 'Kontrolltegnet {char} står her', en: 'The control character {char} is here' },
      bidi: { nb: 'Retningstegnet {char} står her og kan få teksten til å se annerledes ut enn den er', en: 'The direction character {char} is here and can make the text look different from what it is' },
      zeroWidth: { nb: 'Det usynlige tegnet {char} står her', en: 'The invisible character {char} is here' },
    },
    hints: {
      control: { nb: 'Slett tegnet (i en editor som viser kontrolltegn), eller skriv teksten på nytt.', en: 'Delete the character (in an editor that shows control characters), or type the text again.' },
      bidi: { nb: 'Slett tegnet; norsk tekst trenger ikke retningstegn.', en: 'Delete the character; Norwegian text needs no direction characters.' },
      zeroWidth: {
        nb: 'Slett tegnet (det kommer ofte med når tekst limes inn fra Word eller en nettside); skriv ordet på nytt om du ikke finner det.',
        en: 'Delete the character (it often comes along when text is pasted from Word or a web page); type the word again if you cannot find it.',
      },
    },
    examples: {
      valid: [
        {
          name: 'Norwegian text with tabs, line breaks, no-break spaces and soft hyphens',
          files: { [CASE]: lines(...head, 'tittel: "Delavtale\\u00a0om beredskap"', '---', '', 'Sam\u00adhandling\tog beredskap,', 'kl.\u00a012.30.') },
        },
      ],
      invalid: [
        {
          name: 'An escape character in a title, written as a YAML escape',
          files: { [CASE]: lines(...head, 'tittel: "Delavtale\\e[31m om beredskap"', '---') },
          expect: [{ file: CASE, line: 5, column: 9, messageId: 'control' }],
        },
        {
          name: 'A right-to-left override in a title',
          files: { [CASE]: lines(...head, 'tittel: Delavtale \u202Eom beredskap', '---') },
          expect: [{ file: CASE, line: 5, column: 19, messageId: 'bidi' }],
        },
        {
          name: 'A zero-width space in a word of the text',
          files: { [CASE]: lines(...head, 'tittel: Delavtale', '---', '', 'Sam\u200Bhandling om beredskap.') },
          expect: [{ file: CASE, line: 8, column: 4, messageId: 'zeroWidth' }],
        },
      ],
    },
  },
});
