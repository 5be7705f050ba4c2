// Build step: the runtime part of hf's package-lock.json (every package hf needs
// when installed, without its development tools), written to
// dist/runtime-lock.json. `hf init` puts these entries in a new partnership
// repository's package-lock.json, so CI's `npm ci` installs exactly the
// dependency tree hf was tested with, and `hf init` needs neither npm nor the
// network to write that file.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const root = lock.packages[''];
const packages = {};
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!path || entry.dev || entry.devOptional) continue;
  const { resolved: _resolved, ...rest } = entry;
  packages[path] = rest;
}
writeFileSync(
  new URL('../dist/runtime-lock.json', import.meta.url),
  JSON.stringify({ name: root.name, version: root.version, dependencies: root.dependencies ?? {}, packages }, null, 1) + '\n',
);
