/**
 * Planning `hf minutes import`: what the fields of a working document change
 * in the case files and the meeting file, as one all-or-nothing change
 * (repo/transaction.ts) and a diff to show first. Nothing is written here; the
 * files' bytes come in through `read`.
 *
 * Only the fields of the document are written (behandling, innspill,
 * konklusjon, oppfølging; tilstede, frafall), and only where what was typed
 * differs from what the file holds: a field left empty, or holding what the file
 * says (however Word spelled its markup), changes nothing. A field that was
 * emptied keeps the file's value — removing text is done in the file.
 *
 * A case (or the meeting file) whose fingerprint differs from the one the
 * document was made with has changed since: if the document would change it,
 * the whole import is refused and the case named, so nobody's later edit is
 * overwritten with an older text. (A case the document would leave as it is,
 * such as one the same document was imported into before, is no obstacle.)
 */
import { parseMeetingRef } from '../model/case-number.js';
import type { Case } from '../model/types.js';
import {
  CASE_FIELDS,
  CASE_STATE_KEYS,
  caseFieldKey,
  MEETING_FIELDS,
  MEETING_STATE_KEYS,
  meetingFieldKey,
  parseApologyLine,
  parseConflictLine,
  parseFollowUpLine,
  parsePresenceLine,
  PROPERTY,
  splitNames,
  stateHash,
  WORKING_MINUTES_KIND,
  type CaseFieldId,
  type FieldId,
  type MeetingFieldId,
  type TypedFollowUp,
} from '../model/working-minutes.js';
import type { TypedField } from '../docx/fields.js';
import { sameFieldText } from '../render/field-text.js';
import type { DiffFile } from '../repo/diff.js';
import { emitFrontmatter, Quoted } from '../repo/emit.js';
import { encodeRaw, rawFrontmatter, readRaw, type RawText } from '../repo/edit.js';
import { setFields, type FieldRecord, type FieldValue } from '../repo/edit-fields.js';
import type { FileChange } from '../repo/transaction.js';

/**
 * The keys the import writes, in the order the data format shows them: a key
 * that is not there yet goes after the one before it, else before the one after
 * it, else at the end of the frontmatter.
 */
export const CASE_KEY_ORDER = ['forslag_til_konklusjon', 'inhabil', 'behandling', 'innspill', 'konklusjon', 'oppfølging'];

export const MEETING_KEY_ORDER = ['organ', 'dato', 'start', 'slutt', 'sted', 'mottakere', 'møteleder', 'referent', 'sekretariat', 'tilstede', 'frafall', 'deltakere', 'innledere', 'gjester', 'pause_etter'];

/** What the document says about itself (its custom properties). */
export interface WorkingDocument {
  body: string;
  date: string;
  /** Fingerprint per case key and for the meeting key, as the document was made. */
  states: Map<string, string>;
}

export type DocumentProblem = 'not-working' | 'no-meeting';

/** Reads the custom properties of a working document; a problem when it is not one. */
export function workingDocument(properties: Map<string, string>): WorkingDocument | DocumentProblem {
  if (properties.get(PROPERTY.kind) !== WORKING_MINUTES_KIND) return 'not-working';
  const ref = parseMeetingRef(properties.get(PROPERTY.meeting) ?? '');
  if (!ref) return 'no-meeting';
  const states = new Map<string, string>();
  for (const [name, value] of properties) if (name.startsWith(PROPERTY.statePrefix)) states.set(name.slice(PROPERTY.statePrefix.length), value.trim());
  return { body: ref.body, date: ref.date, states };
}

export interface ImportInput {
  doc: WorkingDocument;
  fields: TypedField[];
  /** The cases of the meeting now, in agenda order. */
  agenda: Case[];
  /** Path of the meeting file (`meetings/ssu/2024-09-26.md`), whether or not it exists. */
  meetingFile: string;
  /** The bytes of a repository file, undefined when it does not exist. */
  read(path: string): Uint8Array | undefined;
}

export type StaleReason = 'changed' | 'gone' | 'unknown';

export interface ImportProblem {
  key: string;
  field: FieldId;
  kind: 'date' | 'duplicate' | 'unreadable';
  /** The line or value concerned. */
  value?: string;
}

export interface FileSummary {
  file: string;
  key: string;
  fields: FieldId[];
  created: boolean;
}

export interface ImportPlan {
  stale: { key: string; reason: StaleReason; file?: string }[];
  problems: ImportProblem[];
  changes: FileChange[];
  diffs: DiffFile[];
  summary: FileSummary[];
  /** Fields left empty in the document whose file has a value (kept). */
  keptEmpty: { key: string; field: FieldId }[];
}

