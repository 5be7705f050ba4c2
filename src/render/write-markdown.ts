/**
 * Doc → Markdown (CommonMark with GFM tables). Every plain string is escaped, so
 * text from the repository reads as the same text when the output is rendered
 * again: `<script>` stays the characters `<script>`, `*` stays a star. Table cells
 * hold one line each in GFM; their paragraphs and list items are joined with
 * `<br>`, the one piece of HTML the writer itself emits.
 */
import type { Block, Doc, Inline, TableCell } from './ir.js';
import { safeHref } from './markdown.js';
import { cleanDoc } from './sanitize.js';

/** The footnotes met so far in the document being written: `[^n]` is the n-th. */
let notes: Block[][] = [];

/** Writes a document as Markdown, ending with a newline. Footnotes are numbered in order and written at the end. */
export function toMarkdown(input: Doc): string {
  const doc = cleanDoc(input);
  const parts: string[] = [];
  const outer = notes;
  notes = [];
  try {
    if (doc.partnership.trim()) parts.push(`*${escapeText(oneLine(doc.partnership))}*`);
    parts.push(...doc.blocks.map((b) => block(b)).filter((s) => s !== ''));
    // A note may hold notes of its own: they are numbered after it.
    for (let i = 0; i < notes.length; i++) parts.push(footnote(i + 1, notes[i]!));
  } finally {
    notes = outer;
  }
  return parts.join('\n\n') + '\n';
}

/** `[^3]: text`, further paragraphs indented under it. */
function footnote(n: number, blocks: Block[]): string {
  const body = blocks
    .map(block)
    .filter((s) => s !== '')
    .join('\n\n');
  return `[^${n}]: ${body
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : `    ${line}`))
    .join('\n')}`;
}

/** `![description](<path>)`: the picture by its path in the repository. */
function image(b: Extract<Block, { type: 'image' }>): string {
  return `![${escapeText(oneLine(b.alt))}](<${b.src.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${oneLine(inlines(b.text, 'block')) || '\u00a0'}`;
    case 'paragraph':
      return paragraph(b.text);
    case 'list':
      return list(b);
    case 'quote':
      return b.blocks
        .map(block)
        .filter((s) => s !== '')
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'table':
      return b.style === 'fields' ? fields(b.rows) : table(b.header, b.rows);
    case 'rule':
    case 'pageBreak':
      return '---';
    case 'image':
      return image(b);
  }
}

function paragraph(text: Inline[]): string {
  return guardLineStarts(inlines(text, 'block').trim());
}

function list(b: Extract<Block, { type: 'list' }>): string {
  const tight = b.items.every((item) => item.filter((x) => x.type !== 'list').length <= 1);
  const start = b.start ?? 1;
  return b.items
    .map((item, i) => {
      const marker = b.ordered ? `${start + i}. ` : '- ';
      const indent = ' '.repeat(marker.length);
      const body = item
        .map(block)
        .filter((s) => s !== '')
        .join(tight ? '\n' : '\n\n');
      const lines = (body || '').split('\n');
      return marker + lines.map((line, j) => (j === 0 || line === '' ? line : indent + line)).join('\n');
    })
    .join(tight ? '\n' : '\n\n');
}

/** A label/value table (Til, Tema, Dato/sted …) as one line per field: "**Til:** SSUs faste medlemmer". */
function fields(rows: TableCell[][]): string {
  return rows
    .map((row) => {
      const [label, ...values] = row;
      const name = label ? cellText(label, ' ') : '';
      const value = values.map((v) => cellText(v, '\\\n')).join(' ');
      return guardLineStarts(`**${name.replace(/:$/, '')}:** ${value}`.trimEnd());
    })
    .join('\n\n');
}

function table(header: Inline[][] | undefined, rows: TableCell[][]): string {
  const width = Math.max(header?.length ?? 0, ...rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)), 1);
  const line = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  const pad = (cells: string[]) => [...cells, ...Array.from({ length: Math.max(0, width - cells.length) }, () => '')];
  const head = pad((header ?? []).map((h) => oneLine(inlines(h, 'cell'))));
  const out = [line(head), line(Array.from({ length: width }, () => '---'))];
  for (const row of rows) {
    const cells: string[] = [];
    for (const cell of row) {
      cells.push(cellText(cell, '<br>'));
      for (let k = 1; k < (cell.span ?? 1); k++) cells.push('');
    }
    out.push(line(pad(cells)));
  }
  return out.join('\n');
}

