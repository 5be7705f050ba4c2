/**
 * The meeting plan as an iCalendar file (RFC 5545): one event per meeting, in
 * Norwegian time with the Europe/Oslo time zone spelled out, so every calendar
 * program places 12:30 at 12:30 on both sides of the change to summer time.
 * UIDs are derived from the body and date, so importing the file again updates
 * the events instead of adding copies. Pure: the time stamp comes in.
 */
import { formatCaseNumber, isValidDate } from '../model/case-number.js';
import type { Deadline } from '../model/deadlines.js';
import { slug } from '../model/slug.js';
import type { Case, Config, Meeting } from '../model/types.js';
import { pick, type Lang } from '../i18n/lang.js';
import { sanitizeTerminal } from '../diagnostics/escape.js';

export interface CalendarInput {
  config: Config;
  meetings: readonly Meeting[];
  /** The agenda of a meeting, in agenda order. */
  agenda(meeting: Meeting): readonly Case[];
  /** DTSTAMP: when the file was made. */
  now: Date;
  lang: Lang;
  /** PRODID version. */
  version: string;
  /** The deadlines of the meetings (`frister`), as all-day events with an alarm the day before. */
  deadlines?: readonly Deadline[];
}

const CRLF = '\r\n';

/** The Europe/Oslo rules since 1996: summer time from the last Sunday of March to the last Sunday of October. */
export const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'X-LIC-LOCATION:Europe/Oslo',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 §3.3.11); control characters other than tab are not allowed there, nor are bidi overrides wanted. */
export function escapeText(s: string): string {
  return sanitizeTerminal(s.replace(/\r\n?/g, '\n'))
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A URI value (RFC 5545 §3.3.13) as it may stand on a content line: undefined
 * when it holds white space, a control character or an invisible formatting
 * character, none of which a URI has. A URI is not TEXT: it is not escaped, so
 * anything that could end the line or hide in it is refused instead.
 */
export function uriValue(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (/[\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/.test(url)) return undefined;
  return url;
}

/**
 * The last step for every content line: whatever a value let through, a line
 * holds no line break and no control character (RFC 5545 §3.1 allows none but
 * the tab in a value), so a value can never add a line of its own.
 */
export function contentLine(line: string): string {
  return line.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, '');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1),
 * never splitting a UTF-8 character: continuation lines start with one space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF + ' ');
}

/** A slug for UIDs: lower-case ASCII, words joined by `-`. */
export function uidSlug(text: string): string {
  return slug(text, { fallback: 'hf' });
}

/** The stable UID of a meeting's event: `ssu-2024-09-26@helsefellesskapet-i-vestfold`. */
export function meetingUid(meeting: Meeting, config: Config): string {
  return `${uidSlug(meeting.body)}-${meeting.date}@${uidSlug(config.name)}`;
}

/** Where the notice of a meeting can be read, from `nettsted` (see docs/data-format.md). */
export function noticeUrl(meeting: Meeting, website: string | undefined): string | undefined {
  if (!website) return undefined;
  if (/\{(organ|ORGAN|dato)\}/.test(website)) {
    return website
      .replace(/\{organ\}/g, encodeURIComponent(meeting.body.toLowerCase()))
      .replace(/\{ORGAN\}/g, encodeURIComponent(meeting.body))
      .replace(/\{dato\}/g, encodeURIComponent(meeting.date));
  }
  return (website.endsWith('/') ? website : website + '/') + meeting.file.split('/').map(encodeURIComponent).join('/');
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function localDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** The whole calendar, with CRLF line endings. */
export function renderCalendar(input: CalendarInput): string {
  const { config, lang } = input;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//hf//hf ${input.version}//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${config.name} – ${pick({ nb: 'møteplan', nn: 'møteplan', en: 'meeting plan' }, lang)}`)}`,
    'X-WR-TIMEZONE:Europe/Oslo',
    ...OSLO_VTIMEZONE,
  ];
  const stamp = utcStamp(input.now);
  // A meeting whose date is not a real one has no day to stand on (the date is reported by validate).
  const sorted = input.meetings.filter((m) => isValidDate(m.date)).sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.body < b.body ? -1 : a.body > b.body ? 1 : 0));
  for (const meeting of sorted) lines.push(...event(meeting, input, stamp));
  for (const deadline of (input.deadlines ?? []).filter((d) => isValidDate(d.due) && isValidDate(d.meeting))) lines.push(...deadlineEvent(deadline, input, stamp));
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldLine(contentLine(line))).join(CRLF) + CRLF;
}

