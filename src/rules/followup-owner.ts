import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const CASE = (...followUp: string[]) =>
  lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Beredskap', 'konklusjon: Saken følges opp.', 'oppfølging:', ...followUp, '---');

export default defineRule({
  meta: {
    id: 'followup-owner',
    severity: 'warning',
    scope: 'repository',
    description: {
      nb: 'Et oppfølgingspunkt (oppfølging i en sak) har en ansvarlig (ansvar) og en frist eller et møte det skal opp i. Et punkt uten ansvarlig blir stående på innkallingene uten at noen eier det. Advarsel, ikke feil: referatet sier ikke alltid hvem, og punktet skal likevel registreres.',
      en: 'A follow-up item (oppfølging in a case) has an owner (ansvar) and a due date or a meeting it is due at. An item without an owner stays on the notices with nobody to act on it. A warning, not an error: the minutes do not always say who, and the item should be recorded anyway.',
    },
    messages: {
      noOwner: { nb: 'Oppfølgingspunktet «{what}» har ingen ansvarlig', en: 'The follow-up item "{what}" has no owner' },
      noDue: { nb: 'Oppfølgingspunktet «{what}» har verken frist eller møte', en: 'The follow-up item "{what}" has neither a due date nor a meeting' },
    },
    hints: {
      noOwner: { nb: 'Legg til `ansvar:` med den som skal følge opp (en person, et organ eller sekretariatet).', en: 'Add `ansvar:` naming who follows it up (a person, a body or the secretariat).' },
      noDue: { nb: 'Legg til `frist: <dato>` eller `møte: <dato for organets møte>`.', en: 'Add `frist: <date>` or `møte: <date of the body\'s meeting>`.' },
    },
    examples: {
      valid: [
        {
          name: 'An item with owner and meeting',
          files: { 'cases/ssu/2024/2024.3-beredskap.md': CASE('  - hva: Saken settes på agendaen igjen', '    ansvar: SiV og kommunene', '    møte: 2024-11-28', '    status: åpen') },
        },
      ],
      invalid: [
        {
          name: 'An item nobody owns, with no due date',
          files: { 'cases/ssu/2024/2024.3-beredskap.md': CASE('  - hva: Saken settes på agendaen igjen', '    status: åpen') },
          expect: [
            { file: 'cases/ssu/2024/2024.3-beredskap.md', line: 8, column: 5, messageId: 'noOwner' },
            { file: 'cases/ssu/2024/2024.3-beredskap.md', line: 8, column: 5, messageId: 'noDue' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      c.followUps.forEach((item, i) => {
        if (item.status === 'closed') return;
        const at = ctx.locate(c.file, ['oppfølging', i], 'key');
        const what = item.what.length > 60 ? `${item.what.slice(0, 57)}…` : item.what;
        if (!item.owner) ctx.report({ messageId: 'noOwner', file: c.file, ...at, data: { what } });
        // A date that is written but impossible is the schema's finding, not a missing one.
        if (!item.due && !item.meeting && !item.impossibleDate) ctx.report({ messageId: 'noDue', file: c.file, ...at, data: { what } });
      });
    }
  },
});
