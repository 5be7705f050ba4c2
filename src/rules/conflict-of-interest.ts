import { formatCaseNumber } from '../model/case-number.js';
import { attendanceRecorded, isDeputy, memberNamed, seatsAt } from '../model/quorum.js';
import { defineRule } from './rule.js';
import { BASE_CONFIG, lines } from './fixture.js';

const CASE = 'cases/ssu/2024/2024.3-fordeling-av-midler.md';
const DECISION = (name: string) =>
  lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Fordeling av midler', 'sakstype: [Beslutning]', 'inhabil:', `  - navn: ${name}`, '    grunn: Styremedlem i søkeren', 'konklusjon: Midlene fordeles.', '---');
const MEETING = (present: string) => lines('---', 'organ: SSU', 'dato: 2024-09-26', `tilstede: [${present}]`, '---');

export default defineRule({
  meta: {
    id: 'conflict-of-interest',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Den som er ført opp som inhabil i en sak (inhabil), er medlem av organet eller vara for et medlem, og var til stede i møtet da saken ble behandlet, når møtefilen sier hvem som var til stede.',
      en: 'Whoever is recorded with a conflict of interest in a case (inhabil) is a member of the body or a deputy of one, and was present when the case was treated, when the meeting file says who was present.',
    },
    messages: {
      unknown: { nb: '{name} er ikke medlem av {body} eller vara for et medlem', en: '{name} is not a member of {body} or a deputy of one' },
      notPresent: { nb: '{name} var ikke til stede da sak {number} ble behandlet', en: '{name} was not present when case {number} was treated' },
    },
    hints: {
      unknown: { nb: 'Sjekk stavemåten mot medlemmene og varaene i hf.yaml.', en: 'Check the spelling against the members and deputies in hf.yaml.' },
      notPresent: {
        nb: 'Bare den som deltar i behandlingen, kan fratre som inhabil: sjekk navnet, og tilstede og frafall i møtefilen.',
        en: 'Only someone taking part can step aside: check the name, and tilstede and frafall in the meeting file.',
      },
    },
    examples: {
      valid: [{ name: 'A member present at the meeting steps aside', files: { 'meetings/ssu/2024-09-26.md': MEETING('Kari Nordmann, Ola Nordmann'), [CASE]: DECISION('Ola Nordmann') } }],
      invalid: [
        {
          name: 'Someone who is neither member nor deputy',
          files: { [CASE]: DECISION('Per Hansen') },
          expect: [{ file: CASE, line: 8, column: 11, messageId: 'unknown' }],
        },
        {
          name: 'A member who had sent apologies',
          files: {
            'hf.yaml': BASE_CONFIG,
            'meetings/ssu/2024-09-26.md': lines('---', 'organ: SSU', 'dato: 2024-09-26', 'tilstede: [faste medlemmer]', 'frafall: [Ola Nordmann]', '---'),
            [CASE]: DECISION('Ola Nordmann'),
          },
          expect: [{ file: CASE, line: 8, column: 11, messageId: 'notPresent' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.repo.cases) {
      if (!c.conflicts.length) continue;
      const body = ctx.index.body(c.body);
      if (!body) continue;
      const meeting = c.meeting ? ctx.index.findMeeting(c.body, c.meeting) : undefined;
      const seats = meeting && attendanceRecorded(meeting) ? seatsAt(meeting, body, { ...c, conflicts: [] }, ctx.index.agenda(c.body, c.meeting!)) : undefined;
      const same = (a: string, b: string | undefined) => !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
      c.conflicts.forEach((x, i) => {
        const pos = ctx.locate(c.file, ['inhabil', i, 'navn']);
        if (!memberNamed(body, x.name) && !isDeputy(body, x.name)) {
          ctx.report({ messageId: 'unknown', file: c.file, ...pos, data: { name: x.name, body: c.body } });
        } else if (seats && !seats.some((s) => (s.deputy ? same(x.name, s.deputy) : same(x.name, s.member.name)))) {
          ctx.report({ messageId: 'notPresent', file: c.file, ...pos, data: { name: x.name, number: c.number ? formatCaseNumber(c.number) : `«${c.title}»` } });
        }
      });
    }
  },
});
