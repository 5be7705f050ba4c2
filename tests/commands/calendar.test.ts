/**
 * `hf calendar`: the .ics file is read back by an independent parser (ical.js),
 * and times in Europe/Oslo come back right on both sides of the summer-time change.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeText, foldLine, noticeUrl } from '../../src/render/calendar.js';
import type { Meeting } from '../../src/model/types.js';
import { copyBundled, hf, removeDir } from '../helpers/cli.js';

let dir = '';

/** Meetings around the changes to and from summer time in 2025 (30 March, 26 October). */
const DST_MEETINGS: Record<string, string> = {
  '2025-03-27': 'start: "12:30"\nslutt: "15:30"',
  '2025-04-03': 'start: "12:30"\nslutt: "15:30"',
  '2025-10-23': 'start: "09:00"\nslutt: "11:00"',
  '2025-10-30': 'start: "09:00"\nslutt: "11:00"',
  '2025-12-11': '',
};

beforeAll(() => {
  dir = copyBundled();
  mkdirSync(join(dir, 'meetings', 'ssu'), { recursive: true });
  for (const [date, times] of Object.entries(DST_MEETINGS)) {
    writeFileSync(join(dir, 'meetings', 'ssu', `${date}.md`), `---\norgan: SSU\ndato: ${date}\n${times ? times + '\n' : ''}sted: Rådhuset, møterom «Tønsberg»; 2. etasje\n---\n`);
  }
});
afterAll(() => removeDir(dir));

interface Parsed {
  events: ICAL.Event[];
  raw: string;
}

function calendar(args: string[] = [], env: Record<string, string> = {}): Parsed {
  const r = hf(dir, ['calendar', ...args], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const comp = new ICAL.Component(ICAL.parse(r.stdout));
  const tz = comp.getFirstSubcomponent('vtimezone')!;
  ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return { events: comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)), raw: r.stdout };
}

const utc = (t: ICAL.Time) => t.toJSDate().toISOString();

