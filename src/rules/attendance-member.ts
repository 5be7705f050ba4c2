import { compareCaseNumbers, formatCaseNumber } from '../model/case-number.js';
import { ALL_MEMBERS, isDeputy, memberNamed } from '../model/quorum.js';
import type { YamlPath } from '../repo/yaml.js';
import { defineRule } from './rule.js';
import { BASE_CONFIG, lines } from './fixture.js';

/** The base partnership with a deputy for Ola Nordmann. */
const WITH_DEPUTY = BASE_CONFIG.replace('      - navn: Ola Nordmann\n', '      - navn: Ola Nordmann\n        vara: Vera Vara\n');

const FIELDS = [
  ['tilstede', 'present'],
  ['frafall', 'absent'],
  ['deltakere', 'participants'],
  ['innledere', 'presenters'],
] as const;

export default defineRule({
  meta: {
    id: 'attendance-member',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Navnene i tilstede, frafall, deltakere, innledere, møteleder og referent er medlemmer av organet (hf.yaml), varaer for medlemmene, sekretariatet, eller gjester i møtet. «faste medlemmer» i tilstede betyr medlemmene som ikke har meldt frafall. Ingen står både som til stede og med frafall. En vara møter for et medlem av organet (vara_for), og fra_sak og til_sak er saker i møtet.',
      en: 'The names in tilstede, frafall, deltakere, innledere, møteleder and referent are members of the body (hf.yaml), deputies of its members, the secretariat, or guests of the meeting. "faste medlemmer" in tilstede means the members who have not sent apologies. Nobody is both present and absent. A deputy meets for a member of the body (vara_for), and fra_sak and til_sak are cases of the meeting.',
    },
    messages: {
      unknown: { nb: '{name} er ikke medlem av {body}, vara, i sekretariatet eller gjest i møtet', en: '{name} is not a member of {body}, a deputy, in the secretariat or a guest of the meeting' },
      both: { nb: '{name} står både som til stede og med frafall', en: '{name} is listed both as present and absent' },
      deputyFor: { nb: '{name} møtte som vara for {member}, som ikke er medlem av {body}', en: '{name} met as deputy for {member}, who is not a member of {body}' },
      notOnAgenda: { nb: 'Sak {number} er ikke en sak i møtet', en: 'Case {number} is not a case of the meeting' },
    },
    hints: {
      unknown: {
        nb: 'Sjekk stavemåten mot medlemmene og varaene i hf.yaml, eller legg personen til under gjester i møtet.',
        en: 'Check the spelling against the members and deputies in hf.yaml, or add the person under gjester in the meeting.',
      },
      deputyFor: { nb: 'Skriv navnet på medlemmet slik det står under medlemmer i hf.yaml.', en: 'Write the name of the member as it is under medlemmer in hf.yaml.' },
      notOnAgenda: { nb: 'Skriv nummeret på saken personen kom til (fra_sak) eller var med på til og med (til_sak).', en: 'Write the number of the case the person came for (fra_sak) or stayed until (til_sak).' },
    },
    examples: {
      valid: [
        {
          name: 'Members, the keyword and a guest',
          files: {
            'meetings/ssu/2024-09-26.md': lines('---', 'organ: SSU', 'dato: 2024-09-26', 'tilstede: [faste medlemmer, Eva Gjest]', 'frafall: [Ola Nordmann]', 'gjester:', '  - navn: Eva Gjest', '    organisasjon: NSF', '---'),
          },
        },
        {
          name: 'A deputy for a member with apologies, and a member who left after case 2024.1',
          files: {
            'hf.yaml': WITH_DEPUTY,
            'meetings/ssu/2024-09-26.md': lines(
              '---',
              'organ: SSU',
              'dato: 2024-09-26',
              'tilstede:',
              '  - navn: Kari Nordmann',
              '    til_sak: "2024.1"',
              '  - navn: Vera Vara',
              '    vara_for: Ola Nordmann',
              'frafall:',
              '  - navn: Ola Nordmann',
              '    grunn: sykdom',
              '---',
            ),
          },
        },
      ],
      invalid: [
        {
          name: 'An unknown name and someone both present and absent',
          files: {
            'meetings/ssu/2024-09-26.md': lines('---', 'organ: SSU', 'dato: 2024-09-26', 'tilstede: [Kari Nordmann, Kari Normann]', 'frafall: [Kari Nordmann]', '---'),
          },
          expect: [
            { file: 'meetings/ssu/2024-09-26.md', line: 4, column: 27, messageId: 'unknown' },
            { file: 'meetings/ssu/2024-09-26.md', line: 5, column: 11, messageId: 'both' },
          ],
        },
        {
          name: 'A deputy for someone who is not a member, and a case not on the agenda',
          files: {
            'hf.yaml': WITH_DEPUTY,
            'meetings/ssu/2024-09-26.md': lines(
              '---',
              'organ: SSU',
              'dato: 2024-09-26',
              'tilstede:',
              '  - navn: Vera Vara',
              '    vara_for: Per Hansen',
              '  - navn: Kari Nordmann',
              '    fra_sak: "2024.9"',
              '---',
            ),
          },
          expect: [
            { file: 'meetings/ssu/2024-09-26.md', line: 6, column: 15, messageId: 'deputyFor' },
            { file: 'meetings/ssu/2024-09-26.md', line: 8, column: 14, messageId: 'notOnAgenda' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const secretariat = new Set(ctx.repo.config.secretariat.map((p) => p.name));
    for (const m of ctx.repo.meetings) {
      const body = ctx.index.body(m.body);
      if (!body) continue;
      const guests = new Set(m.guests.map((g) => g.name));
      const known = (name: string) => !!memberNamed(body, name) || isDeputy(body, name) || secretariat.has(name) || guests.has(name);
      const raw = ctx.repo.files.get(m.file)?.data;
      /** Where an entry's name is: the item itself, or its `navn` when the item is written as an object. */
      const at = (key: string, i: number): YamlPath => {
        const item = (raw?.[key] as unknown[] | undefined)?.[i];
        return item && typeof item === 'object' ? [key, i, 'navn'] : [key, i];
      };
      for (const [key, field] of FIELDS) {
        m[field].forEach((name, i) => {
          if (key === 'tilstede' && name.trim().toLowerCase() === ALL_MEMBERS) return;
          if (!known(name)) ctx.report({ messageId: 'unknown', file: m.file, ...ctx.locate(m.file, at(key, i)), data: { name, body: m.body } });
        });
      }
      if (m.chair && !known(m.chair)) ctx.report({ messageId: 'unknown', file: m.file, ...ctx.locate(m.file, ['møteleder']), data: { name: m.chair, body: m.body } });
      // `referent` is one name or a list of them.
      m.minuteTakers.forEach((name, i) => {
        if (!known(name)) ctx.report({ messageId: 'unknown', file: m.file, ...ctx.locate(m.file, m.minuteTakers.length > 1 ? ['referent', i] : ['referent']), data: { name, body: m.body } });
      });
      const present = new Set(m.present);
      m.absent.forEach((name, i) => {
        if (present.has(name)) ctx.report({ messageId: 'both', file: m.file, ...ctx.locate(m.file, at('frafall', i)), data: { name } });
      });
      const agenda = ctx.index.agenda(m.body, m.date);
      m.presence.forEach((p, i) => {
        if (p.deputyFor && !memberNamed(body, p.deputyFor)) {
          ctx.report({ messageId: 'deputyFor', file: m.file, ...ctx.locate(m.file, ['tilstede', i, 'vara_for']), data: { name: p.name, member: p.deputyFor, body: m.body } });
        }
        for (const [key, n] of [
          ['fra_sak', p.fromCase],
          ['til_sak', p.untilCase],
        ] as const) {
          if (n && !agenda.some((c) => c.number && compareCaseNumbers(c.number, n) === 0)) {
            ctx.report({ messageId: 'notOnAgenda', file: m.file, ...ctx.locate(m.file, ['tilstede', i, key]), data: { number: formatCaseNumber(n) } });
          }
        }
      });
    }
  },
});
