// Build step (scripts/bundle.mjs): the V8 code cache of dist/hf.cjs. Loads the
// bundle without a cache, runs a few commands with it on a copy of the bundled data
// (output thrown away), and writes what V8 compiled meanwhile to dist/hf.cjs.cache,
// which bin/load.cjs gives V8 on every start. A command that fails here only makes
// the cache smaller.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { loadHf } = createRequire(import.meta.url)('../bin/load.cjs');
const { exports: hf, script } = loadHf({ cache: false });

const work = mkdtempSync(join(tmpdir(), 'hf-code-cache-'));
try {
  cpSync(join(ROOT, 'hf.yaml'), join(work, 'hf.yaml'));
  for (const d of ['cases', 'meetings', 'plans', 'mandates', 'vedlegg']) if (existsSync(join(ROOT, d))) cpSync(join(ROOT, d), join(work, d), { recursive: true });
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const io = () => ({ cwd: work, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HF_NOW: '2024-09-20' }, stdout: sink(), stderr: sink(), stdin: Readable.from([]) });
  const commands = [
    ['--help'],
    ['new-case', '--help'],
    ['validate', '--no-cache'],
    ['validate', '--format', 'json'],
    ['validate', '--format', 'json'],
    ['agenda', 'ssu', '2024-09-26'],
    ['minutes', 'ssu', '2024-09-26'],
    ['new-case', '--organ', 'SSU', '--title', 'Kodebuffer', '--type', 'Orientering', '--meeting', '2024-11-28', '--json'],
    ['list', 'cases'],
  ];
  // Commander writes a subcommand's help to the process's own output: keep the build quiet.
  const quiet = [process.stdout, process.stderr].map((stream) => [stream, stream.write]);
  for (const [stream] of quiet) stream.write = () => true;
  for (const argv of commands) {
    try {
      await hf.main(argv, io());
    } catch {
      // Only the cache is smaller.
    }
  }
  for (const [stream, write] of quiet) stream.write = write;
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(join(ROOT, 'dist', 'hf.cjs.cache'), script.createCachedData());
