import { compareCaseNumbers, formatCaseRef, parseCaseNumber, type CaseRef, type MeetingRef } from '../model/case-number.js';
import type { Repository } from '../model/repository.js';
import type { YamlPath } from '../repo/yaml.js';
import { defineRule, type RuleContext } from './rule.js';
import { lines } from './fixture.js';

/**
 * The archive of a body starts with its earliest recorded case or meeting; a
 * reference to something older (SSU 2024.5 when the repository starts at
 * 2024.11) cannot be checked and is not reported.
 */
function archiveStart(repo: Repository) {
  const firstCase = new Map<string, CaseRef['number']>();
  const firstMeeting = new Map<string, string>();
  for (const c of repo.cases) {
    if (!c.number) continue;
    const cur = firstCase.get(c.body);
    if (!cur || compareCaseNumbers(c.number, cur) < 0) firstCase.set(c.body, c.number);
  }
  for (const m of repo.meetings) {
    const cur = firstMeeting.get(m.body);
    if (!cur || m.date < cur) firstMeeting.set(m.body, m.date);
  }
  return {
    caseChecked: (ref: CaseRef) => {
      const first = firstCase.get(ref.body);
      return !!first && compareCaseNumbers(ref.number, first) >= 0;
    },
    meetingChecked: (ref: MeetingRef) => {
      const first = firstMeeting.get(ref.body);
      return !!first && ref.date >= first;
    },
  };
}

