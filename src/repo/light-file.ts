/**
 * A loaded file that does not hold its text. A repository of 100,000 cases has
 * some 300 MB of text; keeping all of it (and every file's parse state) in memory
 * costs more than reading it again for the few rules that look at bodies. So up
 * to a budget the files keep their text, and beyond it (and for files taken from
 * the cache) the text is decoded again from the file's bytes when asked for, the
 * most recent few kept. Frontmatter positions load the file in full, as before.
 * A class, not closures: at 100,000 files the difference is hundreds of megabytes.
 */
import { splitFrontmatter } from './frontmatter.js';
import { loadFile, type Located, type LoadedFile } from './load-file.js';
import { relieve } from './memory.js';
import type { FileKind } from './paths.js';
import { readNoFollow } from './read.js';
import { decodeText, lineStarts, positionAt, type Eol } from './text.js';
import type { ParsedYaml, YamlPath } from './yaml.js';

/** What a light file keeps: everything in LoadedFile except the text and the parse state. */
export interface FileMeta {
  path: string;
  kind: FileKind;
  bom: boolean;
  eol: Eol;
  data: Record<string, unknown> | undefined;
  yamlOffset: number;
  bodyOffset: number;
}

/** Repositories with more files than this keep only TEXT_BUDGET characters of text in memory. */
export const LARGE_REPOSITORY = 25_000;
/** Characters of file text a large repository keeps in memory; beyond this, text is read again when needed. */
export const TEXT_BUDGET = 16 * 1024 * 1024;

export interface TextBudget {
  left: number;
}

/** A budget of `chars` characters; without it, all text for a repository of `files` files up to LARGE_REPOSITORY. */
export function textBudget(chars?: number, files = 0): TextBudget {
  return { left: chars ?? (files > LARGE_REPOSITORY ? TEXT_BUDGET : Number.MAX_SAFE_INTEGER) };
}

/** Files whose text is not held: their records get the text through a getter too (build.ts). */
export function isLight(file: LoadedFile): boolean {
  return file instanceof LightFile;
}

interface Textual {
  text: string;
  body: string;
  starts?: number[];
}

/** The last texts decoded for files over the budget (rules visit files one after another). */
const recent = new Map<LightFile, Textual>();
const RECENT = 64;

/** Where a light file's bytes come from: a path on disk, or a function (in-memory sources). */
export type ByteSource = string | (() => Uint8Array);

class LightFile implements LoadedFile {
  readonly path: string;
  readonly kind: FileKind;
  readonly bom: boolean;
  readonly eol: Eol;
  readonly data: Record<string, unknown> | undefined;
  readonly yamlOffset: number;
  readonly bodyOffset: number;
  private held: Textual | undefined;
  private full: LoadedFile | undefined;

  constructor(
    meta: FileMeta,
    private readonly source: ByteSource,
    private readonly budget: TextBudget,
  ) {
    this.path = meta.path;
    this.kind = meta.kind;
    this.bom = meta.bom;
    this.eol = meta.eol;
    this.data = meta.data;
    this.yamlOffset = meta.yamlOffset;
    this.bodyOffset = meta.bodyOffset;
  }

  private bytes(): Uint8Array {
    return typeof this.source === 'string' ? readNoFollow(this.source) : this.source();
  }

  private textual(): Textual {
    if (this.held) return this.held;
    const hit = recent.get(this);
    if (hit) return hit;
    relieve();
    const decoded = decodeText(this.bytes());
    const text = decoded.ok ? decoded.text.normalize('NFC') : '';
    const t: Textual = { text, body: !decoded.ok || this.kind === 'config' ? '' : splitFrontmatter(text).body };
    if (this.budget.left >= text.length) {
      this.budget.left -= text.length;
      this.held = t;
    } else {
      recent.set(this, t);
      if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
    }
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

/** A LoadedFile for `meta` whose text comes from `source` on demand. */
export function lightFile(meta: FileMeta, source: ByteSource, budget: TextBudget): LoadedFile {
  return new LightFile(meta, source, budget);
}

/** The light form of a freshly loaded file, once the budget for held text is spent. */
export function lighten(file: LoadedFile, source: ByteSource, budget: TextBudget): LoadedFile {
  if (isLight(file)) return file;
  if (budget.left >= file.text.length) {
    budget.left -= file.text.length;
    return file;
  }
  const { path, kind, bom, eol, yamlOffset, bodyOffset } = file;
  // The parser's strings are slices of the file's text and keep all of it alive, and its
  // arrays and objects have room to grow: a JSON copy holds only what the data is.
  const data = file.data && jsonSafe(file.data) ? (JSON.parse(JSON.stringify(file.data)) as Record<string, unknown>) : file.data;
  return new LightFile({ path, kind, bom, eol, data, yamlOffset, bodyOffset }, source, textBudget(0));
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
