import { describe, expect, it } from 'vitest';
import { formatCaseRef } from '../../src/model/case-number.js';
import { followUps, followUpsForMeeting, openFollowUps } from '../../src/model/followups.js';
import { buildRepository } from '../../src/repo/build.js';
import { exampleRepository, lines } from '../../src/rules/fixture.js';
import { loadBundled } from '../helpers/bundled.js';
import { memorySource } from '../helpers/memory.js';

const { repo } = loadBundled();
const ref = (f: { source: { body: string; number?: { year: number; seq: number } } }) => formatCaseRef({ body: f.source.body, number: f.source.number! });

describe('followUpsForMeeting on the bundled data', () => {
  it('puts the open item of SSU 2024.17 on the notice of SSU 26.09.2024, and nothing else', () => {
    const items = followUpsForMeeting(repo, 'SSU', '2024-09-26');
    expect(items.map(ref)).toEqual(['SSU 2024.17']);
    const [item] = items;
    expect(item!.item).toMatchObject({ what: 'Saken settes på agendaen i SSU-møtet 26. september', owner: 'SiV og kommunene', meeting: '2024-09-26', status: 'open' });
    expect(item!.dueDate).toBe('2024-09-26');
    expect(item!.overdue).toBe(false);
    expect(item!.followedUpBy && formatCaseRef({ body: item!.followedUpBy.body, number: item!.followedUpBy.number! })).toBe('SSU 2024.28');
  });

  it('accepts the body in any case', () => {
    expect(followUpsForMeeting(repo, 'ssu', '2024-09-26').map(ref)).toEqual(['SSU 2024.17']);
  });

  it('keeps items due later off an earlier notice, and lists them on the meeting they are due at', () => {
    expect(followUpsForMeeting(repo, 'SSU', '2024-05-23')).toEqual([]);
    const november = followUpsForMeeting(repo, 'SSU', '2024-11-28');
    // Still open after 26.09, so overdue by November; then SSU's own item and PM's item owned by SSU.
    expect(november.map((f) => [ref(f), f.overdue])).toEqual([
      ['SSU 2024.17', true],
      ['SSU 2024.16', false],
      ['PM 2024.4', false],
    ]);
  });

  it('has nothing for a body without follow-up items', () => {
    expect(followUpsForMeeting(repo, 'FSU', '2024-12-31')).toEqual([]);
  });
});

describe('openFollowUps', () => {
  it('lists overdue items first, then by due date', () => {
    const items = openFollowUps(repo, '2024-10-01');
    expect(items.map((f) => [ref(f), f.dueDate, f.overdue])).toEqual([
      ['SSU 2024.17', '2024-09-26', true],
      ['SSU 2024.16', '2024-11-28', false],
      ['PM 2024.4', '2024-11-28', false],
    ]);
  });

  it('filters by body, counting items a body owns', () => {
    expect(openFollowUps(repo, '2024-10-01', 'PM').map(ref)).toEqual(['PM 2024.4']);
    expect(openFollowUps(repo, '2024-10-01', 'SSU').map(ref)).toEqual(['SSU 2024.17', 'SSU 2024.16', 'PM 2024.4']);
  });

  it('leaves closed items out unless asked, and never calls them overdue', () => {
    const files = exampleRepository({
      'cases/ssu/2024/2024.2-vitality.md': lines(
        '---',
        'saksnr: "2024.2"',
        'organ: SSU',
        'møte: 2024-09-26',
        'tittel: Vitality',
        'konklusjon: Tas til orientering.',
        'oppfølging:',
        '  - hva: Rapport til PM',
        '    ansvar: Sekretariatet',
        '    frist: 2024-10-01',
        '    møte: 2024-11-28',
        '    status: lukket',
        '    lukket_i: "SSU 2024.2"',
        '  - hva: Evaluering',
        '    ansvar: Sekretariatet',
        '    frist: 2024-12-01',
        '    status: åpen',
        '---',
      ),
    });
    const { repo: small } = buildRepository(memorySource(files));
    expect(openFollowUps(small, '2025-01-01').map((f) => f.item.what)).toEqual(['Evaluering']);
    const all = followUps(small, '2025-01-01', { closed: true });
    expect(all.map((f) => [f.item.what, f.overdue, f.dueDate])).toEqual([
      ['Evaluering', true, '2024-12-01'],
      ['Rapport til PM', false, '2024-10-01'],
    ]);
  });
});