export default defineRule({
  meta: {
    id: 'reference-resolves',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Hver saksreferanse finnes: oppfølging_av, viser_til, innstilling_fra, oversendt_til og oppfølging.lukket_i i saker, godkjent.sak i møter, saker i planrader, vedtatt_i i planer og mandater, og referanser i teksten («SSU-sak 2024.17», «SSU 2024.17», og «sak 2024.17» i samme organs saker). Referater i referatsaker viser til møter som finnes. Referanser til saker og møter eldre enn de første i repoet kontrolleres ikke.',
      en: 'Every case reference resolves: oppfølging_av, viser_til, innstilling_fra, oversendt_til and oppfølging.lukket_i in cases, godkjent.sak in meetings, saker in plan rows, vedtatt_i in plans and mandates, and references in text ("SSU-sak 2024.17", "SSU 2024.17", and "sak 2024.17" in the same body\'s cases). The minutes listed by a Referat case refer to meetings that exist. References older than the first case or meeting in the repository are not checked.',
    },
    messages: {
      missing: { nb: 'Saken {ref} finnes ikke', en: 'The case {ref} does not exist' },
      unknownBody: { nb: 'Referansen {ref} viser til organet {body}, som ikke finnes i hf.yaml', en: 'The reference {ref} names the body {body}, which is not in hf.yaml' },
      missingMeeting: { nb: 'Møtet {ref} finnes ikke', en: 'The meeting {ref} does not exist' },
      self: { nb: 'Saken viser til seg selv ({ref})', en: 'The case refers to itself ({ref})' },
    },
    hints: {
      missing: { nb: 'Sjekk organ og nummer; `hf list cases --body {body}` viser sakene.', en: 'Check body and number; `hf list cases --body {body}` lists the cases.' },
      missingMeeting: { nb: 'Sjekk organ og dato; `hf list meetings --body {body}` viser møtene.', en: 'Check body and date; `hf list meetings --body {body}` lists the meetings.' },
    },
    examples: {
      valid: [
        {
          name: 'A follow-up of an existing case, and a reference older than the archive',
          files: {
            'cases/ssu/2024/2024.3-oppfolging.md': lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Oppfølging', 'oppfølging_av: "SSU 2024.2"', 'konklusjon: Ok.', '---', 'Se SSU-sak 2024.2 og SSU-sak 2023.40.'),
          },
        },
      ],
      invalid: [
        {
          name: 'Dangling references in frontmatter and text',
          files: {
            'cases/ssu/2024/2024.3-oppfolging.md': lines(
              '---',
              'saksnr: "2024.3"',
              'organ: SSU',
              'møte: 2024-09-26',
              'tittel: Oppfølging',
              'oppfølging_av: "SSU 2024.9"',
              'viser_til: ["XYZ 2024.1"]',
              'konklusjon: Ok.',
              '---',
              'Saken følger opp SSU-sak 2024.2 og sak 2024.7.',
            ),
          },
          expect: [
            { file: 'cases/ssu/2024/2024.3-oppfolging.md', line: 6, column: 16, messageId: 'missing' },
            { file: 'cases/ssu/2024/2024.3-oppfolging.md', line: 7, column: 13, messageId: 'unknownBody' },
            { file: 'cases/ssu/2024/2024.3-oppfolging.md', line: 10, column: 36, messageId: 'missing' },
          ],
        },
        {
          name: 'A follow-up closed in a case that does not exist, minutes of a meeting that was not held, and a case referring to itself',
          files: {
            'cases/ssu/2024/2024.3-referater.md': lines(
              '---',
              'saksnr: "2024.3"',
              'organ: SSU',
              'møte: 2024-09-26',
              'tittel: Referater',
              'referater: ["SSU 2024-09-26", "SSU 2024-10-31"]',
              'viser_til: ["SSU 2024.3"]',
              'oppfølging:',
              '  - hva: Rapport',
              '    status: lukket',
              '    lukket_i: "SSU 2024.9"',
              '---',
            ),
          },
          expect: [
            { file: 'cases/ssu/2024/2024.3-referater.md', line: 6, column: 31, messageId: 'missingMeeting' },
            { file: 'cases/ssu/2024/2024.3-referater.md', line: 7, column: 13, messageId: 'self' },
            { file: 'cases/ssu/2024/2024.3-referater.md', line: 11, column: 15, messageId: 'missing' },
          ],
        },
        {
          name: 'A plan, a plan row, a mandate and approved minutes naming cases that do not exist',
          files: {
            'plans/2025/plan.md': lines('---', 'år: 2025', 'tittel: Handlingsplan 2025', 'vedtatt_i: ["SSU 2024.2", "SSU 2024.8"]', '---'),
            'plans/2025/vitality.md': lines('---', 'type: satsning', 'område: eldre', 'tittel: Vitality', 'ansvarlig: [SSU]', 'saker: ["SSU 2024.2", "SSU 2024.7"]', '---'),
            'mandates/fsu.md': lines('---', 'organ: FSU', 'status: utkast', 'vedtatt_i: "SSU 2024.6"', '---', '## 1. Bakgrunn', '## 2. Mandat', '## 3. Sammensetning', '## 4. Struktur', '## 5. Rapportering'),
            'meetings/ssu/2024-09-26.md': lines('---', 'organ: SSU', 'dato: 2024-09-26', 'start: "12:30"', 'slutt: "15:30"', 'sted: Møterom 1', 'godkjent:', '  dato: 2024-10-10', '  sak: "SSU 2024.5"', '---'),
          },
          expect: [
            { file: 'mandates/fsu.md', line: 4, column: 12, messageId: 'missing' },
            { file: 'meetings/ssu/2024-09-26.md', line: 9, column: 8, messageId: 'missing' },
            { file: 'plans/2025/plan.md', line: 4, column: 27, messageId: 'missing' },
            { file: 'plans/2025/vitality.md', line: 6, column: 23, messageId: 'missing' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const archive = archiveStart(ctx.repo);
    const checkRef = (file: string, ref: CaseRef, pos: ReturnType<RuleContext['locate']>, self?: CaseRef) => {
      const text = formatCaseRef(ref);
      if (!ctx.index.body(ref.body)) {
        ctx.report({ messageId: 'unknownBody', file, ...pos, data: { ref: text, body: ref.body } });
      } else if (self && self.body === ref.body && compareCaseNumbers(self.number, ref.number) === 0) {
        ctx.report({ messageId: 'self', file, ...pos, data: { ref: text } });
      } else if (!ctx.index.findCase(ref) && archive.caseChecked(ref)) {
        ctx.report({ messageId: 'missing', file, ...pos, data: { ref: text, body: ref.body } });
      }
    };
    const at = (file: string, path: YamlPath) => ctx.locate(file, path);
    for (const c of ctx.repo.cases) {
      const self = c.number ? { body: c.body, number: c.number } : undefined;
      if (c.followUpOf) checkRef(c.file, c.followUpOf, at(c.file, ['oppfølging_av']), self);
      c.refersTo.forEach((r, i) => checkRef(c.file, r, at(c.file, ['viser_til', i]), self));
      c.followUps.forEach((f, i) => f.closedIn && checkRef(c.file, f.closedIn, at(c.file, ['oppfølging', i, 'lukket_i'])));
      if (c.recommendationFrom) checkRef(c.file, c.recommendationFrom, at(c.file, ['innstilling_fra']), self);
      c.referredTo.forEach((r, i) => checkRef(c.file, r, at(c.file, ['oversendt_til', i]), self));
      c.minutesOf.forEach((m, i) => {
        if (!ctx.index.findMeeting(m.body, m.date) && ctx.index.body(m.body) && archive.meetingChecked(m)) {
          ctx.report({ messageId: 'missingMeeting', file: c.file, ...at(c.file, ['referater', i]), data: { ref: `${m.body} ${m.date}`, body: m.body } });
        }
      });
      // References in running text were found while the file was loaded (repo/facts.ts).
      const facts = ctx.repo.files.get(c.file)?.facts;
      const isSelf = (ref: CaseRef) => !!self && ref.body === self.body && compareCaseNumbers(ref.number, self.number) === 0;
      for (const [field, body, number] of facts?.fieldRefs ?? []) {
        const ref = { body, number: parseCaseNumber(number)! };
        if (!isSelf(ref)) checkRef(c.file, ref, at(c.file, [field]));
      }
      for (const [body, number, offset] of facts?.refs ?? []) {
        const ref = { body, number: parseCaseNumber(number)! };
        if (!isSelf(ref)) checkRef(c.file, ref, ctx.positionAt(c.file, offset));
      }
    }
    for (const row of ctx.repo.planRows) row.cases.forEach((r, i) => checkRef(row.file, r, at(row.file, ['saker', i])));
    for (const plan of ctx.repo.plans) plan.decidedIn.forEach((r, i) => checkRef(plan.file, r, at(plan.file, ['vedtatt_i', i])));
    for (const m of ctx.repo.mandates) if (m.approvedIn) checkRef(m.file, m.approvedIn, at(m.file, ['vedtatt_i']));
    for (const m of ctx.repo.meetings) if (m.approval?.inCase) checkRef(m.file, m.approval.inCase, at(m.file, ['godkjent', 'sak']));
  },
});
