/**
 * Where a case number is written in a file: the case's own `saksnr`, a meeting's
 * `pause_etter`, a reference in any frontmatter value (`oppfølging_av: "SSU
 * 2024.17"`, `saker: […]`, a conclusion that says "jf. SSU-sak 2024.17") or
 * YAML comment, and in the Markdown ("SSU-sak 2024.17", "SSU 2024.17", and "sak 2024.17" in the same
 * body's documents). Offsets are into the file's own text, so the number can be
 * replaced without touching anything else.
 */
import { isScalar, visit, type Scalar } from 'yaml';
import { findTextRefs, formatCaseNumber, parseCaseNumber, sameCaseNumber, type CaseNumber } from '../model/case-number.js';
import { rawFrontmatter } from './edit.js';
import { lineStarts, positionAt } from './text.js';

export type OccurrenceKind = 'saksnr' | 'pause' | 'frontmatter' | 'comment' | 'text';

export interface Occurrence {
  /** Offsets of the text to replace (the number, or the whole unquoted scalar). */
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  kind: OccurrenceKind;
  /** The reference as written ("SSU-sak 2024.36"), for messages. */
  written: string;
  /** The scalar was an unquoted number (YAML reads `2024.10` as 2024.1): write the new one quoted. */
  quote?: boolean;
}

export interface FindOptions {
  /** Body codes from hf.yaml: only these count as a body before a number. */
  bodies: readonly string[];
  body: string;
  number: CaseNumber;
  /** The body whose documents these are: there "sak 2024.36" means this body's case. */
  ownBody?: string;
  /** This file is the case itself: its `saksnr` is an occurrence. */
  isCase?: boolean;
  /** This file is a meeting of the body: its `pause_etter` is an occurrence. */
  isMeeting?: boolean;
}

/** Every occurrence of the body's case number in a file's text, in order. */
export function findOccurrences(text: string, o: FindOptions): Occurrence[] {
  const found: Omit<Occurrence, 'line'>[] = [];
  const body = o.body.toUpperCase();
  const scan = (slice: string, base: number, kind: OccurrenceKind) => {
    for (const r of findTextRefs(slice, o.bodies, o.ownBody)) {
      if (r.ref.body !== body || !sameCaseNumber(r.ref.number, o.number)) continue;
      const numberText = r.text.match(/\d{4}\.\d+$/)![0];
      const end = base + r.offset + r.length;
      found.push({ start: end - numberText.length, end, kind, written: r.text.replace(/\s+/g, ' ') });
    }
  };
  const fm = rawFrontmatter(text);
  if (!fm) {
    scan(text, 0, 'text');
  } else {
    const scalars: [number, number][] = [];
    visit(fm.parsed.doc!, {
      Scalar(key, node, path) {
        if (!node.range) return;
        const start = fm.yamlOffset + node.range[0];
        const end = fm.yamlOffset + node.range[1];
        scalars.push([start, end]);
        if (key === 'key') return;
        const topKey = path.length === 3 ? keyOf(path[2]) : undefined;
        if (topKey === 'saksnr' || topKey === 'pause_etter') {
          const wanted = topKey === 'saksnr' ? o.isCase : o.isMeeting;
          const src = text.slice(start, end);
          const value = parseCaseNumber(src.replace(/^(["'])(.*)\1$/s, '$2'));
          if (wanted && value && sameCaseNumber(value, o.number)) {
            const m = /\d{4}\.\d+/.exec(src)!;
            const quoted = src.startsWith('"') || src.startsWith("'");
            found.push(quoted ? { start: start + m.index, end: start + m.index + m[0].length, kind: topKey === 'saksnr' ? 'saksnr' : 'pause', written: m[0] } : { start, end, kind: topKey === 'saksnr' ? 'saksnr' : 'pause', written: src, quote: true });
          }
          return;
        }
        if (typeof node.value === 'string') scan(text.slice(start, end), start, 'frontmatter');
      },
    });
    // Outside the scalars, the only free text in YAML is comments.
    const before = found.length;
    scan(text.slice(fm.yamlOffset, fm.yamlEnd), fm.yamlOffset, 'comment');
    const inComments = found.splice(before).filter((f) => !scalars.some(([s, e]) => f.start >= s && f.end <= e));
    found.push(...inComments);
    scan(text.slice(fm.bodyOffset), fm.bodyOffset, 'text');
  }
  const starts = lineStarts(text);
  return found.sort((a, b) => a.start - b.start).map((f) => ({ ...f, line: positionAt(starts, f.start).line }));
}

/** The replacement text for an occurrence. */
export function replacementFor(occurrence: Occurrence, number: CaseNumber): string {
  const text = formatCaseNumber(number);
  return occurrence.quote ? JSON.stringify(text) : text;
}

function keyOf(pair: unknown): string | undefined {
  const k = (pair as { key?: unknown })?.key;
  return isScalar(k) ? String((k as Scalar).value) : undefined;
}
