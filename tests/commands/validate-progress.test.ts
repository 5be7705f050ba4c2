/** `hf validate` shows a progress line on a terminal, and nothing in CI or in a pipe. */
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/commands/validate/validate.js';
import type { CommandContext } from '../../src/commands/shared/context.js';
import { copyBundled, removeDir } from '../helpers/cli.js';

let dir = '';
beforeAll(() => {
  dir = copyBundled();
});
afterAll(() => removeDir(dir));
afterEach(() => vi.restoreAllMocks());

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  stream.isTTY = isTTY;
  stream.columns = 80;
  return { stream, text: () => chunks.join('') };
}

function context(tty: boolean, env: NodeJS.ProcessEnv) {
  const stdout = sink(false);
  const stderr = sink(tty);
  const ctx: CommandContext = { cwd: dir, debug: false, stdout: stdout.stream, stderr: stderr.stream, stdin: process.stdin, env: { NO_COLOR: '1', ...env }, now: new Date('2026-11-28T12:00:00Z') };
  return { ctx, stdout, stderr };
}

/** A clock that moves 100 ms each time it is read, so the progress line is due at every file. */
function slowClock() {
  let now = 0;
  vi.spyOn(Date, 'now').mockImplementation(() => (now += 100));
}

describe('progress of hf validate', () => {
  it('counts the files on a terminal and clears the line before the result', async () => {
    slowClock();
    const { ctx, stdout, stderr } = context(true, {});
    expect(await run([], { format: 'json' }, ctx)).toBe(0);
    const shown = stderr.text();
    expect(shown).toMatch(/\rKontrollerer filer \d+\/\d+ \(\d+ %\)\x1b\[K/);
    expect(shown.endsWith('\r\x1b[K')).toBe(true);
    expect(JSON.parse(stdout.text()).summary.errors).toBe(0); // the result itself is untouched
  });

  it('stays silent in CI and when standard error is not a terminal', async () => {
    slowClock();
    const ci = context(true, { CI: 'true' });
    await run([], { format: 'json' }, ci.ctx);
    expect(ci.stderr.text()).toBe('');
    const piped = context(false, {});
    await run([], { format: 'json' }, piped.ctx);
    expect(piped.stderr.text()).toBe('');
  });
});
