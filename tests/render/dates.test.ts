import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateMedium, formatDatePlace, formatDateShort, formatTime, formatTimeRange, weekday } from '../../src/render/dates.js';

describe('dates', () => {
  it('writes the long Norwegian date with the weekday, as the notices do', () => {
    expect(formatDateLong('2024-09-26', 'nb')).toBe('torsdag 26. september 2024');
    expect(formatDateLong('2024-05-23', 'nb')).toBe('torsdag 23. mai 2024');
    expect(formatDateLong('2024-09-05', 'nb')).toBe('torsdag 5. september 2024');
    expect(formatDateLong('2024-06-16', 'nb')).toBe('søndag 16. juni 2024');
    expect(formatDateLong('2024-11-25', 'nb')).toBe('mandag 25. november 2024');
    expect(formatDateLong('2024-11-30', 'nn')).toBe('laurdag 30. november 2024');
    expect(formatDateLong('2024-09-26', 'en')).toBe('Thursday 26 September 2024');
  });

  it('knows leap days and the turn of the year', () => {
    expect(formatDateLong('2024-02-29', 'nb')).toBe('torsdag 29. februar 2024');
    expect(formatDateLong('2025-01-01', 'nb')).toBe('onsdag 1. januar 2025');
    expect(formatDateLong('2023-12-31', 'en')).toBe('Sunday 31 December 2023');
  });

  it('returns text that is not a date unchanged instead of inventing one', () => {
    expect(formatDateLong('2023-02-29', 'nb')).toBe('2023-02-29');
    expect(formatDateLong('26.09.24', 'nb')).toBe('26.09.24');
    expect(formatDateShort('2024-13-01', 'nb')).toBe('2024-13-01');
    expect(weekday('2024-02-30')).toBeUndefined();
  });

  it('writes short and medium dates', () => {
    expect(formatDateShort('2024-09-26', 'nb')).toBe('26.09.24');
    expect(formatDateShort('2024-09-05', 'en')).toBe('05/09/24');
    expect(formatDateMedium('2024-11-28', 'nb')).toBe('28. november 2024');
    expect(formatDateMedium('2024-11-28', 'en')).toBe('28 November 2024');
  });

  it('writes times with a full stop in Norwegian and "kl." before them', () => {
    expect(formatTime('12:30', 'nb')).toBe('12.30');
    expect(formatTime('9:05', 'nb')).toBe('09.05');
    expect(formatTime('12:30', 'en')).toBe('12:30');
    expect(formatTimeRange('12:30', '15:30', 'nb')).toBe('kl. 12.30–15.30');
    expect(formatTimeRange('12:30', '15:30', 'en')).toBe('12:30–15:30');
    expect(formatTimeRange('13:45', undefined, 'nb')).toBe('kl. 13.45');
    expect(formatTimeRange(undefined, '15:00', 'nb')).toBe('til kl. 15.00');
    expect(formatTimeRange(undefined, '15:00', 'en')).toBe('until 15:00');
    expect(formatTimeRange(undefined, undefined, 'nb')).toBeUndefined();
  });

  it('writes the Dato/sted line of the SSU notice of 26.09.24', () => {
    expect(formatDatePlace('2024-09-26', '12:30', '15:30', 'SiV møterom 028, bak kantinen', 'nb')).toBe(
      'torsdag 26. september 2024, kl. 12.30–15.30, SiV møterom 028, bak kantinen',
    );
    expect(formatDatePlace('2024-09-26', undefined, undefined, undefined, 'nb')).toBe('torsdag 26. september 2024');
  });

  it('agrees with the calendar for every date from 1900 to 2199', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const expected = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
          .format(d)
          .replace(',', '');
        expect(formatDateLong(iso, 'en')).toBe(expected);
      }),
    );
  });
});
