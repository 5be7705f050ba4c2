/** Running the built CLI (`node bin/hf.js`) in temporary copies of the bundled repository. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './bundled.js';

export const HF_BIN = join(REPO_ROOT, 'bin', 'hf.js');

/** Copies hf.yaml, the data folders and the attachment files of the bundled repository into a new temporary folder. */
export function copyBundled(prefix = 'hf-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(REPO_ROOT, 'hf.yaml'), join(dir, 'hf.yaml'));
  for (const d of ['cases', 'meetings', 'plans', 'mandates', 'vedlegg']) cpSync(join(REPO_ROOT, d), join(dir, d), { recursive: true });
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', HF_NOW: '2026-11-28', LANG: 'C' };

/** Runs hf synchronously in `cwd`. */
export function hf(cwd: string, args: string[], env: Record<string, string> = {}, input?: string): RunResult {
  const r = spawnSync(process.execPath, [HF_BIN, ...args], { cwd, env: { ...BASE_ENV, ...env }, encoding: 'utf8', input });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs hf asynchronously (for concurrency tests). */
export function hfAsync(cwd: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [HF_BIN, ...args], { cwd, env: { ...BASE_ENV, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
