/**
 * From files to a Repository: run the per-file stage (stage.ts) on every file,
 * or take its result from the cache, then map each file to the model. Works on
 * bytes in memory as well as on disk, so the same code serves the disk reader,
 * rule examples and tests. `loadRepository` is the way commands load: it loads
 * the Markdown parser when a mandate needs it and spreads the stage over worker
 * threads when the repository is large (parallel.ts); `buildRepository` does
 * everything on the calling thread.
 */
import type { Finding } from '../diagnostics/finding.js';
import { mapCase, mapConfig, mapMandate, mapMeeting, mapPlan, mapPlanRow } from '../model/map.js';
import type { Repository } from '../model/repository.js';
import type { FactContext } from './facts.js';
import { headingParser, headingsOf, loadHeadingParser } from './headings.js';
import type { LoadedFile } from './load-file.js';
import { CONFIG_FILE, classify, isDataFile } from './paths.js';
import { nationalIdFindingsInBytes } from './pii.js';
import { processFile, type FileResult, type FileTask } from './stage.js';
import { storedFile } from './stored-file.js';

export interface InputFile {
  /** Repository-relative, forward slashes. */
  path: string;
  /** Absolute path on disk: the file is read there when its text is needed (by a worker too). */
  abs?: string;
  bytes: Uint8Array;
  /** The result of an earlier run's per-file stage (from the cache): used instead of running it again. */
  loaded?: FileResult;
  /** For the cache: the stage should give the file's stamp. */
  stamp?: boolean;
  /** For the cache: the content hash it holds for this path. */
  cachedHash?: string;
  /** For the cache: sees the stage's result and gives the one to use (its own entry when the content is unchanged). */
  settle?(result: FileResult): FileResult;
}

export interface RepoSource {
  root: string;
  /** hf.yaml and the data files. */
  files: InputFile[];
  /** Files that were seen but not read (symbolic links, sync-conflict copies). */
  skipped?: { path: string; reason: 'symlink' | 'syncConflict' }[];
  exists(path: string): boolean;
}

export interface BuildOptions {
  /** Called as each file is loaded (for a progress line). */
  onFile?: (path: string) => void;
  /**
   * Worker threads for the per-file stage (loadRepository only): 0 for none. By
   * default, one fewer than the cores when the repository has enough files to pay
   * for starting them; `HF_WORKERS` in the environment sets it too.
   */
  workers?: number;
}

/** `name (1).md`, `name.sync-conflict-20240101-123456-ABC.md`, `name (conflicted copy).md` */
export function isSyncConflictName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return / \(\d+\)\.md$/i.test(name) || /\.sync-conflict-/i.test(name) || /conflicted copy/i.test(name) || / \(kopi\)\.md$/i.test(name);
}

/** One file's place in the build: given by name only, taken from the cache, or to be loaded. */
type Step = { input: InputFile; kind: 'syncConflict' | 'unknown' } | { input: InputFile; task: FileTask };

