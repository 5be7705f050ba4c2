/**
 * Keeping the peak memory of a very large run near what it holds. Node lets a
 * process's heap grow to several gigabytes before a full collection, so a run over
 * 100,000 files that holds 400 MB would peak well above 1 GB with garbage it no
 * longer needs. Past a threshold, hf asks for a full collection itself (through
 * the documented --expose-gc flag, set at run time); smaller runs never do.
 */
import { setFlagsFromString, getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this, never collect by hand. */
const FLOOR = 384 * 1024 * 1024;
/** Collect when the heap has grown this much beyond what the last collection kept. */
const GROWTH = 1.6;

let collect: (() => void) | undefined | null;
let threshold = FLOOR;
let calls = 0;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/**
 * Call often (it looks at the heap every 256th call, or at once with `now`):
 * collects garbage when the heap has grown past the threshold.
 */
export function relieve(now = false): void {
  if (!now && ++calls & 255) return;
  const used = getHeapStatistics().used_heap_size;
  if (used < threshold) return;
  const gc = collector();
  if (!gc) return;
  gc();
  threshold = Math.max(FLOOR, getHeapStatistics().used_heap_size * GROWTH);
}
