/**
 * Turning bytes into text, strictly. Secretaries edit on Windows and Mac, so a
 * file may carry a BOM, CRLF line endings, or arrive in Windows-1252 or UTF-16 from
 * an old editor. BOM and CRLF are accepted and remembered, so that a rewrite keeps
 * them; anything that is not UTF-8 is reported instead of silently mangled.
 */
import { isUtf8 } from 'node:buffer';
import type { Eol } from '../model/files.js';

export type { Eol };

export interface DecodedText {
  ok: true;
  /** The text without BOM, with its original line endings. */
  text: string;
  bom: boolean;
  eol: Eol;
}

export interface DecodeProblem {
  ok: false;
  problem: 'utf16' | 'binary' | 'encoding';
  /** 1-based position of the first offending byte. */
  line: number;
  column: number;
}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 strictly and reports UTF-16, NUL bytes and invalid sequences by position. */
export function decodeText(bytes: Uint8Array): DecodedText | DecodeProblem {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: 'utf16', line: 1, column: 1 };
  }
  let text: string;
  // isUtf8 validates natively and fast; the decoder then cannot meet an invalid sequence.
  // A NUL byte is valid UTF-8, so it is looked for in the text (fast), and only then in the bytes.
  if (isUtf8(bytes)) {
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (text.indexOf('\0') >= 0) return { ok: false, problem: 'binary', ...bytePosition(bytes, bytes.indexOf(0)) };
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) return { ok: false, problem: 'binary', ...bytePosition(bytes, nul) };
    try {
      text = fatalDecoder.decode(bytes);
    } catch {
      return { ok: false, problem: 'encoding', ...bytePosition(bytes, firstInvalidUtf8(bytes)) };
    }
  }
  let bom = false;
  if (text.charCodeAt(0) === 0xfeff) {
    bom = true;
    text = text.slice(1);
  }
  return { ok: true, text, bom, eol: detectEol(text) };
}

/** The line ending a file mostly uses; a rewrite uses the same. */
export function detectEol(text: string): Eol {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

/** Encodes text for writing back with the BOM and line endings the file had. */
export function encodeText(text: string, bom: boolean, eol: Eol): Uint8Array {
  const normalized = text.replace(/\r\n/g, '\n');
  const withEol = eol === '\r\n' ? normalized.replace(/\n/g, '\r\n') : normalized;
  return new TextEncoder().encode((bom ? '\ufeff' : '') + withEol);
}

function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  // Count characters, not bytes, up to the offset: continuation bytes do not start a character.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Start offsets of every line, for offset → line/column conversion. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Converts an offset into a 1-based line and column using precomputed line starts. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
