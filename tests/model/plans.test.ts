/**
 * Plans of one year or several: their periods, finding the plan of a year,
 * areas declared in a plan or inherited from the plan before, owners, and the
 * plan-row schema extended with a partnership's own fields.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveImage } from '../../src/model/images.js';
import { mapConfig, planYearsOf } from '../../src/model/map.js';
import { formatOwners, ownerKind, ownerMatches } from '../../src/model/owners.js';
import { actionPlans, areaLabel, findPlan, planSettings, planTree, plansCovering, planYears } from '../../src/model/plan.js';
import { buildRepository } from '../../src/repo/build.js';
import { exampleRepository, lines } from '../../src/rules/fixture.js';
import { planRowValidator } from '../../src/schema/own-fields.js';
import { memorySource } from '../helpers/memory.js';

const build = (files: Record<string, string>) => buildRepository(memorySource(exampleRepository(files))).repo;

describe('the period of a plan', () => {
  it('comes from år, from periode, or from a folder named by its years', () => {
    expect(planYearsOf({ år: 2024 }, 'x')).toEqual({ from: 2024, to: 2024 });
    expect(planYearsOf({ periode: '2025–2027' }, 'x')).toEqual({ from: 2025, to: 2027 });
    expect(planYearsOf({ periode: '2025 - 2027' }, 'x')).toEqual({ from: 2025, to: 2027 });
    expect(planYearsOf({ periode: 2026 }, 'x')).toEqual({ from: 2026, to: 2026 });
    expect(planYearsOf({}, '2025-2027')).toEqual({ from: 2025, to: 2027 });
    expect(planYearsOf({}, '2025')).toEqual({ from: 2025, to: 2025 });
    expect(planYearsOf({}, 'neste')).toBeUndefined();
    // A period written the wrong way round is not replaced by the folder's name.
    expect(planYearsOf({ periode: '2027–2025' }, '2025-2027')).toBeUndefined();
  });

  it('reads every span of years written with a hyphen or a dash, with or without spaces (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2999 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom('-', '–', '—', ' - ', ' – '), (from, length, dash) => {
        const to = Math.min(2999, from + length);
        const text = from === to ? String(from) : `${from}${dash}${to}`;
        expect(planYearsOf({ periode: text }, 'x')).toEqual({ from, to });
      }),
    );
  });
});

describe('finding a plan', () => {
  const repo = build({
    'plans/2024/plan.md': lines('---', 'år: 2024', 'tittel: Handlingsplan 2024', '---'),
    'plans/2025-2027/plan.md': lines('---', 'periode: 2025–2027', 'tittel: Handlingsplan 2025–2027', '---'),
    'plans/2025-2027/vitality.md': lines('---', 'type: satsning', 'område: eldre', 'tittel: Vitality', '---'),
    'plans/2030/ung.md': lines('---', 'type: satsning', 'område: eldre', 'tittel: Ung', '---'),
  });

  it('lists the plans by their first year, a folder without plan.md by its name', () => {
    expect(actionPlans(repo).map((p) => [p.id, p.from, p.to, p.rows.length])).toEqual([
      ['2024', 2024, 2024, 0],
      ['2025-2027', 2025, 2027, 1],
      ['2030', 2030, 2030, 1],
    ]);
    expect(planYears(repo)).toEqual([2024, 2025, 2026, 2027, 2030]);
  });

  it('finds the plan that covers a year, or the plan named by its folder', () => {
    expect(findPlan(repo, 2026)?.id).toBe('2025-2027');
    expect(findPlan(repo, '2027')?.id).toBe('2025-2027');
    expect(findPlan(repo, '2025-2027')?.id).toBe('2025-2027');
    expect(findPlan(repo, 2028)).toBeUndefined();
    expect(plansCovering(repo, 2024).map((p) => p.id)).toEqual(['2024']);
  });
});

describe('the areas of a plan', () => {
  const repo = build({
    'plans/2024/plan.md': lines(
      '---',
      'år: 2024',
      'tittel: Handlingsplan 2024',
      'grupperinger:',
      '  - id: innsats',
      '    navn: Innsatsområder',
      '    områder:',
      '      - { id: barn, nummer: "3.1", navn: Barn og unge }',
      '      - { id: eldre, nummer: 2, navn: Eldre }',
      '---',
    ),
    'plans/2025/plan.md': lines('---', 'år: 2025', 'tittel: Handlingsplan 2025', '---'),
    'plans/2025/barn.md': lines('---', 'type: satsning', 'område: barn', 'tittel: Helsestasjon', '---'),
  });

  it('are declared in the plan, or inherited from the plan before it, or else come from hf.yaml', () => {
    const settings = planSettings(repo, findPlan(repo, 2025));
    expect(settings.groupingsFrom).toBe('plans/2024/plan.md');
    expect(settings.groupings[0]!.areas.map(areaLabel)).toEqual(['3.1 Barn og unge', '2. Eldre']);
    expect(planTree(repo, 2025).groupings[0]!.areas[0]!.initiatives.map((n) => n.row.id)).toEqual(['barn']);
    expect(planSettings(repo, undefined).groupingsFrom).toBe('hf.yaml');
  });

  it('number decimals as text: a quoted "3.10" stays 3.10, an unquoted 3.1 is not a number hf takes', () => {
    const config = mapConfig({ navn: 'X', organer: [], handlingsplan: { grupperinger: [{ id: 'g', navn: 'G', områder: [{ id: 'a', navn: 'A', nummer: '3.10' }, { id: 'b', navn: 'B', nummer: 3.1 }] }] } });
    expect(config.plan.groupings[0]!.areas.map((a) => a.number)).toEqual(['3.10', undefined]);
  });
});

describe('owners', () => {
  const config = mapConfig({
    navn: 'X',
    organisasjoner: ['Elvedal kommune', 'KS'],
    sekretariat: [{ navn: 'Marte', organisasjon: 'Sykehuset Elvedalen HF' }],
    organer: [{ kode: 'SSU', navn: 'SSU' }],
  });

  it('are a body code, a member organisation or free text; text written like a code is taken for a code', () => {
    expect(ownerKind('SSU', config)).toBe('body');
    expect(ownerKind('elvedal kommune', config)).toBe('organisation');
    expect(ownerKind('Sykehuset Elvedalen HF', config)).toBe('organisation');
    expect(ownerKind('KS', config)).toBe('organisation');
    expect(ownerKind('Helsefellesskapet', config)).toBe('text');
    expect(ownerKind('FUS', config)).toBe('body');
  });

  it('are found by the whole code, or by words of any other owner', () => {
    expect(ownerMatches('SSU', 'ssu')).toBe(true);
    expect(ownerMatches('FSU', 'SU')).toBe(false);
    expect(ownerMatches('Elvedal kommune', 'Kommune')).toBe(true);
    expect(ownerMatches('Kommunene', 'kommune')).toBe(true);
    expect(ownerMatches('SSU', '')).toBe(false);
  });

  it('are listed with commas, or semicolons when a name holds a comma', () => {
    expect(formatOwners(['SSU', 'Elvedal kommune'])).toBe('SSU, Elvedal kommune');
    expect(formatOwners(['AG-SFB', 'Kvinneklinikken, Sykehuset Elvedalen HF'])).toBe('AG-SFB; Kvinneklinikken, Sykehuset Elvedalen HF');
  });
});

describe('the plan-row schema with own fields', () => {
  const fields = mapConfig({
    navn: 'X',
    organer: [],
    handlingsplan: {
      felt: [
        { navn: 'målgruppe', etikett: 'Målgruppe', type: 'tekst' },
        { navn: 'indikatorer', type: 'liste' },
        { navn: 'budsjett', type: 'tall' },
        { navn: 'frist', type: 'dato' },
        { navn: 'finansiering', type: 'valg', verdier: ['tilskudd', 'egen ramme'] },
      ],
    },
  }).plan.fields;
  const row = { type: 'satsning', område: 'eldre', tittel: 'Vitality' };

  it('takes each own field of its type, and refuses one of another type as it refuses a built-in one', () => {
    const validate = planRowValidator(fields);
    expect(validate({ ...row, målgruppe: 'Eldre', indikatorer: ['Antall'], budsjett: 1.5, frist: '2026-01-31', finansiering: 'tilskudd' })).toBe(true);
    expect(validate({ ...row, målgruppe: 3, indikatorer: 'Antall', budsjett: '10', frist: '31.01.2026', finansiering: 'lotteri', ukjent: 1 })).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath || e.params.additionalProperty} ${e.keyword}`).sort()).toEqual([
      '/budsjett type',
      '/finansiering enum',
      '/frist pattern',
      '/indikatorer type',
      '/målgruppe type',
      'ukjent additionalProperties',
    ]);
  });

  it('is compiled once for the same fields', () => {
    expect(planRowValidator(fields)).toBe(planRowValidator([...fields]));
  });
});

describe('resolveImage (property)', () => {
  it('never gives a path that leads out of the repository, and keeps plain paths under the folder', () => {
    const segment = fc.stringMatching(/^[a-zA-Z0-9_-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.array(fc.oneof(segment, fc.constant('..'), fc.constant('.')), { minLength: 1, maxLength: 6 }), (base, parts) => {
        const target = resolveImage(base.join('/'), parts.join('/'));
        if (target.kind === 'file') {
          expect(target.path.split('/')).not.toContain('..');
          expect(target.path.startsWith('/')).toBe(false);
        }
        if (parts.every((p) => p !== '..' && p !== '.')) expect(target).toEqual({ kind: 'file', path: [...base, ...parts].join('/') });
      }),
    );
  });
});
