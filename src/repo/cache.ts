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
 *
 * The file has one JSON line per entry after a header line, written and read in
 * pieces: at 100,000 files one JSON text would be a string of hundreds of megabytes.
 * Beside it, texts-v1.bin holds the bytes of every cached file, so that the text of
 * an unchanged file (which most rules read) comes from one open file instead of
 * ten thousand: a warm run opens only the files that changed.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../diagnostics/finding.js';
import { schemaFingerprint } from '../schema/schemas.js';
import type { InputFile, RepoSource } from './build.js';
import { jsonSafe, LARGE_REPOSITORY, lightFile, textBudget, type TextBudget } from './light-file.js';
import type { LoadedFile } from './load-file.js';
import { CONFIG_FILE, type FileKind } from './paths.js';
import { readNoFollow, readRepository } from './read.js';
import type { Eol } from './text.js';

export const CACHE_DIR = '.hf-cache';
const CACHE_FILE = 'files-v1.jsonl';
const TEXTS_FILE = 'texts-v1.bin';
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
  /** Where the file's bytes are in texts-v1.bin. */
  o: number;
  /** BOM, line ending, frontmatter and body offsets. */
  b: boolean;
  e: Eol;
  yo: number;
  bo: number;
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

/** The stamp of the cache: both files as hf wrote them. */
function cacheStamp(dir: string): string {
  return `${stampOf(lstatSync(join(dir, CACHE_FILE)))} ${stampOf(lstatSync(join(dir, TEXTS_FILE)))}`;
}

/**
 * The texts file of the cache: read whole once for a repository of ordinary size
 * (one read instead of one per file), piece by piece for a very large one.
 */
class Texts {
  private whole: Buffer | undefined;
  constructor(
    private readonly fd: number,
    private readonly readWhole: boolean,
  ) {}
  at(offset: number, length: number): Buffer {
    if (this.readWhole) {
      this.whole ??= readFileSync(this.fd);
      if (offset + length > this.whole.length) throw new Error('the cache is shorter than its index');
      return this.whole.subarray(offset, offset + length);
    }
    return readAt(this.fd, offset, length);
  }
}

/** Reads `length` bytes at `offset` of an open file. */
function readAt(fd: number, offset: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  let n = 0;
  while (n < length) {
    const got = readSync(fd, out, n, length - n, offset + n);
    if (got === 0) throw new Error('the cache is shorter than its index');
    n += got;
  }
  return out;
}

