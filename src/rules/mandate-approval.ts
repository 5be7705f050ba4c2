import { formatCaseRef } from '../model/case-number.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const MANDATE = (...fields: string[]) =>
  lines('---', 'organ: FSU', ...fields, '---', '## 1. Bakgrunn', '## 2. Mandat', '## 3. Sammensetning', '## 4. Struktur', '## 5. Rapportering');

export default defineRule({
  meta: {
    id: 'mandate-approval',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Et mandat med status vedtatt viser i vedtatt_i til saken som vedtok det, og den saken finnes i repoet og har en konklusjon. Et utkast kan vise til saken som skal behandle det.',
      en: 'A mandate with status vedtatt names the case that approved it in vedtatt_i, and that case exists in the repository and has a conclusion. A draft may name the case that is to treat it.',
    },
    messages: {
      noCase: { nb: 'Mandatet har status vedtatt, men vedtatt_i mangler', en: 'The mandate has status vedtatt, but vedtatt_i is missing' },
      missingCase: { nb: 'Mandatet er vedtatt i {ref}, men den saken finnes ikke i repoet', en: 'The mandate is approved in {ref}, but that case is not in the repository' },
      notConcluded: { nb: 'Mandatet er vedtatt i {ref}, men saken har ingen konklusjon', en: 'The mandate is approved in {ref}, but the case has no conclusion' },
    },
    hints: {
      noCase: { nb: 'Skriv saken som vedtok mandatet, for eksempel `vedtatt_i: "SSU 2024.27"`, eller sett status: utkast.', en: 'Name the case that approved the mandate, for example `vedtatt_i: "SSU 2024.27"`, or set status: utkast.' },
      missingCase: { nb: 'Sjekk organ og nummer, eller legg inn saken.', en: 'Check body and number, or add the case.' },
      notConcluded: { nb: 'Skriv inn konklusjonen fra referatet i {ref}, eller sett status: utkast til saken er behandlet.', en: 'Enter the conclusion from the minutes in {ref}, or set status: utkast until the case has been treated.' },
    },
    examples: {
      valid: [
        { name: 'Approved in a concluded case', files: { 'mandates/fsu.md': MANDATE('status: vedtatt', 'vedtatt_i: "SSU 2024.2"') } },
        { name: 'A draft going to a case not yet treated', files: { 'mandates/fsu.md': MANDATE('status: utkast', 'vedtatt_i: "SSU 2024.3"') } },
      ],
      invalid: [
        {
          name: 'Approved without a case, and approved in a case without a conclusion',
          files: {
            'mandates/fsu.md': MANDATE('status: vedtatt'),
            'mandates/ssu.md': lines('---', 'organ: SSU', 'status: vedtatt', 'vedtatt_i: "SSU 2024.3"', '---', '## 1. Bakgrunn', '## 2. Mandat', '## 3. Sammensetning', '## 4. Struktur', '## 5. Rapportering'),
            'cases/ssu/2024/2024.3-mandat.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Mandat for SSU', 'forslag_til_konklusjon: Mandatet vedtas.', '---'),
          },
          expect: [
            { file: 'mandates/fsu.md', line: 3, column: 9, messageId: 'noCase' },
            { file: 'mandates/ssu.md', line: 4, column: 12, messageId: 'notConcluded' },
          ],
        },
        {
          name: 'Approved in a case that is not in the repository',
          files: { 'mandates/fsu.md': MANDATE('status: vedtatt', 'vedtatt_i: "SSU 2024.9"') },
          expect: [{ file: 'mandates/fsu.md', line: 4, column: 12, messageId: 'missingCase' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const m of ctx.repo.mandates) {
      if (m.status !== 'vedtatt') continue;
      if (!m.approvedIn) {
        ctx.report({ messageId: 'noCase', file: m.file, ...ctx.locate(m.file, ['status']) });
        continue;
      }
      const ref = formatCaseRef(m.approvedIn);
      const approving = ctx.index.findCase(m.approvedIn);
      const at = ctx.locate(m.file, ['vedtatt_i']);
      if (!approving) ctx.report({ messageId: 'missingCase', file: m.file, ...at, data: { ref } });
      else if (!approving.conclusion) ctx.report({ messageId: 'notConcluded', file: m.file, ...at, data: { ref } });
    }
  },
});
