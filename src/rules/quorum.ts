import { formatCaseNumber } from '../model/case-number.js';
import { isDecision, quorumAt, quorumRuleOf } from '../model/quorum.js';
import type { YamlPath } from '../repo/yaml.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

/** A partnership whose SSU can decide with half its four members present, at least one from each side. */
const CONFIG = (parties = '[kommunene, sykehuset]') =>
  lines(
    'navn: Eksempelfellesskapet',
    'parter:',
    '  - id: kommunene',
    '    navn: kommunene',
    '    organisasjoner: [kommune]',
    '  - id: sykehuset',
    '    navn: sykehuset',
    '    organisasjoner: [sykehus]',
    'organer:',
    '  - kode: SSU',
    '    navn: Strategisk samarbeidsutvalg',
    '    beslutningsdyktig:',
    '      andel: 0.5',
    `      parter: ${parties}`,
    '    medlemmer:',
    '      - navn: Kari Nordmann',
    '        organisasjon: Nordby kommune',
    '      - navn: Ola Nordmann',
    '        organisasjon: Nordby sykehus',
    '      - navn: Per Hansen',
    '        organisasjon: Sørby kommune',
    '      - navn: Liv Berg',
    '        organisasjon: Nordby sykehus',
  );

const MEETING = (...present: string[]) => lines('---', 'organ: SSU', 'dato: 2024-09-26', `tilstede: [${present.join(', ')}]`, '---');

const DECISION = (...extra: string[]) =>
  lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Fordeling av midler', 'sakstype: [Beslutning]', ...extra, 'konklusjon: Midlene fordeles.', '---');

const CASE = 'cases/ssu/2024/2024.3-fordeling-av-midler.md';

