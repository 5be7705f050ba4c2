/**
 * hf packs itself: the npm tarball of the running hf (package.json and the files
 * it lists), so that `hf init` can put the exact version it is into a new
 * partnership repository (`vendor/`) and CI installs that file with `npm ci`,
 * with no package name for npm to look up. The archive is what `npm pack` makes —
 * a gzip'ed ustar archive with every file under `package/` — and the same hf
 * always gives the same bytes (fixed time stamps and order), so its integrity in
 * package-lock.json does not change between two `hf init`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The folder of the running hf's package.json. */
export const HF_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** npm's own fixed time stamp for packed files (1985-10-26T08:15:00Z), in seconds. */
const MTIME = 499162500;

export interface PackedFile {
  /** Path inside the package, with forward slashes (`dist/cli/main.js`). */
  path: string;
  bytes: Uint8Array;
  executable?: boolean;
}

interface PackageJson {
  name: string;
  version: string;
  files?: string[];
  bin?: string | Record<string, string>;
}

/** The package's files, as `npm pack` would choose them: package.json, the `files` list, README and LICENSE. */
export function packageFiles(root: string = HF_ROOT): { pkg: PackageJson; files: PackedFile[] } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
  const bins = new Set(Object.values(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {})).map((b) => posix.normalize(b)));
  const paths = new Set<string>(['package.json']);
  const walk = (rel: string) => {
    const abs = join(root, rel);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const name of readdirSync(abs).sort()) walk(posix.join(rel, name));
    else if (st.isFile()) paths.add(rel);
  };
  for (const entry of pkg.files ?? []) walk(posix.normalize(entry).replace(/\/$/, ''));
  for (const name of readdirSync(root)) if (/^(README|LICEN[CS]E|NOTICE)(\.|$)/i.test(name)) walk(name);
  const files = [...paths].sort().map((path) => ({ path, bytes: readFileSync(join(root, path)), executable: bins.has(path) }));
  return { pkg, files };
}

/** The file name npm gives a package's tarball: `@helsefellesskap/hf` 0.1.0 → `helsefellesskap-hf-0.1.0.tgz`. */
export function tarballName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/** The running hf as an npm tarball. */
export function packSelf(root: string = HF_ROOT): { name: string; version: string; fileName: string; bytes: Uint8Array } {
  const { pkg, files } = packageFiles(root);
  return { name: pkg.name, version: pkg.version, fileName: tarballName(pkg.name, pkg.version), bytes: tarGz(files.map((f) => ({ ...f, path: `package/${f.path}` }))) };
}

/** A gzip'ed ustar archive of `files`, byte for byte the same for the same input. */
export function tarGz(files: readonly PackedFile[]): Uint8Array {
  const blocks: Buffer[] = [];
  for (const f of files) {
    blocks.push(header(f.path, f.bytes.length, f.executable ? 0o755 : 0o644));
    blocks.push(Buffer.from(f.bytes));
    const pad = (512 - (f.bytes.length % 512)) % 512;
    if (pad) blocks.push(Buffer.alloc(pad));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks), { level: 9 });
}

function header(path: string, size: number, mode: number): Buffer {
  const h = Buffer.alloc(512);
  const bytes = Buffer.from(path, 'utf8');
  let name = path;
  let prefix = '';
  if (bytes.length > 100) {
    // ustar splits a long path at a slash: up to 155 bytes of folders in the prefix field.
    const cut = path.lastIndexOf('/', 155);
    if (cut <= 0 || Buffer.byteLength(path.slice(cut + 1)) > 100) throw new Error(`path too long for a tar archive: ${path}`);
    prefix = path.slice(0, cut);
    name = path.slice(cut + 1);
  }
  h.write(name, 0, 100, 'utf8');
  const octal = (value: number, width: number) => value.toString(8).padStart(width - 1, '0') + '\0';
  h.write(octal(mode, 8), 100, 8, 'ascii');
  h.write(octal(0, 8), 108, 8, 'ascii'); // uid
  h.write(octal(0, 8), 116, 8, 'ascii'); // gid
  h.write(octal(size, 12), 124, 12, 'ascii');
  h.write(octal(MTIME, 12), 136, 12, 'ascii');
  h.write('        ', 148, 8, 'ascii'); // checksum counted as spaces
  h.write('0', 156, 1, 'ascii'); // regular file
  h.write('ustar\0', 257, 6, 'ascii');
  h.write('00', 263, 2, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return h;
}
