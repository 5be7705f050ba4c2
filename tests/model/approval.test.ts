/** The digest of approved minutes, corrections and the minutes awaiting approval (src/model/approval.ts). */
import { describe, expect, it } from 'vitest';
import { awaitingApproval, correctionDigest, digestChanges, expectedDigest, minutesDigest } from '../../src/model/approval.js';
import type { Approval, Case, Meeting } from '../../src/model/types.js';
import { loadNordvik } from '../helpers/nordvik.js';

const { index } = loadNordvik();
const meeting = index.findMeeting('SSU', '2025-03-06')!;
const agenda = index.agenda('SSU', '2025-03-06');
const digest = minutesDigest(meeting, agenda);
const approval: Approval = { date: '2025-05-08', byEmail: true, digest };
const with7 = (patch: Partial<Case>) => agenda.map((c) => (c.number?.seq === 7 ? { ...c, ...patch } : c));

describe('the digest of the minutes', () => {
  it('has the meeting and every case by number, with short digests of the printed fields', () => {
    expect(Object.keys(digest)).toEqual(['møte', '2025.1', '2025.2', '2025.3', '2025.4', '2025.5', '2025.6', '2025.7', '2025.8']);
    expect(Object.keys(digest['2025.3']!)).toEqual(['tittel', 'sakstype', 'ansvar', 'behandling', 'konklusjon', 'inhabil']);
    for (const part of Object.values(digest)) for (const d of Object.values(part)) expect(d).toMatch(/^[0-9a-f]{12}$/);
  });

  it('sees a changed field, an added and a removed case, and not trailing white space', () => {
    expect(digestChanges(digest, minutesDigest(meeting, agenda))).toEqual([]);
    expect(digestChanges(digest, minutesDigest(meeting, with7({ conclusion: 'Handlingsplan 2025 vedtas.\n' })))).toEqual([]);
    expect(digestChanges(digest, minutesDigest(meeting, with7({ conclusion: 'Vedtas ikke.' })))).toEqual([{ kind: 'field', part: '2025.7', field: 'konklusjon' }]);
    expect(digestChanges(digest, minutesDigest({ ...meeting, place: 'Et annet sted' }, agenda))).toEqual([{ kind: 'field', part: 'møte', field: 'sted' }]);
    expect(digestChanges(digest, minutesDigest(meeting, agenda.slice(1)))).toEqual([{ kind: 'removed', part: '2025.1' }]);
    const extra = { ...agenda[0]!, number: { year: 2025, seq: 99 } };
    expect(digestChanges(digest, minutesDigest(meeting, [...agenda, extra]))).toEqual([{ kind: 'added', part: '2025.99' }]);
  });

  it('accepts a change once a correction records it, and only that change', () => {
    const changed = minutesDigest(meeting, with7({ conclusion: 'Vedtas ikke.' }));
    const correction = correctionDigest(digest, changed);
    expect(Object.keys(correction)).toEqual(['2025.7']);
    const expected = expectedDigest(approval, [{ date: '2025-05-20', text: 'Rettet.', digest: correction }]);
    expect(digestChanges(expected, changed)).toEqual([]);
    expect(digestChanges(expected, minutesDigest(meeting, with7({ conclusion: 'Vedtas ikke likevel.' })))).toHaveLength(1);
    // A case removed by a correction stays removed.
    const removed = correctionDigest(digest, minutesDigest(meeting, agenda.slice(1)));
    expect(removed).toEqual({ '2025.1': {} });
    expect(digestChanges(expectedDigest(approval, [{ date: 'x', text: 'y', digest: removed }]), minutesDigest(meeting, agenda.slice(1)))).toEqual([]);
  });
});

describe('minutes awaiting approval', () => {
  const m = (date: string, approval?: Approval): Meeting => ({ ...meeting, date, ...(approval ? { approval } : {}) });
  const ref = { body: 'SSU', number: { year: 2025, seq: 10 } };

  it('are the meeting before when none is approved, else every one since the last approval', () => {
    expect(awaitingApproval([m('2025-01-10'), m('2025-03-06'), m('2025-05-08')], '2025-05-08').map((x) => x.date)).toEqual(['2025-03-06']);
    const approved = { date: '2025-03-06', byEmail: true, digest: {} };
    expect(awaitingApproval([m('2025-01-10', approved), m('2025-02-01'), m('2025-03-06'), m('2025-05-08')], '2025-05-08').map((x) => x.date)).toEqual(['2025-02-01', '2025-03-06']);
  });

  it('still list minutes approved in this meeting’s own Referat case', () => {
    const here = { date: '2025-05-08', inCase: ref, byEmail: false, digest: {} };
    expect(awaitingApproval([m('2025-03-06', here), m('2025-05-08')], '2025-05-08', ref).map((x) => x.date)).toEqual(['2025-03-06']);
    expect(awaitingApproval([m('2025-03-06', here), m('2025-05-08')], '2025-05-08')).toEqual([]);
  });
});
