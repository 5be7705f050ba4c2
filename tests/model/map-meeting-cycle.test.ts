/**
 * The fields of the meeting cycle at the load boundary: attendance with deputies,
 * apologies with reasons, members' sides and deputies, quorum rules, deadlines,
 * conflicts of interest, referrals, information items taken together, approval
 * and corrections. The old shapes (names only) map as before.
 */
import { describe, expect, it } from 'vitest';
import { mapCase, mapConfig, mapMandate, mapMeeting } from '../../src/model/map.js';

describe('meeting attendance', () => {
  it('keeps names-only lists as they were', () => {
    const m = mapMeeting('meetings/ssu/2024-05-23.md', { tilstede: ['faste medlemmer', 'Eva Gjest'], frafall: ['Kari Nordmann'] }, '', 'ssu', '2024-05-23');
    expect(m.present).toEqual(['faste medlemmer', 'Eva Gjest']);
    expect(m.presence).toEqual([{ name: 'faste medlemmer' }, { name: 'Eva Gjest' }]);
    expect(m.absent).toEqual(['Kari Nordmann']);
    expect(m.apologies).toEqual([{ name: 'Kari Nordmann' }]);
    expect(m.corrections).toEqual([]);
    expect(m.approval).toBeUndefined();
  });

  it('reads deputies, partial attendance and reasons', () => {
    const m = mapMeeting(
      'meetings/ssu/2024-05-23.md',
      {
        tilstede: ['Ola Nordmann', { navn: 'Vera Vara', vara_for: 'Kari Nordmann' }, { navn: 'Per Sen', fra_sak: '2024.12' }, { navn: 'Tor Tidlig', til_sak: '2024.13' }],
        frafall: [{ navn: 'Kari Nordmann', grunn: 'sykdom' }, 'Lise Lo'],
        innkalling_sendt: '2024-05-16',
        referat_sendt: '2024-05-30',
      },
      '',
      'ssu',
      '2024-05-23',
    );
    expect(m.present).toEqual(['Ola Nordmann', 'Vera Vara', 'Per Sen', 'Tor Tidlig']);
    expect(m.presence[1]).toEqual({ name: 'Vera Vara', deputyFor: 'Kari Nordmann' });
    expect(m.presence[2]).toEqual({ name: 'Per Sen', fromCase: { year: 2024, seq: 12 } });
    expect(m.presence[3]).toEqual({ name: 'Tor Tidlig', untilCase: { year: 2024, seq: 13 } });
    expect(m.absent).toEqual(['Kari Nordmann', 'Lise Lo']);
    expect(m.apologies[0]).toEqual({ name: 'Kari Nordmann', reason: 'sykdom' });
    expect(m.noticeSent).toBe('2024-05-16');
    expect(m.minutesSent).toBe('2024-05-30');
  });

  it('reads the approval, corrections and the information items', () => {
    const m = mapMeeting(
      'meetings/ssu/2024-05-23.md',
      {
        godkjent: { dato: '2024-09-26', sak: 'SSU 2024.25', sjekksum: { møte: { tilstede: 'abcdef12' }, '2024.11': { konklusjon: '0123abcd' } } },
        rettelser: [{ dato: '2024-10-01', tekst: 'Rettet navn.', sjekksum: { '2024.11': { konklusjon: 'ffff0000' } } }, { dato: '2024-10-02' }],
        orienteringssaker: { konklusjon: 'Tas til orientering.' },
      },
      '',
      'ssu',
      '2024-05-23',
    );
    expect(m.approval).toEqual({ date: '2024-09-26', inCase: { body: 'SSU', number: { year: 2024, seq: 25 } }, byEmail: false, digest: { møte: { tilstede: 'abcdef12' }, '2024.11': { konklusjon: '0123abcd' } } });
    expect(m.corrections).toEqual([{ date: '2024-10-01', text: 'Rettet navn.', digest: { '2024.11': { konklusjon: 'ffff0000' } } }]);
    expect(m.infoItems).toEqual({ conclusion: 'Tas til orientering.' });
  });
});

describe('members, sides, quorum and deadlines', () => {
  it('reads a deputy, a deputy list, a side, the parties, quorum and deadlines', () => {
    const config = mapConfig({
      navn: 'X',
      parter: [{ id: 'kommunene', navn: 'Kommunene', organisasjoner: ['kommune'] }],
      organer: [
        {
          kode: 'ssu',
          navn: 'SSU',
          medlemmer: [
            { navn: 'Kari', vara: 'Vera' },
            { navn: 'Ola', part: 'sykehuset', vara: [{ navn: 'Vidar', organisasjon: 'SiV' }, 'Vilde'] },
            { navn: 'Per' },
          ],
          beslutningsdyktig: { andel: 0.5, parter: ['kommunene', 'sykehuset'] },
          frister: { saker: 21, innkalling: 7, referat: 14 },
        },
      ],
    });
    const [body] = config.bodies;
    expect(config.parties).toEqual([{ id: 'kommunene', name: 'Kommunene', organisations: ['kommune'] }]);
    expect(body!.members.map((m) => m.deputies)).toEqual([[{ name: 'Vera' }], [{ name: 'Vidar', organisation: 'SiV' }, { name: 'Vilde' }], []]);
    expect(body!.members[1]!.party).toBe('sykehuset');
    expect(body!.quorum).toEqual({ share: 0.5, parties: ['kommunene', 'sykehuset'] });
    expect(body!.deadlines).toEqual({ cases: 21, notice: 7, minutes: 14 });
  });

  it('leaves out rules that state nothing, and reads them from a mandate', () => {
    const config = mapConfig({ navn: 'X', organer: [{ kode: 'SSU', navn: 'SSU', beslutningsdyktig: {}, frister: {} }] });
    expect(config.bodies[0]!.quorum).toBeUndefined();
    expect(config.bodies[0]!.deadlines).toBeUndefined();
    const mandate = mapMandate('mandates/ssu.md', { organ: 'SSU', status: 'vedtatt', beslutningsdyktig: { antall: 3 }, frister: { referat: 10 } }, '', 'ssu');
    expect(mandate.quorum).toEqual({ count: 3, parties: [] });
    expect(mandate.deadlines).toEqual({ minutes: 10 });
  });
});

describe('case fields of the meeting cycle', () => {
  it('reads conflicts of interest, referrals and information items', () => {
    const c = mapCase(
      'cases/ssu/2024/2024.36-x.md',
      {
        saksnr: '2024.36',
        tittel: 'X',
        inhabil: [{ navn: 'Kari', grunn: 'Styremedlem i søkeren', hjemmel: 'fvl. § 6 første ledd bokstav e' }, { grunn: 'uten navn' }],
        innstilling_fra: 'FSU 2024.16',
        oversendt_til: ['PM 2025.2'],
        samlet: true,
        tatt_ut_av: 'Ola',
      },
      '',
      'ssu',
    );
    expect(c.conflicts).toEqual([{ name: 'Kari', reason: 'Styremedlem i søkeren', basis: 'fvl. § 6 første ledd bokstav e' }]);
    expect(c.recommendationFrom).toEqual({ body: 'FSU', number: { year: 2024, seq: 16 } });
    expect(c.referredTo).toEqual([{ body: 'PM', number: { year: 2025, seq: 2 } }]);
    expect(c.together).toBe(true);
    expect(c.liftedOutBy).toBe('Ola');
    const plain = mapCase('cases/ssu/2024/2024.37-y.md', { saksnr: '2024.37', tittel: 'Y', samlet: 'ja' }, '', 'ssu');
    expect(plain).toMatchObject({ conflicts: [], referredTo: [], together: false });
  });
});
