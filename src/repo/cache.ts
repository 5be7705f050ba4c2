/**
 * The validation cache in `.hf-cache/` (git-ignored): what loading and checking
 * each file gave (its frontmatter after the schema check, its file-level findings,
 * where its frontmatter and body start), by path and content hash. A run reads
 * only the files whose size, times or inode changed since, and re-checks only
 * those whose content hash changed; every other file is taken from the cache,
 * and its text is read from disk only if a rule or command asks for it. The
 * cross-file rules always run on every record.
 *
 * The cache never changes a result:
 * - It is valid only for the same hf (version and the code that loads files), the
 *   same schema files and the same hf.yaml; anything else starts it afresh.
 * - A file whose time stamp is too close to the run that cached it is checked by
 *   content next time (a change within the file system's time resolution).
 * - A cache that hf did not write itself is ignored: a stamp file records the
 *   inode and change time of the cache file as hf wrote it, which a cache
 *   committed to git or copied from elsewhere cannot have.
 * - A missing, unreadable or unwritable cache only makes the run slower.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, constants, type Stats } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../diagnostics/finding.js';
import { schemaFingerprint } from '../schema/schemas.js';
import { lazyText, type InputFile, type RepoSource } from './build.js';
import { splitFrontmatter } from './frontmatter.js';
import { loadFile, type LoadedFile } from './load-file.js';
import { CONFIG_FILE, type FileKind } from './paths.js';
import { readRepository } from './read.js';
import { decodeText, lineStarts, positionAt, type Eol } from './text.js';

export const CACHE_DIR = '.hf-cache';
const CACHE_FILE = 'files-v1.json';
const STAMP_FILE = 'files-v1.stamp';
/** Files changed this close (ms) before the run that cached them are checked by content next time. */
const RACY_MS = 2000;

interface Entry {
  /** Path, kind, size, modification and change time, inode. */
  p: string;
  k: FileKind;
  s: number;
  m: number;
  c: number;
  i: number;
  /** Content hash (SHA-1 of the bytes). */
  h: string;
  /** 1 when the time stamps cannot be trusted: compare the content next time. */
  r?: 1;
  /** File-level findings. */
  f: Finding[];
  /** Frontmatter after the schema check (undefined when it could not be read). */
  d?: Record<string, unknown>;
  /** BOM, line ending, frontmatter and body offsets. */
  b: boolean;
  e: Eol;
  yo: number;
  bo: number;
}

interface CacheFile {
  key: string;
  entries: Entry[];
}

/** A cache opened for one run: read the repository through it, then save what was loaded. */
export interface RepoCache {
  /** Reads the repository, taking unchanged files from the cache. */
  read(): RepoSource;
  /** Stores what this run loaded; quietly does nothing when the folder cannot be written. */
  save(files: ReadonlyMap<string, LoadedFile>, findings: readonly Finding[]): void;
  /** How many files came from the cache and how many were read (for tests and `--debug`). */
  stats: { hits: number; read: number };
}

let codeFingerprint: string | undefined;

/** hf's version and the code that loads and checks a file: a change in either starts the cache afresh. */
function hfFingerprint(): string {
  if (!codeFingerprint) {
    const dist = fileURLToPath(new URL('..', import.meta.url));
    const hash = createHash('sha256');
    hash.update(readFileSync(new URL('../../package.json', import.meta.url)));
    for (const dir of ['repo', 'schema', 'model', 'diagnostics']) {
      let names: string[] = [];
      try {
        names = readdirSync(join(dist, dir)).sort();
      } catch {
        continue;
      }
      for (const name of names) if (/\.c?js$/.test(name)) hash.update(name).update(readFileSync(join(dist, dir, name)));
    }
    codeFingerprint = hash.digest('hex');
  }
  return codeFingerprint;
}

function cacheKey(root: string): string | undefined {
  try {
    return createHash('sha256').update(hfFingerprint()).update(schemaFingerprint()).update(readFileSync(join(root, CONFIG_FILE))).digest('hex');
  } catch {
    return undefined;
  }
}

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

function stampOf(st: Stats): string {
  return `${st.ino}:${st.ctimeMs}:${st.size}`;
}

/** Reads the cache file if hf wrote it for this key; otherwise an empty cache. */
function loadEntries(dir: string, key: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  try {
    const file = join(dir, CACHE_FILE);
    if (readFileSync(join(dir, STAMP_FILE), 'utf8') !== stampOf(lstatSync(file))) return entries;
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (parsed.key !== key || !Array.isArray(parsed.entries)) return entries;
    for (const e of parsed.entries) entries.set(e.p, e);
  } catch {
    // No cache yet, or one that cannot be read: start afresh.
  }
  return entries;
}

function sameStat(e: Entry, st: Stats): boolean {
  return e.s === st.size && e.m === st.mtimeMs && e.c === st.ctimeMs && e.i === st.ino;
}

