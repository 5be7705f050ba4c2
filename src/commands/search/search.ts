/** `hf search <text>`: where a word occurs in titles, texts and conclusions, by file and line. */
import { translator, type Catalogue } from '../../i18n/lang.js';
import type { LoadedFile } from '../../repo/load-file.js';
import type { FileKind } from '../../repo/paths.js';
import { colorsFor, UsageError, type CommandContext } from '../shared/context.js';
import { displayLength, outputWidth, truncate } from '../shared/table.js';
import { caseLabel, fold, warnUnreadable } from '../shared/records.js';
import { openRepository, out } from '../shared/support.js';

export interface SearchOptions {
  body?: string;
  json?: boolean;
}

const m = {
  empty: { nb: 'Ingenting å søke etter', en: 'Nothing to search for' },
  emptyHint: { nb: 'Skriv ordet du leter etter, for eksempel `hf search beredskap`.', en: 'Give the word you are looking for, for example `hf search beredskap`.' },
  unknownBody: { nb: 'Organet `{body}` finnes ikke i hf.yaml', en: 'The body `{body}` is not in hf.yaml' },
  none: { nb: 'Fant ikke «{text}».', en: 'No match for “{text}”.' },
  summary: { nb: '{hits} treff i {files} filer.', en: '{hits} matches in {files} files.' },
} satisfies Catalogue;

/** The frontmatter keys whose values are searched, per kind of file; the Markdown body always is. */
const FIELDS: Partial<Record<FileKind, string[]>> = {
  case: ['tittel', 'offentlig_tittel', 'punkter', 'forslag_til_konklusjon', 'behandling', 'innspill', 'konklusjon', 'oppfølging'],
  'queued-case': ['tittel', 'offentlig_tittel', 'punkter', 'forslag_til_konklusjon'],
  meeting: [],
  plan: ['tittel', 'hovedmål', 'hvor_vil_vi'],
  'plan-row': ['tittel', 'beskrivelse', 'mål', 'arbeidsform'],
  mandate: ['tittel', 'møtehyppighet'],
};

export interface Hit {
  file: string;
  line: number;
  column: number;
  /** The whole line of the file. */
  text: string;
  /** Length of the match in `text`. */
  length: number;
  /** The frontmatter key the hit is in; absent for the Markdown text. */
  field?: string;
}

/** Finds `query` in the searchable parts of the files, case- and accent-insensitively. */
export function searchFiles(files: Iterable<LoadedFile>, query: string): Hit[] {
  const needle = fold(query.trim()).folded;
  const hits: Hit[] = [];
  if (!needle) return hits;
  for (const file of files) {
    const fields = FIELDS[file.kind];
    if (!fields || !file.text) continue;
    const lines = file.text.split(/\r?\n/);
    const scan = (from: { line: number; column: number }, toLine: number, field?: string) => {
      for (let n = from.line; n <= Math.min(toLine, lines.length); n++) {
        const text = lines[n - 1]!;
        const start = n === from.line ? from.column - 1 : 0;
        const { folded, map } = fold(text.slice(start));
        const at = folded.indexOf(needle);
        if (at < 0) continue;
        const begin = start + map[at]!;
        const end = start + (at + needle.length < map.length ? map[at + needle.length]! : text.length - start);
        hits.push({ file: file.path, line: n, column: begin + 1, text, length: Math.max(1, end - begin), ...(field ? { field } : {}) });
      }
    };
    for (const key of fields) {
      if (file.data?.[key] === undefined) continue;
      const at = file.locate([key]);
      // A block scalar (`tittel: |-`) ends with its line break: at the start of the next line, which is not its own.
      const end = at.endLine !== undefined && at.endLine > at.line && at.endColumn === 1 ? at.endLine - 1 : (at.endLine ?? at.line);
      scan(at, end, key);
    }
    if (file.body.trim()) scan(file.positionAt(file.bodyOffset), lines.length);
  }
  return hits.sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line));
}

export async function run(words: string[], options: SearchOptions, ctx: CommandContext): Promise<number> {
  const query = words.join(' ').trim();
  const open = await openRepository(ctx);
  const t = translator(m, open.lang);
  warnUnreadable(open, ctx);
  if (!fold(query).folded) throw new UsageError(t('empty'), t('emptyHint'));
  let files = [...open.repo.files.values()];
  if (options.body !== undefined) {
    const body = open.index.body(options.body);
    if (!body) throw new UsageError(t('unknownBody', { body: options.body }));
    const folder = body.code.toLowerCase();
    files = files.filter((f) => {
      const parts = f.path.split('/');
      if (parts[0] === 'cases' || parts[0] === 'meetings') return parts[1] === folder;
      if (parts[0] === 'mandates') return parts[1] === `${folder}.md`;
      return String(f.data?.ansvarlig ?? '').toUpperCase() === body.code;
    });
  }
  const hits = searchFiles(files, query);
  if (options.json) {
    out(ctx, JSON.stringify(hits.map((h) => ({ file: h.file, line: h.line, column: h.column, field: h.field ?? null, text: h.text.trim() })), null, 2));
    return hits.length ? 0 : 1;
  }
  if (hits.length === 0) {
    out(ctx, t('none', { text: query }));
    return 1;
  }
  const colors = await colorsFor(ctx.stdout, ctx.env);
  const labels = new Map<string, string>(open.repo.cases.map((c) => [c.file, caseLabel(c)]));
  const width = outputWidth(ctx.stdout, ctx.env);
  let current = '';
  for (const h of hits) {
    if (h.file !== current) {
      if (current) out(ctx, '');
      current = h.file;
      const label = labels.get(h.file);
      out(ctx, colors.underline(h.file) + (label ? `  (${label})` : ''));
    }
    const place = `  ${h.line}:${h.column}: `;
    const room = Math.max(30, width - displayLength(place));
    const { text, from, to } = snippet(h, room);
    out(ctx, colors.dim(place) + text.slice(0, from) + colors.bold(text.slice(from, to)) + text.slice(to));
  }
  out(ctx, '');
  out(ctx, t('summary', { hits: hits.length, files: new Set(hits.map((h) => h.file)).size }));
  return 0;
}

/** The part of the hit's line that fits `room`, keeping the match in view. */
export function snippet(h: Hit, room: number): { text: string; from: number; to: number } {
  const leading = h.text.length - h.text.trimStart().length;
  let text = h.text.trim();
  let from = h.column - 1 - leading;
  let to = from + h.length;
  if (displayLength(text) <= room) return { text, from, to };
  const before = Math.max(0, from - Math.floor((room - h.length) / 3));
  if (before > 0) {
    text = '…' + text.slice(before + 1);
    from -= before;
    to -= before;
  }
  const cut = truncate(text, room);
  return { text: cut, from: Math.min(from, cut.length), to: Math.min(to, cut.length) };
}
