/** The standing items and the agenda order: one list, used by the schema, the loader, the agenda and `hf schedule`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareAgenda, STANDING_KEYS, standingKeyOf, standingKindOf, type AgendaItem } from '../../src/model/standing.js';
import { REPO_ROOT } from '../helpers/bundled.js';

const n = (year: number, seq: number) => ({ year, seq });

describe('standing items', () => {
  it('are the values the case schema allows for fast_sak', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'case.schema.json'), 'utf8')) as { properties: { fast_sak: { enum: string[] } } };
    expect(schema.properties.fast_sak.enum).toEqual([...STANDING_KEYS]);
  });

  it('map between frontmatter keys and the model’s kinds both ways', () => {
    for (const key of STANDING_KEYS) expect(standingKeyOf(standingKindOf(key)!)).toBe(key);
    expect(standingKindOf('Godkjenning')).toBeUndefined();
    expect(standingKindOf(undefined)).toBeUndefined();
  });
});

describe('agenda order', () => {
  const sorted = (items: AgendaItem[]) => [...items].sort(compareAgenda);

  it('puts Godkjenning, Referat, the cases and Eventuelt in that order when nothing is numbered', () => {
    const aob = { standing: 'aob' as const };
    const approval = { standing: 'approval' as const };
    const minutes = { standing: 'minutes' as const };
    const plain = {};
    expect(sorted([aob, plain, minutes, approval])).toEqual([approval, minutes, plain, aob]);
  });

  it('orders numbered items by number, 2024.9 before 2024.10, and a numbered Eventuelt still last', () => {
    const approval = { standing: 'approval' as const, number: n(2024, 24) };
    const ten = { number: n(2024, 10) };
    const nine = { number: n(2024, 9) };
    const aob = { standing: 'aob' as const, number: n(2024, 1) };
    expect(sorted([aob, ten, nine])).toEqual([nine, ten, aob]);
    // Numbers were given in agenda order, so they decide between numbered items.
    expect(sorted([ten, approval])).toEqual([ten, approval]);
  });
});
