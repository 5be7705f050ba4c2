/** Reading a file without following a symbolic link that replaced it. */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE } from './paths.js';

/** Opening never waits for a writer (a FIFO put where a file was listed) and never follows a link. */
const NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file that was listed as a regular file; where the platform allows,
 * opening fails if it has been replaced by a link since it was listed.
 */
export function readNoFollow(abs: string): Buffer {
  const fd = openSync(abs, NO_FOLLOW);
  try {
    return readAll(fd);
  } finally {
    closeSync(fd);
  }
}

function readAll(fd: number): Buffer {
  // Read into a reused buffer and copy out (small copies come from Node's pool): no
  // fstat and no new backing store per file, which matters at 10,000 files.
  let n = 0;
  for (;;) {
    if (n === scratch.length) {
      const bigger = Buffer.allocUnsafe(scratch.length * 2);
      scratch.copy(bigger, 0, 0, n);
      scratch = bigger;
    }
    const got = readSync(fd, scratch, n, scratch.length - n, null);
    if (got === 0) break;
    n += got;
  }
  return Buffer.from(scratch.subarray(0, n));
}

let scratch = Buffer.allocUnsafe(64 * 1024);

/** What is wrong with the entry named hf.yaml: a symbolic link, or something other than a file (a folder, a FIFO). */
export type ConfigProblem = 'symlink' | 'notFile';

/** hf.yaml at `root` is not a plain file; `abs` is where it is. */
export class ConfigFileError extends Error {
  constructor(
    readonly abs: string,
    readonly problem: ConfigProblem,
  ) {
    super(`${abs} is ${problem === 'symlink' ? 'a symbolic link' : 'not a file'}`);
  }
}

/** What is wrong with `root`'s hf.yaml, if anything (undefined also when there is none). */
export function configProblem(root: string): ConfigProblem | undefined {
  const st = lstatSync(join(root, CONFIG_FILE), { throwIfNoEntry: false });
  if (!st) return undefined;
  if (st.isSymbolicLink()) return 'symlink';
  return st.isFile() ? undefined : 'notFile';
}

/**
 * The bytes of `root`'s hf.yaml. Never through a symbolic link, and only from a
 * regular file: anything else throws ConfigFileError (a missing file throws
 * ENOENT, as reading does).
 */
export function readConfigFile(root: string): Buffer {
  const abs = join(root, CONFIG_FILE);
  let fd: number;
  try {
    fd = openSync(abs, NO_FOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK' || code === 'EISDIR') throw new ConfigFileError(abs, configProblem(root) ?? 'notFile');
    throw error;
  }
  try {
    if (!fstatSync(fd).isFile()) throw new ConfigFileError(abs, 'notFile');
    return readAll(fd);
  } finally {
    closeSync(fd);
  }
}