describe('hf calendar', () => {
  it('lists meetings of the same day by body code, whatever order the files come in', () => {
    const added = ['pm', 'fsu'].map((body) => join(dir, 'meetings', body, '2025-12-11.md'));
    for (const file of added) writeFileSync(file, `---\norgan: ${file.includes('/pm/') ? 'PM' : 'FSU'}\ndato: 2025-12-11\n---\n`);
    try {
      const { events } = calendar();
      expect(events.filter((e) => e.uid.includes('-2025-12-11@')).map((e) => e.uid.split('-')[0])).toEqual(['fsu', 'pm', 'ssu']);
    } finally {
      for (const file of added) rmSync(file);
    }
  });

  it('is parsed by ical.js with one event per meeting, place, time and agenda', () => {
    const { events } = calendar();
    const ssu = events.find((e) => e.uid === 'ssu-2024-09-26@helsefellesskapet-i-vestfold')!;
    expect(ssu).toBeDefined();
    expect(ssu.summary).toBe('Strategisk samarbeidsutvalg (SSU)');
    expect(ssu.location).toBe('SiV møterom 028, bak kantinen');
    expect(ssu.startDate.zone?.tzid).toBe('Europe/Oslo');
    expect(utc(ssu.startDate)).toBe('2024-09-26T10:30:00.000Z'); // 12:30 summer time
    expect(utc(ssu.endDate)).toBe('2024-09-26T13:30:00.000Z');
    expect(ssu.description).toContain('2024.28 Status og videre tilnærming til revisjon av delavtale beredskap');
    expect(ssu.description).toContain('meetings/ssu/2024-09-26.md');
    expect(events.map((e) => e.uid)).toContain('pm-2024-05-30@helsefellesskapet-i-vestfold');
  });

  it('round-trips Oslo times across the changes to and from summer time', () => {
    const { events } = calendar(['--body', 'SSU', '--from', '2025-01-01']);
    const at = (date: string) => events.find((e) => e.uid === `ssu-${date}@helsefellesskapet-i-vestfold`)!;
    expect(utc(at('2025-03-27').startDate)).toBe('2025-03-27T11:30:00.000Z'); // CET, +01:00
    expect(utc(at('2025-04-03').startDate)).toBe('2025-04-03T10:30:00.000Z'); // CEST, +02:00
    expect(utc(at('2025-10-23').endDate)).toBe('2025-10-23T09:00:00.000Z');
    expect(utc(at('2025-10-30').endDate)).toBe('2025-10-30T10:00:00.000Z');
    for (const date of ['2025-03-27', '2025-04-03']) {
      const e = at(date);
      expect(`${e.startDate.hour}:${e.startDate.minute}`).toBe('12:30'); // the local time as written
    }
    const allDay = at('2025-12-11');
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.location).toBe('Rådhuset, møterom «Tønsberg»; 2. etasje');
    expect(events.length).toBeGreaterThan(4);
    expect(events.every((e) => e.uid.startsWith('ssu-'))).toBe(true);
  });

  it('follows RFC 5545 line rules: CRLF, lines of at most 75 octets, DTSTAMP from the clock', () => {
    const { raw } = calendar([], { HF_NOW: '2024-09-20T08:15:00Z' });
    expect(raw.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(raw).toContain('DTSTAMP:20240920T081500Z\r\n');
    expect(raw).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n');
    expect(raw).toMatch(/DTSTART;TZID=Europe\/Oslo:20240926T123000/);
  });

  it('keeps UIDs stable between runs, so a second import updates the events', () => {
    const first = calendar([], { HF_NOW: '2024-09-01' }).events.map((e) => e.uid);
    const second = calendar([], { HF_NOW: '2024-10-01' }).events.map((e) => e.uid);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('links to the notice through nettsted in hf.yaml', () => {
    const config = join(dir, 'hf.yaml');
    const original = readFileSync(config, 'utf8');
    try {
      writeFileSync(config, original.replace(/^språk: nb$/m, 'språk: nb\nnettsted: https://example.no/hf/{organ}/{dato}.html'));
      expect(hf(dir, ['validate']).code).toBe(0);
      const e = calendar(['--body', 'SSU']).events.find((x) => x.uid.startsWith('ssu-2024-09-26'))!;
      expect(e.component.getFirstPropertyValue('url')).toBe('https://example.no/hf/ssu/2024-09-26.html');
      expect(e.description).toContain('Innkalling: https://example.no/hf/ssu/2024-09-26.html');
    } finally {
      writeFileSync(config, original);
    }
  });

  it('refuses a nettsted with a line break at its line, and writes no line of it into the calendar', () => {
    const config = join(dir, 'hf.yaml');
    const original = readFileSync(config, 'utf8');
    try {
      const hostile = 'https://example.no/{organ}/{dato}\\r\\nBEGIN:VALARM\\r\\nACTION:AUDIO\\r\\nTRIGGER:-PT5M\\r\\nEND:VALARM\\r\\nATTENDEE:mailto:x@example.com';
      writeFileSync(config, original.replace(/^språk: nb$/m, `språk: nb\nnettsted: "${hostile}"`));
      const line = original.split('\n').findIndex((l) => l === 'språk: nb') + 2;
      const v = hf(dir, ['validate', '--format', 'json']);
      expect(v.code).toBe(1);
      const found = (JSON.parse(v.stdout) as { diagnostics: { file: string; line: number; ruleId: string }[] }).diagnostics.filter((d) => d.file === 'hf.yaml');
      expect(found).toEqual([expect.objectContaining({ file: 'hf.yaml', line, ruleId: 'schema' })]);
      const { events, raw } = calendar(['--body', 'SSU']);
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) {
        expect(e.component.getAllSubcomponents('valarm')).toEqual([]);
        expect(e.component.getFirstProperty('attendee')).toBeNull();
        expect(e.component.getFirstProperty('url')).toBeNull();
      }
      expect(raw).not.toMatch(/^(ATTENDEE|ACTION|BEGIN:VALARM)/m);
    } finally {
      writeFileSync(config, original);
    }
  });

  it('writes a file with -o and refuses to overwrite it without --force', () => {
    const out = join(dir, 'moteplan.ics');
    const r = hf(dir, ['calendar', '-o', 'moteplan.ics']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Skrev \d+ møter til moteplan\.ics\.\n$/);
    expect(existsSync(out)).toBe(true);
    writeFileSync(out, 'mine');
    const again = hf(dir, ['calendar', '-o', 'moteplan.ics']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('finnes fra før');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(hf(dir, ['calendar', '-o', 'moteplan.ics', '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });
});

describe('iCalendar pieces', () => {
  it('escapes text values', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });

  it('folds long lines without splitting a character', () => {
    const line = 'DESCRIPTION:' + 'ø'.repeat(100);
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('builds notice links from a base address or a template', () => {
    const meeting = { body: 'SSU', date: '2024-09-26', file: 'meetings/ssu/2024-09-26.md' } as Meeting;
    expect(noticeUrl(meeting, 'https://github.com/hf/vestfold/blob/main')).toBe('https://github.com/hf/vestfold/blob/main/meetings/ssu/2024-09-26.md');
    expect(noticeUrl(meeting, 'https://x.no/{ORGAN}-{dato}.pdf')).toBe('https://x.no/SSU-2024-09-26.pdf');
    expect(noticeUrl(meeting, undefined)).toBeUndefined();
  });
});
