/**
 * Frontmatter for the files hf creates, written the way the data format shows
 * it: keys in a fixed order, plain scalars where YAML reads them back as the same
 * text, double quotes where it would not (`saksnr: "2024.10"`, times, references),
 * short lists in flow style (`sakstype: [Orientering, Diskusjon]`).
 */
import { parse, stringify } from 'yaml';

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

/** A plain scalar when YAML 1.2 reads it back as exactly this string, otherwise double-quoted. */
function plainIfSafe(text: string): string {
  if (text === '' || /[\n\r\t]/.test(text) || /^\s|\s$/.test(text)) return quote(text);
  // Times and anything YAML 1.1 readers (and people) take for a number or a date stay quoted.
  if (/^\d+(?::\d+)+$/.test(text) || /^[-+.\d]/.test(text) && !/^\d{4}-\d{2}-\d{2}$/.test(text)) return quote(text);
  const rendered = stringify(text, { version: '1.2', lineWidth: 0 }).replace(/\n$/, '');
  if (rendered.startsWith('"') || rendered.startsWith("'") || rendered.includes('\n')) return quote(text);
  try {
    return parse(rendered, { version: '1.2' }) === text ? rendered : quote(text);
  } catch {
    return quote(text);
  }
}

function flowItem(text: string): string {
  const plain = plainIfSafe(text);
  return plain.startsWith('"') || /[,[\]{}#]/.test(plain) ? quote(text) : plain;
}

/** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
export function quote(text: string): string {
  return JSON.stringify(text);
}