/** Calls `line` for every line of a file, reading it in pieces. */
function eachLine(file: string, line: (text: string) => void): void {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(1 << 22);
    let carry: Buffer | undefined;
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      let data = chunk.subarray(0, n);
      if (carry) data = Buffer.concat([carry, data]);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl >= 0; nl = data.indexOf(10, start)) {
        line(data.toString('utf8', start, nl));
        start = nl + 1;
      }
      carry = start < data.length ? Buffer.from(data.subarray(start)) : undefined;
    }
    if (carry) line(carry.toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/** Reads the cache file if hf wrote it for this key; otherwise an empty cache. */
function loadEntries(dir: string, key: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  try {
    const file = join(dir, CACHE_FILE);
    if (readFileSync(join(dir, STAMP_FILE), 'utf8') !== cacheStamp(dir)) return entries;
    let header = true;
    eachLine(file, (text) => {
      if (header) {
        header = false;
        if ((JSON.parse(text) as { key?: string }).key !== key) throw new Error('another key');
        return;
      }
      const e = JSON.parse(text) as Entry;
      entries.set(e.p, e);
    });
    if (header) entries.clear();
  } catch {
    // No cache yet, or one that cannot be read: start afresh.
    entries.clear();
  }
  return entries;
}

function sameStat(e: Entry, st: Stats): boolean {
  return e.s === st.size && e.m === st.mtimeMs && e.c === st.ctimeMs && e.i === st.ino;
}

/** An unchanged file, taken from the cache; nothing in a run needs its bytes, but they are read if asked for. */
class CachedInput implements InputFile {
  readonly path: string;
  readonly loaded: { file: LoadedFile; findings: Finding[] };
  private readonly read: () => Buffer;
  constructor(texts: Texts, e: Entry, budget: TextBudget) {
    this.path = e.p;
    this.read = () => texts.at(e.o, e.s);
    this.loaded = { file: lightFile({ path: e.p, kind: e.k, bom: e.b, eol: e.e, data: e.d, yamlOffset: e.yo, bodyOffset: e.bo }, this.read, budget), findings: e.f };
  }
  get bytes(): Uint8Array {
    return this.read();
  }
}

/**
 * A file that changed, is new, or cannot be trusted by its time stamps: read when the
 * loader gets to it, and taken from the cache after all if its content is what was cached.
 */
class ChangedInput implements InputFile {
  private decided = false;
  private held: Buffer | undefined;
  private fromCache: InputFile['loaded'];
  constructor(
    readonly path: string,
    private readonly abs: string,
    private readonly cache: OpenCache,
  ) {}

  private decide(): void {
    if (this.decided) return;
    this.decided = true;
    const fd = openSync(this.abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    let st: Stats;
    try {
      st = fstatSync(fd);
      this.held = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
    const stamp = { s: this.held.length, m: st.mtimeMs, c: st.ctimeMs, i: st.ino, h: sha1(this.held) };
    this.cache.append(this.path, this.held);
    const e = this.cache.old.get(this.path);
    this.cache.stats.read++;
    this.cache.changed = true;
    if (e && e.h === stamp.h && this.cache.texts !== undefined) {
      // Touched, checked out again or racy, but the same content.
      const renewed: Entry = { ...e, ...stamp };
      if (stamp.m >= this.cache.started - RACY_MS) renewed.r = 1;
      else delete renewed.r;
      this.cache.next.set(this.path, renewed);
      this.fromCache = new CachedInput(this.cache.texts, renewed, this.cache.budget).loaded;
      this.held = undefined;
    } else {
      this.cache.fresh.set(this.path, stamp);
    }
  }

  get loaded(): InputFile['loaded'] {
    this.decide();
    return this.fromCache;
  }

  get bytes(): Uint8Array {
    this.decide();
    // Handed over once, then read again if asked: the run never holds every file's bytes.
    const b = this.held;
    this.held = undefined;
    return b ?? readNoFollow(this.abs);
  }
}

class OpenCache implements RepoCache {
  readonly stats = { hits: 0, read: 0 };
  readonly old: Map<string, Entry>;
  readonly next = new Map<string, Entry>();
  readonly fresh = new Map<string, { s: number; m: number; c: number; i: number; h: string }>();
  readonly started = Date.now();
  readonly budget: TextBudget;
  /** The cached files' bytes (texts-v1.bin as it was when the run began). */
  readonly texts: Texts | undefined;
  changed = false;
  private readonly dir: string;
  private readonly key: string | undefined;
  private readonly textChars: number | undefined;
  /** The new texts file, written as changed files are read; their offsets in it. */
  private out: { fd: number; path: string; length: number } | undefined | null;
  private readonly placed = new Map<string, number>();

  constructor(
    private readonly root: string,
    textChars?: number,
  ) {
    this.dir = join(root, CACHE_DIR);
    this.key = cacheKey(root);
    let old = this.key ? loadEntries(this.dir, this.key) : new Map<string, Entry>();
    let texts: Texts | undefined;
    if (old.size) {
      try {
        texts = new Texts(openSync(join(this.dir, TEXTS_FILE), 'r'), old.size <= LARGE_REPOSITORY);
      } catch {
        old = new Map();
      }
    }
    this.old = old;
    this.texts = texts;
    this.budget = textBudget(textChars);
    this.textChars = textChars;
  }

  /** Writes a changed file's bytes to the new texts file (when the cache can be written at all). */
  append(path: string, bytes: Uint8Array): void {
    if (this.out === undefined) {
      try {
        if (!this.key) throw new Error('no cache key');
        if (!existsSync(this.dir)) {
          mkdirSync(this.dir, { recursive: true });
          writeFileSync(join(this.dir, '.gitignore'), '# hf validate cache: safe to delete, never commit\n*\n');
        }
        const tmp = join(this.dir, `${TEXTS_FILE}.${process.pid}.tmp`);
        this.out = { fd: openSync(tmp, 'w'), path: tmp, length: 0 };
      } catch {
        this.out = null;
      }
    }
    if (!this.out) return;
    try {
      writeSync(this.out.fd, bytes);
      this.placed.set(path, this.out.length);
      this.out.length += bytes.length;
    } catch {
      this.abandon();
    }
  }

  private abandon(): void {
    if (this.out) {
      try {
        closeSync(this.out.fd);
        unlinkSync(this.out.path);
      } catch {
        // Nothing more to do.
      }
    }
    this.out = null;
  }

  read(): RepoSource {
    const reader = (path: string, abs: string): InputFile => {
      const e = this.old.get(path);
      let st: Stats | undefined;
      try {
        st = lstatSync(abs);
      } catch {
        // Gone since it was listed: read it as usual, which reports the problem.
      }
      if (e && st && !e.r && sameStat(e, st) && this.texts !== undefined) {
        this.stats.hits++;
        this.next.set(path, e);
        return new CachedInput(this.texts, e, this.budget);
      }
      return new ChangedInput(path, abs, this);
    };
    const source = readRepository(this.root, reader);
    // Files taken from the cache share the budget; it is set once the number of files is known.
    this.budget.left = textBudget(this.textChars, source.files.length).left;
    return { ...source, textBudget: this.budget };
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
      // JSON keeps neither NaN, Infinity nor -0: such a file is loaded afresh every time.
      if (!file || !jsonSafe(file.data) || !jsonSafe(own)) continue;
      const entry: Entry = {
        p: path,
        k: file.kind,
        ...stamp,
        o: 0,
        f: own,
        ...(file.data ? { d: file.data } : {}),
        b: file.bom,
        e: file.eol,
        yo: file.yamlOffset,
        bo: file.bodyOffset,
      };
      if (stamp.m >= this.started - RACY_MS) entry.r = 1;
      this.next.set(path, entry);
    }
    if (this.changed || this.next.size !== this.old.size) this.write();
    else this.abandon();
    // Saved once per run: what remains in memory is the repository itself.
    this.old.clear();
    this.next.clear();
    this.fresh.clear();
  }

  /** Completes the new texts file with the unchanged files' bytes, then writes the index and the stamp. */
  private write(): void {
    if (this.out === undefined) this.append('', new Uint8Array(0));
    const out = this.out;
    if (!out || !this.key) return;
    let fd: number | undefined;
    try {
      const written: Entry[] = [];
      for (const e of this.next.values()) {
        let o = this.placed.get(e.p);
        if (o === undefined) {
          // Unchanged: copy its bytes over from the texts file this run began with.
          o = out.length;
          writeSync(out.fd, this.texts!.at(e.o, e.s));
          out.length += e.s;
        }
        written.push({ ...e, o });
      }
      closeSync(out.fd);
      const file = join(this.dir, CACHE_FILE);
      const tmp = `${file}.${process.pid}.tmp`;
      fd = openSync(tmp, 'w');
      let piece = JSON.stringify({ key: this.key }) + '\n';
      for (const e of written) {
        piece += JSON.stringify(e) + '\n';
        if (piece.length > 1 << 20) {
          writeSync(fd, piece);
          piece = '';
        }
      }
      writeSync(fd, piece);
      closeSync(fd);
      fd = undefined;
      renameSync(out.path, join(this.dir, TEXTS_FILE));
      renameSync(tmp, file);
      const stampTmp = join(this.dir, `${STAMP_FILE}.${process.pid}.tmp`);
      writeFileSync(stampTmp, cacheStamp(this.dir));
      renameSync(stampTmp, join(this.dir, STAMP_FILE));
    } catch {
      // A read-only checkout or a full disk: the next run is simply cold again.
      if (fd !== undefined) closeSync(fd);
      this.abandon();
    }
    this.out = null;
  }
}

/** Opens the cache of the repository at `root`; `textChars` is the budget of file text held in memory. */
export function openCache(root: string, options: { textChars?: number } = {}): RepoCache {
  return new OpenCache(root, options.textChars);
}
