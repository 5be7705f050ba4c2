/**
 * The bundled data is a faithful transcription of the seed documents. These
 * expectations are read off the seeds by hand (the SSU notice of 26.09.24, the
 * minutes of SSU 23.05.24, PM 30.05.24 and FSU 05.09.24, Handlingsplan 2025), so a
 * lost case, type, attachment or conclusion fails here.
 */
import { describe, expect, it } from 'vitest';
import { formatCaseNumber, parseCaseRef } from '../../src/model/case-number.js';
import { validateRepository } from '../../src/rules/engine.js';
import { loadBundled } from '../helpers/bundled.js';

const { repo, findings, index } = loadBundled();

function caseOf(body: string, number: string) {
  const c = index.findCase(parseCaseRef(`${body} ${number}`)!);
  if (!c) throw new Error(`missing ${body} ${number}`);
  return c;
}

describe('bundled data', () => {
  it('validates without errors (warnings only for the unrecorded minutes of SSU 26.09.24 and the two links of 2024.28 the seed gives no address)', async () => {
    const result = await validateRepository(repo, findings, { today: '2026-11-28', lang: 'nb' }, 0);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const warned = result.diagnostics.map((d) => `${d.ruleId} ${d.file.split('/').pop()!.split('-')[0]}`).sort();
    expect(warned).toEqual(['link-url 2024.28', 'link-url 2024.28', ...Array.from({ length: 12 }, (_, i) => `missing-conclusion 2024.${24 + i}`)].sort());
  });

  it('has every case of the SSU notice of 26.09.24 with number, types, attachments, responsible and proposed conclusion', () => {
    const expected: [string, string[], number, string[], string | undefined][] = [
      ['2024.24', [], 0, ['Guro'], undefined],
      ['2024.25', ['Orientering'], 3, ['Rannveig'], 'Referatene tas til orientering'],
      ['2024.26', ['Orientering'], 0, ['Erik', 'Rannveig'], undefined],
      ['2024.27', ['Beslutning'], 1, ['Hilde Tafjord'], 'Mandat for Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold godkjennes.'],
      ['2024.28', ['Orientering', 'Diskusjon'], 0, ['Kommune', 'SiV'], undefined],
      ['2024.29', ['Orientering'], 0, ['Guro'], undefined],
      ['2024.30', ['Diskusjon'], 1, ['Erik', 'Lars R'], undefined],
      ['2024.31', ['Orientering'], 0, ['Erik'], undefined],
      ['2024.32', ['Orientering'], 1, ['Erik'], undefined],
      ['2024.33', ['Orientering', 'Diskusjon'], 0, ['Rannveig', 'Gro Aasland', 'SiV', 'Kommunene', 'Erik'], undefined],
      ['2024.34', ['Orientering', 'Diskusjon'], 1, [], undefined],
      ['2024.35', ['Beslutning'], 2, ['Rannveig'], 'Saken sendes tilbake til FSU som utarbeider forslag til konkretisering av mandatet. Utkast til konkretisert mandat legges fram i SSU 28.november.'],
    ];
    const agenda = index.agenda('SSU', '2024-09-26');
    expect(agenda.map((c) => formatCaseNumber(c.number!))).toEqual(expected.map((e) => e[0]));
    for (const [number, types, attachments, responsible, proposed] of expected) {
      const c = caseOf('SSU', number);
      expect({ number, types: c.types, attachments: c.attachments.length, responsible: c.responsible }).toEqual({ number, types, attachments, responsible });
      if (proposed) expect(c.proposedConclusion?.replace(/\s+/g, ' ').trim()).toBe(proposed);
    }
    // "9 vedlegg" in the header of the notice.
    expect(agenda.reduce((n, c) => n + c.attachments.length, 0)).toBe(9);
    expect(caseOf('SSU', '2024.24').standing).toBe('approval');
    expect(caseOf('SSU', '2024.25').standing).toBe('minutes');
    expect(caseOf('SSU', '2024.28').followUpOf).toEqual(parseCaseRef('SSU 2024.17'));
    expect(index.findMeeting('SSU', '2024-09-26')?.pauseAfter).toEqual({ year: 2024, seq: 30 });
  });

  it('reads as the seed: titles over lines, lead paragraphs, the paper\'s own type, and what each attachment is', () => {
    expect(caseOf('SSU', '2024.25').titleLines).toEqual(['Referat SSU 23.05.24', 'Referat PM 30.05.24', 'Referat FSU 05.09.24']);
    expect(caseOf('SSU', '2024.31').lead).toBe('Hvilke prosjektsøknader har fått støtte av HSØ til tjenesteinnovasjon');
    expect(caseOf('SSU', '2024.31').points).toEqual([]);
    expect(caseOf('SSU', '2024.34').lead).toBe('Vedlagt er sak fra SiV som gjelder endringer innen palliasjon voksne.');
    expect(caseOf('SSU', '2024.34').points.map((p) => p.text)).toEqual(['Orientering om saken', 'Hvordan bør slike endringer formidles til kommunene (prosess og metode)']);
    expect(caseOf('SSU', '2024.35').lead).toMatch(/^FSU har et mandat i dag som er vedtatt i SSU/);
    expect(caseOf('SSU', '2024.30')).toMatchObject({ types: ['Diskusjon'], paperTypes: ['Beslutning'] });
    expect(caseOf('SSU', '2024.25').attachments.map((a) => a.minutes)).toEqual([
      { body: 'SSU', date: '2024-05-23' },
      { body: 'PM', date: '2024-05-30' },
      { body: 'FSU', date: '2024-09-05' },
    ]);
    expect(caseOf('SSU', '2024.27').attachments[0]!.mandate).toBe('SF-PHR');
    for (const n of ['2024.30', '2024.32', '2024.35']) expect(caseOf('SSU', n).attachments[0]!.paper, n).toBe(true);
    expect(caseOf('SSU', '2024.34').attachments[0]!.file).toBe('vedlegg/ssu/2024/2024.34-palliasjon-til-voksne-pasienter.md');
    expect(repo.exists('vedlegg/ssu/2024/2024.34-palliasjon-til-voksne-pasienter.md')).toBe(true);
  });

  it('has no attachment title the seed does not have', () => {
    // Every attachment title of the bundled data, typed from the seed's notice and minutes: the other attachments
    // (PM 2024.3 and 2024.4, SSU 2024.18) are counted in their agenda rows without a name, as in the seed.
    const seed = [
      'FSU 2024.14: Presentasjon Habilitering', 'FSU 2024.14: Rapport fra arbeidsgruppe 2017', 'FSU 2024.15: Presentasjon av Helsetilsynets tilsyn skrøpelige eldre',
      'FSU 2024.16: Presentasjon av nye satsninger i Handlingsplan for Helsefelleskapet, 2025',
      ...['13', '14', '15', '16', '17', '19', '20', '21'].map((n) => `SSU 2024.${n}: Presentasjon`),
      'SSU 2024.25: Referat SSU 23.05.24', 'SSU 2024.25: Referat PM 30.05.24', 'SSU 2024.25: Referat FSU 05.09.24',
      'SSU 2024.27: Utkast til mandat Samhandlingsforum for ledere for psykisk helse og rus', 'SSU 2024.30: Saksfremlegg, styringsdata for utvikling og oppfølging av tjenestene',
      'SSU 2024.32: Saksfremlegg samhandlingsmidler', 'SSU 2024.34: Saksfremlegg fra senter for kreft og blodsykdommer', 'SSU 2024.35: Saksfremlegg', 'SSU 2024.35: Mandat FSU',
    ];
    const titled = repo.cases.flatMap((c) => c.attachments.filter((a) => a.title).map((a) => `${c.body} ${formatCaseNumber(c.number!)}: ${a.title}`));
    expect(titled.sort()).toEqual(seed.sort());
    for (const [body, n, count] of [['PM', '2024.3', 1], ['PM', '2024.4', 3], ['SSU', '2024.18', 1]] as const) {
      expect(caseOf(body, n).attachments, `${body} ${n}`).toEqual(Array.from({ length: count }, () => ({})));
    }
  });

  it('has every case of the three sets of minutes, with its conclusion where the minutes give one', () => {
    const withConclusion: Record<string, string[]> = {
      SSU: Array.from({ length: 12 }, (_, i) => `2024.${11 + i}`),
      PM: ['2024.1', '2024.2', '2024.3', '2024.4'],
      FSU: ['2024.17'],
    };
    for (const [body, numbers] of Object.entries(withConclusion)) {
      for (const n of numbers) expect(caseOf(body, n).conclusion, `${body} ${n}`).toBeTruthy();
    }
    // Treated without a recorded conclusion in the seed.
    for (const [body, n] of [['SSU', '2024.23'], ['FSU', '2024.14'], ['FSU', '2024.15'], ['FSU', '2024.16'], ['FSU', '2024.18']] as const) {
      const c = caseOf(body, n);
      expect(c.conclusion, `${body} ${n}`).toBeUndefined();
      expect(c.treatment, `${body} ${n}`).toBeTruthy();
    }
    expect(index.agenda('SSU', '2024-05-23').map((c) => formatCaseNumber(c.number!))).toEqual(Array.from({ length: 13 }, (_, i) => `2024.${11 + i}`));
    expect(index.agenda('PM', '2024-05-30').map((c) => formatCaseNumber(c.number!))).toEqual(['2024.1', '2024.2', '2024.3', '2024.4']);
    const fsu = index.agenda('FSU', '2024-09-05');
    expect(fsu.map((c) => (c.number ? formatCaseNumber(c.number) : c.standing))).toEqual(['approval', 'minutes', '2024.14', '2024.15', '2024.16', '2024.17', '2024.18']);
    expect(fsu.slice(0, 2).every((c) => c.conclusion)).toBe(true);
    expect(caseOf('SSU', '2024.17').conclusion).toContain('saken settes på agendaen i SSU møtet 26. september');
    expect(caseOf('FSU', '2024.18').refersTo).toEqual([parseCaseRef('FSU 2024.16')]);
  });

  it('records the meetings with time, place, chair, minute-taker and attendance', () => {
    const ssu = index.findMeeting('SSU', '2024-05-23')!;
    expect(ssu).toMatchObject({ start: '13:00', end: '15:30', place: 'Færder kommune, Tinghaugveien 18', chair: 'Guro Winsvold', minuteTaker: 'Runar Danielsen' });
    expect(ssu.absent).toEqual(['Kjersti Norheim', 'Christian Reissig']);
    const pm = index.findMeeting('PM', '2024-05-30')!;
    expect(pm).toMatchObject({ start: '13:45', end: '15:00', chair: 'Christina Bratli', minuteTakers: ['Runar Danielsen', 'Rannveig Velken'] });
    expect(pm.participants).toHaveLength(16);
    expect(pm.presenters).toHaveLength(4);
    const fsu = index.findMeeting('FSU', '2024-09-05')!;
    expect(fsu).toMatchObject({ start: '12:00', end: '15:00', minuteTaker: 'Rannveig Velken' });
    expect(fsu.present).toHaveLength(10);
    expect(fsu.absent).toHaveLength(10);
  });

  it('has the body configuration the seeds describe', () => {
    expect(repo.config.bodies.map((b) => b.code)).toEqual(['PM', 'SSU', 'FSU', 'FU-AKUTT', 'FU-HR', 'FU-FASTLEGE', 'FU-IKT', 'SF-PHR', 'BEREDSKAP']);
    expect(index.body('SSU')!.standingNumbered).toBe(true);
    expect(index.body('FSU')!.standingNumbered).toBe(false);
    expect(repo.config.secretariat.map((p) => p.name)).toEqual(['Rannveig Velken', 'Runar Danielsen']);
  });

  it('has all of Handlingsplan 2025', () => {
    const rows = repo.planRows.filter((r) => r.plan === '2025');
    const initiatives = rows.filter((r) => r.type === 'initiative');
    const measures = rows.filter((r) => r.type === 'measure');
    expect(initiatives).toHaveLength(14);
    expect(measures).toHaveLength(15);
    const byTitle = new Map(rows.map((r) => [r.title?.toLowerCase(), r]));
    expect(byTitle.get('vitality')).toMatchObject({ area: 'skropelige-eldre', workForm: 'Prosjekt', period: '2025' });
    for (const title of ['fact-team', 'sikkerhetspsykiatri', 'workshop']) expect(byTitle.get(title)?.type, title).toBe('measure');
    for (const area of ['psykisk-helse-rus', 'skropelige-eldre', 'barn-unge', 'kroniske-lidelser', 'fsu', 'akuttkjeden', 'hr', 'fastlege', 'ikt', 'kompetansebroen', 'beredskap']) {
      expect(initiatives.some((r) => r.area === area), area).toBe(true);
    }
    const plan = repo.plans.find((p) => p.id === '2025')!;
    expect(plan.mainGoal).toMatch(/^Fremme forebygging, mestring og gode sammenhengende pasientforløp/);
    expect(Object.keys(plan.whereTo).sort()).toEqual(['pasientgrupper', 'strukturer']);
  });

  it('has the mandate of Samhandlingsforum approved in SSU 2024.27', () => {
    const m = repo.mandates.find((x) => x.body === 'SF-PHR')!;
    expect(m.approvedIn).toEqual(parseCaseRef('SSU 2024.27'));
    for (const section of ['1. Bakgrunn', '2. Mandat', '3. Sammensetning', '4. Struktur', '5. Rapportering', '6. Referanser', '7. Vedlegg']) {
      expect(m.text).toContain(`## ${section}`);
    }
  });
});
