/**
 * Loading one file: bytes → text → frontmatter → YAML value, collecting findings
 * instead of throwing. Each file is independent of the others, so a broken file
 * never stops the run and files can be loaded in any order or in parallel.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { Finding } from '../diagnostics/finding.js';
import type { FileKind, LoadedFile, Located, ParsedYaml } from '../model/files.js';
import { classify } from './paths.js';
import { findConflictMarker, invisibleCharacters, splitFrontmatter } from './frontmatter.js';
import { decodeText, lineStarts, positionAt } from './text.js';
import { commentsAfterText, locateSpan, parseYaml, type YamlPath } from './yaml.js';
import { MAX_NESTING, nestingExcess } from '../model/markdown-nesting.js';
import { findInvisible, type InvisibleKind } from '../model/invisible.js';

export type { LoadedFile, Located };



/** Loads one file. `path` is repository-relative with forward slashes. */
export function loadFile(path: string, bytes: Uint8Array, kind: FileKind = classify(path)): { file: LoadedFile; findings: Finding[] } {
  const findings: Finding[] = [];
  const report = (ruleId: string, messageId: string, pos: Position, data?: Record<string, unknown>, extra?: Partial<Finding>) =>
    findings.push({ ruleId, messageId, file: path, line: pos.line, column: pos.column, ...(data ? { data } : {}), ...extra });

  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    report('encoding', decoded.problem, decoded);
    return { file: emptyFile(path, kind), findings };
  }
  const text = decoded.text.normalize('NFC');
  let starts: number[] | undefined;
  const posAt = (offset: number): Position => positionAt((starts ??= lineStarts(text)), offset);

  const conflict = findConflictMarker(text);
  if (conflict >= 0) report('conflict-marker', 'conflict', posAt(conflict));

  let yamlText: string | undefined;
  let yamlOffset = 0;
  let body = '';
  let bodyOffset = text.length;
  if (kind === 'config') {
    yamlText = text;
  } else {
    const split = splitFrontmatter(text);
    yamlOffset = split.yamlOffset;
    body = split.body;
    bodyOffset = split.bodyOffset;
    if (split.problem === 'language') {
      report('frontmatter', 'language', { line: 1, column: 1 }, { language: split.language });
    } else if (split.problem) {
      report('frontmatter', split.problem, split.problem === 'missing' ? { line: 1, column: 1 } : { line: 1, column: 1 });
    } else {
      yamlText = split.yaml;
      // Read as the end all the same (the fields are there), and reported: hf's files close with ---.
      if (split.dotsCloser !== undefined) report('frontmatter', 'dots', posAt(split.dotsCloser));
    }
  }

  let data: Record<string, unknown> | undefined;
  let yaml: ParsedYaml | undefined;
  if (yamlText !== undefined && conflict < 0) {
    yaml = parseYaml(yamlText);
    for (const p of yaml.problems) {
      const pos = posAt(yamlOffset + p.offset);
      const line = lineText(text, yamlOffset + p.offset);
      const invisible = invisibleCharacters(line);
      const data: Record<string, unknown> = { detail: p.detail, key: p.key ?? '' };
      if (invisible.length) data.invisible = invisible.join(', ');
      const related =
        p.code === 'duplicate-key' && p.key !== undefined ? firstKeyOccurrence(yaml, p.key, p.offset, (o) => posAt(yamlOffset + o)) : undefined;
      report('yaml', invisible.length && ['syntax', 'indent', 'quote', 'bracket', 'tab'].includes(p.code) ? 'invisible' : p.code, pos, data,
        related ? { related: [{ file: path, ...related, messageId: 'firstDefined' }] } : undefined);
    }
    if (yaml.problems.length === 0) {
      const v = yaml.value;
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        data = v as Record<string, unknown>;
        // In hf.yaml comments after values are the custom; in a file's fields they cut text short.
        if (kind !== 'config') {
          for (const cut of commentsAfterText(yaml, yamlText)) report('comment-in-value', 'cut', posAt(yamlOffset + cut.offset), { value: cut.value, comment: cut.comment });
        }
      } else if (v === null || v === undefined) {
        report('frontmatter', 'empty', posAt(yamlOffset));
      } else {
        report('frontmatter', 'not-mapping', posAt(yamlOffset));
      }
    }
  }

  // Characters a reader cannot see (control, direction and zero-width characters), where they stand:
  // the first on each line, naming it; and those a YAML escape (`"\e"`, `"\u202e"`) puts into a value, at the value.
  let lastLine = 0;
  for (const m of findInvisible(text)) {
    const pos = posAt(m.offset);
    if (pos.line === lastLine) continue;
    lastLine = pos.line;
    report('invisible-character', INVISIBLE_MESSAGE[m.kind], pos, { char: m.name });
  }
  // Only a double-quoted scalar's escape (a backslash) can put in a character the text does not show.
  if (data && yamlText?.includes('\\')) {
    for (const [at, value] of stringsOf(data)) {
      const found = findInvisible(value);
      if (!found.length) continue;
      const span = locateSpan(yaml?.doc, at, 'value');
      const raw = span ? (yamlText ?? '').slice(span.start, span.end) : '';
      const escaped = found.find((m) => !raw.includes(m.char));
      if (escaped) report('invisible-character', INVISIBLE_MESSAGE[escaped.kind], posAt(yamlOffset + (span?.start ?? 0)), { char: escaped.name });
    }
  }

  if (kind !== 'config') {
    // Markdown nested deeper than hf shows (the body, and any text of the frontmatter).
    const deepBody = nestingExcess(body);
    if (deepBody) report('markdown-nesting', 'tooDeep', posAt(bodyOffset + deepBody.offset));
    // A frontmatter text can only nest deeper than hf shows if the frontmatter holds that many nesting characters.
    if (data && mayNest(yamlText ?? '')) {
      for (const [at, value, offset] of deepStrings(data)) {
        report('markdown-nesting', 'tooDeep', posAt(yamlOffset + valueOffset(yaml?.doc, yamlText ?? '', at, value, offset)), { field: displayField(at) });
      }
    }
  }

  const file: LoadedFile = {
    path,
    kind,
    text,
    bom: decoded.bom,
    eol: decoded.eol,
    data,
    body,
    bodyOffset,
    yamlOffset,
    yaml,
    positionAt: posAt,
    locate(p, part = 'value') {
      const span = locateSpan(yaml?.doc, p, part);
      if (!span) return posAt(yamlOffset);
      const start = posAt(yamlOffset + span.start);
      const end = posAt(yamlOffset + Math.max(span.start, span.end));
      return { ...start, endLine: end.line, endColumn: end.column };
    },
  };
  return { file, findings };
}

