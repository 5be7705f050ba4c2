import { MAX_NESTING } from '../model/markdown-nesting.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const CASE = 'cases/ssu/2024/2024.28-delavtale.md';
const head = ['---', 'saksnr: "2024.28"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Delavtale'];

export default defineRule({
  meta: {
    id: 'markdown-nesting',
    severity: 'warning',
    scope: 'file',
    description: {
      nb: `Markdown-tekst (sakstekst, behandling, konklusjon …) nestes høyst ${MAX_NESTING} nivåer: sitater (>) og lister inni hverandre, og uthevinger, lenker og gjennomstreking inni hverandre. En tekst som kan gå dypere, vises som ren tekst, slik den er skrevet, i stedet for å stoppe eller forsinke dokumentet.`,
      en: `Markdown text (a case's text, treatment, conclusion …) nests at most ${MAX_NESTING} levels: quotes (>) and lists inside each other, and emphasis, links and strike-through inside each other. A text that may go deeper is shown as plain text, as it is written, instead of stopping or stalling the document.`,
    },
    messages: {
      tooDeep: {
        nb: `Teksten nestes dypere enn hf viser (mer enn ${MAX_NESTING} nivåer av sitater, lister og uthevinger inni hverandre) og vises som ren tekst`,
        en: `The text nests deeper than hf shows (more than ${MAX_NESTING} levels of quotes, lists and emphasis inside each other) and is shown as plain text`,
      },
    },
    hints: {
      tooDeep: {
        nb: 'Gjør teksten flatere her: færre `>`, innrykk, `*`, `_` og `[` inni hverandre (et innlimt dokument kan ha med seg slike tegn).',
        en: 'Make the text flatter here: fewer `>`, indents, `*`, `_` and `[` inside each other (a pasted document may bring such characters along).',
      },
    },
    examples: {
      valid: [
        {
          name: 'Quotes, lists and emphasis a few levels deep',
          files: { [CASE]: lines(...head, '---', '', '> Sitat', '> > med svar', '', '- punkt', '  - underpunkt med **uthevet *og kursiv* tekst**', '', '`***kode***` og \\*stjerner\\*') },
        },
      ],
      invalid: [
        {
          name: 'A quote nested 40 levels deep in the case text',
          files: { [CASE]: lines(...head, '---', '', 'Innledning.', '', '>'.repeat(40) + ' dypt') },
          expect: [{ file: CASE, line: 10, column: 33, messageId: 'tooDeep' }],
        },
        {
          name: 'Emphasis nested 40 levels deep in the treatment',
          files: { [CASE]: lines(...head, 'behandling: |', '  Første linje.', '  ' + '*a '.repeat(40) + 'x' + ' b*'.repeat(40), '---') },
          expect: [{ file: CASE, line: 8, column: 3 + 3 * 32, messageId: 'tooDeep' }],
        },
      ],
    },
  },
});
