import { formatCaseRef } from '../model/case-number.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const MANDATE = (...reporting: string[]) =>
  lines('---', 'organ: FSU', 'status: utkast', 'rapportering:', '  årsrapport_til: SSU', '  evaluering_måneder: 12', ...reporting, '---', '## 1. Bakgrunn', '## 2. Mandat', '## 3. Sammensetning', '## 4. Struktur', '## 5. Rapportering');

export default defineRule({
  meta: {
    id: 'mandate-reporting',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Sakene i rapportering.årsrapporter og rapportering.evalueringer i et mandat finnes, og en årsrapport er lagt fram for organet i årsrapport_til. hf mandate check regner fristene for neste årsrapport og evaluering fra disse sakene.',
      en: 'The cases in rapportering.årsrapporter and rapportering.evalueringer of a mandate exist, and an annual report was presented to the body in årsrapport_til. hf mandate check computes when the next annual report and evaluation are due from these cases.',
    },
    messages: {
      missing: { nb: 'Saken {ref} finnes ikke', en: 'The case {ref} does not exist' },
      otherBody: { nb: 'Årsrapporten skal legges fram for {to}, men {ref} er en sak i {body}', en: 'The annual report goes to {to}, but {ref} is a case of {body}' },
    },
    hints: {
      missing: { nb: 'Skriv saken der rapporten ble lagt fram, for eksempel "SSU 2025.14".', en: 'Name the case that presented the report, for example "SSU 2025.14".' },
      otherBody: { nb: 'Vis til saken i {to}, eller rett årsrapport_til.', en: 'Name the case of {to}, or correct årsrapport_til.' },
    },
    examples: {
      valid: [{ name: 'An annual report presented to SSU', files: { 'mandates/fsu.md': MANDATE('  årsrapporter: ["SSU 2024.2"]', '  evalueringer: ["SSU 2024.2"]') } }],
      invalid: [
        {
          name: 'An evaluation case that does not exist, and a report recorded in the wrong body',
          files: {
            'mandates/fsu.md': MANDATE('  årsrapporter: ["FSU 2024.1"]', '  evalueringer: ["SSU 2024.9"]'),
            'cases/fsu/2024/2024.1-arsrapport.md': lines('---', 'saksnr: "2024.1"', 'organ: FSU', 'tittel: Årsrapport', '---'),
          },
          expect: [
            { file: 'mandates/fsu.md', line: 7, column: 18, messageId: 'otherBody' },
            { file: 'mandates/fsu.md', line: 8, column: 18, messageId: 'missing' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    for (const m of ctx.repo.mandates) {
      const check = (key: 'årsrapporter' | 'evalueringer', refs: typeof m.annualReports) =>
        refs.forEach((r, i) => {
          const ref = formatCaseRef(r);
          const at = ctx.locate(m.file, ['rapportering', key, i]);
          const found = ctx.index.findCase(r);
          if (!found) ctx.report({ messageId: 'missing', file: m.file, ...at, data: { ref } });
          else if (key === 'årsrapporter' && m.annualReportTo && found.body !== m.annualReportTo) {
            ctx.report({ messageId: 'otherBody', file: m.file, ...at, data: { ref, to: m.annualReportTo, body: found.body } });
          }
        });
      check('årsrapporter', m.annualReports);
      check('evalueringer', m.evaluations);
    }
  },
});
