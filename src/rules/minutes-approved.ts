import { digestChanges, expectedDigest, MEETING_PART, minutesDigest, partOf } from '../model/approval.js';
import { formatCaseRef } from '../model/case-number.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const MEETING = 'meetings/ssu/2024-09-26.md';
const VITALITY = 'cases/ssu/2024/2024.2-vitality.md';

/**
 * The base meeting approved by e-mail, with the digest hf minutes approve writes
 * for the base fixture's two cases (and the corrections given).
 */
const APPROVED = (...extra: string[]) =>
  lines(
    '---',
    'organ: SSU',
    'dato: 2024-09-26',
    'start: "12:30"',
    'slutt: "15:30"',
    'sted: Møterom 1',
    'møteleder: Kari Nordmann',
    'godkjent:',
    '  dato: 2024-10-10',
    '  per_epost: true',
    '  sjekksum:',
    '    møte: {dato: "0da8dede877c", start: "48d8739c23f3", slutt: "50195d8c3438", sted: "c1e14abc6699", møteleder: "23868a1354c7"}',
    '    "2024.1": {tittel: "751b268bba86", konklusjon: "739457566b4e"}',
    '    "2024.2": {tittel: "d856c801c499", sakstype: "fbc330c7b427", konklusjon: "c110e36768f9"}',
    ...extra,
    '---',
  );

const VITALITY_TEXT = (conclusion: string) =>
  lines('---', 'saksnr: "2024.2"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Vitality', 'sakstype: [Orientering]', `konklusjon: ${conclusion}`, '---');

