/**
 * Putting the per-file stage's results (stage.ts), or the cache's copies of
 * them, together into a Repository: files in path order, hf.yaml first, each
 * mapped to its record. Loads no parser and no schema, so a command that takes
 * every file from the cache (src/repo/scope.ts) needs nothing more.
 */
import type { Finding } from '../diagnostics/finding.js';
import { isValidDate } from '../model/dates.js';
import { mapCase, mapConfig, mapMandate, mapMeeting, mapPlan, mapPlanRow } from '../model/map.js';
import type { Repository } from '../model/repository.js';
import type { FactContext } from './facts.js';
import { headingParser } from './headings.js';
import type { LoadedFile } from './load-file.js';
import { CONFIG_FILE, classify, isDataFile } from './paths.js';
import { nationalIdFindingsInBytes } from './pii.js';
import type { FileResult, FileTask } from './stage.js';
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

/** Why a listed entry is reported instead of read (see the rule file-location, and interrupted-change for `journal`). */
export type SkipReason = 'symlink' | 'syncConflict' | 'folder' | 'special' | 'extension' | 'notFolder' | 'journal';

export interface RepoSource {
  root: string;
  /** hf.yaml and the data files. */
  files: InputFile[];
  /**
   * Entries that were seen but not read (symbolic links, folders named like
   * files, files of another kind…: the rule file-location), and changes that did
   * not finish (`journal`, with its description: the rule interrupted-change).
   */
  skipped?: { path: string; reason: SkipReason; detail?: string }[];
  exists(path: string): boolean;
}

/** `name (1).md`, `name.sync-conflict-20240101-123456-ABC.md`, `name (conflicted copy).md` */
export function isSyncConflictName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return / \(\d+\)\.md$/i.test(name) || /\.sync-conflict-/i.test(name) || /conflicted copy/i.test(name) || / \(kopi\)\.md$/i.test(name);
}

/** One file's place in the build: given by name only, taken from the cache, or to be loaded. */
export type Step = { input: InputFile; kind: 'syncConflict' | 'unknown' } | { input: InputFile; task: FileTask };

/** The files of `source` in path order, hf.yaml first (the facts of the other files depend on its body codes). */
export function plan(source: RepoSource): Step[] {
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
export class Assembly {
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
    for (const s of source.skipped ?? []) {
      if (s.reason === 'journal') this.findings.push({ ruleId: 'interrupted-change', messageId: 'interrupted', file: s.path, line: 1, column: 1, data: { description: s.detail ?? '?' } });
      else this.findings.push({ ruleId: 'file-location', messageId: s.reason, file: s.path, line: 1, column: 1 });
    }
  }

  /** What the facts of the data files depend on; known once hf.yaml is added. */
  context(): FactContext {
    const headings = headingParser();
    const planFields = this.repo.config.plan.fields;
    return { bodies: this.repo.config.bodies.map((b) => b.code), ...(planFields.length ? { planFields } : {}), ...(headings ? { headings } : {}) };
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
      repo.cases.push((record = mapCase(path, data, '', parts[1]!.normalize('NFC'))));
      break;
    case 'meeting': {
      const meeting = mapMeeting(path, data, '', parts[1]!.normalize('NFC'), stemOf(parts));
      // A meeting on a day that does not exist (`2024-02-30.md` without a real `dato`) is no meeting:
      // meeting-file-name and the schema report it, and no rule compares its date.
      if (!isValidDate(meeting.date)) return;
      repo.meetings.push((record = meeting));
      break;
    }
    case 'plan':
      repo.plans.push((record = mapPlan(path, data, '', parts[1]!.normalize('NFC'))));
      break;
    case 'plan-row':
      repo.planRows.push((record = mapPlanRow(path, data, '', parts[1]!.normalize('NFC'), stemOf(parts))));
      break;
    case 'mandate':
      repo.mandates.push((record = mapMandate(path, data, '', stemOf(parts))));
      break;
    default:
      return;
  }
  // The record's text is its file's body, read when a command asks for it. The
  // mapper's own `text` (its last property) is taken away first: turning a data
  // property into an accessor would put every record into V8's slow dictionary
  // mode, and every rule reading it would pay for that; adding one keeps it fast.
  delete (record as { text?: string }).text;
  Object.defineProperty(record, SOURCE, { value: file });
  Object.defineProperty(record, 'text', TEXT);
}

const stemOf = (parts: string[]) => parts[parts.length - 1]!.replace(/\.md$/, '').normalize('NFC');

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
