import { describe, expect, it } from 'vitest';
import { todayOf } from '../../src/commands/shared/context.js';

describe('todayOf', () => {
  it('gives the date in Oslo for every half hour of two years, summer time switches included', () => {
    const oslo = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
    const start = Date.UTC(2024, 0, 1);
    const wrong: string[] = [];
    let checked = 0;
    for (let t = start; t < start + 2 * 366 * 86_400_000; t += 1_800_000, checked++) {
      const now = new Date(t);
      if (todayOf(now) !== oslo.format(now)) wrong.push(`${todayOf(now)} at ${now.toISOString()}, not ${oslo.format(now)}`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(2 * 366 * 48);
  });
});
