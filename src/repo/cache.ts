/**
 * The validation cache in `.hf-cache/` (git-ignored): what the per-file stage
 * gave for each file (its frontmatter after the schema check, its file-level
 * findings, where its frontmatter and body start, and the facts the repository
 * rules need from its text), by path and content hash. A run reads only the files
 * whose size, times or inode changed since, and re-checks only those whose content
 * hash changed; every other file is taken from the cache and its text is not read
 * at all, unless a command renders it or a finding needs its position. The
 * cross-file rules run on every record, unless nothing changed at all: then
 * `hf validate` prints the answer it stored (answers.ts) without loading anything.
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
 *
 * The file has one JSON line per entry after a header line, written and read in
 * pieces: at 100,000 files one JSON text would be a string of hundreds of megabytes.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../diagnostics/finding.js';
import { formatCaseNumber, parseCaseNumber } from '../model/case-number.js';
import { schemaFingerprint } from '../schema/schemas.js';
import type { InputFile, RepoSource } from './build.js';
import type { FileFacts } from './facts.js';
import type { LoadedFile } from './load-file.js';
import { readConfigFile } from './fs.js';
import type { FileKind } from './paths.js';
import { readNoFollow, readRepository } from './read.js';
import type { FileResult, Stamp } from './stage.js';
import { jsonSafe } from './stored-file.js';
import type { Eol } from './text.js';

export const CACHE_DIR = '.hf-cache';
const CACHE_FILE = 'files-v2.jsonl';
const SUMMARY_FILE = 'summary-v2.json';
const STAMP_FILE = 'files-v2.stamp';
/** Files of earlier cache formats, removed when the cache is written. */
const OLD_FILES = ['files-v1.jsonl', 'files-v1.stamp', 'texts-v1.bin'];
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
  /** Facts from the text (facts.ts). */
  x?: FileFacts;
}

/** The size, times and inode of a file as a run saw it before reading it (answers.ts). */
export interface FileStamp {
  s: number;
  m: number;
  c: number;
  i: number;
}

/** A cache opened for one run: read the repository through it, then save what was loaded. */
export interface RepoCache {
  /** Reads the repository, taking unchanged files from the cache. */
  read(): RepoSource;
  /** Stores what this run loaded; quietly does nothing when the folder cannot be written. */
  save(files: ReadonlyMap<string, LoadedFile>, findings: readonly Finding[]): void;
  /** How many files came from the cache and how many were read (for tests and `--debug`). */
  stats: { hits: number; read: number };
  /** The stamp of a data file as it was before this run read it (for answers.ts); undefined if it was not read through the cache. */
  stampOf(path: string): FileStamp | undefined;
}

let codeFingerprint: string | undefined;

/**
 * hf's version and the code that loads and checks a file: a change in either
 * starts the cache afresh. The code is known by each module's name, size and
 * modification time (a build rewrites them all), and the bundle's (dist/hf.cjs),
 * not by reading it: this is asked at the start of every run.
 */
function hfFingerprint(): string {
  if (!codeFingerprint) {
    const dist = fileURLToPath(new URL('..', import.meta.url));
    const hash = createHash('sha256');
    hash.update(readFileSync(new URL('../../package.json', import.meta.url)));
    for (const dir of ['repo', 'schema', 'model', 'diagnostics']) {
      let names: string[];
      try {
        names = readdirSync(join(dist, dir)).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        if (!/\.c?js$/.test(name)) continue;
        const st = statSync(join(dist, dir, name));
        hash.update(`${dir}/${name}\0${st.size}\0${st.mtimeMs}\0`);
      }
    }
    // The command line runs the same code bundled into one file (scripts/bundle.mjs).
    const bundle = statSync(join(dist, 'hf.cjs'), { throwIfNoEntry: false });
    if (bundle) hash.update(`hf.cjs\0${bundle.size}\0${bundle.mtimeMs}\0`);
    codeFingerprint = hash.digest('hex');
  }
  return codeFingerprint;
}