/** Plans the import; never writes. */
export function planImport(input: ImportInput): ImportPlan {
  const { doc } = input;
  const plan: ImportPlan = { stale: [], problems: [], changes: [], diffs: [], summary: [], keptEmpty: [] };
  const meetingKey = meetingFieldKey(doc.body, doc.date);
  const cases = new Map(input.agenda.map((c) => [caseFieldKey(c), c]));

  // Fields by key; a field that appears twice cannot be told apart.
  const byKey = new Map<string, Map<FieldId, TypedField>>();
  for (const f of input.fields) {
    const fields = byKey.get(f.key) ?? new Map<FieldId, TypedField>();
    if (fields.has(f.field)) plan.problems.push({ key: f.key, field: f.field, kind: 'duplicate' });
    fields.set(f.field, f);
    byKey.set(f.key, fields);
  }

  const targets: { key: string; file: string; fields: Map<FieldId, TypedField>; meeting: boolean; changedSince?: StaleReason }[] = [];
  for (const [key, fields] of byKey) {
    const meeting = key === meetingKey;
    const known = doc.states.get(key);
    const c = cases.get(key);
    const file = meeting ? input.meetingFile : c?.file;
    if (!meeting && !c) {
      plan.stale.push({ key, reason: 'gone' });
      continue;
    }
    if ([...fields.keys()].some((f) => (meeting ? !MEETING_FIELDS.includes(f as MeetingFieldId) : !CASE_FIELDS.includes(f as CaseFieldId)))) {
      plan.stale.push({ key, reason: 'unknown' });
      continue;
    }
    const bytes = input.read(file!);
    const raw = bytes ? readRaw(bytes) : undefined;
    const data = raw ? (rawFrontmatter(raw.text)?.parsed.value as Record<string, unknown> | undefined) : undefined;
    if (bytes && !data) {
      plan.problems.push({ key, field: [...fields.keys()][0]!, kind: 'unreadable' });
      continue;
    }
    const changedSince = known === undefined ? 'unknown' : known !== stateHash(data, meeting ? MEETING_STATE_KEYS : CASE_STATE_KEYS) ? 'changed' : undefined;
    targets.push({ key, file: file!, fields, meeting, ...(changedSince ? { changedSince } : {}) });
  }
  if (plan.problems.length) return plan;

  for (const t of targets) {
    const bytes = input.read(t.file);
    const raw = bytes ? readRaw(bytes)! : undefined;
    const data = raw ? ((rawFrontmatter(raw.text)?.parsed.value ?? {}) as Record<string, unknown>) : {};
    const values: [string, FieldValue][] = [];
    const changed: FieldId[] = [];
    for (const [id, typed] of t.fields) {
      const value = t.meeting ? attendanceValue(id as MeetingFieldId, typed, data[id]) : caseValue(id as CaseFieldId, typed, data[id], t.key, plan);
      if (value === 'empty') {
        if (hasValue(data[id])) plan.keptEmpty.push({ key: t.key, field: id });
        continue;
      }
      if (value === 'same') continue;
      values.push([id, value]);
      changed.push(id);
    }
    if (values.length === 0) continue;
    // A file that changed since the document was made is stale only when the document would change it:
    // a document imported once and read again changes nothing and is not refused.
    if (t.changedSince) {
      plan.stale.push({ key: t.key, reason: t.changedSince, file: t.file });
      continue;
    }
    if (!raw) {
      // A meeting without a file yet: the file is made with what was typed.
      const text = setFields(emitFrontmatter([['organ', doc.body], ['dato', doc.date]]), values, MEETING_KEY_ORDER);
      plan.changes.push({ to: t.file, after: new TextEncoder().encode(text) });
      plan.diffs.push({ to: t.file, after: text });
      plan.summary.push({ file: t.file, key: t.key, fields: changed, created: true });
      continue;
    }
    const order = t.meeting ? MEETING_KEY_ORDER : CASE_KEY_ORDER;
    const after = setFields(raw.text, values, order);
    plan.changes.push({ from: t.file, to: t.file, before: bytes!, after: encodeRaw(raw as RawText, after) });
    plan.diffs.push({ from: t.file, to: t.file, before: raw.text, after });
    plan.summary.push({ file: t.file, key: t.key, fields: changed, created: false });
  }
  if (plan.problems.length || plan.stale.length) return { ...plan, changes: [], diffs: [], summary: [] };
  return plan;
}

function hasValue(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null;
}

