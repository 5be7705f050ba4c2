/**
 * package-lock.json of a new partnership repository that installs the running
 * hf from `vendor/`: the root package, hf itself (the vendored tarball and its
 * integrity) and hf's runtime dependencies exactly as hf's own lock file pins
 * them (dist/runtime-lock.json, written by `npm run build`). `npm ci` in CI then
 * installs the tree hf was tested with, and writing the file needs neither npm
 * nor the network.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { packageName, type InitAnswers } from './files.js';
import { HF_ROOT } from './pack.js';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  [key: string]: unknown;
}

interface RuntimeLock {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  packages: Record<string, LockEntry>;
}

/** The lock file text for a repository whose package.json is `packageJson(answers, folder)`. */
export function lockFileFor(folder: string, answers: InitAnswers, tarball: { fileName: string; bytes: Uint8Array }, runtime: RuntimeLock = readRuntimeLock()): string {
  const own = JSON.parse(readFileSync(`${HF_ROOT}package.json`, 'utf8')) as { license?: string; bin?: Record<string, string>; engines?: Record<string, string> };
  const name = packageName(folder);
  const packages: Record<string, LockEntry> = {
    '': { name, devDependencies: { [answers.hfName]: answers.hfPackage }, engines: { node: answers.node } },
    [`node_modules/${runtime.name}`]: {
      version: runtime.version,
      resolved: answers.hfPackage,
      integrity: `sha512-${createHash('sha512').update(tarball.bytes).digest('base64')}`,
      dev: true,
      ...(own.license ? { license: own.license } : {}),
      dependencies: runtime.dependencies,
      ...(own.bin ? { bin: own.bin } : {}),
      ...(own.engines ? { engines: own.engines } : {}),
    },
  };
  for (const [path, entry] of Object.entries(runtime.packages)) packages[path] = { ...entry, dev: true };
  return JSON.stringify({ name, lockfileVersion: 3, requires: true, packages }, null, 2) + '\n';
}

function readRuntimeLock(): RuntimeLock {
  return JSON.parse(readFileSync(`${HF_ROOT}dist/runtime-lock.json`, 'utf8')) as RuntimeLock;
}
