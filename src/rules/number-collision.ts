import { caseKey, formatCaseNumber, parseCaseNumber } from '../model/case-number.js';
import type { Case } from '../model/types.js';
import { defineRule } from './rule.js';
import { lines } from './fixture.js';

const BUDSJETT = lines('---', 'saksnr: "2024.3"', 'organ: SSU', 'møte: 2024-09-26', 'tittel: Budsjett', '---');
const BASE = ['cases/ssu/2024/2024.1-godkjenning-av-innkalling-og-dagsorden.md', 'cases/ssu/2024/2024.2-vitality.md'];
const MAIN_CASES = [
  { path: BASE[0]!, body: 'SSU', number: '2024.1' },
  { path: BASE[1]!, body: 'SSU', number: '2024.2' },
];

export default defineRule({
  meta: {
    id: 'number-collision',
    severity: 'error',
    scope: 'repository',
    description: {
      nb: 'Kjøres med `hf validate --against <git-ref>` (for eksempel i CI på en pull request): en sak som denne grenen har lagt til, har ikke et saksnummer som den andre grenen bruker til en annen sak. Ellers får begge grenene samme nummer, og git slår dem sammen uten konflikt.',
      en: 'Runs with `hf validate --against <git-ref>` (for example in CI on a pull request): a case this branch added does not have a case number that the other branch uses for a different case. Otherwise both branches end up with the same number, and git merges them without a conflict.',
    },
    messages: {
      collision: {
        nb: 'Saksnummer {number} i {body} er brukt av en annen sak på {ref} ({other})',
        en: 'Case number {number} of {body} is used by another case on {ref} ({other})',
      },
    },
    hints: {
      collision: {
        nb: 'Kjør `hf renumber {body} {number} --to {next}` før grenen slås sammen; {next} er ledig både her og på {ref}.',
        en: 'Run `hf renumber {body} {number} --to {next}` before the branch is merged; {next} is free both here and on {ref}.',
      },
    },
    examples: {
      valid: [
        {
          name: 'The other branch added nothing with the same number',
          files: { 'cases/ssu/2024/2024.3-budsjett.md': BUDSJETT },
          against: { ref: 'main', base: BASE, cases: MAIN_CASES },
        },
        {
          name: 'The other branch already has this case (the branch was merged there)',
          files: { 'cases/ssu/2024/2024.3-budsjett.md': BUDSJETT },
          against: { ref: 'main', base: BASE, cases: [...MAIN_CASES, { path: 'cases/ssu/2024/2024.3-budsjett.md', body: 'SSU', number: '2024.3' }] },
        },
      ],
      invalid: [
        {
          name: 'Both branches added SSU 2024.3',
          files: { 'cases/ssu/2024/2024.3-budsjett.md': BUDSJETT },
          against: { ref: 'origin/main', base: BASE, cases: [...MAIN_CASES, { path: 'cases/ssu/2024/2024.3-beredskap.md', body: 'SSU', number: '2024.3' }] },
          expect: [{ file: 'cases/ssu/2024/2024.3-budsjett.md', line: 2, column: 9, messageId: 'collision' }],
        },
      ],
    },
  },
  check(ctx) {
    const other = ctx.against;
    if (!other) return;
    const base = new Set(other.base);
    const theirs = new Map<string, { path: string }[]>();
    const highest = new Map<string, number>();
    const note = (body: string, year: number, seq: number) => {
      const key = `${body} ${year}`;
      highest.set(key, Math.max(highest.get(key) ?? 0, seq));
    };
    for (const c of other.cases) {
      const n = parseCaseNumber(c.number);
      if (!n) continue;
      const key = caseKey(c.body, n);
      theirs.get(key)?.push(c) ?? theirs.set(key, [c]);
      note(c.body.toUpperCase(), n.year, n.seq);
    }
    for (const c of ctx.repo.cases) if (c.number) note(c.body, c.number.year, c.number.seq);
    const added = ctx.repo.cases
      .filter((c): c is Case & { number: NonNullable<Case['number']> } => !!c.number && !base.has(c.file))
      .sort((a, b) => a.body.localeCompare(b.body) || a.number.year - b.number.year || a.number.seq - b.number.seq || a.file.localeCompare(b.file));
    // Each collision is offered its own free number, so the hints can be followed one after another.
    const offered = new Map<string, number>();
    for (const c of added) {
      const clash = (theirs.get(caseKey(c.body, c.number)) ?? []).filter((t) => t.path !== c.file);
      if (clash.length === 0) continue;
      const key = `${c.body} ${c.number.year}`;
      const next = (offered.get(key) ?? highest.get(key) ?? 0) + 1;
      offered.set(key, next);
      ctx.report({
        messageId: 'collision',
        file: c.file,
        ...ctx.locate(c.file, ['saksnr']),
        data: { number: formatCaseNumber(c.number), body: c.body, ref: other.ref, other: clash.map((t) => t.path).join(', '), next: formatCaseNumber({ year: c.number.year, seq: next }) },
      });
    }
  },
});
