import { compareCaseNumbers, formatCaseRef, type CaseRef } from '../model/case-number.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const FSU = 'cases/fsu/2024/2024.5-rutine.md';
const SSU = 'cases/ssu/2024/2024.3-rutine.md';
const FSU_MEETING = lines('---', 'organ: FSU', 'dato: 2024-09-05', '---');
const FSU_CASE = (...extra: string[]) => lines('---', 'saksnr: "2024.5"', 'organ: FSU', 'møte: 2024-09-05', 'tittel: Rutine', ...extra, 'konklusjon: FSU anbefaler rutinen.', '---');
const SSU_CASE = (...extra: string[]) => lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Rutine', ...extra, '---');

const same = (a: CaseRef, b: CaseRef) => a.body === b.body && compareCaseNumbers(a.number, b.number) === 0;

export default defineRule({
  meta: {
    id: 'referral-link',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'En innstilling fra ett organ til et annet er koblet begge veier: saken i mottakerorganet viser til den sendende saken med innstilling_fra, og den sendende saken viser til mottakerens sak med oversendt_til (hf refer skriver begge). En sak sendes ikke til sitt eget organ.',
      en: 'A recommendation from one body to another is linked both ways: the case in the receiving body names the sending case in innstilling_fra, and the sending case names the receiving case in oversendt_til (hf refer writes both). A case is not referred to its own body.',
    },
    messages: {
      oneWay: { nb: '{from} sier {field} {to}, men {to} viser ikke tilbake til {from}', en: '{from} says {field} {to}, but {to} does not refer back to {from}' },
      sameBody: { nb: '{from} kan ikke sende innstilling til sitt eget organ ({to})', en: '{from} cannot send a recommendation to its own body ({to})' },
    },
    hints: {
      oneWay: { nb: 'Skriv {back}: "{from}" i {to}, eller bruk `hf refer` som skriver begge.', en: 'Write {back}: "{from}" in {to}, or use `hf refer`, which writes both.' },
      sameBody: { nb: 'En sak som kommer tilbake i samme organ, følger opp den forrige med oppfølging_av.', en: 'A case that comes back in the same body follows up the earlier one with oppfølging_av.' },
    },
    examples: {
      valid: [
        {
          name: 'FSU recommends, SSU treats it, linked both ways',
          files: { 'meetings/fsu/2024-09-05.md': FSU_MEETING, [FSU]: FSU_CASE('oversendt_til: ["SSU 2024.3"]'), [SSU]: SSU_CASE('innstilling_fra: "FSU 2024.5"') },
        },
      ],
      invalid: [
        {
          name: 'Linked only one way',
          files: { 'meetings/fsu/2024-09-05.md': FSU_MEETING, [FSU]: FSU_CASE(), [SSU]: SSU_CASE('innstilling_fra: "FSU 2024.5"') },
          expect: [{ file: SSU, line: 6, column: 18, messageId: 'oneWay' }],
        },
        {
          name: 'A recommendation to its own body',
          files: { [SSU]: SSU_CASE('innstilling_fra: "SSU 2024.2"') },
          expect: [{ file: SSU, line: 6, column: 18, messageId: 'sameBody' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      if (!c.number) continue;
      const self: CaseRef = { body: c.body, number: c.number };
      const links: [string, string, CaseRef, number | undefined][] = [
        ...(c.recommendationFrom ? [['innstilling_fra', 'oversendt_til', c.recommendationFrom, undefined] as [string, string, CaseRef, undefined]] : []),
        ...c.referredTo.map((r, i) => ['oversendt_til', 'innstilling_fra', r, i] as [string, string, CaseRef, number]),
      ];
      for (const [field, back, ref, i] of links) {
        const pos = ctx.locate(c.file, i === undefined ? [field] : [field, i]);
        const data = { from: formatCaseRef(self), to: formatCaseRef(ref), field, back };
        if (ref.body === c.body) {
          ctx.report({ messageId: 'sameBody', file: c.file, ...pos, data });
          continue;
        }
        const other = ctx.index.findCase(ref);
        if (!other) continue; // reported by reference-resolves
        const linked = back === 'oversendt_til' ? other.referredTo.some((r) => same(r, self)) : !!other.recommendationFrom && same(other.recommendationFrom, self);
        if (!linked) ctx.report({ messageId: 'oneWay', file: c.file, ...pos, data });
      }
    }
  },
});
