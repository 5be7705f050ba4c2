/**
 * The working document of the minutes (`hf minutes <body> <date> --working`):
 * the fields the secretary types into during the meeting, how each is named
 * inside the Word file, and the fingerprints that let `hf minutes import` tell
 * whether a case has changed since the document was made.
 *
 * A field is named three times in the file, because word processors keep
 * different things: Word keeps a content control's tag (`hf:konklusjon:SSU
 * 2024.28`); LibreOffice (7.4) drops the tag and keeps the alias, the name the
 * control shows ("Konklusjon – SSU 2024.28"), but only the first time it saves
 * the file; both keep bookmarks, so the label of each field's row holds a
 * hidden bookmark (`_hf12`) that a custom property names the field of
 * (`hf.field._hf12` = `konklusjon SSU 2024.28`). Any one identifies the field.
 *
 * The fingerprint of a case is a hash of the frontmatter values the import may
 * write (and of `møte`), taken when the document is made and stored in the
 * document's custom properties, which both word processors keep.
 */
import { createHash } from 'node:crypto';
import { pick, type Lang, type Localized } from '../i18n/lang.js';
import { formatCaseNumber, isValidDate, parseCaseNumber } from './case-number.js';
import type { Apology, Case, Conflict, FollowUpItem, Presence } from './types.js';

/** Fields of a case: the frontmatter keys they are written to. */
export type CaseFieldId = 'inhabil' | 'behandling' | 'innspill' | 'konklusjon' | 'oppfølging';
/** Fields of the meeting. */
export type MeetingFieldId = 'tilstede' | 'frafall';
export type FieldId = CaseFieldId | MeetingFieldId;

export const CASE_FIELDS: readonly CaseFieldId[] = ['inhabil', 'behandling', 'innspill', 'konklusjon', 'oppfølging'];
export const MEETING_FIELDS: readonly MeetingFieldId[] = ['tilstede', 'frafall'];

/** The frontmatter keys a case's fingerprint covers: what the import writes, and the meeting it belongs to. */
export const CASE_STATE_KEYS: readonly string[] = ['møte', ...CASE_FIELDS];
/** The keys of the meeting file the fingerprint covers. */
export const MEETING_STATE_KEYS: readonly string[] = [...MEETING_FIELDS];

/** Custom document properties of a working document. */
export const PROPERTY = {
  /** What the document is, with the version of its layout. */
  kind: 'hf.document',
  /** `SSU 2024-09-26`: the meeting. */
  meeting: 'hf.meeting',
  /** Prefix of one property per case and one for the meeting: `hf.state.SSU 2024.28`. */
  statePrefix: 'hf.state.',
  /** Prefix of one property per field, named after the field's bookmark: `hf.field._hf12` = `konklusjon SSU 2024.28`. */
  fieldPrefix: 'hf.field.',
} as const;

/** The name of the bookmark that marks a field's row (Word hides bookmarks whose names start with `_`). */
export function fieldBookmark(n: number): string {
  return `_hf${n}`;
}

/** `konklusjon SSU 2024.28`: what the property of a field's bookmark says. */
export function formatFieldProperty(ref: FieldRef): string {
  return `${ref.field} ${ref.key}`;
}

export function parseFieldProperty(value: string | undefined): FieldRef | undefined {
  const m = /^(\S+) (.+)$/.exec((value ?? '').trim());
  const field = m?.[1] as FieldId | undefined;
  return m && field && ALL_FIELDS.includes(field) ? { field, key: m[2]!.trim() } : undefined;
}
export const WORKING_MINUTES_KIND = 'working-minutes/1';

/** A field of one case (`key` = `SSU 2024.28`) or of the meeting (`key` = `SSU 2024-09-26`). */
export interface FieldRef {
  field: FieldId;
  key: string;
}

const FIELD_LABELS: Record<FieldId, Localized> = {
  inhabil: { nb: 'Inhabil', en: 'Conflict of interest' },
  behandling: { nb: 'Behandling', en: 'Treatment' },
  innspill: { nb: 'Innspill i påfølgende dialog', en: 'Input from the discussion' },
  konklusjon: { nb: 'Konklusjon', en: 'Conclusion' },
  oppfølging: { nb: 'Oppfølging', en: 'Follow-up' },
  tilstede: { nb: 'Tilstede', en: 'Present' },
  frafall: { nb: 'Frafall', en: 'Apologies' },
};

