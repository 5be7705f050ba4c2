/**
 * Progress of long work (validating thousands of files, writing a Word meeting
 * packet) on standard error. It shows only on a terminal, never in CI or when
 * output goes to a file, and only once the work has taken a moment, so quick
 * runs and every test stay silent.
 *
 * Commands get one with `progressOf(ctx)` and call `start`, `tick` and `done`;
 * library code takes a `Progress` parameter and defaults to `SILENT`.
 */
import type { CommandContext } from './context.js';

export interface Progress {
  /** Begins a stage of work; `total` is the number of steps, when known. */
  start(label: string, total?: number): void;
  /** Records `n` finished steps (default 1). */
  tick(n?: number): void;
  /** Ends the stage and clears the progress line. */
  done(): void;
  /**
   * Shows `label` and the seconds spent while `work` runs, for work without
   * steps to count (packing a Word file); resolves to the work's result.
   */
  during<T>(label: string, work: Promise<T>): Promise<T>;
}

/** A progress that shows nothing. */
export const SILENT: Progress = { start() {}, tick() {}, done() {}, during: (_label, work) => work };

export interface ProgressOptions {
  /** Milliseconds of work before anything is shown. */
  delay?: number;
  /** Milliseconds between redraws. */
  interval?: number;
  /** The clock, in milliseconds (tests pass their own). */
  clock?: () => number;
}

/** True when progress may be drawn: a terminal, and not a CI run. */
export function progressWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return false;
  return !!stream.isTTY && env.TERM !== 'dumb';
}

/** A progress line on `stream` when it is a terminal outside CI; `SILENT` otherwise. */
export function progressFor(
  stream: { write(s: string): unknown; isTTY?: boolean; columns?: number },
  env: NodeJS.ProcessEnv,
  options: ProgressOptions = {},
): Progress {
  if (!progressWanted(stream, env)) return SILENT;
  const delay = options.delay ?? 300;
  const interval = options.interval ?? 100;
  const clock = options.clock ?? Date.now;
  let label = '';
  let total: number | undefined;
  let count = 0;
  let began = 0;
  let lastDraw = -Infinity;
  let shown = false;

  const draw = (): void => {
    const part = total ? `${count}/${total} (${Math.floor((100 * count) / total)} %)` : String(count);
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    const line = `${label} ${part}`;
    stream.write(`\r${line.length > width ? line.slice(0, width) : line}\x1b[K`);
    shown = true;
  };

  return {
    start(l, t) {
      label = l;
      total = t;
      count = 0;
      began = clock();
      lastDraw = -Infinity;
    },
    tick(n = 1) {
      count += n;
      const now = clock();
      if (now - began < delay || now - lastDraw < interval) return;
      lastDraw = now;
      draw();
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
    async during(l, work) {
      const began = clock();
      const timer = setInterval(() => {
        const seconds = Math.floor((clock() - began) / 1000);
        if (clock() - began < delay) return;
        stream.write(`\r${l} … ${seconds} s\x1b[K`);
        shown = true;
      }, Math.max(interval, 250));
      try {
        return await work;
      } finally {
        clearInterval(timer);
        if (shown) stream.write('\r\x1b[K');
        shown = false;
      }
    },
  };
}

/** The progress of a command: on its standard error. */
export function progressOf(ctx: CommandContext): Progress {
  return progressFor(ctx.stderr as CommandContext['stderr'] & { columns?: number }, ctx.env);
}
