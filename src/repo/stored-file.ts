/**
 * A loaded file as the repository keeps it: its frontmatter, where its parts
 * start, and the facts the rules need (facts.ts), but not its text. A repository
 * of 10,000 cases has some 30 MB of text that, once the per-file stage has looked
 * at it, nothing needs again except the few documents a command renders and the
 * position of a finding; holding it would cost memory and garbage-collection time
 * on every run. The text is decoded again from the file's bytes when asked for
 * (the last few kept), and the positioned YAML tree is built then too.
 * A class, not closures: at 100,000 files the difference is tens of megabytes.
 */
import type { FileFacts } from './facts.js';
import { splitFrontmatter } from './frontmatter.js';
import { loadFile, type Located, type LoadedFile } from './load-file.js';
import type { FileKind } from './paths.js';
import { readNoFollow } from './fs.js';
import { decodeText, lineStarts, positionAt, type Eol } from './text.js';
import type { ParsedYaml, YamlPath } from './yaml.js';

/** What a stored file keeps: everything in LoadedFile except the text and the parse state. */
export interface FileMeta {
  path: string;
  kind: FileKind;
  bom: boolean;
  eol: Eol;
  /** The frontmatter after the schema check (undefined when it could not be read). */
  data: Record<string, unknown> | undefined;
  yamlOffset: number;
  bodyOffset: number;
  facts: FileFacts;
}

/** Where a stored file's bytes come from: an absolute path on disk, or a function (in-memory sources). */
export type ByteSource = string | (() => Uint8Array);

interface Textual {
  text: string;
  body: string;
  starts?: number[];
}

/** The last texts decoded (a command renders a few documents; a rule places findings file by file). */
const recent = new Map<StoredFile, Textual>();
const RECENT = 64;

class StoredFile implements LoadedFile {
  readonly path: string;
  readonly kind: FileKind;
  readonly bom: boolean;
  readonly eol: Eol;
  readonly data: Record<string, unknown> | undefined;
  readonly yamlOffset: number;
  readonly bodyOffset: number;
  readonly facts: FileFacts;
  private full: LoadedFile | undefined;

  constructor(
    meta: FileMeta,
    private readonly source: ByteSource,
  ) {
    this.path = meta.path;
    this.kind = meta.kind;
    this.bom = meta.bom;
    this.eol = meta.eol;
    this.data = meta.data;
    this.yamlOffset = meta.yamlOffset;
    this.bodyOffset = meta.bodyOffset;
    this.facts = meta.facts;
  }

  private bytes(): Uint8Array {
    return typeof this.source === 'string' ? readNoFollow(this.source) : this.source();
  }

  private textual(): Textual {
    const hit = recent.get(this);
    if (hit) {
      // Most recently used last.
      recent.delete(this);
      recent.set(this, hit);
      return hit;
    }
    const decoded = decodeText(this.bytes());
    const text = decoded.ok ? decoded.text.normalize('NFC') : '';
    const t: Textual = { text, body: !decoded.ok || this.kind === 'config' ? '' : splitFrontmatter(text).body };
    recent.set(this, t);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
    return t;
  }

  private loaded(): LoadedFile {
    return (this.full ??= loadFile(this.path, this.bytes(), this.kind).file);
  }

  get text(): string {
    return this.textual().text;
  }

  get body(): string {
    return this.textual().body;
  }

  get yaml(): ParsedYaml | undefined {
    return this.loaded().yaml;
  }

  positionAt(offset: number): { line: number; column: number } {
    const t = this.textual();
    return positionAt((t.starts ??= lineStarts(t.text)), offset);
  }

  locate(path: YamlPath, part?: 'key' | 'value'): Located {
    return this.loaded().locate(path, part);
  }
}

/** A LoadedFile for `meta` whose text comes from `source` when asked for. */
export function storedFile(meta: FileMeta, source: ByteSource): LoadedFile {
  return new StoredFile(meta, source);
}

/** True if JSON gives back exactly this value (it keeps neither NaN, Infinity nor -0). */
export function jsonSafe(v: unknown, depth = 0): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (v === null || typeof v !== 'object') return v === null || typeof v === 'string' || typeof v === 'boolean' || (v === undefined && depth === 0);
  if (depth > 200) return false;
  if (Array.isArray(v)) return v.every((x) => jsonSafe(x, depth + 1));
  for (const key in v) {
    const x = (v as Record<string, unknown>)[key];
    if (x !== undefined && !jsonSafe(x, depth + 1)) return false;
  }
  return true;
}