const PLACEHOLDERS: Record<FieldId, Localized> = {
  inhabil: {
    nb: 'Den som fratrådte, én per linje: navn (grunn; hjemmel: …)',
    en: 'Who stepped aside, one per line: name (reason; basis: …)',
  },
  behandling: { nb: 'Skriv hvordan saken ble behandlet.', en: 'Write how the case was treated.' },
  innspill: { nb: 'Skriv innspillene fra dialogen.', en: 'Write the input from the discussion.' },
  konklusjon: { nb: 'Skriv konklusjonen.', en: 'Write the conclusion.' },
  oppfølging: {
    nb: 'Én oppfølging per linje: hva (ansvar: hvem; frist: åååå-mm-dd)',
    en: 'One follow-up per line: what (owner: who; due: yyyy-mm-dd)',
  },
  tilstede: {
    nb: 'Én per linje; «faste medlemmer» betyr organets medlemmer uten frafall. En vara: navn (vara for …); kom senere eller gikk: navn (fra sak …; til sak …)',
    en: 'One per line; «faste medlemmer» means the members of the body without apologies. A deputy: name (deputy for …); came late or left: name (from case …; until case …)',
  },
  frafall: { nb: 'Én per linje: navn (grunn)', en: 'One per line: name (reason)' },
};

const TAG_PREFIX = 'hf:';
/** Between the field's label and the key in an alias. */
const ALIAS_SEPARATOR = ' – ';

export function fieldLabel(field: FieldId, lang: Lang): string {
  return pick(FIELD_LABELS[field], lang);
}

export function fieldPlaceholder(field: FieldId, lang: Lang): string {
  return pick(PLACEHOLDERS[field], lang);
}

/** True when `text` is nothing but a field's placeholder (in any language): a field nobody typed into. */
export function isPlaceholder(text: string): boolean {
  const t = normalizeSpace(text);
  return Object.values(PLACEHOLDERS).some((p) => normalizeSpace(p.nb) === t || normalizeSpace(p.en) === t);
}

/** The text with a leading placeholder taken away, for a field where someone typed after it. */
export function withoutPlaceholder(text: string): string {
  for (const p of Object.values(PLACEHOLDERS)) {
    for (const candidate of [p.nb, p.en]) if (text.startsWith(candidate)) return text.slice(candidate.length).trimStart();
  }
  return text;
}

/** `SSU 2024.28`; an unnumbered standing item is named by its file: `FSU 2024-09-05-referat`. */
export function caseFieldKey(c: Case): string {
  if (c.number) return `${c.body} ${formatCaseNumber(c.number)}`;
  const name = c.file.slice(c.file.lastIndexOf('/') + 1).replace(/\.md$/, '');
  return `${c.body} ${name}`;
}

export function meetingFieldKey(body: string, date: string): string {
  return `${body.toUpperCase()} ${date}`;
}

export function fieldTag(ref: FieldRef): string {
  return `${TAG_PREFIX}${ref.field}:${ref.key}`;
}

export function fieldAlias(ref: FieldRef, lang: Lang): string {
  return `${fieldLabel(ref.field, lang)}${ALIAS_SEPARATOR}${ref.key}`;
}

const ALL_FIELDS: readonly FieldId[] = [...CASE_FIELDS, ...MEETING_FIELDS];

/** The field a content control's tag names, if it is one of hf's. */
export function parseFieldTag(tag: string | undefined): FieldRef | undefined {
  if (!tag || !tag.startsWith(TAG_PREFIX)) return undefined;
  const rest = tag.slice(TAG_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return undefined;
  const field = rest.slice(0, colon) as FieldId;
  const key = rest.slice(colon + 1).trim();
  return ALL_FIELDS.includes(field) && key ? { field, key } : undefined;
}

/** The field a content control's alias names ("Konklusjon – SSU 2024.28", in any language). */
export function parseFieldAlias(alias: string | undefined): FieldRef | undefined {
  if (!alias) return undefined;
  const at = alias.lastIndexOf(ALIAS_SEPARATOR);
  if (at < 0) return undefined;
  const label = normalizeSpace(alias.slice(0, at)).toLowerCase();
  const key = alias.slice(at + ALIAS_SEPARATOR.length).trim();
  if (!key) return undefined;
  const field = ALL_FIELDS.find((f) => [FIELD_LABELS[f].nb, FIELD_LABELS[f].en].some((l) => l.toLowerCase() === label));
  return field ? { field, key } : undefined;
}

/**
 * The fingerprint of a file's state: a hash of the values of `keys` in its
 * frontmatter (absent keys count as absent), 16 hex digits.
 */
export function stateHash(data: Record<string, unknown> | undefined, keys: readonly string[]): string {
  const picked = keys.map((k) => [k, data && Object.prototype.hasOwnProperty.call(data, k) ? canonical(data[k]) : null]);
  return createHash('sha256').update(JSON.stringify(picked)).digest('hex').slice(0, 16);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]);
  }
  return value ?? null;
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------
// Follow-up items as the secretary types them: one per line,
// `Hva som skal gjøres (ansvar: hvem; frist: 2024-11-28; møte: 2024-11-28)`.

