/**
 * Writing the approval of minutes (`godkjent`), a correction (`rettelser`), the
 * day the notice or minutes went out (`innkalling_sendt`, `referat_sendt`) and a
 * referral (`oversendt_til`) into a file hf did not write: only the spans of those
 * keys change (src/repo/edit.ts), every other byte is kept. Pure: text in, text
 * out.
 */
import { isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { ContentDigest } from '../model/types.js';
import { applyEdits, rawFrontmatter, setTopLevel, topPair, type Edit, type RawFrontmatter } from './edit.js';
import { plainIfSafe, quote } from './emit.js';
import { detectEol } from './text.js';

/** What `hf minutes approve` records. */
export interface ApprovalEntry {
  date: string;
  /** The approving case, `SSU 2024.25`. */
  inCase?: string;
  byEmail?: boolean;
  digest: ContentDigest;
}

/** What `hf minutes correct` records. */
export interface CorrectionEntry {
  date: string;
  text: string;
  digest: ContentDigest;
}

/** A mapping key: plain when YAML reads it back as the same text (`møte`), quoted otherwise (`"2024.25"`). */
function key(text: string): string {
  return plainIfSafe(text);
}

/** `sjekksum:` and its parts, one flow mapping per part, at `indent`. */
function digestLines(digest: ContentDigest, indent: string): string[] {
  const lines = [`${indent}sjekksum:`];
  for (const [part, fields] of Object.entries(digest)) {
    const inner = Object.entries(fields).map(([f, d]) => `${key(f)}: ${quote(d)}`);
    lines.push(`${indent}  ${key(part)}: {${inner.join(', ')}}`);
  }
  return lines;
}

/** The `godkjent:` block. */
export function approvalLines(a: ApprovalEntry): string[] {
  return [
    'godkjent:',
    `  dato: ${a.date}`,
    ...(a.inCase ? [`  sak: ${quote(a.inCase)}`] : []),
    ...(a.byEmail ? ['  per_epost: true'] : []),
    ...digestLines(a.digest, '  '),
  ];
}

/** One item of `rettelser:` at `indent` (the column of its dash). */
export function correctionLines(c: CorrectionEntry, indent: string): string[] {
  const inner = `${indent}  `;
  return [`${indent}- dato: ${c.date}`, `${inner}tekst: ${plainIfSafe(c.text)}`, ...(Object.keys(c.digest).length ? digestLines(c.digest, inner) : [])];
}

function frontmatterOf(text: string): RawFrontmatter {
  const fm = rawFrontmatter(text);
  if (!fm) throw new Error('the frontmatter could not be read');
  return fm;
}

/** The start of the line `offset` is on. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Replaces a top-level key with a block (`lines`, the key's own line first), or adds it at the end of the frontmatter. */
function setBlock(text: string, fm: RawFrontmatter, name: string, lines: string[]): Edit {
  const eol = detectEol(text);
  const block = lines.join(eol) + eol;
  const pair = topPair(fm, name) as Pair<Node, Node> | undefined;
  const start = pair?.key && (pair.key as Node).range ? lineStart(text, fm.yamlOffset + (pair.key as Node).range![0]) : undefined;
  const end = pair?.value?.range ? fm.yamlOffset + pair.value.range[2] : undefined;
  if (start !== undefined && end !== undefined) {
    // A value that ends without its line break (the last line of the frontmatter) is replaced without adding one.
    return { start, end, text: text[end - 1] === '\n' ? block : block.slice(0, -eol.length) };
  }
  const at = fm.yamlEnd;
  return { start: at, end: at, text: at > 0 && text[at - 1] !== '\n' ? eol + block : block };
}

/** The meeting file's text with `godkjent` set to the approval (replacing an earlier one). */
export function withApproval(text: string, approval: ApprovalEntry): string {
  const fm = frontmatterOf(text);
  return applyEdits(text, [setBlock(text, fm, 'godkjent', approvalLines(approval))]);
}

/**
 * The meeting file's text with a correction added at the end of `rettelser`
 * (created when there is none). A list written in flow style is rewritten as a
 * block list with the earlier items as the file had them.
 */
export function withCorrection(text: string, correction: CorrectionEntry, earlier: readonly CorrectionEntry[]): string {
  const fm = frontmatterOf(text);
  const eol = detectEol(text);
  const pair = topPair(fm, 'rettelser');
  const seq = pair?.value;
  if (seq && isSeq(seq) && !seq.flow && seq.items.length && seq.range) {
    const first = seq.range[0] + fm.yamlOffset;
    const indent = ' '.repeat(first - lineStart(text, first));
    const at = fm.yamlOffset + seq.range[1];
    const item = correctionLines(correction, indent).join(eol) + eol;
    return applyEdits(text, [{ start: at, end: at, text: text[at - 1] === '\n' ? item : eol + item }]);
  }
  const lines = ['rettelser:', ...[...earlier, correction].flatMap((c) => correctionLines(c, '  '))];
  return applyEdits(text, [setBlock(text, fm, 'rettelser', lines)]);
}

/** The case file's text with `ref` added to `oversendt_til` (created after `konklusjon`, or at the end). */
export function withReferral(text: string, ref: string): string {
  const fm = frontmatterOf(text);
  const pair = topPair(fm, 'oversendt_til');
  const value = pair?.value;
  const existing: string[] = [];
  if (value && isSeq(value)) for (const item of value.items) if (isScalar(item) && typeof item.value === 'string') existing.push(item.value);
  if (existing.includes(ref)) return text;
  const source = `[${[...existing, ref].map(quote).join(', ')}]`;
  if (pair) return applyEdits(text, [setTopLevel(text, fm, 'oversendt_til', source)]);
  return applyEdits(text, [setBlock(text, fm, 'oversendt_til', [`oversendt_til: ${source}`])]);
}