/** The files of `source` in path order, hf.yaml first (the facts of the other files depend on its body codes). */
function plan(source: RepoSource): Step[] {
  const steps: Step[] = [];
  const sorted = [...source.files].sort((a, b) => (a.path === CONFIG_FILE ? -1 : b.path === CONFIG_FILE ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const input of sorted) {
    if (input.path !== CONFIG_FILE && !isDataFile(input.path)) continue;
    if (isSyncConflictName(input.path)) {
      steps.push({ input, kind: 'syncConflict' });
      continue;
    }
    const kind = classify(input.path);
    if (kind === 'unknown') {
      steps.push({ input, kind });
      continue;
    }
    const task: FileTask = { path: input.path, kind };
    if (input.abs !== undefined) task.abs = input.abs;
    if (input.stamp) task.stamp = true;
    if (input.cachedHash !== undefined) task.cachedHash = input.cachedHash;
    steps.push({ input, task });
  }
  return steps;
}

/** Collects the stage's results into a Repository, in path order. */
class Assembly {
  readonly findings: Finding[] = [];
  readonly repo: Repository;
  private readonly files = new Map<string, LoadedFile>();

  constructor(source: RepoSource) {
    this.repo = {
      root: source.root,
      config: mapConfig(undefined),
      files: this.files,
      cases: [],
      meetings: [],
      plans: [],
      planRows: [],
      mandates: [],
      exists: source.exists,
    };
    for (const s of source.skipped ?? []) this.findings.push({ ruleId: 'file-location', messageId: s.reason, file: s.path, line: 1, column: 1 });
  }

  /** What the facts of the data files depend on; known once hf.yaml is added. */
  context(): FactContext {
    const headings = headingParser();
    return { bodies: this.repo.config.bodies.map((b) => b.code), ...(headings ? { headings } : {}) };
  }

  /** A file reported by its name alone: a sync-conflict copy, or a file where no kind of file belongs. */
  byName(input: InputFile, kind: 'syncConflict' | 'unknown'): void {
    this.findings.push({ ruleId: 'file-location', messageId: kind, file: input.path, line: 1, column: 1 });
    this.findings.push(...nationalIdFindingsInBytes(input.path, input.bytes));
  }

  add(input: InputFile, result: FileResult): void {
    if (input.settle) result = input.settle(result);
    const { path, kind, bom, eol, data, yamlOffset, bodyOffset, facts } = result;
    const file = storedFile({ path, kind, bom, eol, data, yamlOffset, bodyOffset, facts }, input.abs ?? (() => input.bytes));
    this.files.set(path, file);
    this.findings.push(...result.findings);
    if (data) addRecord(this.repo, file);
  }
}

/** Loads, schema-checks and maps every file on this thread. Never throws for bad input. */
export function buildRepository(source: RepoSource, options: BuildOptions | BuildOptions['onFile'] = {}): { repo: Repository; findings: Finding[] } {
  const { onFile } = typeof options === 'function' ? { onFile: options } : options;
  const assembly = new Assembly(source);
  let ctx: FactContext | undefined;
  for (const step of plan(source)) {
    onFile?.(step.input.path);
    if ('kind' in step) {
      assembly.byName(step.input, step.kind);
      continue;
    }
    if (step.task.kind !== 'config') ctx ??= assembly.context();
    const { input, task } = step;
    assembly.add(input, input.loaded ?? processFile(task, ctx ?? { bodies: [] }, () => input.bytes));
  }
  return { repo: assembly.repo, findings: assembly.findings };
}

/**
 * Loads the repository the way commands do: as buildRepository, after loading
 * the Markdown parser if a mandate has to be read, and with the per-file stage
 * spread over worker threads when that pays.
 */
export async function loadRepository(source: RepoSource, options: BuildOptions = {}): Promise<{ repo: Repository; findings: Finding[] }> {
  const steps = plan(source);
  if (steps.some((s) => 'task' in s && s.task.kind === 'mandate' && !s.input.loaded)) await loadHeadingParser();
  const toLoad = steps.filter((s): s is Extract<Step, { task: FileTask }> => 'task' in s && !s.input.loaded);
  const { workerCount, processInParallel } = await import('./parallel.js');
  const workers = workerCount(toLoad.length, options.workers);
  if (workers === 0) return buildRepository(source, options);

  const assembly = new Assembly(source);
  const config = steps[0] && 'task' in steps[0] && steps[0].task.kind === 'config' ? steps[0] : undefined;
  if (config) assembly.add(config.input, config.input.loaded ?? processFile(config.task, { bodies: [] }, () => config.input.bytes));
  const ctx = assembly.context();
  // Mandates (remark is loaded on this thread only) and files without a path on disk stay here.
  const parallel = toLoad.filter((s) => s !== config && s.task.abs !== undefined && s.task.kind !== 'mandate');
  const results = await processInParallel(
    parallel.map((s) => s.task),
    { bodies: ctx.bodies },
    workers,
  );
  const byInput = new Map<InputFile, FileResult>();
  parallel.forEach((s, i) => byInput.set(s.input, results[i]!));
  for (const step of steps) {
    if (step === config) continue;
    options.onFile?.(step.input.path);
    if ('kind' in step) {
      assembly.byName(step.input, step.kind);
      continue;
    }
    const { input, task } = step;
    assembly.add(input, input.loaded ?? byInput.get(input) ?? processFile(task, ctx, () => input.bytes));
  }
  return { repo: assembly.repo, findings: assembly.findings };
}

/**
 * Gives every mandate its headings before the rules run, for a repository built
 * while the Markdown parser was not loaded (buildRepository): the text is read
 * again for those few files.
 */
export async function completeFacts(repo: Repository): Promise<void> {
  const missing = repo.mandates.map((m) => repo.files.get(m.file)).filter((f): f is LoadedFile => !!f?.facts && !f.facts.headings);
  if (missing.length === 0) return;
  await loadHeadingParser();
  for (const file of missing) file.facts!.headings = headingsOf(file.body);
}

function addRecord(repo: Repository, file: LoadedFile): void {
  const data = file.data!;
  const path = file.path;
  const parts = path.split('/');
  let record: { text: string } | undefined;
  switch (file.kind) {
    case 'config':
      repo.config = mapConfig(data);
      return;
    case 'case':
    case 'queued-case':
      repo.cases.push((record = mapCase(path, data, '', parts[1]!)));
      break;
    case 'meeting':
      repo.meetings.push((record = mapMeeting(path, data, '', parts[1]!, stemOf(parts))));
      break;
    case 'plan':
      repo.plans.push((record = mapPlan(path, data, '', Number(parts[1]))));
      break;
    case 'plan-row':
      repo.planRows.push((record = mapPlanRow(path, data, '', Number(parts[1]), stemOf(parts))));
      break;
    case 'mandate':
      repo.mandates.push((record = mapMandate(path, data, '', stemOf(parts))));
      break;
    default:
      return;
  }
  // The record's text is its file's body, read when a command asks for it.
  Object.defineProperty(record, SOURCE, { value: file });
  Object.defineProperty(record, 'text', TEXT);
}

const stemOf = (parts: string[]) => parts[parts.length - 1]!.replace(/\.md$/, '');

/** The file a record reads its text from. */
const SOURCE = Symbol('source file');
/** One accessor for every record, so the records keep one shape. */
const TEXT: PropertyDescriptor = {
  get(this: { [SOURCE]: LoadedFile }) {
    return this[SOURCE].body;
  },
  enumerable: true,
  configurable: true,
};