const ITEM_KEYS: Record<string, 'owner' | 'due' | 'meeting'> = {
  ansvar: 'owner',
  ansvarlig: 'owner',
  owner: 'owner',
  frist: 'due',
  due: 'due',
  møte: 'meeting',
  meeting: 'meeting',
};

const ITEM_WORDS: Record<'owner' | 'due' | 'meeting', Localized> = {
  owner: { nb: 'ansvar', en: 'owner' },
  due: { nb: 'frist', en: 'due' },
  meeting: { nb: 'møte', en: 'meeting' },
};

/** One follow-up item as a line of the working document. */
export function formatFollowUpLine(item: FollowUpItem, lang: Lang): string {
  const parts: string[] = [];
  if (item.owner) parts.push(`${pick(ITEM_WORDS.owner, lang)}: ${item.owner}`);
  if (item.due) parts.push(`${pick(ITEM_WORDS.due, lang)}: ${item.due}`);
  if (item.meeting) parts.push(`${pick(ITEM_WORDS.meeting, lang)}: ${item.meeting}`);
  return parts.length ? `${item.what} (${parts.join('; ')})` : item.what;
}

export interface TypedFollowUp {
  what: string;
  owner?: string;
  due?: string;
  meeting?: string;
}

export type FollowUpLineResult = { ok: true; item: TypedFollowUp } | { ok: false; problem: 'date'; value: string };

/**
 * Reads a typed follow-up line. A last parenthesis made only of known
 * `key: value` parts holds who and when; otherwise the whole line is what is to
 * be done. Dates may be written 2024-11-28 or 28.11.2024.
 */
export function parseFollowUpLine(line: string): FollowUpLineResult {
  const text = line.trim();
  const m = /^(.*\S)\s*\(([^()]*)\)\s*\.?$/.exec(text);
  if (!m) return { ok: true, item: { what: text } };
  const parts = m[2]!.split(';').map((p) => p.trim()).filter(Boolean);
  const fields: Partial<Record<'owner' | 'due' | 'meeting', string>> = {};
  for (const part of parts) {
    const kv = /^([\p{L}_]+)\s*:\s*(.+)$/u.exec(part);
    const key = kv ? ITEM_KEYS[kv[1]!.toLowerCase()] : undefined;
    if (!kv || !key) return { ok: true, item: { what: text } };
    fields[key] = kv[2]!.trim();
  }
  for (const key of ['due', 'meeting'] as const) {
    const value = fields[key];
    if (value === undefined) continue;
    const date = readDate(value);
    if (!date) return { ok: false, problem: 'date', value };
    fields[key] = date;
  }
  return { ok: true, item: { what: m[1]!, ...fields } };
}

function readDate(text: string): string | undefined {
  if (isValidDate(text)) return text;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!m) return undefined;
  const date = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidDate(date) ? date : undefined;
}

/**
 * Names typed into an attendance field: one per line, or several on a line
 * separated by commas (outside parentheses, so "Navn (vara for X, Y)" stays one).
 */
export function splitNames(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let depth = 0;
    let current = '';
    for (const ch of line) {
      if (ch === '(') depth++;
      if (ch === ')') depth = Math.max(0, depth - 1);
      if ((ch === ',' || ch === ';') && depth === 0) {
        out.push(current);
        current = '';
      } else {
        current += ch;
      }
    }
    out.push(current);
  }
  return out.map((n) => n.trim().replace(/[.]$/, '').trim()).filter((n) => n !== '');
}

// ---------------------------------------------------------------------------
// Attendance and conflicts of interest as typed: a name, and what is to be
// said about it in a last parenthesis — `Kari Nordmann (vara for Ola Nordmann;
// fra sak 2024.28)`, `Kjersti Norheim (sykdom)`, `Erik Nordberg (eier av
// leverandøren; hjemmel: fvl. § 6 første ledd bokstav e)`.

