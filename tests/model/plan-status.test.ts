import { describe, expect, it } from 'vitest';
import { latestCase, planStatus } from '../../src/model/plan-status.js';
import { RepoIndex } from '../../src/model/repository.js';
import { loadBundled } from '../helpers/bundled.js';
import { FJORD_NOW, loadFjord } from '../helpers/fjord.js';

describe('planStatus on the bundled data', () => {
  const { index, repo } = loadBundled();

  it('counts the 29 satsninger and tiltak of 2025 by status', () => {
    const report = planStatus(index, 2025, '2025-06-01');
    expect(report.counts).toEqual({ planlagt: 4, pågår: 25, fullført: 0, videreført: 0, avsluttet: 0, ukjent: 0 });
    expect(report.overdue).toEqual([]);
    expect(report.groupings.map((g) => [g.grouping.id, g.areas.map((a) => a.area.id)])).toEqual([
      ['pasientgrupper', ['psykisk-helse-rus', 'skropelige-eldre', 'barn-unge', 'kroniske-lidelser']],
      ['strukturer', ['fsu', 'akuttkjeden', 'hr', 'fastlege', 'ikt', 'kompetansebroen', 'beredskap']],
    ]);
  });

  it('finds the latest case that treated a row, with its conclusion', () => {
    const vitality = repo.planRows.find((r) => r.id === 'vitality')!;
    expect(latestCase(vitality, index)).toMatchObject({ ref: 'PM 2024.3', date: '2024-05-30', proposed: false, conclusion: 'Partnerskapsmøtet tar informasjonen til orientering.' });
    const forum = repo.planRows.find((r) => r.id === 'samhandlingsforum-psykisk-helse')!;
    // SSU 2024.27 is on the agenda of 26.09.2024 and not yet concluded: the proposal is shown as such.
    expect(latestCase(forum, index)).toMatchObject({ ref: 'SSU 2024.27', date: '2024-09-26', proposed: true });
  });

  it('reports what is overdue against its period once the period is over', () => {
    const report = planStatus(index, 2025, '2026-01-15');
    expect(report.overdue.map((s) => s.row.id).sort()).toEqual(
      [
        'akuttkjeden-diagnostisk-sloyfe',
        'akuttkjeden-klinobskommune',
        'akuttkjeden-mobil-rontgen',
        'akuttkjeden-ohd-plasser',
        'fsu-forbedringsomrader',
        'rehabilitering',
        'rehabilitering-workshop',
        'vitality',
      ].sort(),
    );
    const vitality = report.groupings[0]!.areas[1]!.initiatives[0]!;
    expect(vitality).toMatchObject({ overdue: true, endsThisYear: false, period: { kind: 'years', from: 2025, to: 2025 } });
  });

  it('marks what ends this year', () => {
    const report = planStatus(index, 2025, '2025-06-01');
    const ends = report.groupings.flatMap((g) => g.areas.flatMap((a) => a.initiatives.flatMap((i) => [i, ...i.measures]))).filter((s) => s.endsThisYear);
    expect(ends).toHaveLength(8);
  });
});

describe('planStatus on Fjordfellesskapet', () => {
  it('groups by the six numbered innsatsområder of its hf.yaml', () => {
    const { index } = loadFjord();
    const report = planStatus(index, 2025, FJORD_NOW);
    expect(report.groupings).toHaveLength(1);
    expect(report.groupings[0]!.grouping.name).toBe('Innsatsområder');
    expect(report.groupings[0]!.areas.map((a) => `${a.area.number}. ${a.area.name}`)).toEqual([
      '1. Barn og unge',
      '2. Psykisk helse og rus',
      '3. Skrøpelige eldre',
      '4. Personer med flere kroniske lidelser',
      '5. Digital samhandling',
      '6. Kompetanse og rekruttering',
    ]);
    expect(report.counts).toEqual({ planlagt: 1, pågår: 5, fullført: 2, videreført: 1, avsluttet: 1, ukjent: 0 });
    // Completed and ended rows are never overdue; ongoing ones whose period is over are.
    expect(report.overdue.map((s) => s.row.id)).toEqual(['helsestasjon-for-ungdom', 'felles-rop-team', 'meldingsloftet']);
    const rop = report.groupings[0]!.areas[1]!.initiatives[0]!;
    expect(rop.latest).toMatchObject({ ref: 'SSU 2025.3', date: '2025-09-18', conclusion: 'Statusrapporten tas til orientering. Underutvalget lager en plan for videreføring i 2026.' });
    expect(rop.measures.map((m) => [m.row.id, m.status, m.overdue])).toEqual([
      ['kartlegging-rop', 'fullført', false],
      ['felles-opplaering', 'pågår', false],
    ]);
  });

  it('shows an unknown status as unknown', () => {
    const { repo } = loadFjord();
    const row = repo.planRows.find((r) => r.id === 'meldingsloftet')!;
    delete row.status;
    repo.files.get(row.file)!.data!.status = 'ferdig';
    const report = planStatus(new RepoIndex(repo), 2025, FJORD_NOW);
    expect(report.counts.ukjent).toBe(1);
    expect(report.unknown.map((s) => [s.row.id, s.unknownStatus])).toEqual([['meldingsloftet', 'ferdig']]);
  });

  it('knows which rows a later plan continues', () => {
    const { repo } = loadFjord();
    repo.planRows.push({ ...repo.planRows.find((r) => r.id === 'meldingsloftet')!, plan: '2026', file: 'plans/2026/meldingsloftet.md', continues: ['2025/meldingsloftet'] });
    const report = planStatus(new RepoIndex(repo), 2025, FJORD_NOW);
    const row = report.groupings[0]!.areas[4]!.initiatives[0]!;
    expect(row.continuedIn.map((r) => r.file)).toEqual(['plans/2026/meldingsloftet.md']);
  });
});