/**
 * False when no text of this frontmatter can nest deeper than MAX_NESTING, by the
 * same count as src/model/markdown-nesting.ts but looser: a line's prefix of
 * spaces, `>`, list markers and digits, plus every `*`, `_`, `~` and `[` since the
 * last blank line. A backslash may be an escape that writes any of them, so a
 * frontmatter with one is always checked.
 */
function mayNest(yaml: string): boolean {
  if (yaml.includes('\\')) return true;
  let inline = 0;
  let prefix = 0;
  let inPrefix = true;
  let blank = true;
  for (let i = 0; i <= yaml.length; i++) {
    const c = i < yaml.length ? yaml.charCodeAt(i) : 10;
    if (c === 10) {
      if (blank) inline = 0;
      prefix = 0;
      inPrefix = true;
      blank = true;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 13) blank = false;
    if (inPrefix && (c === 32 || c === 9 || c === 62 || c === 45 || c === 43 || c === 42 || c === 46 || c === 41 || (c >= 48 && c <= 57))) prefix += c === 9 ? 4 : 1;
    else inPrefix = false;
    if (c === 42 || c === 95 || c === 126 || c === 91) inline++;
    if (prefix + inline > MAX_NESTING) return true;
  }
  return false;
}

const INVISIBLE_MESSAGE: Record<InvisibleKind, string> = { control: 'control', bidi: 'bidi', 'zero-width': 'zeroWidth', lookalike: 'zeroWidth' };