export default defineRule({
  meta: {
    id: 'quorum',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'En sak med sakstype Beslutning eller Vedtak som har fått en konklusjon, ble avgjort mens organet var beslutningsdyktig, slik beslutningsdyktig i hf.yaml (eller i mandatet) sier det. Det regnes per sak: et medlem som var inhabil i saken, eller som ikke var til stede da saken ble behandlet (fra_sak, til_sak), teller ikke; en vara som møtte for et medlem, teller for medlemmet. Møter som ikke sier hvem som var til stede, kontrolleres ikke. Partene i beslutningsdyktig finnes under parter i hf.yaml.',
      en: 'A case of type Beslutning or Vedtak with a conclusion was decided while the body had a quorum, as beslutningsdyktig in hf.yaml (or in the mandate) states it. It is counted per case: a member with a conflict of interest in the case, or not present when the case was treated (fra_sak, til_sak), does not count; a deputy meeting for a member counts for the member. Meetings that do not say who was present are not checked. The parties named in beslutningsdyktig are under parter in hf.yaml.',
    },
    messages: {
      tooFew: {
        nb: '{body} var ikke beslutningsdyktig i sak {number}: {present} av {members} medlemmer var til stede, minst {required} må være det',
        en: '{body} had no quorum for case {number}: {present} of {members} members were present, at least {required} must be',
      },
      sideMissing: {
        nb: '{body} var ikke beslutningsdyktig i sak {number}: ingen fra {parties} var til stede',
        en: '{body} had no quorum for case {number}: nobody from {parties} was present',
      },
      conflicts: {
        nb: '{body} var ikke beslutningsdyktig i sak {number} etter at {names} fratrådte som inhabil: {present} av {members} medlemmer igjen',
        en: '{body} had no quorum for case {number} once {names} left with a conflict of interest: {present} of {members} members left',
      },
      unknownParty: { nb: 'Parten `{party}` finnes ikke under parter i hf.yaml', en: 'The party `{party}` is not under parter in hf.yaml' },
    },
    hints: {
      tooFew: {
        nb: 'Saken kan ikke avgjøres i dette møtet: flytt den til neste møte, eller rett tilstede/frafall i møtefilen om de er feil.',
        en: 'The case cannot be decided at this meeting: move it to the next meeting, or correct tilstede/frafall in the meeting file if they are wrong.',
      },
      sideMissing: {
        nb: 'Saken kan ikke avgjøres uten en representant fra hver part: flytt den til neste møte, eller før opp varaen som møtte (vara_for).',
        en: 'The case cannot be decided without a representative of each side: move it to the next meeting, or record the deputy who met (vara_for).',
      },
      conflicts: {
        nb: 'Kall inn vara for de inhabile medlemmene, eller flytt saken til et møte der organet er beslutningsdyktig uten dem.',
        en: 'Call in deputies for the members with a conflict of interest, or move the case to a meeting with a quorum without them.',
      },
      unknownParty: { nb: 'Partene i hf.yaml er: {parties}.', en: 'The parties in hf.yaml are: {parties}.' },
    },
    examples: {
      valid: [
        { name: 'Half the members present, one from each side', files: { 'hf.yaml': CONFIG(), 'meetings/ssu/2024-09-26.md': MEETING('Kari Nordmann', 'Ola Nordmann'), [CASE]: DECISION() } },
        {
          name: 'A deputy holds the seat of the member they meet for',
          files: {
            'hf.yaml': CONFIG().replace('        organisasjon: Nordby sykehus\n', '        organisasjon: Nordby sykehus\n        vara: Vera Vara\n'),
            'meetings/ssu/2024-09-26.md': lines('---', 'organ: SSU', 'dato: 2024-09-26', 'tilstede:', '  - Kari Nordmann', '  - navn: Vera Vara', '    vara_for: Ola Nordmann', 'frafall: [Ola Nordmann]', '---'),
            [CASE]: DECISION(),
          },
        },
        { name: 'A meeting that does not say who was present is not checked', files: { 'hf.yaml': CONFIG(), [CASE]: DECISION() } },
      ],
      invalid: [
        {
          name: 'Too few members',
          files: { 'hf.yaml': CONFIG(), 'meetings/ssu/2024-09-26.md': MEETING('Kari Nordmann'), [CASE]: DECISION() },
          expect: [{ file: CASE, line: 7, column: 13, messageId: 'tooFew' }],
        },
        {
          name: 'Nobody from the hospital',
          files: { 'hf.yaml': CONFIG(), 'meetings/ssu/2024-09-26.md': MEETING('Kari Nordmann', 'Per Hansen'), [CASE]: DECISION() },
          expect: [{ file: CASE, line: 7, column: 13, messageId: 'sideMissing' }],
        },
        {
          name: 'A quorum lost only to a conflict of interest',
          files: {
            'hf.yaml': CONFIG(),
            'meetings/ssu/2024-09-26.md': MEETING('Kari Nordmann', 'Ola Nordmann'),
            [CASE]: DECISION('inhabil:', '  - navn: Ola Nordmann', '    grunn: Styremedlem i søkeren'),
          },
          expect: [{ file: CASE, line: 10, column: 13, messageId: 'conflicts' }],
        },
        {
          name: 'A party the partnership does not have',
          files: { 'hf.yaml': CONFIG('[kommunene, helseforetaket]') },
          expect: [{ file: 'hf.yaml', line: 14, column: 27, messageId: 'unknownParty' }],
        },
        {
          name: 'A member of a party the partnership does not have',
          files: { 'hf.yaml': CONFIG().replace('        organisasjon: Sørby kommune\n', '        organisasjon: Sørby kommune\n        part: kommunen\n') },
          expect: [{ file: 'hf.yaml', line: 22, column: 15, messageId: 'unknownParty' }],
        },
      ],
    },
  },
  check(ctx) {
    const { config } = ctx.repo;
    const partyIds = new Set(config.parties.map((p) => p.id));
    const known = config.parties.map((p) => p.id).join(', ') || '–';
    const unknown = (file: string, path: YamlPath, party: string) => {
      if (!partyIds.has(party)) ctx.report({ messageId: 'unknownParty', file, ...ctx.locate(file, path), data: { party, parties: known } });
    };
    const raw = ctx.repo.files.get('hf.yaml')?.data?.organer;
    if (Array.isArray(raw)) {
      raw.forEach((b, i) => {
        const o = (b && typeof b === 'object' ? b : {}) as Record<string, unknown>;
        const q = o.beslutningsdyktig as Record<string, unknown> | undefined;
        if (Array.isArray(q?.parter)) q.parter.forEach((p, j) => typeof p === 'string' && unknown('hf.yaml', ['organer', i, 'beslutningsdyktig', 'parter', j], p));
        if (Array.isArray(o.medlemmer)) {
          o.medlemmer.forEach((m, j) => {
            const part = m && typeof m === 'object' ? (m as Record<string, unknown>).part : undefined;
            if (typeof part === 'string') unknown('hf.yaml', ['organer', i, 'medlemmer', j, 'part'], part);
          });
        }
      });
    }
    for (const m of ctx.repo.mandates) m.quorum?.parties.forEach((p, j) => unknown(m.file, ['beslutningsdyktig', 'parter', j], p));

    for (const c of ctx.repo.cases) {
      if (!c.meeting || !c.conclusion?.trim() || !isDecision(c)) continue;
      const body = ctx.index.body(c.body);
      const meeting = ctx.index.findMeeting(c.body, c.meeting);
      const agenda = ctx.index.agenda(c.body, c.meeting);
      const rule = quorumRuleOf(body, ctx.repo.mandates);
      const result = quorumAt(meeting, body, rule, config.parties, c, agenda);
      if (!result || result.met) continue;
      const base = { body: c.body, number: c.number ? formatCaseNumber(c.number) : `«${c.title}»`, present: result.present, members: result.members, required: result.required };
      const pos = ctx.locate(c.file, ['konklusjon']);
      const without = c.conflicts.length ? quorumAt(meeting, body, rule, config.parties, { ...c, conflicts: [] }, agenda) : undefined;
      if (without?.met) {
        ctx.report({ messageId: 'conflicts', file: c.file, ...pos, data: { ...base, names: c.conflicts.map((x) => x.name).join(', ') } });
      } else if (result.present < result.required) {
        ctx.report({ messageId: 'tooFew', file: c.file, ...pos, data: base });
      } else {
        const names = result.missingParties.map((id) => config.parties.find((p) => p.id === id)?.name ?? id);
        ctx.report({ messageId: 'sideMissing', file: c.file, ...pos, data: { ...base, parties: names.join(', ') } });
      }
    }
  },
});
