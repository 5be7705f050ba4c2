/**
 * What the model knows of the files it came from: the kinds of file, a loaded
 * file with its frontmatter and positions, and the facts worked out of its text.
 * Types only; src/repo reads and fills them in.
 */
import type { Document, LineCounter } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';
import type { NationalIdKind } from './national-id.js';

/** A file's line ending. */
export type Eol = '\n' | '\r\n';

export type FileKind = 'config' | 'case' | 'queued-case' | 'meeting' | 'plan' | 'plan-row' | 'mandate' | 'unknown';

export type YamlPath = readonly (string | number)[];

export interface YamlProblem {
  code: 'syntax' | 'indent' | 'quote' | 'bracket' | 'tab' | 'multiple-docs' | 'alias' | 'tag' | 'merge' | 'duplicate-key' | 'too-large' | 'too-deep';
  /** 0-based offset into the parsed source. */
  offset: number;
  /** The parser's own message (English), kept for `--debug` and the hint. */
  detail: string;
  /** For duplicate keys: the key. */
  key?: string;
}

export interface ParsedYaml {
  value: unknown;
  problems: YamlProblem[];
  doc: Document.Parsed | undefined;
  lineCounter: LineCounter;
}

/** A mandate's headings of level 1 and 2, from the Markdown syntax tree. */
export interface MandateHeadings {
  /** Heading text and its offset in the body, in document order. */
  list: [text: string, offset: number][];
  /** Where the body's text ends (trailing white space left out). */
  end: number;
}

export interface FileFacts {
  /** Identity numbers: kind, offset and length of each. */
  ids?: [kind: NationalIdKind, offset: number, length: number][];
  /** `::: skjermet` sections: offset of the opening fence, 1 when it names a legal basis, 1 when it is closed. */
  restricted?: [offset: number, basis: 0 | 1, closed: 0 | 1][];
  /** Case references in the Markdown text of a case: body, number (`2024.17`) and offset. */
  refs?: [body: string, number: string, offset: number][];
  /** Case references in a case's frontmatter text fields: field, body and number. */
  fieldRefs?: [field: string, body: string, number: string][];
  /** A mandate's headings (filled in before the rules run when the Markdown parser was not loaded). */
  headings?: MandateHeadings;
  /** 1 when the text holds `![`: its pictures are looked for with the Markdown parser (completeFacts). */
  pictures?: 1;
  /** Pictures in the Markdown body: target and offset in the file's text. */
  images?: [src: string, offset: number][];
  /** Pictures in the frontmatter's text fields: key and target. */
  fieldImages?: [key: string, src: string][];
}

export interface Located extends Position {
  endLine?: number;
  endColumn?: number;
}

export interface LoadedFile {
  path: string;
  kind: FileKind;
  /** Decoded, NFC-normalised text without BOM; '' when the file could not be decoded. */
  text: string;
  bom: boolean;
  eol: Eol;
  /** The frontmatter (or, for hf.yaml, the whole file) when it parsed to a mapping. */
  data: Record<string, unknown> | undefined;
  /** Markdown after the frontmatter. */
  body: string;
  bodyOffset: number;
  yamlOffset: number;
  yaml?: ParsedYaml;
  /** What the repository rules need from the text (set by the per-file stage, stage.ts). */
  facts?: FileFacts;
  /** Line and column of an offset into `text`. */
  positionAt(offset: number): Position;
  /** Where the key or value at `path` sits; the start of the frontmatter when it cannot be found. */
  locate(path: YamlPath, part?: 'key' | 'value'): Located;
}
