/** A worker thread of the per-file stage (parallel.ts, worker-run.ts). */
import { runWorker } from './worker-run.js';

runWorker();
