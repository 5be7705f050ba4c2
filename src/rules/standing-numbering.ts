import { formatCaseNumber } from '../model/case-number.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'standing-numbering',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Faste saker (godkjenning, referat, eventuelt) har saksnummer i organer som nummererer dem (faste_saker.nummerert i hf.yaml, for eksempel SSU) og ikke i organer som ikke gjør det (for eksempel FSU).',
      en: 'Standing items (godkjenning, referat, eventuelt) have case numbers in bodies that number them (faste_saker.nummerert in hf.yaml, such as SSU) and none in bodies that do not (such as FSU).',
    },
    messages: {
      numbered: { nb: '{body} nummererer ikke faste saker, men denne har nummer {number}', en: '{body} does not number standing items, but this one has number {number}' },
    },
    hints: {
      numbered: { nb: 'Fjern saksnr og gi filen navn etter møtedatoen, eller endre faste_saker.nummerert for {body} i hf.yaml.', en: 'Remove saksnr and name the file after the meeting date, or change faste_saker.nummerert for {body} in hf.yaml.' },
    },
    examples: {
      valid: [
        {
          name: 'FSU standing item without a number',
          files: {
            'meetings/fsu/2024-09-05.md': lines('---', 'organ: FSU', 'dato: 2024-09-05', '---'),
            'cases/fsu/2024/2024-09-05-godkjenning.md': lines('---', 'organ: FSU', 'møte: 2024-09-05', 'tittel: Godkjenning av innkalling og dagsorden', 'fast_sak: godkjenning', 'konklusjon: Godkjent.', '---'),
          },
        },
      ],
      invalid: [
        {
          name: 'FSU standing item with a number',
          files: {
            'meetings/fsu/2024-09-05.md': lines('---', 'organ: FSU', 'dato: 2024-09-05', '---'),
            'cases/fsu/2024/2024.1-godkjenning.md': lines('---', 'saksnr: "2024.1"', 'organ: FSU', 'møte: 2024-09-05', 'tittel: Godkjenning av innkalling og dagsorden', 'fast_sak: godkjenning', 'konklusjon: Godkjent.', '---'),
          },
          expect: [{ file: 'cases/fsu/2024/2024.1-godkjenning.md', line: 2, column: 9, messageId: 'numbered' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      if (!c.standing || !c.number) continue;
      const body = ctx.index.body(c.body);
      if (body && !body.standingNumbered) {
        ctx.report({ messageId: 'numbered', file: c.file, ...ctx.locate(c.file, ['saksnr']), data: { body: c.body, number: formatCaseNumber(c.number) } });
      }
    }
  },
});
