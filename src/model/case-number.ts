/**
 * Case numbers (`2024.27`) and references (`SSU 2024.27`). A case number is a
 * year and a sequence number, never a float: `2024.10` and `2024.1` are different
 * cases, and `2024.9` is followed by `2024.10`.
 */
import { isValidDate } from './dates.js';

export interface CaseNumber {
  year: number;
  seq: number;
}

export interface CaseRef {
  body: string;
  number: CaseNumber;
}

export interface MeetingRef {
  body: string;
  date: string;
}

const NUMBER = /^(\d{4})\.([1-9]\d{0,5})$/;
const REF = /^([A-ZÆØÅa-zæøå][A-ZÆØÅa-zæøå0-9]*(?:-[A-ZÆØÅa-zæøå0-9]+)*)(?:-sak|\s+sak)?\s+(\d{4}\.[1-9]\d{0,5})$/;
const MEETING_REF = /^([A-ZÆØÅa-zæøå][A-ZÆØÅa-zæøå0-9]*(?:-[A-ZÆØÅa-zæøå0-9]+)*)\s+(\d{4}-\d{2}-\d{2})$/;

/** Parses `2024.27`; undefined for anything else (including `2024.027` and `2024.0`). */
export function parseCaseNumber(text: string): CaseNumber | undefined {
  const m = NUMBER.exec(text.trim());
  if (!m) return undefined;
  return { year: Number(m[1]), seq: Number(m[2]) };
}

export function formatCaseNumber(n: CaseNumber): string {
  return `${n.year}.${n.seq}`;
}

export function compareCaseNumbers(a: CaseNumber, b: CaseNumber): number {
  return a.year - b.year || a.seq - b.seq;
}

export function sameCaseNumber(a: CaseNumber | undefined, b: CaseNumber | undefined): boolean {
  return !!a && !!b && a.year === b.year && a.seq === b.seq;
}

/** Parses `SSU 2024.17` (also `SSU-sak 2024.17`); the body code is upper-cased. */
export function parseCaseRef(text: string): CaseRef | undefined {
  const m = REF.exec(text.trim());
  if (!m) return undefined;
  const number = parseCaseNumber(m[2]!);
  // "SSU-sak 2024.17": the hyphenated "-sak" belongs to the wording, not to the body code.
  const body = m[1]!.toUpperCase().replace(/-SAK$/, '');
  return number ? { body, number } : undefined;
}

export function formatCaseRef(ref: CaseRef): string {
  return `${ref.body} ${formatCaseNumber(ref.number)}`;
}

/** A stable key for maps: `SSU 2024.17`. */
export function caseKey(body: string, n: CaseNumber): string {
  return `${body.toUpperCase()} ${n.year}.${n.seq}`;
}

/** Parses `SSU 2024-05-23`. */
export function parseMeetingRef(text: string): MeetingRef | undefined {
  const m = MEETING_REF.exec(text.trim());
  if (!m || !isValidDate(m[2]!)) return undefined;
  return { body: m[1]!.toUpperCase(), date: m[2]! };
}

export function formatMeetingRef(ref: MeetingRef): string {
  return `${ref.body} ${ref.date}`;
}

/** True for a real calendar date written `yyyy-mm-dd` (src/model/dates.ts). */
export { isValidDate };

/** The year of a `yyyy-mm-dd` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A case reference found in running text, with its offset in that text. */
export interface TextRef {
  ref: CaseRef;
  /** The body was implied ("sak 2024.16" in the same body's document). */
  implicitBody: boolean;
  offset: number;
  length: number;
  text: string;
}

/**
 * Finds case references in running text: `SSU-sak 2024.17`, `SSU 2024.17`,
 * `SSU sak 2024.17`, and `sak 2024.17` (which means a case of `ownBody`). Only
 * body codes in `bodies` count, so ordinary words before a number are not taken
 * for a body. Dates like `23.05.24` and longer digit runs do not match.
 */
export function findTextRefs(text: string, bodies: readonly string[], ownBody?: string): TextRef[] {
  const found: TextRef[] = [];
  if (bodies.length === 0 && !ownBody) return found;
  // Most texts hold no case number at all; a plain search rules them out cheaply.
  if (!MAYBE_NUMBER.test(text)) return found;
  const key = bodies.join('\n');
  let re = refPatterns.get(key);
  if (!re) {
    const codes = [...bodies].sort((a, b) => b.length - a.length).map(escapeRegex);
    const bodyPart = codes.length ? `(?<body>${codes.join('|')})(?:-sak|\\s+sak|-saka?)?\\s+` : '(?!)';
    re = new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:${bodyPart}|(?<own>[Ss]ak(?:snr\\.?|snummer)?)\\s+)(?<num>\\d{4}\\.[1-9]\\d{0,5})(?![\\p{N}]|\\.\\p{N})`,
      'gu',
    );
    refPatterns.set(key, re);
  }
  for (const m of text.matchAll(re)) {
    const groups = m.groups!;
    const number = parseCaseNumber(groups.num!);
    if (!number) continue;
    let body: string | undefined;
    let implicitBody = false;
    if (groups.body) {
      body = bodies.find((b) => b.toUpperCase() === groups.body!.toUpperCase());
    } else if (ownBody) {
      body = ownBody;
      implicitBody = true;
    }
    if (!body) continue;
    found.push({ ref: { body: body.toUpperCase(), number }, implicitBody, offset: m.index!, length: m[0].length, text: m[0] });
  }
  return found;
}

const MAYBE_NUMBER = /\d{4}\.[1-9]/;
/** The reference pattern per list of body codes (a repository has one list). */
const refPatterns = new Map<string, RegExp>();

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
