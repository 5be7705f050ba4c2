/**
 * Values from the repository never add lines to an .ics file: whatever a title,
 * a place, a body's name or `nettsted` holds, an independent parser (ical.js)
 * reads back exactly one VEVENT per meeting, with the properties hf meant to
 * write and no others (no alarm, no attendee smuggled in through a line break).
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contentLine, foldLine, renderCalendar, uriValue } from '../../src/render/calendar.js';
import type { Case, Config, Meeting } from '../../src/model/types.js';

const SEED = Number(process.env.FC_SEED ?? 1313);

/** Text built from the characters that matter: line breaks, the TEXT specials, controls, bidi, multi-byte letters. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom('\n', '\r', '\r\n', ';', ',', '\\', ':', '"', '\u0000', '\u0007', '\u000c', '\u001b', '\u0085', '\u202e', '\u200b', '\u2028', 'ø', 'å', '€', '😀', ' '),
      fc.constantFrom('BEGIN:VALARM', 'END:VEVENT', 'ATTENDEE:mailto:x@example.com', 'ACTION:AUDIO', 'TRIGGER:-PT5M'),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function config(name: string, bodyName: string, website: string | undefined): Config {
  return {
    name,
    lang: 'nb',
    ...(website !== undefined ? { website } : {}),
    caseTypes: [],
    secretariat: [],
    parties: [],
    bodies: [{ code: 'SSU', name: bodyName, standingNumbered: false, members: [] }],
    organisations: [],
    plan: { groupings: [], fields: [] },
  };
}

function meeting(date: string, place: string | undefined): Meeting {
  return {
    file: `meetings/ssu/${date}.md`,
    body: 'SSU',
    date,
    start: '12:30',
    end: '15:00',
    ...(place !== undefined ? { place } : {}),
    minuteTakers: [],
    secretariat: [],
    present: [],
    presence: [],
    absent: [],
    apologies: [],
    participants: [],
    presenters: [],
    guests: [],
    corrections: [],
    text: '',
  };
}

/** The property values ical.js reads back for every VEVENT, by name. */
function parse(ics: string): ICAL.Component[] {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return comp.getAllSubcomponents('vevent');
}

/** What a TEXT value holds after hf wrote it: control characters and bidi overrides are gone, line breaks are kept. */
const asWritten = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

describe('iCalendar values from the repository', () => {
  it('give exactly one VEVENT per meeting with the same properties, whatever the text', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, fc.option(hostile, { nil: undefined }), (name, bodyName, place, title, site) => {
        const website = site === undefined ? undefined : `https://example.no/${site}/{dato}`;
        const meetings = [meeting('2024-09-26', place), meeting('2024-11-28', place)];
        const agendaCase = { title, number: { year: 2024, seq: 27 } } as Case;
        const ics = renderCalendar({
          config: config(name, bodyName, website),
          meetings,
          agenda: () => [agendaCase],
          now: new Date('2024-09-20T08:00:00Z'),
          lang: 'nb',
          version: '0.1.0',
        });
        // Every physical line is one content line or its continuation, at most 75 octets.
        for (const line of ics.split('\r\n').slice(0, -1)) {
          expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
          expect(line).not.toMatch(/[\r\n]/);
        }
        const events = parse(ics);
        expect(events).toHaveLength(2);
        for (const [i, e] of events.entries()) {
          const names = e.getAllProperties().map((p) => p.name);
          expect(names.sort()).toEqual(
            ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', ...(asWritten(place) ? ['location'] : []), 'description', ...(website && uriValue(website) ? ['url'] : []), 'status', 'transp'].sort(),
          );
          expect(e.getAllSubcomponents()).toEqual([]);
          expect(e.getFirstPropertyValue('uid')).toBe(`ssu-${meetings[i]!.date}@${String(e.getFirstPropertyValue('uid')).split('@')[1]}`);
          expect(e.getFirstPropertyValue('summary')).toBe(asWritten(`${bodyName} (SSU)`));
          if (asWritten(place)) expect(e.getFirstPropertyValue('location')).toBe(asWritten(place));
          expect(String(e.getFirstPropertyValue('description'))).toContain(asWritten(`2024.27 ${title}`));
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('leave out a notice link that holds a line break instead of writing the lines it carries', () => {
    const website = 'https://example.no/{dato}\r\nBEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\nATTENDEE:mailto:x@example.com';
    const ics = renderCalendar({ config: config('Vestfold', 'Strategisk samarbeidsutvalg', website), meetings: [meeting('2024-09-26', 'Rådhuset')], agenda: () => [], now: new Date('2024-09-20T08:00:00Z'), lang: 'nb', version: '0.1.0' });
    const [event] = parse(ics);
    expect(event!.getAllSubcomponents('valarm')).toEqual([]);
    expect(event!.getFirstProperty('attendee')).toBeNull();
    expect(event!.getFirstProperty('url')).toBeNull();
    expect(ics).not.toContain('ATTENDEE');
  });

  it('leave out a meeting whose date is not a real one', () => {
    const ics = renderCalendar({ config: config('Vestfold', 'SSU', undefined), meetings: [meeting('2024-02-30', 'x'), meeting('2024-09-26\nATTENDEE:mailto:x@example.com', 'y'), meeting('2024-09-26', 'z')], agenda: () => [], now: new Date('2024-09-20T08:00:00Z'), lang: 'nb', version: '0.1.0' });
    expect(parse(ics).map((e) => e.getFirstPropertyValue('location'))).toEqual(['z']);
    expect(ics).not.toContain('ATTENDEE');
  });

  it('fold at 75 octets without splitting a character, and drop control characters from a line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const line = contentLine('DESCRIPTION:' + s);
        expect(line).not.toMatch(/[\r\n\u0000-\u0008]/);
        const parts = foldLine(line).split('\r\n');
        for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
        // Unfolding gives the line back; no part ends inside a UTF-16 surrogate pair.
        expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
        for (const p of parts) expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