let allCode: string | undefined;

/**
 * Every module of hf's code (each file's path, size and modification time, all
 * folders down), with hf's version: what a stored answer of `hf validate`
 * (answers.ts) depends on besides the data. The per-file cache needs less.
 */
function allCodeFingerprint(): string {
  if (!allCode) {
    const top = fileURLToPath(new URL('..', import.meta.url));
    const hash = createHash('sha256');
    hash.update(readFileSync(new URL('../../package.json', import.meta.url)));
    const walk = (dir: string, rel: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const st = statSync(join(dir, name));
        if (st.isDirectory()) walk(join(dir, name), `${rel}${name}/`);
        else if (/\.[cm]?[jt]s$/.test(name)) hash.update(`${rel}${name}\0${st.size}\0${st.mtimeMs}\0`);
      }
    };
    walk(top, '');
    allCode = hash.digest('hex');
  }
  return allCode;
}

/** The key of a stored answer (answers.ts): the per-file cache's key and all of hf's code. */
export function answerKey(root: string): string | undefined {
  const key = cacheKey(root);
  return key && createHash('sha256').update(key).update(allCodeFingerprint()).digest('hex');
}

function cacheKey(root: string): string | undefined {
  try {
    // Never through a link: a linked or odd hf.yaml gives no cache at all.
    return createHash('sha256').update(hfFingerprint()).update(schemaFingerprint()).update(readConfigFile(root)).digest('hex');
  } catch {
    return undefined;
  }
}

function stampOf(st: Stats): string {
  return `${st.ino}:${st.ctimeMs}:${st.size}`;
}

/** The stamp of the cache: both files as hf wrote them. */
function cacheStamp(dir: string): string {
  return `${stampOf(lstatSync(join(dir, CACHE_FILE)))} ${stampOf(lstatSync(join(dir, SUMMARY_FILE)))}`;
}

/** Calls `line` for every line of an open file, with its place in the file (bytes), reading it in pieces. */
function eachLine(fd: number, line: (text: string, start: number, length: number) => void): void {
  const chunk = Buffer.allocUnsafe(1 << 22);
  let carry: Buffer | undefined;
  /** Where in the file `data` starts. */
  let base = 0;
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    let data = chunk.subarray(0, n);
    if (carry) data = Buffer.concat([carry, data]);
    let start = 0;
    for (let nl = data.indexOf(10, start); nl >= 0; nl = data.indexOf(10, start)) {
      line(data.toString('utf8', start, nl), base + start, nl - start);
      start = nl + 1;
    }
    carry = start < data.length ? Buffer.from(data.subarray(start)) : undefined;
    base += start;
  }
  if (carry) line(carry.toString('utf8'), base, carry.length);
}

/** The entries of a cache file, and where each one's line is in it (start and length, bytes). */
interface LoadedEntries {
  entries: Map<string, Entry>;
  lines: Map<Entry, [number, number]>;
  /** The cache file, open: a new cache copies unchanged lines from it. */
  fd?: number;
}

/** Reads the cache file if hf wrote it for this key; otherwise an empty cache. */
function loadEntries(dir: string, key: string): LoadedEntries {
  const entries = new Map<string, Entry>();
  const lines = new Map<Entry, [number, number]>();
  let fd: number | undefined;
  try {
    const file = join(dir, CACHE_FILE);
    fd = openSync(file, 'r');
    // The file opened is the one the stamp names (as hf wrote it).
    if (readFileSync(join(dir, STAMP_FILE), 'utf8') !== `${stampOf(fstatSync(fd))} ${stampOf(lstatSync(join(dir, SUMMARY_FILE)))}`) throw new Error('not hf\'s');
    let header = true;
    eachLine(fd, (text, start, length) => {
      if (header) {
        header = false;
        if ((JSON.parse(text) as { key?: string }).key !== key) throw new Error('another key');
        return;
      }
      const e = JSON.parse(text) as Entry;
      entries.set(e.p, e);
      lines.set(e, [start, length]);
    });
    if (header) throw new Error('empty');
    return { entries, lines, fd };
  } catch {
    // No cache yet, or one that cannot be read: start afresh.
    if (fd !== undefined) closeSync(fd);
    return { entries: new Map(), lines: new Map() };
  }
}

