/**
 * The entry point. `hf --version` is answered before anything else is loaded, so
 * it costs little more than starting Node; every other command loads commander
 * and then only its own modules.
 */
import { readFileSync } from 'node:fs';
import type { Io } from './exec.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs hf with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(version() + '\n');
    return 0;
  }
  const { runCli } = await import('./run.js');
  return runCli(argv, io, version());
}

function processIo(): Io {
  // Standard input is opened only by a command that reads it: making the stream costs a start-up.
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
  };
}

/** A worker thread of the per-file stage, in the bundled command line (bin/worker.cjs; src/repo/parallel.ts). */
export async function worker(): Promise<void> {
  (await import('../repo/worker-run.js')).runWorker();
}
