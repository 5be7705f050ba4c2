/**
 * The per-file stage on several threads. Files are independent in that stage, so
 * worker threads take chunks of the list from a shared counter while this thread
 * does the same; each result (frontmatter, facts and findings, no text) comes
 * back by structured clone and lands at its file's index, so the repository is
 * assembled in path order exactly as on one thread. Reading is part of the stage:
 * the threads open and read their files themselves, which is where a cold run
 * spends much of its time.
 *
 * A worker costs its own start (tens of milliseconds to load the stage's modules),
 * so workers are used only for repositories with many files to load. A worker
 * that fails leaves its files to this thread; the result is the same either way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FactContext } from './facts.js';
import { processFile, type FileResult, type FileTask } from './stage.js';

/** Below this many files to load, one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 1500;
/** Files a thread takes from the list at a time. */
const CHUNK = 32;
/** More workers than this do not help: the stage reads files, and the disk is shared. */
const MAX_WORKERS = 3;

/** The worker module, next to this one in the build; absent when hf runs from its TypeScript sources (tests). */
const WORKER_URL = new URL('./worker.js', import.meta.url);
const RUNNABLE = import.meta.url.endsWith('.js');

/**
 * How many workers to start for `files` files to load: `requested` when given
 * (HF_WORKERS sets it from the environment), otherwise one fewer than the cores
 * once there are enough files.
 */
export function workerCount(files: number, requested?: number): number {
  if (!RUNNABLE || files === 0) return 0;
  const fromEnv = process.env.HF_WORKERS;
  const asked = requested ?? (fromEnv !== undefined && /^\d+$/.test(fromEnv) ? Number(fromEnv) : undefined);
  if (asked !== undefined) return Math.min(asked, MAX_WORKERS);
  if (files < PARALLEL_THRESHOLD) return 0;
  return Math.max(0, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

/** What a worker is given. */
export interface WorkerInput {
  tasks: FileTask[];
  ctx: FactContext;
  /** Int32Array over a SharedArrayBuffer: the index of the next task to take. */
  next: Int32Array;
  chunk: number;
}

/** What a worker sends: results by task index, then `done`. */
export type WorkerMessage = { results: [number, FileResult][] } | { done: true };

/** Takes chunks of `tasks` until none are left, handing each result to `put`. */
export function drain(input: WorkerInput, put: (index: number, result: FileResult) => void, onChunk?: () => void): void {
  const { tasks, ctx, next, chunk } = input;
  for (;;) {
    const start = Atomics.add(next, 0, chunk);
    if (start >= tasks.length) return;
    const end = Math.min(tasks.length, start + chunk);
    for (let i = start; i < end; i++) put(i, processFile(tasks[i]!, ctx));
    onChunk?.();
  }
}

/**
 * Runs the stage on `tasks` with `workers` worker threads and this one; results in
 * task order. `meanwhile` runs on this thread while the workers start (loading a
 * module, say), before this thread takes its share.
 */
export async function processInParallel(tasks: FileTask[], ctx: FactContext, workers: number, meanwhile?: () => Promise<void>): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(tasks.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { tasks, ctx: { bodies: ctx.bodies, ...(ctx.planFields ? { planFields: ctx.planFields } : {}) }, next, chunk: CHUNK };
  const running = Array.from({ length: workers }, () => runWorker(input, results));
  if (meanwhile) await meanwhile();
  // This thread takes its share while the workers start and run.
  drain(input, (i, r) => (results[i] = r));
  await Promise.all(running);
  // Anything a failed worker had taken but not returned is done here.
  for (let i = 0; i < tasks.length; i++) results[i] ??= processFile(tasks[i]!, ctx);
  return results as FileResult[];
}

function runWorker(input: WorkerInput, results: (FileResult | undefined)[]): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_URL, { workerData: input });
    } catch {
      resolve();
      return;
    }
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve();
      void worker.terminate();
    };
    worker.on('message', (m: WorkerMessage) => {
      if ('results' in m) for (const [i, r] of m.results) results[i] = r;
      else finish();
    });
    worker.on('error', finish);
    worker.on('exit', finish);
  });
}
