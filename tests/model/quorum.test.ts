/** Seats, sides and quorum (src/model/quorum.ts) on the Nordvik fixture and small hand-made meetings. */
import { describe, expect, it } from 'vitest';
import { judgeQuorum, partyOf, quorumAt, quorumRuleOf, seatsAt } from '../../src/model/quorum.js';
import type { Case, Meeting } from '../../src/model/types.js';
import { loadNordvik } from '../helpers/nordvik.js';

const { repo, index } = loadNordvik();
const ssu = index.body('SSU')!;
const meeting = index.findMeeting('SSU', '2025-03-06')!;
const agenda = index.agenda('SSU', '2025-03-06');
const caseOf = (n: string) => agenda.find((c) => c.number && `${c.number.year}.${c.number.seq}` === n)!;
const names = (c: Case | undefined) => seatsAt(meeting, ssu, c, agenda).map((s) => (s.deputy ? `${s.deputy}→${s.member.name}` : s.member.name));

describe('sides', () => {
  it('come from the organisation by whole words, or from part', () => {
    const parties = repo.config.parties;
    expect(ssu.members.map((m) => partyOf(m, parties))).toEqual(['kommunene', 'sykehuset', 'kommunene', 'sykehuset', undefined, 'kommunene']);
    expect(partyOf({ name: 'X', organisation: 'Kommunehuset AS', deputies: [] }, parties)).toBeUndefined();
    expect(partyOf({ name: 'X', organisation: 'Nordvik kommune', party: 'sykehuset', deputies: [] }, parties)).toBe('sykehuset');
  });
});

describe('seats at a case', () => {
  it('count a deputy for the member, and partial attendance by agenda order', () => {
    expect(names(undefined)).toEqual(['Kari Vik', 'Otto Berg→Ola Berg', 'Anne Li', 'Per Dal', 'Tor Lund']);
    expect(names(caseOf('2025.1'))).toEqual(['Kari Vik', 'Otto Berg→Ola Berg', 'Anne Li', 'Per Dal']);
    // Tor Lund came for 2025.3; Anne Li stepped aside for it.
    expect(names(caseOf('2025.3'))).toEqual(['Kari Vik', 'Otto Berg→Ola Berg', 'Per Dal', 'Tor Lund']);
    // Per Dal left after 2025.4.
    expect(names(caseOf('2025.7'))).toEqual(['Kari Vik', 'Otto Berg→Ola Berg', 'Anne Li', 'Tor Lund']);
  });

  it('expand "faste medlemmer" to the members without apologies', () => {
    const m: Meeting = { ...meeting, presence: [{ name: 'faste medlemmer' }], present: ['faste medlemmer'], absent: ['Eva Ås', 'Ola Berg'] };
    expect(seatsAt(m, ssu, undefined, agenda).map((s) => s.member.name)).toEqual(['Kari Vik', 'Anne Li', 'Per Dal', 'Tor Lund']);
  });
});

describe('quorum', () => {
  const rule = quorumRuleOf(ssu, repo.mandates)!;

  it('needs the share of the members rounded up, the count, and one from each side', () => {
    const seat = (name: string) => ({ member: ssu.members.find((m) => m.name === name)! });
    expect(judgeQuorum({ share: 0.5, parties: [] }, [seat('Kari Vik'), seat('Anne Li')], 5, []).required).toBe(3);
    expect(judgeQuorum({ share: 0.5, count: 4, parties: [] }, [], 6, []).required).toBe(4);
    expect(judgeQuorum(rule, [seat('Kari Vik'), seat('Anne Li'), seat('Tor Lund')], 6, repo.config.parties)).toEqual({
      met: false,
      present: 3,
      required: 3,
      members: 6,
      missingParties: ['sykehuset'],
    });
    expect(judgeQuorum(rule, [seat('Kari Vik'), seat('Per Dal'), seat('Tor Lund')], 6, repo.config.parties).met).toBe(true);
  });

  it('is met at every decision of the fixture, and lost to conflicts of interest alone', () => {
    for (const c of agenda) expect(quorumAt(meeting, ssu, rule, repo.config.parties, c, agenda)?.met, c.title).toBe(true);
    const conflicted: Case = { ...caseOf('2025.3'), conflicts: [{ name: 'Anne Li' }, { name: 'Kari Vik' }, { name: 'Tor Lund' }] };
    expect(quorumAt(meeting, ssu, rule, repo.config.parties, conflicted, agenda)).toMatchObject({ met: false, present: 2, missingParties: ['kommunene'] });
    // A deputy with a conflict takes the seat they hold out.
    const deputy: Case = { ...caseOf('2025.3'), conflicts: [{ name: 'Otto Berg' }, { name: 'Per Dal' }] };
    expect(quorumAt(meeting, ssu, rule, repo.config.parties, deputy, agenda)).toMatchObject({ met: false, missingParties: ['sykehuset'] });
  });

  it('takes FSU’s rule from its mandate, and judges nothing without attendance', () => {
    const fsu = index.body('FSU')!;
    expect(fsu.quorum).toBeUndefined();
    expect(quorumRuleOf(fsu, repo.mandates)).toEqual({ count: 2, parties: ['kommunene', 'sykehuset'] });
    const next = index.findMeeting('SSU', '2025-05-08')!;
    expect(quorumAt(next, ssu, rule, repo.config.parties, undefined, [])).toBeUndefined();
  });
});
