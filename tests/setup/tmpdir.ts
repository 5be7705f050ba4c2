/**
 * Global setup: every test run gets a temporary folder of its own, which every
 * test (and every program a test starts: hf, git, npm, Chromium) uses as the
 * system's temporary folder through TMPDIR. When the run ends, anything a test
 * left in it fails the run, naming what was left; then the folder is removed,
 * so `npm test` leaves nothing behind in the system's temporary folder.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const saved = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'hf-tests-'));
  // Test workers start after this and inherit it; os.tmpdir() reads TMPDIR.
  process.env.TMPDIR = root;
  return () => {
    const left = readdirSync(root);
    rmSync(root, { recursive: true, force: true });
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    if (left.length) {
      process.stderr.write(`\nFAIL: the tests left ${left.length} temporary file(s) or folder(s) behind: ${left.sort().join(', ')}\n`);
      process.exitCode = 1;
    }
  };
}
