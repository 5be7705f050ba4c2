/**
 * Running npm (and programs it installed) from tests the way a user's machine
 * does: with the whole environment passed on (proxy, certificates and registry
 * settings included), offline — everything hf needs is in npm's cache after
 * `npm ci` of this repository — and with a time limit, so a hanging npm fails
 * one test instead of the run.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The environment of a child process: this process's, offline, without colour, with `extra` on top. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1', ...extra };
}

/** Runs a program with the time limit; the result names the command when it fails. */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = childEnv(), timeout = 45_000): SpawnSyncReturns<string> & { shown: string } {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout, shell: process.platform === 'win32' && command.endsWith('.cmd') });
  const shown = `${command} ${args.join(' ')} (exit ${r.status}${r.signal ? `, ${r.signal}` : ''}${r.error ? `, ${r.error.message}` : ''})\n${r.stderr ?? ''}`;
  return Object.assign(r, { shown });
}
