/** Deadlines around meetings on a fixed day (src/model/deadlines.ts). */
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, deadlinesOf, meetingDeadlines, pendingDeadlines } from '../../src/model/deadlines.js';
import { loadNordvik, NORDVIK_NOW } from '../helpers/nordvik.js';

const { repo, index } = loadNordvik();
const ruleOf = (code: string) => deadlinesOf(index.body(code), repo.mandates);

describe('deadlines', () => {
  it('count calendar days across months and years', () => {
    expect(addDays('2025-03-06', 14)).toBe('2025-03-20');
    expect(addDays('2025-01-03', -7)).toBe('2024-12-27');
    expect(daysBetween('2025-04-20', '2025-05-01')).toBe(11);
  });

  it('come from hf.yaml, else from the mandate', () => {
    expect(ruleOf('SSU')).toEqual({ cases: 14, notice: 7, minutes: 14 });
    expect(ruleOf('FSU')).toEqual({ cases: 10, notice: 5, minutes: 14 });
  });

  it('are done when the meeting file records them as sent, overdue when passed without', () => {
    const held = meetingDeadlines(index.findMeeting('SSU', '2025-03-06')!, ruleOf('SSU'), NORDVIK_NOW);
    expect(held.map((d) => [d.kind, d.due, d.status, d.done])).toEqual([
      ['cases', '2025-02-20', 'closed', undefined],
      ['notice', '2025-02-27', 'done', '2025-02-27'],
      ['minutes', '2025-03-20', 'done', '2025-03-18'],
    ]);
    const fsu = meetingDeadlines(index.findMeeting('FSU', '2025-04-03')!, ruleOf('FSU'), NORDVIK_NOW);
    expect(fsu.find((d) => d.kind === 'minutes')).toMatchObject({ due: '2025-04-17', status: 'overdue', daysLeft: -3 });
  });

  it('pending on 20 April: the FSU minutes overdue, then SSU’s case deadline and notice', () => {
    expect(pendingDeadlines(repo.meetings, ruleOf, NORDVIK_NOW).map((d) => `${d.due} ${d.body} ${d.kind} ${d.status}`)).toEqual([
      '2025-04-17 FSU minutes overdue',
      '2025-04-24 SSU cases open',
      '2025-05-01 SSU notice open',
    ]);
    // A week later the case deadline has passed; it is no longer listed.
    expect(pendingDeadlines(repo.meetings, ruleOf, '2025-04-27').map((d) => `${d.body} ${d.kind}`)).toEqual(['FSU minutes', 'SSU notice']);
  });
});
