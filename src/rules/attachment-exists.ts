import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'attachment-exists',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Et vedlegg med fil (vedlegg[].fil) peker på en fil som finnes i repoet.',
      en: 'An attachment with a file (vedlegg[].fil) points to a file that exists in the repository.',
    },
    messages: {
      missing: { nb: 'Vedlegget `{path}` finnes ikke', en: 'The attachment `{path}` does not exist' },
    },
    hints: {
      missing: { nb: 'Stien regnes fra roten av repoet (der hf.yaml ligger). Sjekk stavemåte og store/små bokstaver.', en: 'The path is relative to the repository root (where hf.yaml is). Check spelling and upper/lower case.' },
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
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      c.attachments.forEach((a, i) => {
        if (a.file && !ctx.repo.exists(a.file)) {
          ctx.report({ messageId: 'missing', file: c.file, ...ctx.locate(c.file, ['vedlegg', i, 'fil']), data: { path: a.file } });
        }
      });
    }
  },
});
