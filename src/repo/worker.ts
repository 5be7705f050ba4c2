/**
 * A worker thread of the per-file stage (parallel.ts): takes chunks of the task
 * list and posts each chunk's results back, then says it is done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileResult } from './stage.js';
import { drain, type WorkerInput, type WorkerMessage } from './parallel.js';

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