function sameStat(e: Entry, st: Stats): boolean {
  return e.s === st.size && e.m === st.mtimeMs && e.c === st.ctimeMs && e.i === st.ino;
}

/** The per-file stage's result that an entry holds. */
function resultOf(e: Entry): FileResult {
  return { path: e.p, kind: e.k, bom: e.b, eol: e.e, data: e.d, yamlOffset: e.yo, bodyOffset: e.bo, facts: e.x ?? {}, findings: e.f };
}

/** An unchanged file, taken from the cache; its bytes are read only if asked for. */
class CachedInput implements InputFile {
  readonly loaded: FileResult;
  constructor(
    readonly path: string,
    readonly abs: string,
    e: Entry,
  ) {
    this.loaded = resultOf(e);
  }
  get bytes(): Uint8Array {
    return readNoFollow(this.abs);
  }
}

/**
 * A file that changed, is new, or cannot be trusted by its time stamps: the
 * per-file stage reads it with its stamp, and the cache's entry is used after all
 * if its content is what was cached.
 */
class ChangedInput implements InputFile {
  readonly stamp = true;
  readonly cachedHash: string | undefined;
  private counted = false;
  constructor(
    readonly path: string,
    readonly abs: string,
    private readonly cache: OpenCache,
  ) {
    this.cachedHash = cache.old.get(path)?.h;
  }

  private count(): void {
    if (this.counted) return;
    this.counted = true;
    this.cache.stats.read++;
  }

  get bytes(): Uint8Array {
    this.count();
    if (!this.cache.stamps.has(this.path)) {
      // Read by name only (a sync-conflict copy, a misplaced file): the stamp before the read.
      const st = lstatSync(this.abs, { throwIfNoEntry: false });
      if (st?.isFile()) this.cache.stamps.set(this.path, { s: st.size, m: st.mtimeMs, c: st.ctimeMs, i: st.ino });
    }
    return readNoFollow(this.abs);
  }

  settle(result: FileResult): FileResult {
    this.count();
    const stamp = result.stamp;
    if (!stamp) return result;
    if (!this.cache.stamps.has(this.path)) this.cache.stamps.set(this.path, { s: stamp.s, m: stamp.m, c: stamp.c, i: stamp.i });
    const e = this.cache.old.get(this.path);
    if (result.unchanged && e) {
      // Touched, checked out again or racy, but the same content.
      const renewed: Entry = { ...e, ...stamp };
      if (stamp.m >= this.cache.started - RACY_MS) renewed.r = 1;
      else delete renewed.r;
      this.cache.next.set(this.path, renewed);
      this.cache.changed = true;
      return resultOf(renewed);
    }
    this.cache.fresh.set(this.path, stamp);
    if (result.line !== undefined) this.cache.freshLines.set(this.path, result.line);
    return result;
  }
}

/**
 * Writes the new cache file in pieces: text, and byte ranges copied from the old
 * file (read in one go where they follow each other there, as they mostly do).
 */
class LineWriter {
  offset = 0;
  private piece = '';
  private copyStart = -1;
  private copyLength = 0;

  constructor(
    private readonly fd: number,
    private readonly from: number | undefined,
  ) {}

  text(t: string): void {
    this.endCopy();
    this.piece += t;
    this.offset += Buffer.byteLength(t);
    if (this.piece.length > 1 << 20) this.endText();
  }

  /** Copies `length` bytes at `start` of the old file. */
  copy(start: number, length: number): void {
    this.endText();
    if (this.copyStart >= 0 && this.copyStart + this.copyLength === start && this.copyLength < 1 << 24) this.copyLength += length;
    else {
      this.endCopy();
      this.copyStart = start;
      this.copyLength = length;
    }
    this.offset += length;
  }

