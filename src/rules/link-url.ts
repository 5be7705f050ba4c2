import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'link-url',
    severity: 'warning',
    scope: 'repository',
    description: {
      nb: 'En lenke i sakslisten (lenker[]) har en adresse (url). Uten adresse vises bare tittelen, som leseren ikke kan følge; skriv inn adressen, eller gjør teksten til et punkt.',
      en: 'A link on the agenda (lenker[]) has an address (url). Without one only its title is shown, which the reader cannot follow; enter the address, or make the text a bullet point.',
    },
    messages: {
      noUrl: { nb: 'Lenken «{title}» har ingen adresse', en: 'The link «{title}» has no address' },
    },
    hints: {
      noUrl: {
        nb: 'Legg til `url: https://…` under tittelen, eller flytt teksten til `punkter:` hvis den ikke skal lenke noe sted.',
        en: 'Add `url: https://…` under the title, or move the text to `punkter:` if it should not link anywhere.',
      },
    },
    examples: {
      valid: [
        {
          name: 'A link with its address',
          files: { 'cases/ssu/2024/2024.31-midler.md': lines('---', 'saksnr: "2024.31"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Midler fra HSØ', 'lenker:', '  - tittel: Helse Sør-Øst', '    url: https://www.helse-sorost.no', 'konklusjon: Ok.', '---') },
        },
      ],
      invalid: [
        {
          name: 'A link with only a title',
          files: { 'cases/ssu/2024/2024.28-delavtale.md': lines('---', 'saksnr: "2024.28"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Delavtale', 'lenker:', '  - tittel: Veileder, samarbeidsavtaler', 'konklusjon: Ok.', '---') },
          expect: [{ file: 'cases/ssu/2024/2024.28-delavtale.md', line: 7, column: 5, messageId: 'noUrl' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      c.links.forEach((link, i) => {
        if (!link.url) ctx.report({ messageId: 'noUrl', file: c.file, ...ctx.locate(c.file, ['lenker', i]), data: { title: link.title } });
      });
    }
  },
});
