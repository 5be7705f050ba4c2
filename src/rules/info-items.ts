import { formatCaseNumber } from '../model/case-number.js';
import { isDecision } from '../model/quorum.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const ITEM = (n: number, ...extra: string[]) => lines('---', `saksnr: "2024.${n}"`, 'organ: SSU', 'møte: 2024-09-26', `tittel: Sak ${n}`, ...extra, '---');

export default defineRule({
  meta: {
    id: 'info-items',
    severity: 'warning',
    scope: 'repository',
    description: {
      nb: 'Saker som tas samlet (samlet: true), er orienteringssaker: en sak med sakstype Beslutning eller Vedtak behandles for seg. Bare en sak som tas samlet, kan tas ut av orienteringssakene (tatt_ut_av).',
      en: 'Cases taken together (samlet: true) are information items: a case of type Beslutning or Vedtak is treated on its own. Only a case taken together can be lifted out of the information items (tatt_ut_av).',
    },
    messages: {
      decision: { nb: 'Sak {number} er en beslutningssak og kan ikke tas samlet med orienteringssakene', en: 'Case {number} is a decision and cannot be taken together with the information items' },
      notTogether: { nb: 'Sak {number} er tatt ut av orienteringssakene, men var ikke satt til å tas samlet', en: 'Case {number} is lifted out of the information items, but was not set to be taken together' },
    },
    hints: {
      decision: { nb: 'Fjern samlet: true, så saken får sin egen konklusjon.', en: 'Remove samlet: true, so the case gets its own conclusion.' },
      notTogether: { nb: 'Skriv samlet: true i saken, eller fjern tatt_ut_av.', en: 'Write samlet: true in the case, or remove tatt_ut_av.' },
    },
    examples: {
      valid: [
        {
          name: 'Two information items together, one lifted out',
          files: { 'cases/ssu/2024/2024.3-x.md': ITEM(3, 'sakstype: [Orientering]', 'samlet: true'), 'cases/ssu/2024/2024.4-x.md': ITEM(4, 'sakstype: [Orientering]', 'samlet: true', 'tatt_ut_av: Kari Nordmann') },
        },
      ],
      invalid: [
        {
          name: 'A decision taken together',
          files: { 'cases/ssu/2024/2024.3-x.md': ITEM(3, 'sakstype: [Beslutning]', 'samlet: true') },
          expect: [{ file: 'cases/ssu/2024/2024.3-x.md', line: 7, column: 1, messageId: 'decision' }],
        },
        {
          name: 'Lifted out without being taken together',
          files: { 'cases/ssu/2024/2024.3-x.md': ITEM(3, 'sakstype: [Orientering]', 'tatt_ut_av: Kari Nordmann') },
          expect: [{ file: 'cases/ssu/2024/2024.3-x.md', line: 7, column: 1, messageId: 'notTogether' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      const number = c.number ? formatCaseNumber(c.number) : `«${c.title}»`;
      if (c.together && isDecision(c)) ctx.report({ messageId: 'decision', file: c.file, ...ctx.locate(c.file, ['samlet'], 'key'), data: { number } });
      if (c.liftedOutBy && !c.together) ctx.report({ messageId: 'notTogether', file: c.file, ...ctx.locate(c.file, ['tatt_ut_av'], 'key'), data: { number } });
    }
  },
});