  flush(): void {
    this.endText();
    this.endCopy();
  }

  private endText(): void {
    if (this.piece) writeSync(this.fd, this.piece);
    this.piece = '';
  }

  private endCopy(): void {
    if (this.copyStart < 0) return;
    const buf = Buffer.allocUnsafe(this.copyLength);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(this.from!, buf, got, buf.length - got, this.copyStart + got);
      if (n === 0) throw new Error('the old cache file is shorter than it was');
      got += n;
    }
    writeSync(this.fd, buf);
    this.copyStart = -1;
    this.copyLength = 0;
  }
}

class OpenCache implements RepoCache {
  readonly stats = { hits: 0, read: 0 };
  readonly old: Map<string, Entry>;
  readonly next = new Map<string, Entry>();
  readonly fresh = new Map<string, Stamp>();
  /** Each data file's stamp as it was before this run read it, or took it from the cache. */
  readonly stamps = new Map<string, FileStamp>();
  readonly started = Date.now();
  changed = false;
  private readonly dir: string;
  private readonly key: string | undefined;

  /** Where each entry read from the cache file is in it, to be copied as it is into the next one. */
  private readonly oldLines: Map<Entry, [number, number]>;
  private oldFd: number | undefined;
  /** The line the per-file stage wrote for a file it read (stage.ts), by path. */
  readonly freshLines = new Map<string, string>();

  constructor(private readonly root: string) {
    this.dir = join(root, CACHE_DIR);
    this.key = cacheKey(root);
    const loaded = this.key ? loadEntries(this.dir, this.key) : { entries: new Map<string, Entry>(), lines: new Map<Entry, [number, number]>() };
    this.old = loaded.entries;
    this.oldLines = loaded.lines;
    this.oldFd = loaded.fd;
  }

  read(): RepoSource {
    const reader = (path: string, abs: string): InputFile => {
      const e = this.old.get(path);
      if (e && !e.r) {
        let st: Stats | undefined;
        try {
          st = lstatSync(abs);
        } catch {
          // Gone since it was listed: read it as usual, which reports the problem.
        }
        if (st && sameStat(e, st)) {
          this.stats.hits++;
          this.stamps.set(path, { s: e.s, m: e.m, c: e.c, i: e.i });
          this.next.set(path, e);
          return new CachedInput(path, abs, e);
        }
      }
      return new ChangedInput(path, abs, this);
    };
    return readRepository(this.root, reader);
  }

  stampOf(path: string): FileStamp | undefined {
    return this.stamps.get(path);
  }

