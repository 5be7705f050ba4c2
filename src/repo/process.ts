/** Whether the process that left something behind (a claim, a journal) may still be running. */

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
