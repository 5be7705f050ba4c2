/**
 * Frontmatter for the files hf creates, written the way the data format shows
 * it: keys in a fixed order, plain scalars where YAML reads them back as the same
 * text, double quotes where it would not (`saksnr: "2024.10"`, times, references),
 * short lists in flow style (`sakstype: [Orientering, Diskusjon]`).
 */
import { createRequire } from 'node:module';

export type EmitValue = string | number | boolean | readonly (string | Quoted)[];

/** A value that must be quoted even where a plain scalar would parse (case numbers, times, references). */
export class Quoted {
  constructor(readonly value: string) {}
}

export type FrontmatterEntry = [key: string, value: EmitValue | Quoted | undefined];

/** Renders `---`, one line per entry (undefined values and empty lists are left out), `---`. */
export function emitFrontmatter(entries: readonly FrontmatterEntry[]): string {
  const out = ['---'];
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      out.push(`${key}: [${value.map((v: string | Quoted) => (v instanceof Quoted ? quote(v.value) : flowItem(v))).join(', ')}]`);
    } else {
      out.push(`${key}: ${scalar(value as EmitValue | Quoted)}`);
    }
  }
  out.push('---');
  return out.join('\n') + '\n';
}

function scalar(value: EmitValue | Quoted): string {
  if (value instanceof Quoted) return quote(value.value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return plainIfSafe(value as string);
}

/**
 * Text that every YAML 1.2 writer and reader takes as a plain string: a letter,
 * then letters, digits, spaces and punctuation that mean nothing to YAML, ending
 * in a letter, digit, full stop or parenthesis. Most titles and names are like
 * this, and so are dates (text in YAML 1.2): they need no YAML library to decide,
 * so hf new-case runs without loading one.
 */
const PLAIN = /^\p{L}[\p{L}\p{N} .,;()/–—-]*[\p{L}\p{N}.)]$|^\p{L}$/u;
/** The words YAML 1.2's core schema reads as null or a boolean. */
const RESERVED = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** A plain scalar when YAML 1.2 reads it back as exactly this string, otherwise double-quoted. */
export function plainIfSafe(text: string): string {
  if (text === '' || /[\n\r\t]/.test(text) || /^\s|\s$/.test(text)) return quote(text);
  // Times and anything YAML 1.1 readers (and people) take for a number or a date stay quoted.
  if (/^\d+(?::\d+)+$/.test(text) || /^[-+.\d]/.test(text) && !/^\d{4}-\d{2}-\d{2}$/.test(text)) return quote(text);
  if ((PLAIN.test(text) && !RESERVED.test(text)) || /^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  // Anything else is asked of the yaml package: written plain, read back the same?
  const { parse, stringify } = yamlLibrary();
  const rendered = stringify(text, { version: '1.2', lineWidth: 0 }).replace(/\n$/, '');
  if (rendered.startsWith('"') || rendered.startsWith("'") || rendered.includes('\n')) return quote(text);
  try {
    return parse(rendered, { version: '1.2' }) === text ? rendered : quote(text);
  } catch {
    return quote(text);
  }
}

let library: typeof import('yaml') | undefined;
const yamlLibrary = () => (library ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

function flowItem(text: string): string {
  const plain = plainIfSafe(text);
  return plain.startsWith('"') || /[,[\]{}#]/.test(plain) ? quote(text) : plain;
}

/** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
export function quote(text: string): string {
  return JSON.stringify(text);
}