function event(meeting: Meeting, input: CalendarInput, stamp: string): string[] {
  const { config, lang } = input;
  const body = config.bodies.find((b) => b.code === meeting.body);
  const summary = body ? `${body.name} (${body.code})` : meeting.body;
  const lines = ['BEGIN:VEVENT', `UID:${meetingUid(meeting, config)}`, `DTSTAMP:${stamp}`];
  const start = meeting.start && TIME.test(meeting.start) ? meeting.start : undefined;
  const end = start && meeting.end && TIME.test(meeting.end) && meeting.end > start ? meeting.end : undefined;
  if (start) {
    lines.push(`DTSTART;TZID=Europe/Oslo:${localDateTime(meeting.date, start)}`);
    if (end) lines.push(`DTEND;TZID=Europe/Oslo:${localDateTime(meeting.date, end)}`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${meeting.date.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${nextDay(meeting.date)}`);
  }
  lines.push(`SUMMARY:${escapeText(summary)}`);
  const place = meeting.place ? escapeText(meeting.place) : '';
  if (place) lines.push(`LOCATION:${place}`);
  const url = uriValue(noticeUrl(meeting, config.website));
  const description: string[] = [];
  const agenda = input.agenda(meeting);
  if (agenda.length) {
    description.push(pick({ nb: 'Saksliste:', en: 'Agenda:' }, lang));
    for (const c of agenda) description.push(`${c.number ? formatCaseNumber(c.number) + ' ' : ''}${c.title}`);
    description.push('');
  }
  description.push(
    url
      ? `${pick({ nb: 'Innkalling', en: 'Notice' }, lang)}: ${url}`
      : `${pick({ nb: 'Møtefil', en: 'Meeting file' }, lang)}: ${meeting.file} (${pick({ nb: 'innkallingen lages med', en: 'the notice is made with' }, lang)} hf agenda ${meeting.body} ${meeting.date})`,
  );
  lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
  if (url) lines.push(`URL:${url}`);
  lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

const DEADLINE_WORDS = {
  cases: { nb: 'Saksfrist', nn: 'Saksfrist', en: 'Cases due' },
  notice: { nb: 'Send innkalling', nn: 'Send innkalling', en: 'Send the notice' },
  minutes: { nb: 'Send referat', nn: 'Send referat', en: 'Send the minutes' },
} as const;

/** The alarm fires at 09:00 the day before an all-day deadline (its start is midnight). */
export const DEADLINE_ALARM = '-PT15H';

/**
 * A deadline as an all-day event that blocks no time, with a display alarm the
 * day before unless it is done (the notice or minutes recorded as sent).
 */
function deadlineEvent(d: Deadline, input: CalendarInput, stamp: string): string[] {
  const { config, lang } = input;
  const body = config.bodies.find((b) => b.code === d.body);
  const what = pick(DEADLINE_WORDS[d.kind], lang);
  const meeting = `${body ? `${body.name} (${body.code})` : d.body} ${d.meeting}`;
  const summary = `${what}: ${meeting}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uidSlug(d.body)}-${d.meeting}-${d.kind}@${uidSlug(config.name)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${d.due.replace(/-/g, '')}`,
    `DTEND;VALUE=DATE:${nextDay(d.due)}`,
    `SUMMARY:${escapeText(summary)}`,
  ];
  if (d.done) lines.push(`DESCRIPTION:${escapeText(`${pick({ nb: 'Sendt', en: 'Sent' }, lang)} ${d.done}`)}`);
  lines.push('TRANSP:TRANSPARENT');
  if (!d.done) lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${DEADLINE_ALARM}`, `DESCRIPTION:${escapeText(summary)}`, 'END:VALARM');
  lines.push('END:VEVENT');
  return lines;
}