const PRESENCE_WORDS = {
  deputyFor: { nb: 'vara for', en: 'deputy for' },
  fromCase: { nb: 'fra sak', en: 'from case' },
  untilCase: { nb: 'til sak', en: 'until case' },
  basis: { nb: 'hjemmel', en: 'basis' },
} satisfies Record<string, Localized>;

/** `tilstede` as typed: a name, and for whom a deputy met, from or until which case. */
export interface TypedPresence {
  name: string;
  deputyFor?: string;
  /** Case numbers as text (`2024.28`). */
  fromCase?: string;
  untilCase?: string;
}

export function formatPresenceLine(p: Presence, lang: Lang): string {
  const parts: string[] = [];
  if (p.deputyFor) parts.push(`${pick(PRESENCE_WORDS.deputyFor, lang)} ${p.deputyFor}`);
  if (p.fromCase) parts.push(`${pick(PRESENCE_WORDS.fromCase, lang)} ${formatCaseNumber(p.fromCase)}`);
  if (p.untilCase) parts.push(`${pick(PRESENCE_WORDS.untilCase, lang)} ${formatCaseNumber(p.untilCase)}`);
  return parts.length ? `${p.name} (${parts.join('; ')})` : p.name;
}

/** Reads a line of Tilstede; a parenthesis that says anything else is part of the name. */
export function parsePresenceLine(line: string): TypedPresence {
  const text = line.trim();
  const split = lastParenthesis(text);
  if (!split) return { name: text };
  const out: TypedPresence = { name: split.name };
  for (const part of split.inner.split(/[;,]/).map((x) => x.trim()).filter(Boolean)) {
    const deputy = /^(?:vara for|deputy for|substitute for)\s+(.+)$/i.exec(part);
    const from = /^(?:fra sak|from case|fra)\s+(\S+)$/i.exec(part);
    const until = /^(?:til sak|until case|to case|til)\s+(\S+)$/i.exec(part);
    if (deputy) out.deputyFor = deputy[1]!.trim();
    else if (from && parseCaseNumber(from[1]!)) out.fromCase = formatCaseNumber(parseCaseNumber(from[1]!)!);
    else if (until && parseCaseNumber(until[1]!)) out.untilCase = formatCaseNumber(parseCaseNumber(until[1]!)!);
    else return { name: text };
  }
  return out;
}

export function formatApologyLine(a: Apology): string {
  return a.reason ? `${a.name} (${a.reason})` : a.name;
}

/** Reads a line of Frafall: `Navn (grunn)`. */
export function parseApologyLine(line: string): Apology {
  const text = line.trim();
  const split = lastParenthesis(text);
  return split && split.inner.trim() ? { name: split.name, reason: split.inner.trim() } : { name: text };
}

export function formatConflictLine(c: Conflict, lang: Lang): string {
  const parts = [c.reason, c.basis ? `${pick(PRESENCE_WORDS.basis, lang)}: ${c.basis}` : undefined].filter((x): x is string => !!x);
  return parts.length ? `${c.name} (${parts.join('; ')})` : c.name;
}

/** Reads a line of Inhabil: `Navn (grunn; hjemmel: …)`. */
export function parseConflictLine(line: string): Conflict {
  const text = line.trim();
  const split = lastParenthesis(text);
  if (!split) return { name: text };
  const out: Conflict = { name: split.name };
  const reasons: string[] = [];
  for (const part of split.inner.split(';').map((x) => x.trim()).filter(Boolean)) {
    const basis = /^(?:hjemmel|basis|legal basis)\s*:\s*(.+)$/i.exec(part);
    if (basis) out.basis = basis[1]!.trim();
    else reasons.push(part);
  }
  if (reasons.length) out.reason = reasons.join('; ');
  return out;
}

/** `Navn (innhold)` → name and the text inside the last parenthesis (which may hold parentheses). */
function lastParenthesis(text: string): { name: string; inner: string } | undefined {
  if (!text.endsWith(')') && !text.endsWith(').')) return undefined;
  const body = text.replace(/\.$/, '');
  let depth = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    if (body[i] === ')') depth++;
    else if (body[i] === '(') {
      depth--;
      if (depth === 0) {
        const name = body.slice(0, i).trim();
        return name ? { name, inner: body.slice(i + 1, -1) } : undefined;
      }
    }
  }
  return undefined;
}
