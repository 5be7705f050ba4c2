import { defineRule } from './rule.js';
import { lines } from './fixture.js';

/** The word in `tilstede` that stands for the body's members who have not sent apologies. */
export const ALL_MEMBERS = 'faste medlemmer';

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
      nb: 'Navnene i tilstede, frafall, deltakere, innledere, møteleder og referent er medlemmer av organet (hf.yaml), sekretariatet, eller gjester i møtet. «faste medlemmer» i tilstede betyr medlemmene som ikke har meldt frafall. Ingen står både som til stede og med frafall.',
      en: 'The names in tilstede, frafall, deltakere, innledere, møteleder and referent are members of the body (hf.yaml), the secretariat, or guests of the meeting. "faste medlemmer" in tilstede means the members who have not sent apologies. Nobody is both present and absent.',
    },
    messages: {
      unknown: { nb: '{name} er ikke medlem av {body}, i sekretariatet eller gjest i møtet', en: '{name} is not a member of {body}, in the secretariat or a guest of the meeting' },
      both: { nb: '{name} står både som til stede og med frafall', en: '{name} is listed both as present and absent' },
    },
    hints: {
      unknown: { nb: 'Sjekk stavemåten mot medlemmene i hf.yaml, eller legg personen til under gjester i møtet.', en: 'Check the spelling against the members in hf.yaml, or add the person under gjester in the meeting.' },
    },
    examples: {
      valid: [
        {
          name: 'Members, the keyword and a guest',
          files: {
            'meetings/ssu/2024-09-26.md': lines('---', 'organ: SSU', 'dato: 2024-09-26', 'tilstede: [faste medlemmer, Eva Gjest]', 'frafall: [Ola Nordmann]', 'gjester:', '  - navn: Eva Gjest', '    organisasjon: NSF', '---'),
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
      ],
    },
  },
  check(ctx) {
    const secretariat = new Set(ctx.repo.config.secretariat.map((p) => p.name));
    for (const m of ctx.repo.meetings) {
      const body = ctx.index.body(m.body);
      if (!body) continue;
      const known = new Set([...body.members.map((p) => p.name), ...secretariat, ...m.guests.map((g) => g.name)]);
      for (const [key, field] of FIELDS) {
        m[field].forEach((name, i) => {
          if (key === 'tilstede' && name.toLowerCase() === ALL_MEMBERS) return;
          if (!known.has(name)) ctx.report({ messageId: 'unknown', file: m.file, ...ctx.locate(m.file, [key, i]), data: { name, body: m.body } });
        });
      }
      if (m.chair && !known.has(m.chair)) ctx.report({ messageId: 'unknown', file: m.file, ...ctx.locate(m.file, ['møteleder']), data: { name: m.chair, body: m.body } });
      // `referent` is one name or a list of them.
      m.minuteTakers.forEach((name, i) => {
        if (!known.has(name)) ctx.report({ messageId: 'unknown', file: m.file, ...ctx.locate(m.file, m.minuteTakers.length > 1 ? ['referent', i] : ['referent']), data: { name, body: m.body } });
      });
      const present = new Set(m.present);
      m.absent.forEach((name, i) => {
        if (present.has(name)) ctx.report({ messageId: 'both', file: m.file, ...ctx.locate(m.file, ['frafall', i]), data: { name } });
      });
    }
  },
});