export default defineRule({
  meta: {
    id: 'minutes-approved',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Et godkjent referat endres ikke i det stille: når et møte har godkjent (skrevet av hf minutes approve), er hvert felt referatet viser – møtets egne felt og hver saks tittel, sakstype, punkter, vedlegg, ansvar, behandling, innspill, konklusjon og inhabil – som da det ble godkjent, med de rettelsene som er ført inn under rettelser (hf minutes correct). Ingen sak er lagt til eller tatt ut av møtet.',
      en: 'Approved minutes are not changed silently: once a meeting has godkjent (written by hf minutes approve), every field the minutes show – the meeting\'s own fields and each case\'s title, types, points, attachments, responsible, treatment, dialogue, conclusion and conflicts of interest – is as it was approved, with the corrections recorded under rettelser (hf minutes correct). No case has been added to or taken out of the meeting.',
    },
    messages: {
      changed: { nb: 'Feltet {field} i sak {number} er endret etter at referatet ble godkjent {approved}', en: 'The field {field} of case {number} has changed since the minutes were approved on {approved}' },
      meetingChanged: { nb: 'Feltet {field} i møtet {body} {date} er endret etter at referatet ble godkjent {approved}', en: 'The field {field} of the meeting {body} {date} has changed since the minutes were approved on {approved}' },
      added: { nb: 'Sak {number} er lagt til møtet {date} etter at referatet ble godkjent {approved}', en: 'Case {number} was added to the meeting on {date} after the minutes were approved on {approved}' },
      removed: { nb: 'Sak {number} er tatt ut av møtet etter at referatet ble godkjent {approved}', en: 'Case {number} was taken out of the meeting after the minutes were approved on {approved}' },
    },
    hints: {
      changed: {
        nb: 'Sett feltet tilbake slik det ble godkjent, eller før endringen inn som en rettelse: `hf minutes correct {bodyLower} {date} --text "<hva som ble rettet>"`.',
        en: 'Put the field back as it was approved, or record the change as a correction: `hf minutes correct {bodyLower} {date} --text "<what was corrected>"`.',
      },
      meetingChanged: {
        nb: 'Sett feltet tilbake slik det ble godkjent, eller før endringen inn som en rettelse: `hf minutes correct {bodyLower} {date} --text "<hva som ble rettet>"`.',
        en: 'Put the field back as it was approved, or record the change as a correction: `hf minutes correct {bodyLower} {date} --text "<what was corrected>"`.',
      },
      added: {
        nb: 'En ny sak hører til et senere møte; er den en del av referatet, før det inn med `hf minutes correct {bodyLower} {date} --text "<hva som ble rettet>"`.',
        en: 'A new case belongs to a later meeting; if it is part of the minutes, record it with `hf minutes correct {bodyLower} {date} --text "<what was corrected>"`.',
      },
      removed: {
        nb: 'Legg saken tilbake, eller før endringen inn med `hf minutes correct {bodyLower} {date} --text "<hva som ble rettet>"`.',
        en: 'Put the case back, or record the change with `hf minutes correct {bodyLower} {date} --text "<what was corrected>"`.',
      },
    },
    examples: {
      valid: [
        { name: 'Approved minutes as they were approved', files: { [MEETING]: APPROVED() } },
        {
          name: 'A changed conclusion recorded as a correction',
          files: {
            [MEETING]: APPROVED('rettelser:', '  - dato: 2024-10-20', '    tekst: Konklusjonen i sak 2024.2 er rettet.', '    sjekksum:', '      "2024.2": {tittel: "d856c801c499", sakstype: "fbc330c7b427", konklusjon: "832ade133792"}'),
            [VITALITY]: VITALITY_TEXT('Tas til etterretning.'),
          },
        },
      ],
      invalid: [
        {
          name: 'A conclusion changed after approval',
          files: { [MEETING]: APPROVED(), [VITALITY]: VITALITY_TEXT('Tas til etterretning.') },
          expect: [{ file: VITALITY, line: 7, column: 1, messageId: 'changed' }],
        },
        {
          name: 'The place of the meeting changed after approval',
          files: { [MEETING]: APPROVED().replace('sted: Møterom 1', 'sted: Møterom 2') },
          expect: [{ file: MEETING, line: 6, column: 1, messageId: 'meetingChanged' }],
        },
        {
          name: 'A case added to the meeting after approval',
          files: { [MEETING]: APPROVED(), 'cases/ssu/2024/2024.3-x.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: X', 'konklusjon: Ok.', '---') },
          expect: [{ file: 'cases/ssu/2024/2024.3-x.md', line: 4, column: 1, messageId: 'added' }],
        },
        {
          name: 'A case taken out of the meeting after approval',
          files: { [MEETING]: APPROVED(), [VITALITY]: null },
          expect: [{ file: MEETING, line: 8, column: 1, messageId: 'removed' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const m of ctx.repo.meetings) {
      if (!m.approval) continue;
      const agenda = ctx.index.agenda(m.body, m.date);
      const changes = digestChanges(expectedDigest(m.approval, m.corrections), minutesDigest(m, agenda));
      const byPart = new Map(agenda.map((c) => [partOf(c), c]));
      const approved = m.approval.date;
      const common = { body: m.body, bodyLower: m.body.toLowerCase(), date: m.date, approved };
      const has = (file: string, key: string) => {
        const data = ctx.repo.files.get(file)?.data;
        return !!data && key in data;
      };
      for (const change of changes) {
        const c = byPart.get(change.part);
        const number = c?.number ? formatCaseRef({ body: c.body, number: c.number }) : change.part;
        if (change.kind === 'removed') {
          ctx.report({ messageId: 'removed', file: m.file, ...ctx.locate(m.file, ['godkjent'], 'key'), data: { ...common, number: `${m.body} ${change.part}` } });
        } else if (change.kind === 'added' && c) {
          ctx.report({ messageId: 'added', file: c.file, ...ctx.locate(c.file, ['møte'], 'key'), data: { ...common, number } });
        } else if (change.kind === 'field' && change.part === MEETING_PART) {
          const key = has(m.file, change.field) ? change.field : 'godkjent';
          ctx.report({ messageId: 'meetingChanged', file: m.file, ...ctx.locate(m.file, [key], 'key'), data: { ...common, field: change.field } });
        } else if (change.kind === 'field' && c) {
          const key = has(c.file, change.field) ? change.field : 'møte';
          ctx.report({ messageId: 'changed', file: c.file, ...ctx.locate(c.file, [key], 'key'), data: { ...common, field: change.field, number } });
        }
      }
    }
  },
});
