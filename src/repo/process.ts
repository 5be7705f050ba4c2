/** Whether the process that left something behind (a claim, a journal) may still be running. */
import { hostname } from 'node:os';

/** True if a process with this id runs on this machine (this process counts). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True if what `pid` on `host` started at `created` (ISO time) may still be under
 * way: the process runs on this machine, it is not this process, and it started
 * less than `maxAgeMs` ago (after that a live pid is taken to be a reused one).
 */
export function stillRunning(pid: unknown, host: unknown, created: unknown, maxAgeMs: number): boolean {
  if (typeof pid !== 'number' || pid === process.pid || host !== hostname()) return false;
  const started = typeof created === 'string' ? Date.parse(created) : NaN;
  if (!(Date.now() - started < maxAgeMs)) return false;
  return processAlive(pid);
}