/** Control characters Word may leave in text and YAML cannot hold. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '').trim();
}

function caseValue(id: CaseFieldId, typed: TypedField, current: unknown, key: string, plan: ImportPlan): FieldValue | 'same' | 'empty' {
  if (id === 'oppfølging') return followUpValue(typed, current, key, plan);
  if (id === 'inhabil') {
    const lines = typed.lines.map(clean).filter(Boolean);
    if (lines.length === 0) return 'empty';
    const records: FieldRecord[] = lines.map((line) => {
      const c = parseConflictLine(line);
      const record: FieldRecord = [['navn', c.name]];
      if (c.reason) record.push(['grunn', c.reason]);
      if (c.basis) record.push(['hjemmel', c.basis]);
      return record;
    });
    return sameEntries(records, current) ? 'same' : { kind: 'records', items: records };
  }
  const text = clean(typed.markdown);
  if (!text) return 'empty';
  return sameFieldText(text, typeof current === 'string' ? current : '') ? 'same' : { kind: 'text', text };
}

function followUpValue(typed: TypedField, current: unknown, key: string, plan: ImportPlan): FieldValue | 'same' | 'empty' {
  const lines = typed.lines.map(clean).filter(Boolean);
  if (lines.length === 0) return 'empty';
  const items: TypedFollowUp[] = [];
  for (const line of lines) {
    const parsed = parseFollowUpLine(line);
    if (!parsed.ok) {
      plan.problems.push({ key, field: 'oppfølging', kind: 'date', value: parsed.value });
      return 'same';
    }
    items.push(parsed.item);
  }
  const existing = records(current);
  const same =
    existing.length === items.length &&
    items.every((item, i) => {
      const e = existing[i]!;
      return str(e.hva) === item.what && str(e.ansvar) === item.owner && str(e.frist) === item.due && str(e.møte) === item.meeting;
    });
  if (same) return 'same';
  const used = new Set<Record<string, unknown>>();
  return {
    kind: 'records',
    items: items.map((item) => {
      // An item typed as it was keeps its status and where it was closed.
      const match = existing.find((e) => !used.has(e) && str(e.hva) === item.what);
      if (match) used.add(match);
      const record: FieldRecord = [['hva', item.what]];
      if (item.owner) record.push(['ansvar', item.owner]);
      if (item.due) record.push(['frist', item.due]);
      if (item.meeting) record.push(['møte', item.meeting]);
      record.push(['status', str(match?.status) ?? 'åpen']);
      const closedIn = str(match?.lukket_i);
      if (closedIn) record.push(['lukket_i', new Quoted(closedIn)]);
      return record;
    }),
  };
}

/** Tilstede and Frafall: names, with a deputy's member, a late arrival's case or a reason where typed. */
function attendanceValue(id: MeetingFieldId, typed: TypedField, current: unknown): FieldValue | 'same' | 'empty' {
  const names = splitNames(typed.lines.map(clean));
  if (names.length === 0) return 'empty';
  const entries: (FieldRecord | string)[] = names.map((line) => {
    if (id === 'frafall') {
      const a = parseApologyLine(line);
      return a.reason ? [['navn', a.name], ['grunn', a.reason]] : a.name;
    }
    const p = parsePresenceLine(line);
    const record: FieldRecord = [['navn', p.name]];
    if (p.deputyFor) record.push(['vara_for', p.deputyFor]);
    if (p.fromCase) record.push(['fra_sak', new Quoted(p.fromCase)]);
    if (p.untilCase) record.push(['til_sak', new Quoted(p.untilCase)]);
    return record.length > 1 ? record : p.name;
  });
  if (sameEntries(entries, current)) return 'same';
  return entries.every((e) => typeof e === 'string') ? { kind: 'list', items: entries as string[] } : { kind: 'records', items: entries };
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function records(current: unknown): Record<string, unknown>[] {
  return (Array.isArray(current) ? current : []).filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x));
}

/** Typed entries against a list in a file: the same names and details, a bare name the same as `{navn}`. */
function sameEntries(typed: (FieldRecord | string)[], current: unknown): boolean {
  const canon = (entry: unknown): string => {
    const o: Record<string, string> =
      typeof entry === 'string'
        ? { navn: entry.trim() }
        : Array.isArray(entry)
          ? Object.fromEntries((entry as FieldRecord).map(([k, v]) => [k, (typeof v === 'string' ? v : v.value).trim()]))
          : Object.fromEntries(Object.entries((entry ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v).trim()]));
    return JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));
  };
  const now = Array.isArray(current) ? current : typeof current === 'string' ? [current] : [];
  return now.length === typed.length && typed.every((e, i) => canon(e) === canon(now[i]));
}
