import { formatCaseNumber, parseCaseNumber, type CaseNumber } from '../model/case-number.js';
import type { Case } from '../model/types.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

interface Numbered {
  n: CaseNumber;
  c?: Case;
}

export default defineRule({
  meta: {
    id: 'numbering-gap',
    severity: 'warning',
    scope: 'repository',
    description: {
      nb: 'Saksnumrene i et organ og år har ingen hull mellom det laveste og det høyeste nummeret i repoet. Et hull betyr ofte en slettet eller feilnummerert sak.',
      en: 'The case numbers of a body and year have no gaps between the lowest and highest number in the repository. A gap often means a deleted or misnumbered case.',
    },
    messages: {
      gap: { nb: '{body} mangler {missing} før {number}', en: '{body} is missing {missing} before {number}' },
    },
    hints: {
      gap: { nb: 'Et saksnummer brukes aldri om igjen; er saken slettet ved en feil, hent den fram igjen fra git-historikken.', en: 'A case number is never reused; if the case was deleted by mistake, restore it from the git history.' },
    },
    examples: {
      valid: [
        { name: 'Consecutive numbers', files: {} },
        { name: 'A case file that cannot be read still counts', files: { 'cases/ssu/2024/2024.3-brutt.md': lines('---', 'saksnr: "2024.3', '---'), 'cases/ssu/2024/2024.4-x.md': lines('---', 'saksnr: "2024.4"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: X', 'konklusjon: Ok.', '---') } },
      ],
      invalid: [
        {
          name: 'A gap',
          files: { 'cases/ssu/2024/2024.5-x.md': lines('---', 'saksnr: "2024.5"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: X', 'konklusjon: Ok.', '---') },
          expect: [{ file: 'cases/ssu/2024/2024.5-x.md', line: 2, column: 9, messageId: 'gap' }],
        },
      ],
    },
  },
  check(ctx) {
    const groups = new Map<string, Numbered[]>();
    const add = (body: string, n: CaseNumber, c?: Case) => {
      const key = `${body} ${n.year}`;
      groups.get(key)?.push({ n, c }) ?? groups.set(key, [{ n, c }]);
    };
    for (const c of ctx.repo.cases) if (c.number) add(c.body, c.number, c);
    // A case file that could not be read still holds its number (reported by its own rule), so it is no gap.
    for (const f of ctx.repo.files.values()) {
      if (f.kind !== 'case' || f.data) continue;
      const [, folder, , name] = f.path.split('/');
      const n = parseCaseNumber(name!.split('-')[0]!.replace(/\.md$/, ''));
      if (n) add(folder!.normalize('NFC').toUpperCase(), n);
    }
    for (const list of groups.values()) {
      list.sort((a, b) => a.n.seq - b.n.seq);
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1]!.n;
        const cur = list[i]!.n;
        const c = list[i]!.c;
        if (cur.seq - prev.seq <= 1 || !c) continue;
        const from = { year: cur.year, seq: prev.seq + 1 };
        const to = { year: cur.year, seq: cur.seq - 1 };
        const missing = from.seq === to.seq ? formatCaseNumber(from) : `${formatCaseNumber(from)}–${formatCaseNumber(to)}`;
        ctx.report({ messageId: 'gap', file: c.file, ...ctx.locate(c.file, ['saksnr']), data: { body: c.body, missing, number: formatCaseNumber(cur) } });
      }
    }
  },
});
