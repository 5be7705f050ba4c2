/**
 * From files to a Repository: load every file, check it against its schema, and
 * map it to the model. Works on bytes in memory, so the same code serves the
 * disk reader, rule examples and tests.
 */
import type { Finding } from '../diagnostics/finding.js';
import { mapCase, mapConfig, mapMandate, mapMeeting, mapPlan, mapPlanRow } from '../model/map.js';
import type { Repository } from '../model/repository.js';
import { getValidator, schemaForKind } from '../schema/schemas.js';
import { schemaFindings } from '../schema/errors.js';
import { isLight, lighten, textBudget, type TextBudget } from './light-file.js';
import { loadFile, type LoadedFile } from './load-file.js';
import { relieve } from './memory.js';
import { CONFIG_FILE, classify, isDataFile } from './paths.js';
import { nationalIdFindingsInBytes } from './pii.js';
import type { YamlPath } from './yaml.js';
import { sourceAt } from './yaml.js';

export interface InputFile {
  /** Repository-relative, forward slashes. */
  path: string;
  bytes: Uint8Array;
  /** The file as an earlier run loaded and checked it (from the cache): used instead of loading it again. */
  loaded?: { file: LoadedFile; findings: Finding[] };
}

export interface RepoSource {
  root: string;
  /** hf.yaml and the data files. */
  files: InputFile[];
  /** Files that were seen but not read (symbolic links, sync-conflict copies). */
  skipped?: { path: string; reason: 'symlink' | 'syncConflict' }[];
  exists(path: string): boolean;
  /** How much file text the repository may hold in memory (light-file.ts); a fresh budget when absent. */
  textBudget?: TextBudget;
}

/** Keys whose value is a case number and must be quoted. */
const CASE_NUMBER_KEYS: Record<string, string[]> = { case: ['saksnr'], 'queued-case': ['saksnr'], meeting: ['pause_etter'] };

/** `name (1).md`, `name.sync-conflict-20240101-123456-ABC.md`, `name (conflicted copy).md` */
export function isSyncConflictName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return / \(\d+\)\.md$/i.test(name) || /\.sync-conflict-/i.test(name) || /conflicted copy/i.test(name) || / \(kopi\)\.md$/i.test(name);
}

/** Loads, schema-checks and maps every file. Never throws for bad input. */
export function buildRepository(source: RepoSource, onFile?: (path: string) => void): { repo: Repository; findings: Finding[] } {
  const findings: Finding[] = [];
  const files = new Map<string, LoadedFile>();
  const repo: Repository = {
    root: source.root,
    config: mapConfig(undefined),
    files,
    cases: [],
    meetings: [],
    plans: [],
    planRows: [],
    mandates: [],
    exists: source.exists,
  };
  for (const s of source.skipped ?? []) {
    findings.push({ ruleId: 'file-location', messageId: s.reason, file: s.path, line: 1, column: 1 });
  }
  const budget = source.textBudget ?? textBudget(undefined, source.files.length);
  const sorted = [...source.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const input of sorted) {
    onFile?.(input.path);
    relieve();
    if (input.path !== CONFIG_FILE && !isDataFile(input.path)) continue;
    if (isSyncConflictName(input.path)) {
      findings.push({ ruleId: 'file-location', messageId: 'syncConflict', file: input.path, line: 1, column: 1 });
      findings.push(...nationalIdFindingsInBytes(input.path, input.bytes));
      continue;
    }
    const kind = classify(input.path);
    if (kind === 'unknown') {
      findings.push({ ruleId: 'file-location', messageId: 'unknown', file: input.path, line: 1, column: 1 });
      findings.push(...nationalIdFindingsInBytes(input.path, input.bytes));
      continue;
    }
    if (input.loaded) {
      files.set(input.path, input.loaded.file);
      findings.push(...input.loaded.findings);
      if (input.loaded.file.data) addRecord(repo, input.loaded.file);
      continue;
    }
    const { file, findings: loadFindings } = loadFile(input.path, input.bytes, kind);
    files.set(file.path, file);
    findings.push(...loadFindings);
    // A file that is not UTF-8 has no text for the rules; its digits are still checked.
    if (loadFindings.some((f) => f.ruleId === 'encoding')) findings.push(...nationalIdFindingsInBytes(input.path, input.bytes));
    if (!file.data) continue;
    findings.push(...checkSchema(file));
    // Over the text budget, the file keeps its data but gives up its text (read again if a rule asks).
    const kept = lighten(file, () => input.bytes, budget);
    if (kept !== file) files.set(file.path, kept);
    addRecord(repo, kept);
  }
  return { repo, findings };
}

/** Schema check of one loaded file, with unquoted case numbers reported by their own rule. */
export function checkSchema(file: LoadedFile): Finding[] {
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
  const validate = getValidator(name);
  if (!validate(file.data)) {
    const skip = (p: YamlPath) => p.length === 1 && floatPaths.has(String(p[0]));
    findings.push(...schemaFindings(file, validate.errors ?? [], skip));
  }
  return findings;
}

function addRecord(repo: Repository, file: LoadedFile): void {
  const light = isLight(file);
  const mapped = mapRecord(repo, file, light ? '' : file.body);
  if (mapped) mapped.list.push(light ? lazyTextRecord(mapped.record, file) : mapped.record);
}

/** The file a light record reads its text from. */
const SOURCE = Symbol('source file');
/** One accessor for every light record, so the records keep V8's fast object layout. */
const TEXT: PropertyDescriptor = {
  get(this: { [SOURCE]: LoadedFile }) {
    return this[SOURCE].body;
  },
  enumerable: true,
  configurable: true,
};

/**
 * A copy of a record whose `text` is read through its (light) file when asked for;
 * the same keys in the same order, so it serialises like any other record.
 */
function lazyTextRecord<T extends object>(record: T, file: LoadedFile): T {
  const copy: Record<string | symbol, unknown> = {};
  for (const key of Object.keys(record)) {
    if (key === 'text') Object.defineProperty(copy, 'text', TEXT);
    else copy[key] = (record as Record<string, unknown>)[key];
  }
  Object.defineProperty(copy, SOURCE, { value: file });
  return copy as T;
}

function mapRecord(repo: Repository, file: LoadedFile, body: string): { list: object[]; record: object } | undefined {
  const data = file.data!;
  const parts = file.path.split('/');
  const stem = parts[parts.length - 1]!.replace(/\.md$/, '');
  switch (file.kind) {
    case 'config':
      repo.config = mapConfig(data);
      return undefined;
    case 'case':
    case 'queued-case':
      return { list: repo.cases, record: mapCase(file.path, data, body, parts[1]!) };
    case 'meeting':
      return { list: repo.meetings, record: mapMeeting(file.path, data, body, parts[1]!, stem) };
    case 'plan':
      return { list: repo.plans, record: mapPlan(file.path, data, body, Number(parts[1])) };
    case 'plan-row':
      return { list: repo.planRows, record: mapPlanRow(file.path, data, body, Number(parts[1]), stem) };
    case 'mandate':
      return { list: repo.mandates, record: mapMandate(file.path, data, body, stem) };
    default:
      return undefined;
  }
}
