/**
 * The guard every writing command calls before it writes: hf does not create a
 * case, rewrite files or produce a document that contains what looks like a
 * national identity number. The refusal says what kind of number and where, never
 * the digits, and names the way to find it (`hf validate` shows the file and line).
 */
import { findNationalIds, type NationalIdKind } from '../../model/national-id.js';
import { translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import type { Doc } from '../../render/ir.js';
import { lineStarts, positionAt } from '../../repo/text.js';
import { sanitizeLine } from '../../diagnostics/escape.js';
import { UsageError } from './context.js';
import type { NationalIdInOutputError } from '../../repo/pii.js';

const messages: Catalogue<'file' | 'document' | 'fileHint' | 'documentHint' | 'fnr' | 'dnr' | 'hnr'> = {
  file: {
    nb: 'hf skriver ikke {target}: teksten inneholder noe som ser ut som et {what} (linje {line}, kolonne {column})',
    en: 'hf does not write {target}: the text contains what looks like a {what} (line {line}, column {column})',
  },
  document: {
    nb: 'hf lager ikke {target}: dokumentet ville inneholdt noe som ser ut som et {what}',
    en: 'hf does not produce {target}: the document would contain what looks like a {what}',
  },
  fileHint: {
    nb: 'Pasientopplysninger hører ikke hjemme i repoet. Fjern nummeret fra det du skrev inn, og prøv igjen.',
    en: 'Patient data does not belong in the repository. Remove the number from what you entered and try again.',
  },
  documentHint: {
    nb: 'Kjør `hf validate` for å se hvilken fil og linje nummeret står i, fjern det, og lag dokumentet på nytt.',
    en: 'Run `hf validate` to see the file and line the number is on, remove it, and produce the document again.',
  },
  fnr: { nb: 'fødselsnummer', en: 'national identity number (fødselsnummer)' },
  dnr: { nb: 'D-nummer', en: 'D number (D-nummer)' },
  hnr: { nb: 'H-nummer', en: 'H number (H-nummer)' },
};

/** Thrown when a command would write an identity number; a usage error, so the CLI prints message and hint only. */
export class NationalIdRefusal extends UsageError {
  constructor(
    message: string,
    hint: string,
    readonly kind: NationalIdKind,
  ) {
    super(message, hint);
  }
}

export interface OutgoingText {
  /** What would be written, as the user knows it: a path, or a document's name. */
  target: string;
  text: string;
}

/**
 * Refuses (throws NationalIdRefusal) when any of the texts a command is about to
 * write contains an identity number. Call it with the complete text of each file,
 * before the first byte is written.
 */
export function refuseNationalIds(outgoing: readonly OutgoingText[], lang: Lang): void {
  const m = translator(messages, lang);
  for (const { target, text } of outgoing) {
    const [first] = findNationalIds(text);
    if (!first) continue;
    const { line, column } = positionAt(lineStarts(text), first.offset);
    throw new NationalIdRefusal(m('file', { target: sanitizeLine(target), what: m(first.kind), line, column }), m('fileHint'), first.kind);
  }
}

/** The refusal for a write the repository layer stopped (new files, multi-file changes). */
export function refusalFor(error: NationalIdInOutputError, lang: Lang): NationalIdRefusal {
  const m = translator(messages, lang);
  return new NationalIdRefusal(m('file', { target: sanitizeLine(error.path), what: m(error.kind), line: error.line, column: error.column }), m('fileHint'), error.kind);
}

/** Refuses a document (any output format) whose text contains an identity number. */
export function refuseNationalIdsInDoc(doc: Doc, target: string, lang: Lang): void {
  const [first] = findNationalIds(docText(doc));
  if (!first) return;
  const m = translator(messages, lang);
  throw new NationalIdRefusal(m('document', { target: sanitizeLine(target), what: m(first.kind) }), m('documentHint'), first.kind);
}

/** Inline node types: their pieces are joined without a separator, as a reader sees them. */
const INLINE_TYPES = new Set(['strong', 'em', 'underline', 'code', 'link', 'break', 'footnote']);

/**
 * All text of a document as a reader sees it: the title, blocks on lines of their
 * own, inline pieces joined as they are shown (digits split over two pieces still
 * count), and link targets. The walk is generic, so a block type added to the
 * document model later is scanned too.
 */
export function docText(doc: Doc): string {
  return [doc.title, doc.partnership, walk(doc.blocks)].join('\n');
}

function walk(value: unknown): string {
  if (typeof value === 'string') return value;
  // A picture's bytes are not text (its description is).
  if (ArrayBuffer.isView(value)) return '';
  if (Array.isArray(value)) {
    const inline = value.every((v) => typeof v === 'string' || INLINE_TYPES.has((v as { type?: string } | null)?.type ?? ''));
    return value.map(walk).join(inline ? '' : '\n');
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.type === 'break') return '\n';
    const parts = Object.entries(o)
      .filter(([k]) => k !== 'type' && k !== 'style')
      .map(([, v]) => walk(v));
    return parts.join(o.type === 'link' ? ' ' : '\n');
  }
  return '';
}