/** Opens the cache of the repository at `root`. */
export function openCache(root: string): RepoCache {
  const dir = join(root, CACHE_DIR);
  const key = cacheKey(root);
  const old = key ? loadEntries(dir, key) : new Map<string, Entry>();
  const next = new Map<string, Entry>();
  const fresh = new Map<string, { st: Stats; hash: string }>();
  const started = Date.now();
  let changed = false;
  const stats = { hits: 0, read: 0 };

  const reader = (path: string, abs: string): InputFile => {
    const e = old.get(path);
    let st: Stats | undefined;
    try {
      st = lstatSync(abs);
    } catch {
      // Gone since it was listed: read it as usual, which reports the problem.
    }
    if (e && st && !e.r && sameStat(e, st)) {
      stats.hits++;
      next.set(path, e);
      return fromCache(root, e);
    }
    stats.read++;
    const fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    let bytes: Buffer;
    try {
      st = fstatSync(fd);
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
    const hash = sha1(bytes);
    changed = true;
    if (e && e.h === hash) {
      // Touched, checked out again or racy, but the same content.
      const renewed: Entry = { ...e, s: st.size, m: st.mtimeMs, c: st.ctimeMs, i: st.ino };
      if (st.mtimeMs >= started - RACY_MS) renewed.r = 1;
      else delete renewed.r;
      next.set(path, renewed);
      return { path, bytes, loaded: fromCache(root, renewed, bytes).loaded };
    }
    fresh.set(path, { st, hash });
    return { path, bytes };
  };

  return {
    stats,
    read() {
      return readRepository(root, reader);
    },
    save(files, findings) {
      if (!key) return;
      const byFile = new Map<string, Finding[]>();
      for (const f of findings) {
        const list = byFile.get(f.file);
        if (list) list.push(f);
        else byFile.set(f.file, [f]);
      }
      for (const [path, { st, hash }] of fresh) {
        const file = files.get(path);
        const own = byFile.get(path) ?? [];
        // JSON keeps neither NaN, Infinity nor -0: such a file is loaded afresh every time.
        if (!file || lazyText.has(file) || !jsonSafe(file.data) || !jsonSafe(own)) continue;
        const entry: Entry = {
          p: path,
          k: file.kind,
          s: st.size,
          m: st.mtimeMs,
          c: st.ctimeMs,
          i: st.ino,
          h: hash,
          f: own,
          ...(file.data ? { d: file.data } : {}),
          b: file.bom,
          e: file.eol,
          yo: file.yamlOffset,
          bo: file.bodyOffset,
        };
        if (st.mtimeMs >= started - RACY_MS) entry.r = 1;
        next.set(path, entry);
      }
      if (!changed && next.size === old.size) return;
      writeCache(dir, { key, entries: [...next.values()] });
    },
  };
}

/** True if JSON gives back exactly this value. */
function jsonSafe(v: unknown, depth = 0): boolean {
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

function writeCache(dir: string, cache: CacheFile): void {
  try {
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '.gitignore'), '# hf validate cache: safe to delete, never commit\n*\n');
    }
    const file = join(dir, CACHE_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cache));
    renameSync(tmp, file);
    const stampTmp = join(dir, `${STAMP_FILE}.${process.pid}.tmp`);
    writeFileSync(stampTmp, stampOf(lstatSync(file)));
    renameSync(stampTmp, join(dir, STAMP_FILE));
  } catch {
    // A read-only checkout: the next run is simply cold again.
  }
}

/**
 * A loaded file rebuilt from its cache entry. The text is read from disk on first
 * use (for a rule that reads bodies, or a command that prints one); a position
 * in the frontmatter loads the file in full, as a cold run would have.
 */
function fromCache(root: string, e: Entry, bytes?: Uint8Array): InputFile & { loaded: NonNullable<InputFile['loaded']> } {
  const abs = join(root, e.p);
  let raw = bytes;
  const read = () => (raw ??= readFileSync(abs));
  let text: { text: string; body: string; starts?: number[] } | undefined;
  const textual = () => {
    if (!text) {
      const decoded = decodeText(read());
      const t = decoded.ok ? decoded.text.normalize('NFC') : '';
      text = { text: t, body: !decoded.ok || e.k === 'config' ? '' : splitFrontmatter(t).body };
    }
    return text;
  };
  let full: LoadedFile | undefined;
  const loaded = () => (full ??= loadFile(e.p, read(), e.k).file);
  const file: LoadedFile = {
    path: e.p,
    kind: e.k,
    get text() {
      return textual().text;
    },
    bom: e.b,
    eol: e.e,
    data: e.d,
    get body() {
      return textual().body;
    },
    bodyOffset: e.bo,
    yamlOffset: e.yo,
    get yaml() {
      return loaded().yaml;
    },
    positionAt(offset) {
      const t = textual();
      return positionAt((t.starts ??= lineStarts(t.text)), offset);
    },
    locate: (path, part) => loaded().locate(path, part),
  };
  lazyText.add(file);
  const input = { path: e.p, loaded: { file, findings: e.f } } as InputFile & { loaded: NonNullable<InputFile['loaded']> };
  // Nothing in the run needs the bytes of an unchanged file; read them if something asks.
  Object.defineProperty(input, 'bytes', { get: read, enumerable: true });
  return input;
}
