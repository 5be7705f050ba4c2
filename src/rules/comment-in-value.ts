import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const CASE = 'cases/ssu/2024/2024.3-budsjett.md';

export default defineRule({
  meta: {
    id: 'comment-in-value',
    severity: 'warning',
    scope: 'file',
    description: {
      nb: 'I YAML begynner ` #` en kommentar, også midt i en tekst uten anførselstegn: `tittel: Budsjett #2 for 2025` gir tittelen «Budsjett». Det er riktig YAML, men neppe ment, så hf varsler om hver tekstverdi i frontmatter som en kommentar følger på samme linje. (hf.yaml er unntatt: der er kommentarer etter verdiene vanlige.)',
      en: 'In YAML ` #` starts a comment, also in the middle of unquoted text: `tittel: Budsjett #2 for 2025` gives the title "Budsjett". That is correct YAML but hardly meant, so hf warns about every text value in frontmatter that a comment follows on the same line. (hf.yaml is exempt: comments after values are the custom there.)',
    },
    messages: {
      cut: {
        nb: '` #` begynner en kommentar her, så verdien er bare «{value}», og «#{comment}» er ikke med',
        en: '` #` starts a comment here, so the value is only "{value}", and "#{comment}" is left out',
      },
    },
    hints: {
      cut: {
        nb: 'Hører # til teksten, sett hele verdien i anførselstegn: `"… #…"`. En kommentar kan stå på egen linje.',
        en: 'If # belongs to the text, put the whole value in quotes: `"… #…"`. A comment can go on a line of its own.',
      },
    },
    examples: {
      valid: [
        {
          name: 'A quoted title with #, and comments on their own line or after quoted values',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', '# Nummer to i rekken', 'tittel: "Budsjett #2 for 2025"', 'viser_til: ["SSU 2024.2"]   # samme sak', '---') },
        },
      ],
      invalid: [
        {
          name: 'An unquoted title with #',
          files: { [CASE]: lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Budsjett #2 for 2025', '---') },
          expect: [{ file: CASE, line: 5, column: 18, messageId: 'cut' }],
        },
      ],
    },
  },
});
