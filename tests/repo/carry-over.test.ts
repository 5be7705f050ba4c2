import { describe, expect, it } from 'vitest';
import { planCarryOver } from '../../src/repo/carry-over.js';
import { buildRepository } from '../../src/repo/build.js';
import { exampleRepository, lines } from '../../src/rules/fixture.js';
import { loadBundled } from '../helpers/bundled.js';
import { loadFjord } from '../helpers/fjord.js';
import { memorySource } from '../helpers/memory.js';

const decode = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

describe('planCarryOver on the bundled data', () => {
  const { repo } = loadBundled();
  const plan = planCarryOver(repo, 2025, 2026);

  it('carries every row of Handlingsplan 2025 (none is completed) and copies plan.md', () => {
    const rows = repo.planRows.filter((r) => r.plan === '2025');
    expect(rows).toHaveLength(39);
    expect(plan.files).toHaveLength(40);
    expect(plan.files[0]!.path).toBe('plans/2026/plan.md');
    expect(plan.skipped).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(new Set(plan.files.map((f) => f.continues).filter(Boolean))).toEqual(new Set(rows.map((r) => `2025/${r.id}`)));
  });

  it('links the new row to the old, keeps the text, drops the cases of the old year', () => {
    const vitality = decode(plan.files.find((f) => f.path === 'plans/2026/vitality.md')!.bytes);
    expect(vitality).toContain('viderefører: 2025/vitality\n');
    expect(vitality).toContain('status: pågår\n');
    expect(vitality).toContain('periode: "2025"\n');
    expect(vitality).not.toContain('saker:');
    expect(vitality).toContain('\n---\n**Prosjekt Vitality**\n');
    const planMd = decode(plan.files[0]!.bytes);
    expect(planMd).toMatch(/^---\når: 2026\ntittel: Handlingsplan 2026\n/);
    expect(planMd).not.toContain('vedtatt_i');
    expect(planMd).toContain('Nasjonal helse- og sykehusplan 2020-2023');
  });
});

describe('planCarryOver', () => {
  it('leaves completed rows behind but brings a completed satsning along for a tiltak that goes on', () => {
    const { repo } = loadFjord();
    const plan = planCarryOver(repo, 2025, 2026);
    expect(plan.files.map((f) => [f.path, f.reason, f.status ?? null])).toEqual([
      ['plans/2026/plan.md', 'plan', null],
      ['plans/2026/digital-hjemmeoppfolging.md', 'open', 'pågår'],
      ['plans/2026/felles-opplaering.md', 'open', 'pågår'],
      ['plans/2026/felles-rop-team.md', 'open', 'pågår'],
      ['plans/2026/felles-sjekkliste.md', 'open', 'pågår'],
      ['plans/2026/helsestasjon-for-ungdom.md', 'open', 'planlagt'],
      ['plans/2026/kompetansebro.md', 'open', 'pågår'],
      ['plans/2026/meldingsloftet.md', 'open', 'pågår'],
      ['plans/2026/omrade-psykisk-helse-rus.md', 'area', null],
      ['plans/2026/trygg-utskrivning.md', 'parent', 'pågår'],
    ]);
    expect(plan.skipped).toEqual([
      { key: '2025/kartlegging-rop', file: 'plans/2025/kartlegging-rop.md', reason: 'done', detail: 'fullført' },
      { key: '2025/pilot-fjordvik', file: 'plans/2025/pilot-fjordvik.md', reason: 'done', detail: 'avsluttet' },
    ]);
  });

  const base = (extra: Record<string, string>) =>
    buildRepository(
      memorySource(
        exampleRepository({
          'plans/2025/rehabilitering.md': lines('---', '# Satsningen fra 2024', 'type: satsning', 'område: eldre', "tittel: 'Rehabilitering'", 'status: pågår', 'saker: ["SSU 2024.2"]', '---', 'Tekst.'),
          'plans/2025/workshop.md': lines('---', 'type: tiltak', 'område: eldre', 'satsning: rehabilitering', 'tittel: Workshop', 'status: planlagt', '---'),
          ...extra,
        }),
      ),
    ).repo;

  it('keeps comments and quoting of the frontmatter', () => {
    const plan = planCarryOver(base({}), 2025, 2026);
    expect(decode(plan.files.find((f) => f.path === 'plans/2026/rehabilitering.md')!.bytes)).toBe(
      lines('---', '# Satsningen fra 2024', 'type: satsning', 'område: eldre', "tittel: 'Rehabilitering'", 'status: pågår', 'viderefører: 2025/rehabilitering', '---', 'Tekst.'),
    );
  });

  it('creates nothing for a row already continued, and points a new tiltak at the satsning that continues its own', () => {
    const repo = base({
      'plans/2026/rehabilitering-i-vestfold.md': lines('---', 'type: satsning', 'område: eldre', 'tittel: Rehabilitering i Vestfold', 'status: pågår', 'viderefører: 2025/rehabilitering', '---'),
    });
    const plan = planCarryOver(repo, 2025, 2026);
    expect(plan.skipped).toEqual([{ key: '2025/rehabilitering', file: 'plans/2025/rehabilitering.md', reason: 'continued', detail: 'plans/2026/rehabilitering-i-vestfold.md' }]);
    expect(plan.files.map((f) => f.path)).toEqual(['plans/2026/workshop.md']);
    expect(decode(plan.files[0]!.bytes)).toContain('satsning: rehabilitering-i-vestfold\n');
  });

  it('reports a row of the new year that has the same name but does not continue it', () => {
    const repo = base({ 'plans/2026/workshop.md': lines('---', 'type: satsning', 'område: eldre', 'tittel: Ny workshop', 'status: planlagt', '---') });
    const plan = planCarryOver(repo, 2025, 2026);
    expect(plan.conflicts).toEqual([{ key: '2025/workshop', path: 'plans/2026/workshop.md' }]);
    expect(plan.files.map((f) => f.path)).toEqual(['plans/2026/rehabilitering.md']);
  });

  it('keeps CRLF line endings and a BOM', () => {
    const crlf = '\ufeff' + lines('---', 'type: satsning', 'område: eldre', 'tittel: Vitality', 'status: pågår', '---', 'Linje 1', 'Linje 2').replace(/\n/g, '\r\n');
    const { repo } = buildRepository(memorySource(exampleRepository({ 'plans/2025/vitality.md': crlf })));
    const out = planCarryOver(repo, 2025, 2026).files.find((f) => f.path === 'plans/2026/vitality.md')!;
    const text = decode(out.bytes);
    expect(text.startsWith('\ufeff---\r\n')).toBe(true);
    expect(text).toContain('viderefører: 2025/vitality\r\n---\r\nLinje 1\r\nLinje 2\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
