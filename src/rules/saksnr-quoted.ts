import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const CASE = 'cases/ssu/2024/2024.10-test.md';

export default defineRule({
  meta: {
    id: 'saksnr-quoted',
    severity: 'error',
    scope: 'file',
    description: {
      nb: 'Et saksnummer skrevet uten anførselstegn leses av YAML som et desimaltall: 2024.10 blir 2024.1, en annen sak. Saksnummer må stå i anførselstegn.',
      en: 'A case number written without quotes is read by YAML as a decimal number: 2024.10 becomes 2024.1, a different case. Case numbers must be quoted.',
    },
    messages: {
      float: { nb: 'Saksnummeret {source} står uten anførselstegn og leses som tallet {value}', en: 'The case number {source} is not quoted and is read as the number {value}' },
    },
    hints: {
      float: { nb: 'Skriv `{key}: "{source}"`.', en: 'Write `{key}: "{source}"`.' },
    },
    examples: {
      valid: [{ name: 'Quoted case number', files: { [CASE]: lines('---', 'saksnr: "2024.10"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Test', '---') } }],
      invalid: [
        {
          name: 'saksnr: 2024.10 unquoted',
          files: { [CASE]: lines('---', 'saksnr: 2024.10', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Test', '---') },
          expect: [{ file: CASE, line: 2, column: 9, messageId: 'float' }],
        },
        {
          name: 'pause_etter unquoted',
          files: {
            'meetings/ssu/2024-09-26.md': lines('---', 'organ: SSU', 'dato: 2024-09-26', 'pause_etter: 2024.2', '---'),
          },
          expect: [{ file: 'meetings/ssu/2024-09-26.md', line: 4, column: 14, messageId: 'float' }],
        },
      ],
    },
  },
});
