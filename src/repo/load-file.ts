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
import { locateSpan, parseYaml } from './yaml.js';

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
      } else if (v === null || v === undefined) {
        report('frontmatter', 'empty', posAt(yamlOffset));
      } else {
        report('frontmatter', 'not-mapping', posAt(yamlOffset));
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
