/**
 * Plain-text tables for listings, fitted to the terminal: columns marked
 * `shrink` give up width first (in proportion, so the title can be kept widest),
 * then the others down to their minimum; a cut cell ends in `…`. Pure: the width
 * comes in.
 */
import { sanitizeLine } from '../../diagnostics/escape.js';
import { maskNationalIds } from '../../model/national-id.js';

export interface Column {
  header: string;
  /**
   * Willingness to give up width when the table is too wide: a column with 2
   * ends about half as wide as one with 1; columns without it are cut only when
   * nothing else can give.
   */
  shrink?: number;
  /** Never narrower than this (default: 6 for shrinking columns, else the header's width, at most 10). */
  min?: number;
  align?: 'left' | 'right';
}

const GAP = 2;

/** Length in characters as a terminal shows them (code points after NFC). */
export function displayLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Cuts `s` to `width` characters, ending with `…` when something was cut. */
export function truncate(s: string, width: number): string {
  if (displayLength(s) <= width) return s;
  if (width <= 0) return '';
  if (width === 1) return '…';
  return [...s].slice(0, width - 1).join('').trimEnd() + '…';
}

function clean(cell: string): string {
  // Text from the repository: no control characters or bidi overrides reach the terminal.
  return maskNationalIds(sanitizeLine(cell)).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Column widths that fit `width`, shrinking the most willing columns first. */
export function fitWidths(columns: readonly Column[], rows: readonly (readonly string[])[], width: number): number[] {
  const widths = columns.map((c, i) => Math.max(displayLength(c.header), ...rows.map((r) => displayLength(r[i] ?? ''))));
  const mins = columns.map((c, i) => Math.min(widths[i]!, c.min ?? (c.shrink ? 6 : Math.min(10, displayLength(c.header)))));
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1);
  // First the shrinking columns, the one with the largest width × willingness each
  // step (so a title with half the willingness stays about twice as wide); then,
  // as a last resort, any column above its minimum.
  for (const phase of [1, 0]) {
    while (total() > width) {
      let pick = -1;
      let score = 0;
      for (let i = 0; i < columns.length; i++) {
        const willing = columns[i]!.shrink ?? 0;
        if ((phase === 1 && willing <= 0) || widths[i]! <= mins[i]!) continue;
        const s = phase === 1 ? widths[i]! * willing : widths[i]!;
        if (s > score) {
          score = s;
          pick = i;
        }
      }
      if (pick < 0) break;
      widths[pick]!--;
    }
  }
  return widths;
}

/** Renders a table with a header row; no trailing spaces on any line. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], width: number): string {
  const cleaned = rows.map((r) => columns.map((_, i) => clean(r[i] ?? '')));
  const widths = fitWidths(columns, cleaned, width);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const text = truncate(cell, widths[i]!);
        const pad = widths[i]! - displayLength(text);
        return columns[i]!.align === 'right' ? ' '.repeat(pad) + text : text + ' '.repeat(pad);
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cleaned.map(line)].join('\n') + '\n';
}

/** The width to fit output to: the terminal's, else `COLUMNS`, else 80. */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}