/** The strings of a frontmatter value that nest deeper than hf shows: path, string and offset of the excess in it. */
function deepStrings(data: Record<string, unknown>): [YamlPath, string, number][] {
  const out: [YamlPath, string, number][] = [];
  for (const [at, value] of stringsOf(data)) {
    const excess = value.length > 32 ? nestingExcess(value) : undefined;
    if (excess) out.push([at, value, excess.offset]);
  }
  return out;
}

/** Every string value of a frontmatter (keys aside), with its path, in document order (iteratively). */
function stringsOf(data: Record<string, unknown>): [YamlPath, string][] {
  const out: [YamlPath, string][] = [];
  const stack: [YamlPath, unknown][] = [[[], data]];
  while (stack.length) {
    const [at, value] = stack.pop()!;
    if (typeof value === 'string') {
      out.push([at, value]);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([[...at, i], value[i]]);
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([[...at, entries[i]![0]], entries[i]![1]]);
    }
  }
  return out;
}

/**
 * The offset in the YAML text of character `offset` of the string at `at`: exact in
 * a literal block scalar (`|`), whose lines stand in the file as they are in the
 * string, indented; the start of the value otherwise.
 */
function valueOffset(doc: ParsedYaml['doc'], yamlText: string, at: YamlPath, value: string, offset: number): number {
  const span = locateSpan(doc, at, 'value');
  if (!span) return 0;
  const src = yamlText.slice(span.start, span.end);
  if (!src.startsWith('|')) return span.start;
  const lineIndex = value.slice(0, offset).split('\n').length - 1;
  const lineStart = value.lastIndexOf('\n', offset - 1) + 1;
  const valueLine = value.slice(lineStart, value.indexOf('\n', lineStart) < 0 ? value.length : value.indexOf('\n', lineStart));
  let pos = 0;
  for (let i = 0; i <= lineIndex; i++) {
    const nl = src.indexOf('\n', pos);
    if (nl < 0) return span.start;
    pos = nl + 1;
  }
  const srcEnd = src.indexOf('\n', pos) < 0 ? src.length : src.indexOf('\n', pos);
  const indent = Math.max(0, srcEnd - pos - valueLine.length);
  return span.start + pos + indent + (offset - lineStart);
}

/** `behandling`, `vedlegg[2].tittel`: a frontmatter path as a reader writes it. */
function displayField(at: YamlPath): string {
  return at.map((seg, i) => (typeof seg === 'number' ? `[${seg + 1}]` : i ? `.${seg}` : seg)).join('');
}

function emptyFile(path: string, kind: FileKind): LoadedFile {
  return {
    path,
    kind,
    text: '',
    bom: false,
    eol: '\n',
    data: undefined,
    body: '',
    bodyOffset: 0,
    yamlOffset: 0,
    positionAt: () => ({ line: 1, column: 1 }),
    locate: () => ({ line: 1, column: 1 }),
  };
}

function lineText(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

/** For a duplicate key: where the key was first written in the same map. */
function firstKeyOccurrence(yaml: ParsedYaml, key: string, dupOffset: number, pos: (o: number) => Position): Position | undefined {
  const src = yaml.doc?.toString ? undefined : undefined;
  void src;
  let found: number | undefined;
  const visitMap = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const items = (node as { items?: unknown[] }).items;
    if (!Array.isArray(items)) return;
    const offsets: number[] = [];
    for (const item of items) {
      const k = (item as { key?: { value?: unknown; range?: number[] } }).key;
      if (k && String(k.value) === key && k.range) offsets.push(k.range[0]!);
      visitMap((item as { value?: unknown }).value ?? item);
    }
    if (offsets.includes(dupOffset) && offsets[0] !== dupOffset) found = offsets[0];
  };
  visitMap(yaml.doc?.contents);
  return found === undefined ? undefined : pos(found);
}
