/**
 * Identity numbers as findings: where in which file, and of what kind — never the
 * digits. The `national-id` rule, `hf validate` for files it does not otherwise
 * read, the pre-commit hook and the guard of the writing commands all report
 * through here, so none of them can print a number by accident.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { Position } from '../diagnostics/diagnostic.js';
import { findNationalIds, type NationalIdKind } from '../model/national-id.js';
import { lineStarts, positionAt } from './text.js';

export const NATIONAL_ID_RULE = 'national-id';

/** Findings for every identity number in `text` (offsets measured in `text`). */
export function nationalIdFindings(path: string, text: string, posAt?: (offset: number) => Position): Finding[] {
  const matches = findNationalIds(text);
  if (matches.length === 0) return [];
  let starts: number[] | undefined;
  const at = posAt ?? ((o: number) => positionAt((starts ??= lineStarts(text)), o));
  return matches.map((m) => {
    const start = at(m.offset);
    const end = at(m.offset + m.length);
    return { ruleId: NATIONAL_ID_RULE, messageId: m.kind, file: path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
}

/**
 * Text to scan from bytes that may not be valid UTF-8: the guard must see digits
 * in a Windows-1252 or UTF-16 file too (the encoding rule reports those files, but
 * a number in them is just as much on every clone once committed). Returns
 * undefined for binary files.
 */
export function textForScan(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.indexOf(0) >= 0) return undefined;
  // Replacement characters stand in for undecodable bytes; digits are ASCII in every encoding we meet.
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
}

/** Findings for a file given as bytes (files hf does not load, staged files). */
export function nationalIdFindingsInBytes(path: string, bytes: Uint8Array): Finding[] {
  const text = textForScan(bytes);
  return text === undefined ? [] : nationalIdFindings(path, text);
}

/**
 * Thrown by the repository's write paths (new files, multi-file changes) before
 * anything is written, when the text to write holds an identity number. Names the
 * file, the kind and the position; never the digits. The command line turns it
 * into a refusal in the user's language.
 */
export class NationalIdInOutputError extends Error {
  constructor(
    readonly path: string,
    readonly kind: NationalIdKind,
    readonly line: number,
    readonly column: number,
  ) {
    super(`refused to write ${path}: line ${line}, column ${column} looks like a national identity number (${kind})`);
  }
}

/** Throws NationalIdInOutputError for the first file whose content holds an identity number. */
export function assertNoNationalIds(outgoing: readonly { path: string; data: Uint8Array | string }[]): void {
  for (const { path, data } of outgoing) {
    const text = typeof data === 'string' ? data : textForScan(data);
    if (text === undefined) continue;
    const [first] = findNationalIds(text);
    if (!first) continue;
    const { line, column } = positionAt(lineStarts(text), first.offset);
    throw new NationalIdInOutputError(path, first.kind, line, column);
  }
}
