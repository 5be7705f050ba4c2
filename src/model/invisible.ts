/**
 * Characters a reader cannot see: control characters (C0 but tab and line
 * breaks, DEL, C1), bidirectional controls, which make text read differently
 * from what it holds, and zero-width and formatting characters, which make two
 * words that look the same differ. One list, so that validation, the schema's
 * messages, `hf init` and the documents agree on what they are and what they
 * are called.
 */

/** What kind of character it is, which decides where it is a problem. */
export type InvisibleKind =
  /** A control character: never part of text. */
  | 'control'
  /** A bidirectional control: reorders what is shown. */
  | 'bidi'
  /** A zero-width or invisible formatting character: shows nothing at all. */
  | 'zero-width'
  /** A space or hyphen that looks like an ordinary one (no-break space, soft hyphen); at home in text, not in a key or a code. */
  | 'lookalike';

const C0 = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];

const NAMED: Record<number, [string, InvisibleKind]> = {
  0x7f: ['DELETE', 'control'],
  0x85: ['NEXT LINE', 'control'],
  0xa0: ['NO-BREAK SPACE', 'lookalike'],
  0xad: ['SOFT HYPHEN', 'lookalike'],
  0x61c: ['ARABIC LETTER MARK', 'bidi'],
  0x180e: ['MONGOLIAN VOWEL SEPARATOR', 'zero-width'],
  0x200b: ['ZERO WIDTH SPACE', 'zero-width'],
  0x200c: ['ZERO WIDTH NON-JOINER', 'lookalike'],
  0x200d: ['ZERO WIDTH JOINER', 'lookalike'],
  0x200e: ['LEFT-TO-RIGHT MARK', 'bidi'],
  0x200f: ['RIGHT-TO-LEFT MARK', 'bidi'],
  0x2028: ['LINE SEPARATOR', 'control'],
  0x2029: ['PARAGRAPH SEPARATOR', 'control'],
  0x202a: ['LEFT-TO-RIGHT EMBEDDING', 'bidi'],
  0x202b: ['RIGHT-TO-LEFT EMBEDDING', 'bidi'],
  0x202c: ['POP DIRECTIONAL FORMATTING', 'bidi'],
  0x202d: ['LEFT-TO-RIGHT OVERRIDE', 'bidi'],
  0x202e: ['RIGHT-TO-LEFT OVERRIDE', 'bidi'],
  0x202f: ['NARROW NO-BREAK SPACE', 'lookalike'],
  0x2060: ['WORD JOINER', 'zero-width'],
  0x2061: ['FUNCTION APPLICATION', 'zero-width'],
  0x2062: ['INVISIBLE TIMES', 'zero-width'],
  0x2063: ['INVISIBLE SEPARATOR', 'zero-width'],
  0x2064: ['INVISIBLE PLUS', 'zero-width'],
  0x2066: ['LEFT-TO-RIGHT ISOLATE', 'bidi'],
  0x2067: ['RIGHT-TO-LEFT ISOLATE', 'bidi'],
  0x2068: ['FIRST STRONG ISOLATE', 'bidi'],
  0x2069: ['POP DIRECTIONAL ISOLATE', 'bidi'],
  0xfeff: ['ZERO WIDTH NO-BREAK SPACE', 'zero-width'],
};

/** Any character of the list (one code unit, or a tag character's surrogate pair). */
const ANY = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202f\u2060-\u2064\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]/g;

export interface InvisibleInfo {
  kind: InvisibleKind;
  /** `U+200B ZERO WIDTH SPACE`. */
  name: string;
}

/** What `ch` (one character) is, or undefined for an ordinary visible one. Tab and line feed count as control characters here. */
export function invisibleInfo(ch: string): InvisibleInfo | undefined {
  const cp = ch.codePointAt(0)!;
  const code = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  if (cp < 0x20) return { kind: 'control', name: `${code} ${C0[cp]}` };
  const named = NAMED[cp];
  if (named) return { kind: named[1], name: `${code} ${named[0]}` };
  if (cp >= 0x80 && cp <= 0x9f) return { kind: 'control', name: `${code} CONTROL` };
  if (cp >= 0xe0000 && cp <= 0xe007f) return { kind: 'zero-width', name: `${code} TAG` };
  return undefined;
}

export interface InvisibleMatch extends InvisibleInfo {
  /** Offset of the character in the text (UTF-16 code units). */
  offset: number;
  char: string;
}

export interface FindOptions {
  /** Kinds to report (default: control, bidi and zero-width, not the look-alike spaces of ordinary text). */
  kinds?: readonly InvisibleKind[];
  /** Line breaks (LF, and CR before LF) and tabs are text, not problems (default true). */
  allowLineBreaks?: boolean;
}

const TEXT_KINDS: readonly InvisibleKind[] = ['control', 'bidi', 'zero-width'];

/** Every invisible character of `text`, in order. A leading byte-order mark is not one (the decoder takes it off). */
export function findInvisible(text: string, options: FindOptions = {}): InvisibleMatch[] {
  const kinds = options.kinds ?? TEXT_KINDS;
  const breaks = options.allowLineBreaks ?? true;
  const out: InvisibleMatch[] = [];
  ANY.lastIndex = 0;
  for (let m = ANY.exec(text); m; m = ANY.exec(text)) {
    const ch = m[0];
    if (breaks && (ch === '\n' || ch === '\t' || (ch === '\r' && text.charCodeAt(m.index + 1) === 10))) continue;
    const info = invisibleInfo(ch)!;
    if (!kinds.includes(info.kind)) continue;
    out.push({ ...info, offset: m.index, char: ch });
  }
  return out;
}

/** The first invisible character of a one-line value (a name, a code, a key): line breaks and tabs count. */
export function firstInvisibleInLine(text: string, kinds: readonly InvisibleKind[] = ['control', 'bidi', 'zero-width', 'lookalike']): InvisibleMatch | undefined {
  return findInvisible(text, { kinds, allowLineBreaks: false })[0];
}

/** `text` without the characters of `kinds` (for comparing what a reader sees). */
export function withoutInvisible(text: string, kinds: readonly InvisibleKind[] = ['control', 'bidi', 'zero-width', 'lookalike']): string {
  return text.replace(ANY, (ch) => (kinds.includes(invisibleInfo(ch)!.kind) ? '' : ch));
}
