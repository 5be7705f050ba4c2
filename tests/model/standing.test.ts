/** The standing items and the agenda order: one list, used by the schema, the loader, the agenda and `hf schedule`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareAgenda, STANDING_DEFAULTS, STANDING_KEYS, standingKeyOf, standingKindOf, standingText, type AgendaItem } from '../../src/model/standing.js';
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

describe('the words of the standing items', () => {
  const config = { lang: 'nn' as const, standing: { minutes: { title: 'Referat frå sist' } } };
  const body = { standing: { minutes: { proposedConclusion: 'Referatet er godkjent.' } }, code: 'FSU' };

  it('are hf’s own in bokmål, nynorsk and English', () => {
    expect(standingText('minutes', 'nb', { lang: 'nb' })).toEqual({ title: 'Referat fra forrige møte', proposedConclusion: 'Referatet godkjennes.' });
    expect(standingText('minutes', 'nn', { lang: 'nn' })).toEqual({ title: 'Referat frå førre møte', proposedConclusion: 'Referatet vert godkjent.' });
    expect(standingText('approval', 'en', { lang: 'en' }).title).toBe('Approval of the notice and the agenda');
    expect(standingText('aob', 'en', { lang: 'en' })).toEqual({ title: 'Any other business' });
  });

  it('take the body’s words over the partnership’s over hf’s, field by field, in the partnership’s language', () => {
    expect(standingText('minutes', 'nn', config, body)).toEqual({ title: 'Referat frå sist', proposedConclusion: 'Referatet er godkjent.' });
    expect(standingText('minutes', 'nn', config)).toEqual({ title: 'Referat frå sist', proposedConclusion: 'Referatet vert godkjent.' });
    // A document in another language than the partnership's gets hf's words in that language.
    expect(standingText('minutes', 'en', config, body)).toEqual(STANDING_DEFAULTS.minutes.en);
  });
});
