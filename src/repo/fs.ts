/** Reading a file without following a symbolic link that replaced it. */
import { closeSync, constants, openSync, readSync } from 'node:fs';

/**
 * Reads a file that was listed as a regular file; where the platform allows,
 * opening fails if it has been replaced by a link since it was listed.
 */
export function readNoFollow(abs: string): Buffer {
  const fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
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
  } finally {
    closeSync(fd);
  }
}

let scratch = Buffer.allocUnsafe(64 * 1024);
