import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'frontmatter',
    severity: 'error',
    scope: 'file',
    description: {
      nb: 'Filen må begynne med YAML-frontmatter mellom to linjer med ---. Annet enn YAML (for eksempel ---js) leses aldri: hf kjører ikke kode fra filer. YAMLs dokumentslutt `...` som avsluttende linje er en feil: feltene leses, men filen skal lukkes med --- slik hf og andre verktøy (GitHub, redigeringsprogrammer) gjør.',
      en: 'A file must start with YAML frontmatter between two --- lines. Anything but YAML (such as ---js) is never read: hf does not run code from files. YAML\'s end-of-document marker `...` as the closing line is an error: the fields are read, but the file must be closed with --- as hf and other tools (GitHub, editors) do.',
    },
    messages: {
      missing: { nb: 'Filen mangler frontmatter', en: 'The file has no frontmatter' },
      unclosed: { nb: 'Frontmatter åpnes med --- men lukkes aldri', en: 'The frontmatter opens with --- but is never closed' },
      language: { nb: 'Frontmatter er merket som `{language}`, ikke YAML, og leses ikke', en: 'The frontmatter is marked as `{language}`, not YAML, and is not read' },
      empty: { nb: 'Frontmatter er tom', en: 'The frontmatter is empty' },
      dots: { nb: 'Frontmatter lukkes med ... i stedet for ---', en: 'The frontmatter is closed with ... instead of ---' },
      'not-mapping': { nb: 'Frontmatter må være felt med verdier (nøkkel: verdi)', en: 'The frontmatter must be fields with values (key: value)' },
    },
    hints: {
      missing: { nb: 'Begynn filen med en linje ---, feltene (organ:, tittel: …) og en ny linje ---.', en: 'Start the file with a --- line, the fields (organ:, tittel: …) and another --- line.' },
      unclosed: { nb: 'Legg til en linje med bare --- etter det siste feltet.', en: 'Add a line with only --- after the last field.' },
      language: { nb: 'Bruk bare --- på første linje og skriv feltene som YAML.', en: 'Use a plain --- on the first line and write the fields as YAML.' },
      dots: { nb: 'Skriv --- i stedet for ... på denne linjen.', en: 'Write --- instead of ... on this line.' },
      'not-mapping': { nb: 'Skriv hvert felt på egen linje som `nøkkel: verdi`.', en: 'Write each field on its own line as `key: value`.' },
    },
    examples: {
      valid: [{ name: 'YAML frontmatter', files: {} }],
      invalid: [
        {
          name: 'A ---js block is refused, never evaluated',
          files: { 'cases/ssu/2024/2024.3-kode.md': lines('---js', '{ tittel: require("fs").writeFileSync("pwned", "") }', '---') },
          expect: [{ file: 'cases/ssu/2024/2024.3-kode.md', line: 1, column: 1, messageId: 'language' }],
        },
        {
          name: 'No closing fence',
          files: { 'cases/ssu/2024/2024.3-apen.md': lines('---', 'organ: SSU', 'tittel: Åpen') },
          expect: [{ file: 'cases/ssu/2024/2024.3-apen.md', line: 1, column: 1, messageId: 'unclosed' }],
        },
        {
          name: 'Closed with ... (YAML\'s end of document) instead of ---',
          files: { 'cases/ssu/2024/2024.3-prikker.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Prikker', '...', 'Teksten.') },
          expect: [{ file: 'cases/ssu/2024/2024.3-prikker.md', line: 6, column: 1, messageId: 'dots' }],
        },
        {
          name: 'No frontmatter at all',
          files: { 'meetings/ssu/2024-11-28.md': lines('Møte i SSU 28. november') },
          expect: [{ file: 'meetings/ssu/2024-11-28.md', line: 1, column: 1, messageId: 'missing' }],
        },
        {
          name: 'An empty frontmatter, and one that is a list',
          files: {
            'cases/ssu/2024/2024.3-tom.md': lines('---', '---', 'Tekst'),
            'cases/ssu/2024/2024.4-liste.md': lines('---', '- organ: SSU', '- tittel: Liste', '---'),
          },
          expect: [
            { file: 'cases/ssu/2024/2024.3-tom.md', line: 2, column: 1, messageId: 'empty' },
            { file: 'cases/ssu/2024/2024.4-liste.md', line: 2, column: 1, messageId: 'not-mapping' },
          ],
        },
      ],
    },
  },
});