  save(files: ReadonlyMap<string, LoadedFile>, findings: readonly Finding[]): void {
    if (!this.key) return;
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = byFile.get(f.file);
      if (list) list.push(f);
      else byFile.set(f.file, [f]);
    }
    for (const [path, stamp] of this.fresh) {
      const file = files.get(path);
      const own = byFile.get(path) ?? [];
      // The stage wrote the line of a file it read (and checked it the same way), unless the data cannot be written.
      const line = this.freshLines.get(path);
      // JSON keeps neither NaN, Infinity nor -0: such a file is loaded afresh every time.
      if (!file || (line === undefined && (!jsonSafe(file.data) || !jsonSafe(own)))) continue;
      const entry: Entry = {
        p: path,
        k: file.kind,
        ...stamp,
        f: own,
        ...(file.data ? { d: file.data } : {}),
        b: file.bom,
        e: file.eol,
        yo: file.yamlOffset,
        bo: file.bodyOffset,
        ...(file.facts && Object.keys(file.facts).length ? { x: file.facts } : {}),
      };
      if (stamp.m >= this.started - RACY_MS) entry.r = 1;
      // Racy entries carry a flag the stage's line does not have.
      else if (line !== undefined) this.lineOf.set(entry, line);
      this.next.set(path, entry);
      this.changed = true;
    }
    if (this.changed || this.next.size !== this.old.size) this.write();
    // Saved once per run: what remains in memory is the repository itself.
    this.old.clear();
    this.next.clear();
    this.fresh.clear();
    this.freshLines.clear();
    this.lineOf.clear();
    this.oldLines.clear();
    if (this.oldFd !== undefined) closeSync(this.oldFd);
    this.oldFd = undefined;
  }

  /** Lines ready to be written for new entries (from the stage), by entry. */
  private readonly lineOf = new Map<Entry, string>();

  /** Writes the index and its summary, then the stamp that says hf wrote them. */
  private write(): void {
    let fd: number | undefined;
    const tmps: string[] = [];
    try {
      if (!existsSync(this.dir)) {
        mkdirSync(this.dir, { recursive: true });
        writeFileSync(join(this.dir, '.gitignore'), '# hf validate cache: safe to delete, never commit\n*\n');
      }
      for (const old of OLD_FILES) rmSync(join(this.dir, old), { force: true });
      const file = join(this.dir, CACHE_FILE);
      const tmp = `${file}.${process.pid}.tmp`;
      tmps.push(tmp);
      fd = openSync(tmp, 'w');
      const out = new LineWriter(fd, this.oldFd);
      out.text(JSON.stringify({ key: this.key }) + '\n');
      const summary: Summary = { key: this.key!, paths: '', numbers: [], kinds: [], facets: [] };
      const paths: string[] = [];
      for (const e of this.next.values()) {
        const offset = out.offset;
        // An entry unchanged since the last run is copied from the old file; a new one written by the stage, or here.
        const old = this.oldLines.get(e);
        if (old) out.copy(old[0], old[1] + 1);
        else out.text((this.lineOf.get(e) ?? JSON.stringify(e)) + '\n');
        paths.push(e.p);
        summary.numbers.push(e.s, e.m, e.c, e.i, e.r ?? 0, offset, out.offset - offset - 1);
        summary.kinds.push(e.k);
        summary.facets.push(facetOf(e));
      }
      out.flush();
      closeSync(fd);
      fd = undefined;
      summary.paths = paths.join('\n');
      const summaryFile = join(this.dir, SUMMARY_FILE);
      const summaryTmp = `${summaryFile}.${process.pid}.tmp`;
      tmps.push(summaryTmp);
      writeFileSync(summaryTmp, JSON.stringify(summary));
      renameSync(tmp, file);
      renameSync(summaryTmp, summaryFile);
      const stampTmp = join(this.dir, `${STAMP_FILE}.${process.pid}.tmp`);
      writeFileSync(stampTmp, cacheStamp(this.dir));
      renameSync(stampTmp, join(this.dir, STAMP_FILE));
    } catch {
      // A read-only checkout or a full disk: the next run is simply cold again.
      try {
        if (fd !== undefined) closeSync(fd);
        for (const t of tmps) rmSync(t, { force: true });
      } catch {
        // Nothing more to do.
      }
    }
  }
}

/** Opens the cache of the repository at `root`. */
export function openCache(root: string): RepoCache {
  return new OpenCache(root);
}

/**
 * What a document about one meeting needs to know of a cached file without
 * reading its entry (src/repo/scope.ts): the date of a meeting; a case's meeting
 * date and number, the bodies its follow-up items can belong to, and whether it
 * follows up another case; whether the file could be read at all. Generous on
 * purpose: a file that might matter is loaded, and the renderer decides.
 */
export interface Facet {
  /** A meeting's date (`dato`, else the file name); a case's `møte`, as written. */
  d?: string;
  /** The case number `saksnr` gives, formatted. */
  n?: string;
  /** The bodies a case's follow-up items belong to: its own, and each item's `ansvar`, upper-cased. */
  o?: string[];
  /** The case has `oppfølging_av`. */
  a?: 1;
  /** No frontmatter could be read. */
  u?: 1;
}

/**
 * The summary file, in columns (one JSON text of a few arrays parses much faster
 * than one small object per file): the paths joined by newlines; per file seven
 * numbers (size, modification and change time, inode, racy flag, offset and
 * length of its line in the index); its kind; its facet.
 */
