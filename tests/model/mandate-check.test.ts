import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, checkMandates, issuesOf, requiredInYear } from '../../src/model/mandate-check.js';
import { RepoIndex } from '../../src/model/repository.js';
import { loadBundled } from '../helpers/bundled.js';
import { FJORD_NOW, loadFjord } from '../helpers/fjord.js';

describe('addMonths', () => {
  it.each([
    ['2025-01-01', 12, '2026-01-01'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2026-02-05', 12, '2027-02-05'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('requiredInYear', () => {
  it('asks the full minimum in a whole year and less in a partial one', () => {
    expect(requiredInYear(4, 2025, '2025-01-01', undefined)).toBe(4);
    expect(requiredInYear(4, 2024, '2024-09-26', undefined)).toBe(2);
    expect(requiredInYear(2, 2026, '2025-01-01', '2026-04-01')).toBe(1);
    expect(requiredInYear(4, 2027, '2025-01-01', '2026-12-31')).toBe(0);
  });

  it('never asks more than the minimum, and more days never ask fewer meetings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 364 }), fc.integer({ min: 0, max: 364 }), (min, a, b) => {
        const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const fromEarly = requiredInYear(min, 2025, day(early), undefined);
        const fromLate = requiredInYear(min, 2025, day(late), undefined);
        expect(fromEarly).toBeLessThanOrEqual(min);
        expect(fromEarly).toBeGreaterThanOrEqual(fromLate);
      }),
      { seed: 424242, numRuns: 200 },
    );
  });
});

describe('checkMandates on the bundled data', () => {
  const { index } = loadBundled();
  const checks = checkMandates(index, '2026-11-28');

  it('reports every body without a mandate', () => {
    expect(checks.filter((c) => !c.mandate).map((c) => c.body.code)).toEqual(['PM', 'SSU', 'FSU', 'FU-AKUTT', 'FU-HR', 'FU-FASTLEGE', 'FU-IKT', 'BEREDSKAP']);
    expect(issuesOf(checks.find((c) => c.body.code === 'PM')!)).toEqual([{ code: 'noMandate', severity: 'error', data: { body: 'PM' } }]);
  });

  it('counts nothing for the draft mandate of Samhandlingsforum until it is approved', () => {
    const sf = checks.find((c) => c.body.code === 'SF-PHR')!;
    expect(sf.mandate?.status).toBe('utkast');
    expect(sf.inForceFrom).toBeUndefined();
    expect(sf.meetings).toEqual([]);
    expect(sf.failing).toBe(false);
    expect(issuesOf(sf)).toEqual([{ code: 'draft', severity: 'warning', data: { case: 'SSU 2024.27' } }]);
  });
});

describe('checkMandates on Fjordfellesskapet', () => {
  const { index } = loadFjord();

  it('finds every body within its mandate, with warnings ahead of time', () => {
    const checks = checkMandates(index, FJORD_NOW);
    expect(checks.map((c) => [c.body.code, c.failing])).toEqual([
      ['PM', false],
      ['SSU', false],
      ['UU-PHR', false],
      ['UU-BU', false],
    ]);
    const byCode = Object.fromEntries(checks.map((c) => [c.body.code, c]));
    expect(byCode['SSU']!.meetings).toEqual([
      { year: 2025, held: 4, planned: 0, required: 4, complete: true, state: 'ok' },
      { year: 2026, held: 1, planned: 3, required: 4, complete: false, state: 'ok' },
    ]);
    expect(byCode['SSU']!.annualReport).toEqual({ last: { ref: 'PM 2025.2', date: '2025-03-13' }, from: '2025-01-01', due: '2026-03-13', state: 'soon' });
    expect(issuesOf(byCode['UU-BU']!)).toEqual([{ code: 'expiresSoon', severity: 'warning', data: { date: '2026-04-01', days: 40 } }]);
    expect(byCode['UU-BU']!.meetings[1]).toMatchObject({ year: 2026, required: 1, planned: 1 });
  });

  it('fails a body that met fewer times than its mandate requires in a finished year', () => {
    const { repo } = loadFjord();
    repo.meetings = repo.meetings.filter((m) => !(m.body === 'UU-BU' && m.date === '2025-11-11'));
    const check = checkMandates(new RepoIndex(repo), FJORD_NOW, 'uu-bu')[0]!;
    expect(check.failing).toBe(true);
    expect(issuesOf(check)[0]).toEqual({ code: 'shortYear', severity: 'error', data: { year: 2025, held: 1, required: 2 } });
  });

  it('marks a year still running as behind when even the planned meetings are too few', () => {
    const { repo } = loadFjord();
    repo.meetings = repo.meetings.filter((m) => !(m.body === 'UU-PHR' && m.date === '2026-10-06'));
    const check = checkMandates(new RepoIndex(repo), FJORD_NOW, 'UU-PHR')[0]!;
    expect(check.meetings[1]).toEqual({ year: 2026, held: 0, planned: 1, required: 2, complete: false, state: 'behind' });
    expect(check.failing).toBe(false);
    expect(issuesOf(check)).toEqual([{ code: 'behind', severity: 'warning', data: { year: 2026, held: 0, planned: 1, required: 2 } }]);
  });

  it('fails a mandate that has expired', () => {
    const check = checkMandates(index, '2026-11-01', 'UU-BU')[0]!;
    expect(check.expiry).toEqual({ validTo: '2026-04-01', daysLeft: -214, state: 'overdue' });
    expect(check.meetings.map((y) => [y.year, y.complete, y.state])).toEqual([
      [2025, true, 'ok'],
      [2026, true, 'ok'],
    ]);
    expect(check.failing).toBe(true);
  });

  it('fails when the annual report and the evaluation are overdue', () => {
    const check = checkMandates(index, '2027-03-01', 'UU-PHR')[0]!;
    expect(check.failing).toBe(true);
    expect(issuesOf(check).map((i) => i.code)).toEqual(['reportOverdue', 'evaluationOverdue', 'behind']);
    expect(check.annualReport).toMatchObject({ last: { ref: 'SSU 2026.1', date: '2026-02-05' }, due: '2027-02-05', state: 'overdue' });
  });
});
