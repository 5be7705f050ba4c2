import { closest } from '../schema/errors.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'case-type-known',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Sakstypene til en sak er blant sakstypene i hf.yaml (standard: Orientering, Beslutning, Diskusjon, Dialog, Vedtak).',
      en: 'The case types of a case are among the case types in hf.yaml (default: Orientering, Beslutning, Diskusjon, Dialog, Vedtak).',
    },
    messages: {
      unknown: { nb: 'Ukjent sakstype `{type}`', en: 'Unknown case type `{type}`' },
    },
    hints: {
      unknown: { nb: 'Bruk en av: {known}{suggestion}.', en: 'Use one of: {known}{suggestion}.' },
    },
    examples: {
      valid: [{ name: 'Known types', files: {} }],
      invalid: [
        {
          name: 'Misspelt type',
          files: { 'cases/ssu/2024/2024.2-vitality.md': lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', 'sakstype: [Orientring]', 'konklusjon: Ok.', '---') },
          expect: [{ file: 'cases/ssu/2024/2024.2-vitality.md', line: 6, column: 12, messageId: 'unknown' }],
        },
      ],
    },
  },
  check(ctx) {
    const known = ctx.repo.config.caseTypes;
    for (const c of ctx.repo.cases) {
      c.types.forEach((type, i) => {
        if (known.includes(type)) return;
        const s = closest(type, known);
        ctx.report({ messageId: 'unknown', file: c.file, ...ctx.locate(c.file, ['sakstype', i]), data: { type, known: known.join(', '), suggestion: s ? ` (${s}?)` : '' } });
      });
    }
  },
});