interface Summary {
  key: string;
  paths: string;
  numbers: number[];
  kinds: FileKind[];
  facets: (Facet | 0)[];
}

function facetOf(e: Entry): Facet | 0 {
  const d = e.d;
  if (!d) return { u: 1 };
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const parts = e.p.split('/');
  if (e.k === 'meeting') return { d: text(d.dato) ?? parts[parts.length - 1]!.replace(/\.md$/, '') };
  if (e.k !== 'case' && e.k !== 'queued-case') return 0;
  const facet: Facet = {};
  if (typeof d.møte === 'string') facet.d = d.møte;
  const n = typeof d.saksnr === 'string' ? parseCaseNumber(d.saksnr) : undefined;
  if (n) facet.n = formatCaseNumber(n);
  if (Array.isArray(d.oppfølging) && d.oppfølging.length > 0) {
    const owners = new Set([(text(d.organ) ?? parts[1]!).toUpperCase()]);
    for (const item of d.oppfølging) {
      const owner = item && typeof item === 'object' ? text((item as Record<string, unknown>).ansvar) : undefined;
      if (owner) owners.add(owner.trim().toUpperCase());
    }
    facet.o = [...owners];
  }
  if (d.oppfølging_av !== undefined) facet.a = 1;
  return Object.keys(facet).length ? facet : 0;
}

const NO_FACET: Facet = {};

/**
 * The cache's summary, for commands that need a few files of a large repository
 * and can tell from a file's facet whether it is one of them (documents about one
 * meeting, src/repo/scope.ts). Files are numbered as the summary lists them.
 */
export interface CacheSummary {
  /** The number of a cached file, or undefined. */
  indexOf(path: string): number | undefined;
  kind(i: number): FileKind;
  facet(i: number): Facet;
  /** True when the file's time stamps are still those it was cached with (and they could be trusted). */
  fresh(i: number, st: Stats): boolean;
  /** The per-file stage's results of cached files, read from the index by their place in it. */
  results(files: readonly number[]): FileResult[];
}

/** The summary of the cache at `root`; undefined when there is no cache hf wrote for this hf, these schemas and this hf.yaml. */
export function openSummary(root: string): CacheSummary | undefined {
  const dir = join(root, CACHE_DIR);
  try {
    if (readFileSync(join(dir, STAMP_FILE), 'utf8') !== cacheStamp(dir)) return undefined;
    const key = cacheKey(root);
    const summary = JSON.parse(readFileSync(join(dir, SUMMARY_FILE), 'utf8')) as Summary;
    if (!key || summary.key !== key) return undefined;
    const paths = summary.paths === '' ? [] : summary.paths.split('\n');
    const index = new Map<string, number>();
    paths.forEach((p, i) => index.set(p, i));
    const n = summary.numbers;
    if (n.length !== paths.length * 7 || summary.kinds.length !== paths.length || summary.facets.length !== paths.length) return undefined;
    return {
      indexOf: (path) => index.get(path),
      kind: (i) => summary.kinds[i]!,
      facet: (i) => summary.facets[i] || NO_FACET,
      fresh: (i, st) => n[i * 7 + 4] === 0 && st.size === n[i * 7] && st.mtimeMs === n[i * 7 + 1] && st.ctimeMs === n[i * 7 + 2] && st.ino === n[i * 7 + 3],
      results(files) {
        const fd = openSync(join(dir, CACHE_FILE), 'r');
        try {
          return files.map((i) => {
            const offset = n[i * 7 + 5]!;
            const length = n[i * 7 + 6]!;
            const buf = Buffer.allocUnsafe(length);
            let got = 0;
            while (got < length) {
              const r = readSync(fd, buf, got, length - got, offset + got);
              if (r === 0) throw new Error('the cache is shorter than its summary');
              got += r;
            }
            return resultOf(JSON.parse(buf.toString('utf8')) as Entry);
          });
        } finally {
          closeSync(fd);
        }
      },
    };
  } catch {
    return undefined;
  }
}
