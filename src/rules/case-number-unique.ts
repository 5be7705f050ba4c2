import { caseKey, formatCaseNumber } from '../model/case-number.js';
import type { Case } from '../model/types.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'case-number-unique',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Et saksnummer brukes av én sak i hvert organ og år. To saker med samme nummer oppstår typisk når to grener i git begge tar «neste nummer».',
      en: 'A case number is used by one case per body and year. Two cases with the same number typically come from two git branches that both took "the next number".',
    },
    messages: {
      duplicate: { nb: 'Saksnummer {number} er brukt av {count} saker i {body}', en: 'Case number {number} is used by {count} cases in {body}' },
      firstUse: { nb: 'også brukt her', en: 'also used here' },
    },
    hints: {
      duplicate: {
        nb: 'Kjør `hf renumber {body} {number} --next` for å gi den nyeste saken neste ledige nummer.',
        en: 'Run `hf renumber {body} {number} --next` to give the newest case the next free number.',
      },
    },
    examples: {
      valid: [{ name: 'Distinct numbers', files: {} }],
      invalid: [
        {
          name: 'Two branches both added SSU 2024.3',
          files: {
            'cases/ssu/2024/2024.3-budsjett.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Budsjett', '---'),
            'cases/ssu/2024/2024.3-beredskap.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Beredskap', '---'),
          },
          expect: [
            { file: 'cases/ssu/2024/2024.3-beredskap.md', line: 2, column: 9, messageId: 'duplicate', related: [{ file: 'cases/ssu/2024/2024.3-budsjett.md', line: 2, column: 9, messageId: 'firstUse' }] },
            { file: 'cases/ssu/2024/2024.3-budsjett.md', line: 2, column: 9, messageId: 'duplicate', related: [{ file: 'cases/ssu/2024/2024.3-beredskap.md', line: 2, column: 9, messageId: 'firstUse' }] },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const groups = new Map<string, Case[]>();
    for (const c of ctx.repo.cases) {
      if (!c.number) continue;
      const key = caseKey(c.body, c.number);
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      for (const c of list) {
        const number = formatCaseNumber(c.number!);
        ctx.report({
          messageId: 'duplicate',
          file: c.file,
          ...ctx.locate(c.file, ['saksnr']),
          data: { number, body: c.body, count: list.length },
          related: list.filter((o) => o !== c).map((o) => ctx.related(o.file, ['saksnr'], 'firstUse')),
        });
      }
    }
  },
});