/** A cell's blocks on one line: paragraphs and list items separated by `sep`. */
function cellText(cell: TableCell, sep: string): string {
  const where: Where = sep === '<br>' ? 'cell' : 'field';
  const lines: string[] = [];
  const walk = (blocks: Block[], depth: number, quoted: boolean) => {
    const q = quoted ? '> ' : '';
    for (const b of blocks) {
      // In a table, an empty line between the cell's paragraphs keeps running text readable.
      if (where === 'cell' && depth === 0 && lines.length && lines[lines.length - 1] !== '') lines.push('');
      switch (b.type) {
        case 'heading':
          lines.push(q + `**${inlines(b.text, where)}**`);
          break;
        case 'paragraph': {
          const text = inlines(b.text, where).trim();
          if (text) lines.push(q + text);
          break;
        }
        case 'list':
          b.items.forEach((item, i) => {
            const marker = b.ordered ? `${(b.start ?? 1) + i}.` : depth > 0 ? '◦' : '•';
            const [first, ...rest] = item;
            const hasLead = first && (first.type === 'paragraph' || first.type === 'heading');
            const lead = hasLead ? inlines(first.text, where).trim() : '';
            lines.push(q + '\u00a0'.repeat(depth * 4) + `${marker} ${lead}`.trimEnd());
            walk(hasLead ? rest : item, depth + 1, quoted);
          });
          break;
        case 'quote':
          walk(b.blocks, depth, true);
          break;
        case 'table':
          for (const row of b.rows) lines.push(q + row.map((c) => cellText(c, ' ')).join(' – '));
          break;
        case 'image':
          lines.push(q + image(b));
          break;
        default:
          break;
      }
    }
  };
  walk(cell.blocks, 0, false);
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join(sep);
}

type Where = 'block' | 'cell' | 'field';

function inlines(list: Inline[], where: Where): string {
  return list.map((i) => inline(i, where)).join('');
}

function inline(i: Inline, where: Where): string {
  if (typeof i === 'string') return escapeText(where === 'block' ? i : oneLine(i));
  switch (i.type) {
    case 'strong':
      return wrap('**', inlines(i.children, where));
    case 'em':
    case 'underline':
      return wrap('*', inlines(i.children, where));
    case 'code':
      // GFM splits table rows at every unescaped pipe, even inside code.
      return where === 'cell' ? code(oneLine(i.text)).replace(/\|/g, '\\|') : code(where === 'block' ? i.text : oneLine(i.text));
    case 'link': {
      const text = inlines(i.children, where) || escapeText(i.href);
      const href = safeHref(i.href);
      return href ? `[${text}](<${href.replace(/[<>|\s]/g, encodeURIComponent)}>)` : text;
    }
    case 'break':
      return where === 'cell' ? '<br>' : '\\\n';
    case 'footnote':
      notes.push(i.blocks);
      return `[^${notes.length}]`;
  }
}

/** Emphasis markers must touch the text: whitespace at the edges goes outside them. */
function wrap(marker: string, text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : text;
}

function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim()) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Escapes what Markdown would read as markup: backslash, emphasis and code
 * markers, brackets, `<` (HTML and autolinks), `~` (GFM strike-through), `|`
 * (GFM tables) and `&`
 * before something that looks like an entity, and bare web addresses (which GFM
 * would turn into links that ignore escapes). `>` only means something at the
 * start of a line, where `guardLineStarts` takes care of it.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<~|]/g, (c, offset: number) =>
      // An underscore inside a word (snake_case) cannot start emphasis; leave it readable.
      c === '_' && /[\p{L}\p{N}]/u.test(text[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[offset + 1] ?? '') ? c : `\\${c}`,
    )
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
    // A bare address in text would become a GFM autolink, which does not honour escapes inside it.
    .replace(/(https?|ftp):\/\//gi, (m) => m.replace(':', '\\:'))
    .replace(/(www)\./gi, '$1\\.');
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
}

/**
 * Escapes the start of a line that Markdown would take for a block: a heading
 * (`#`), a list item (`-`, `+`, `1.`), a setext underline (`===`), or indented code.
 */
function guardLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const l = line.replace(/^[ \t]+/, '');
      if (/^#{1,6}(\s|$)/.test(l) || l.startsWith('>')) return '\\' + l;
      if (/^[-+](\s|$)/.test(l)) return '\\' + l;
      if (/^=+\s*$/.test(l)) return '\\' + l;
      if (/^-{3,}\s*$/.test(l)) return '\\' + l;
      // A line of dashes and colons would make the line above a table header (`:---`) or a heading (`--`).
      if (/^[-:\s]+$/.test(l) && l.includes('-')) return '\\' + l;
      const num = /^(\d{1,9})([.)])(\s|$)/.exec(l);
      if (num) return `${num[1]}\\${l.slice(num[1]!.length)}`;
      return l;
    })
    .join('\n');
}
