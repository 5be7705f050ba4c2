/**
 * The per-file stage: everything hf does with one file on its own. Read its
 * bytes, decode, split the frontmatter, parse the YAML, check it against its
 * schema and work out the facts the repository rules need from its text
 * (facts.ts). The result holds no text, so it is small enough to keep for every
 * file, to cache, and to send from a worker thread (parallel.ts) to the main one.
 * Files are independent of each other here: the same input gives the same result
 * on any thread, in any order.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Finding } from '../diagnostics/finding.js';
import { getValidator, schemaForKind } from '../schema/schemas.js';
import { schemaFindings } from '../schema/errors.js';
import { planRowValidator } from '../schema/own-fields.js';
import type { PlanField } from '../model/types.js';
import { factsOf, type FactContext } from './facts.js';
import { loadFile, type LoadedFile } from './load-file.js';
import type { FileKind } from './paths.js';
import { nationalIdFindingsInBytes } from './pii.js';
import type { FileMeta } from './stored-file.js';
import { sourceAt, type YamlPath } from './yaml.js';

/** One file for the stage: where its bytes are, and what the cache wants to know. */
export interface FileTask {
  /** Repository-relative, forward slashes. */
  path: string;
  kind: Exclude<FileKind, 'unknown'>;
  /** Absolute path on disk; the stage reads the file there. */
  abs?: string;
  /** Size, times, inode and content hash, for the cache. */
  stamp?: boolean;
  /** The content hash the cache holds for this path: a file that still has it is not loaded again. */
  cachedHash?: string;
}

/** Size, modification and change time, inode and SHA-1 of the bytes: how the cache knows a file. */
export interface Stamp {
  s: number;
  m: number;
  c: number;
  i: number;
  h: string;
}

/** What the stage gives for one file. */
export interface FileResult extends FileMeta {
  /** The file's own findings (encoding, frontmatter, YAML, schema, unquoted case numbers). */
  findings: Finding[];
  stamp?: Stamp;
  /** The file still has the content hash the cache holds: nothing but `path` and `stamp` is set. */
  unchanged?: true;
}

/** Keys whose value is a case number and must be quoted. */
const CASE_NUMBER_KEYS: Record<string, string[]> = { case: ['saksnr'], 'queued-case': ['saksnr'], meeting: ['pause_etter'] };

/** The buffer files are read into; the stage is done with a file's bytes before it reads the next. */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * Reads a file that was listed as a regular file, with its stamp; never through a
 * link that replaced it. The bytes are a view of `scratch`, valid until the next read:
 * ten thousand files copied out would be ten thousand buffers for the garbage collector.
 */
function readStamped(abs: string): { bytes: Buffer; s: number; m: number; c: number; i: number } {
  const fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const st = fstatSync(fd);
    if (scratch.length < st.size + 1) scratch = Buffer.allocUnsafeSlow(Math.max(st.size + 1, scratch.length * 2));
    // One read of the size fstat gave (a file that grows meanwhile has another stamp next time).
    let n = 0;
    for (;;) {
      if (n === scratch.length) {
        const bigger = Buffer.allocUnsafeSlow(scratch.length * 2);
        scratch.copy(bigger, 0, 0, n);
        scratch = bigger;
      }
      const got = readSync(fd, scratch, n, scratch.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === st.size) break;
    }
    return { bytes: scratch.subarray(0, n), s: n, m: st.mtimeMs, c: st.ctimeMs, i: st.ino };
  } finally {
    closeSync(fd);
  }
}

/** Runs the stage on one file. `bytes` is used when the task has no path on disk. Never throws for bad input. */
export function processFile(task: FileTask, ctx: FactContext, bytes?: () => Uint8Array): FileResult {
  let input: Uint8Array;
  let stamp: Stamp | undefined;
  if (task.abs !== undefined) {
    const read = readStamped(task.abs);
    input = read.bytes;
    if (task.stamp) {
      stamp = { s: read.s, m: read.m, c: read.c, i: read.i, h: createHash('sha1').update(read.bytes).digest('hex') };
      if (task.cachedHash === stamp.h) return { path: task.path, stamp, unchanged: true } as FileResult;
    }
  } else {
    input = bytes!();
  }
  const { file, findings } = loadFile(task.path, input, task.kind);
  // A file that is not UTF-8 has no text for the rules; its digits are still checked.
  if (findings.some((f) => f.ruleId === 'encoding')) findings.push(...nationalIdFindingsInBytes(task.path, input));
  if (file.data) findings.push(...checkSchema(file, ctx.planFields));
  const result: FileResult = {
    path: file.path,
    kind: file.kind,
    bom: file.bom,
    eol: file.eol,
    data: file.data,
    yamlOffset: file.yamlOffset,
    bodyOffset: file.bodyOffset,
    facts: factsOf(file, ctx),
    findings,
  };
  if (stamp) result.stamp = stamp;
  return result;
}

/**
 * Schema check of one loaded file, with unquoted case numbers reported by their
 * own rule. A plan row is checked against the schema extended with the
 * partnership's own fields, when hf.yaml declares any.
 */
export function checkSchema(file: LoadedFile, planFields?: readonly PlanField[]): Finding[] {
  const findings: Finding[] = [];
  const name = schemaForKind(file.kind);
  if (!name || !file.data) return findings;
  const floatPaths = new Set<string>();
  for (const key of CASE_NUMBER_KEYS[file.kind] ?? []) {
    const value = file.data[key];
    if (typeof value === 'number') {
      const source = sourceAt(file.yaml?.doc, [key]) ?? String(value);
      floatPaths.add(key);
      findings.push({ ruleId: 'saksnr-quoted', messageId: 'float', file: file.path, ...file.locate([key]), data: { key, source, value: String(value) } });
      // The intended number is what was typed; keep it so other rules see the right case.
      file.data[key] = source;
    }
  }
  const validate = name === 'plan-row' && planFields?.length ? planRowValidator(planFields) : getValidator(name);
  if (!validate(file.data)) {
    const skip = (p: YamlPath) => p.length === 1 && floatPaths.has(String(p[0]));
    findings.push(...schemaFindings(file, validate.errors ?? [], skip));
  }
  return findings;
}
