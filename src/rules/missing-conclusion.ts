import { formatCaseNumber } from '../model/case-number.js';
import { takenTogether } from '../model/info-items.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

export default defineRule({
  meta: {
    id: 'missing-conclusion',
    severity: 'warning',
    scope: 'repository',
    description: {
      nb: 'Når møtedatoen er passert, har hver sak i møtet en konklusjon eller en møtebehandling fra referatet; orienteringssaker som tas samlet, har den ene konklusjonen under orienteringssaker i møtefilen. En sak uten noen av delene betyr at referatet ikke er ført inn.',
      en: 'Once the meeting date has passed, every case of the meeting has a conclusion or a treatment text from the minutes; information items taken together have the one conclusion under orienteringssaker in the meeting file. A case with neither means the minutes have not been entered.',
    },
    messages: {
      missing: { nb: 'Møtet {date} er holdt, men sak {number} har ingen konklusjon', en: 'The meeting on {date} has been held, but case {number} has no conclusion' },
    },
    hints: {
      missing: { nb: 'Skriv inn konklusjonen (og behandlingen) fra referatet; `hf minutes {body} {date}` viser hva som mangler.', en: 'Enter the conclusion (and treatment) from the minutes; `hf minutes {body} {date}` shows what is missing.' },
    },
    examples: {
      valid: [
        { name: 'All cases concluded', files: {}, today: '2024-10-01' },
        {
          name: 'A future meeting needs no conclusions yet',
          files: { 'cases/ssu/2024/2024.3-x.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: X', 'forslag_til_konklusjon: Tas til orientering.', '---') },
          today: '2024-09-01',
        },
        {
          name: 'Information items taken together share the conclusion in the meeting file',
          files: {
            'meetings/ssu/2024-09-26.md': lines('---', 'organ: SSU', 'dato: 2024-09-26', 'orienteringssaker:', '  konklusjon: Sakene tas til orientering.', '---'),
            'cases/ssu/2024/2024.3-x.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: X', 'samlet: true', '---'),
            'cases/ssu/2024/2024.4-y.md': lines('---', 'saksnr: "2024.4"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Y', 'samlet: true', '---'),
          },
          today: '2024-10-01',
        },
      ],
      invalid: [
        {
          name: 'A held meeting with a case lacking its conclusion',
          files: { 'cases/ssu/2024/2024.3-x.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: X', 'forslag_til_konklusjon: Tas til orientering.', '---') },
          today: '2024-10-01',
          expect: [{ file: 'cases/ssu/2024/2024.3-x.md', line: 5, column: 9, messageId: 'missing' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      if (!c.meeting || c.meeting >= ctx.today || c.conclusion || c.treatment) continue;
      const meeting = ctx.index.findMeeting(c.body, c.meeting);
      if (!meeting) continue; // reported by case-meeting
      if (takenTogether(c) && meeting.infoItems?.conclusion) continue;
      ctx.report({
        messageId: 'missing',
        file: c.file,
        ...ctx.locate(c.file, ['tittel']),
        data: { date: c.meeting, number: c.number ? formatCaseNumber(c.number) : `«${c.title}»`, body: c.body.toLowerCase() },
      });
    }
  },
});
