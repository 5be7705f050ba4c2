/**
 * A unified diff (as `git diff` prints it) of a planned change, for `--dry-run`.
 * Lines are compared by position when both versions have the same number of
 * lines (hf's edits replace text within lines), otherwise by a longest common
 * subsequence; either way the output is an ordinary unified diff.
 */

export interface DiffFile {
  from?: string;
  to?: string;
  before?: string;
  after?: string;
}

/** The diff of one file, with `rename from/to` headers when it moves; '' when nothing changed. */
export function unifiedDiff(file: DiffFile, context = 3): string {
  const a = splitLines(file.before ?? '');
  const b = splitLines(file.after ?? '');
  const ops = a.length === b.length ? byPosition(a, b) : byLcs(a, b);
  const moved = file.from !== undefined && file.to !== undefined && file.from !== file.to;
  if (!moved && ops.every((o) => o.op === ' ')) return '';
  const header = [`diff --git a/${file.from ?? file.to} b/${file.to ?? file.from}`];
  if (moved) header.push(`rename from ${file.from}`, `rename to ${file.to}`);
  if (ops.every((o) => o.op === ' ')) return header.join('\n') + '\n';
  header.push(file.from ? `--- a/${file.from}` : '--- /dev/null', file.to ? `+++ b/${file.to}` : '+++ /dev/null');
  return header.join('\n') + '\n' + hunks(ops, context).join('');
}

interface Op {
  op: ' ' | '-' | '+';
  line: string;
  /** 1-based line numbers in the old and new text (for context and the respective side). */
  a: number;
  b: number;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function byPosition(a: string[], b: string[]): Op[] {
  const ops: Op[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) ops.push({ op: ' ', line: a[i]!, a: i + 1, b: i + 1 });
    else ops.push({ op: '-', line: a[i]!, a: i + 1, b: i + 1 }, { op: '+', line: b[i]!, a: i + 1, b: i + 1 });
  }
  return ops;
}

function byLcs(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ op: ' ', line: a[i++]!, a: i, b: ++j });
    else if (j < m && (i === n || table[i]![j + 1]! >= table[i + 1]![j]!)) ops.push({ op: '+', line: b[j++]!, a: i, b: j });
    else ops.push({ op: '-', line: a[i++]!, a: i, b: j });
  }
  return ops;
}

function hunks(ops: Op[], context: number): string[] {
  const changed = ops.map((o, i) => (o.op === ' ' ? -1 : i)).filter((i) => i >= 0);
  const out: string[] = [];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - context);
    let end = Math.min(ops.length, changed[k]! + context + 1);
    while (k + 1 < changed.length && changed[k + 1]! - context <= end) {
      k++;
      end = Math.min(ops.length, changed[k]! + context + 1);
    }
    k++;
    const slice = ops.slice(start, end);
    const aLines = slice.filter((o) => o.op !== '+');
    const bLines = slice.filter((o) => o.op !== '-');
    const aStart = aLines.length ? aLines[0]!.a : slice[0]!.a;
    const bStart = bLines.length ? bLines[0]!.b : slice[0]!.b;
    out.push(`@@ -${aStart},${aLines.length} +${bStart},${bLines.length} @@\n`);
    for (const o of slice) out.push(`${o.op}${o.line}\n`);
  }
  return out;
}
