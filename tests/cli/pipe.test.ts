/** A reader that stops early (`hf … | head`) closes the pipe: hf stops quietly, with no stack trace. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/bundled.js';
import { HF_BIN } from '../helpers/cli.js';

function runWithClosedOutput(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [HF_BIN, ...args], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    // Nobody reads what hf writes: every write to standard output meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output into a closed pipe', () => {
  it.each([['mandate', '--help'], ['list', 'cases'], ['agenda', 'ssu', '2024-09-26', '--with-papers']])('hf %s %s … ends with code 0 and says nothing', async (...args) => {
    const r = await runWithClosedOutput(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
