import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'conflict-marker',
    severity: 'error',
    scope: 'file',
    description: {
      nb: 'Filen inneholder konfliktmarkører fra git (<<<<<<< … >>>>>>>) etter en sammenslåing som ikke er fullført.',
      en: 'The file contains git conflict markers (<<<<<<< … >>>>>>>) from a merge that was not finished.',
    },
    messages: {
      conflict: { nb: 'Filen har en uløst konflikt fra git', en: 'The file has an unresolved git conflict' },
    },
    hints: {
      conflict: {
        nb: 'Velg hvilken versjon som skal gjelde, og fjern linjene som begynner med <<<<<<<, ======= og >>>>>>>.',
        en: 'Choose which version applies and remove the lines starting with <<<<<<<, ======= and >>>>>>>.',
      },
    },
    examples: {
      valid: [
        {
          name: 'A setext heading underline is not a conflict',
          files: { 'cases/ssu/2024/2024.2-vitality.md': lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', 'konklusjon: Ok.', '---', 'Overskrift', '=======') },
        },
      ],
      invalid: [
        {
          name: 'Conflict in the frontmatter',
          files: {
            'cases/ssu/2024/2024.2-vitality.md': lines(
              '---',
              'saksnr: "2024.2"',
              'organ: SSU',
              'møte: 2024-09-26',
              '<<<<<<< HEAD',
              'tittel: Vitality',
              '=======',
              'tittel: Vitality – status',
              '>>>>>>> feature',
              'konklusjon: Ok.',
              '---',
            ),
          },
          expect: [{ file: 'cases/ssu/2024/2024.2-vitality.md', line: 5, column: 1, messageId: 'conflict' }],
        },
      ],
    },
  },
});
