/**
 * From files to a Repository: run the per-file stage (stage.ts) on every file,
 * or take its result from the cache, then map each file to the model
 * (assemble.ts). Works on bytes in memory as well as on disk, so the same code
 * serves the disk reader, rule examples and tests. `loadRepository` is the way
 * commands load: it loads the Markdown parser when a mandate needs it and spreads
 * the stage over worker threads when the repository is large (parallel.ts);
 * `buildRepository` does everything on the calling thread.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { Repository } from '../model/repository.js';
import { Assembly, plan, type InputFile, type RepoSource, type Step } from './assemble.js';
import type { FactContext } from './facts.js';
import { headingsOf, imagesOf, loadHeadingParser } from './headings.js';
import type { LoadedFile } from './load-file.js';
import { processFile, type FileResult, type FileTask } from './stage.js';

export { isSyncConflictName, type InputFile, type RepoSource, type SkipReason } from './assemble.js';

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
  const mandates = steps.some((s) => 'task' in s && s.task.kind === 'mandate' && !s.input.loaded);
  const toLoad = steps.filter((s): s is Extract<Step, { task: FileTask }> => 'task' in s && !s.input.loaded);
  const { workerCount, processInParallel } = await import('./parallel.js');
  const workers = workerCount(toLoad.length, options.workers);
  if (workers === 0) {
    if (mandates) await loadHeadingParser();
    return buildRepository(source, options);
  }

  const assembly = new Assembly(source);
  const config = steps[0] && 'task' in steps[0] && steps[0].task.kind === 'config' ? steps[0] : undefined;
  if (config) assembly.add(config.input, config.input.loaded ?? processFile(config.task, { bodies: [] }, () => config.input.bytes));
  const bodiesAndFields = assembly.context();
  // Mandates (remark is loaded on this thread only) and files without a path on disk stay here.
  const parallel = toLoad.filter((s) => s !== config && s.task.abs !== undefined && s.task.kind !== 'mandate');
  const results = await processInParallel(
    parallel.map((s) => s.task),
    { bodies: bodiesAndFields.bodies, ...(bodiesAndFields.planFields ? { planFields: bodiesAndFields.planFields } : {}) },
    workers,
    // The Markdown parser for the mandates loads while the workers start.
    mandates ? loadHeadingParser : undefined,
  );
  const ctx = assembly.context();
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
 * Gives every mandate its headings, and every text with a picture its pictures,
 * before the rules run, for a repository built while the Markdown parser was
 * not loaded (buildRepository, worker threads): the text is read again for
 * those few files.
 */
export async function completeFacts(repo: Repository): Promise<void> {
  const missing = repo.mandates.map((m) => repo.files.get(m.file)).filter((f): f is LoadedFile => !!f?.facts && !f.facts.headings);
  const pictures = [...repo.files.values()].filter((f) => f.facts?.pictures && !f.facts.images);
  if (missing.length === 0 && pictures.length === 0) return;
  await loadHeadingParser();
  for (const file of missing) file.facts!.headings = headingsOf(file.body);
  for (const file of pictures) {
    file.facts!.images = imagesOf(file.body).map(([src, offset]) => [src, file.bodyOffset + offset]);
    const fields: [string, string][] = [];
    for (const [key, value] of Object.entries(file.data ?? {})) {
      if (typeof value === 'string' && value.includes('![')) for (const [src] of imagesOf(value)) fields.push([key, src]);
    }
    if (fields.length) file.facts!.fieldImages = fields;
  }
}

