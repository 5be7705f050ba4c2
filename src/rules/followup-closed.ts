import { formatCaseRef } from '../model/case-number.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const CASE = (...followUp: string[]) =>
  lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Beredskap', 'konklusjon: Saken følges opp.', 'oppfølging:', ...followUp, '---');

export default defineRule({
  meta: {
    id: 'followup-closed',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Et lukket oppfølgingspunkt (status: lukket) sier i lukket_i hvilken sak som lukket det, og den saken ble ikke behandlet før saken som opprettet punktet. Et åpent punkt har ingen lukket_i.',
      en: 'A closed follow-up item (status: lukket) names the case that closed it in lukket_i, and that case was not treated before the case that created the item. An open item has no lukket_i.',
    },
    messages: {
      noClosedIn: { nb: 'Oppfølgingspunktet er lukket, men lukket_i mangler', en: 'The follow-up item is closed, but lukket_i is missing' },
      stillOpen: { nb: 'Oppfølgingspunktet har lukket_i ({ref}), men status er åpen', en: 'The follow-up item has lukket_i ({ref}), but its status is open' },
      closedBefore: { nb: 'Oppfølgingspunktet er lukket i {ref} ({closedDate}), før saken som opprettet det ble behandlet ({date})', en: 'The follow-up item is closed in {ref} ({closedDate}), before the case that created it was treated ({date})' },
    },
    hints: {
      noClosedIn: { nb: 'Skriv saken som lukket punktet, for eksempel `lukket_i: "SSU 2024.28"`.', en: 'Name the case that closed the item, for example `lukket_i: "SSU 2024.28"`.' },
      stillOpen: { nb: 'Sett `status: lukket`, eller fjern lukket_i.', en: 'Set `status: lukket`, or remove lukket_i.' },
    },
    examples: {
      valid: [
        {
          name: 'Closed in a later case',
          files: {
            'cases/ssu/2024/2024.3-beredskap.md': CASE('  - hva: Tas opp igjen', '    ansvar: SiV', '    møte: 2024-11-28', '    status: lukket', '    lukket_i: "SSU 2024.4"'),
            'cases/ssu/2024/2024.4-beredskap.md': lines('---', 'saksnr: "2024.4"', 'organ: SSU', 'møte: 2024-11-28', 'tittel: Beredskap', 'oppfølging_av: "SSU 2024.3"', '---'),
            'meetings/ssu/2024-11-28.md': lines('---', 'organ: SSU', 'dato: 2024-11-28', '---'),
          },
        },
      ],
      invalid: [
        {
          name: 'Closed without saying where, open but with lukket_i, and closed in an earlier case',
          files: {
            'cases/ssu/2024/2024.3-beredskap.md': CASE(
              '  - hva: Tas opp igjen',
              '    ansvar: SiV',
              '    status: lukket',
              '  - hva: Delavtalen revideres',
              '    ansvar: SiV',
              '    status: åpen',
              '    lukket_i: "SSU 2024.2"',
              '  - hva: Orientere FSU',
              '    ansvar: Sekretariatet',
              '    status: lukket',
              '    lukket_i: "SSU 2024.1"',
            ),
            'cases/ssu/2024/2024.1-godkjenning-av-innkalling-og-dagsorden.md': lines('---', 'saksnr: "2024.1"', 'organ: SSU', 'møte: 2024-05-23', 'tittel: Godkjenning av innkalling og dagsorden', 'fast_sak: godkjenning', '---'),
            'meetings/ssu/2024-05-23.md': lines('---', 'organ: SSU', 'dato: 2024-05-23', '---'),
          },
          expect: [
            { file: 'cases/ssu/2024/2024.3-beredskap.md', line: 10, column: 13, messageId: 'noClosedIn' },
            { file: 'cases/ssu/2024/2024.3-beredskap.md', line: 14, column: 15, messageId: 'stillOpen' },
            { file: 'cases/ssu/2024/2024.3-beredskap.md', line: 18, column: 15, messageId: 'closedBefore' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      c.followUps.forEach((item, i) => {
        if (item.status === 'closed' && !item.closedIn) {
          ctx.report({ messageId: 'noClosedIn', file: c.file, ...ctx.locate(c.file, ['oppfølging', i, 'status']) });
          return;
        }
        if (!item.closedIn) return;
        const ref = formatCaseRef(item.closedIn);
        const at = ctx.locate(c.file, ['oppfølging', i, 'lukket_i']);
        if (item.status === 'open') {
          ctx.report({ messageId: 'stillOpen', file: c.file, ...at, data: { ref } });
          return;
        }
        const closing = ctx.index.findCase(item.closedIn);
        if (closing?.meeting && c.meeting && closing.meeting < c.meeting) {
          ctx.report({ messageId: 'closedBefore', file: c.file, ...at, data: { ref, closedDate: closing.meeting, date: c.meeting } });
        }
      });
    }
  },
});
