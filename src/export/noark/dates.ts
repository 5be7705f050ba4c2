/** Dates and times as Noark writes them (xs:dateTime), in Norwegian time. */

let offsets: Intl.DateTimeFormat | undefined;

/**
 * `2024-09-26T12:30:00+02:00`: a local date and time in Norway with its UTC
 * offset (summer time or not). The offset is looked up for the time itself, so
 * only the night hour of a summer-time change could be an hour off, and no
 * meeting is held then.
 */
export function osloDateTime(date: string, time = '00:00'): string {
  const hm = /^\d{2}:\d{2}$/.test(time) ? time : '00:00';
  offsets ??= new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });
  const instant = new Date(`${date}T${hm}:00Z`);
  const name = Number.isNaN(instant.getTime()) ? undefined : offsets.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '');
  return `${date}T${hm}:00${m ? m[1] : '+01:00'}`;
}
