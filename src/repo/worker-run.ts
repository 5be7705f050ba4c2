/**
 * What a worker thread of the per-file stage does (parallel.ts): takes chunks of
 * the task list and posts each chunk's results back, then says it is done. The
 * worker module (worker.ts) runs it; so does the bundled command line's worker
 * (bin/worker.cjs, through src/cli/main.ts), which starts from the code cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileResult } from './stage.js';
import { drain, type WorkerInput, type WorkerMessage } from './parallel.js';

export function runWorker(): void {
  const input = workerData as WorkerInput;
  let batch: [number, FileResult][] = [];
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  drain(
    input,
    (i, r) => batch.push([i, r]),
    () => {
      post({ results: batch });
      batch = [];
    },
  );
  post({ done: true });
}
