/**
 * The part of a large repository the documents of one meeting need, read through
 * the cache's summary instead of loading every file: hf.yaml; every meeting (a
 * notice lists earlier minutes awaiting approval) and mandate (quorum rules,
 * deadlines); the cases of any body on that date; every case whose follow-up
 * items belong to the body (its own, and items other bodies' cases give it),
 * every case that follows up another, and the cases the meeting's cases follow
 * up (quoted in the notice) or whose recommendation they treat; and the files
 * that could not be read (named in a warning). Every case, meeting and mandate
 * file is still looked at (listed, and its time stamps compared with the
 * cache), so a file changed since the cache was written is loaded as it is now, and the renderers get the same records for this
 * meeting as from the whole repository.
 */
import { lstatSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../diagnostics/finding.js';
import { formatCaseNumber, parseCaseRef } from '../model/case-number.js';
import type { Repository } from '../model/repository.js';
import { Assembly, plan, type InputFile, type SkipReason } from './assemble.js';
import { openSummary } from './cache.js';
import { readConfigYaml } from './config-yaml.js';
import { findConflictMarker } from './frontmatter.js';
import { CONFIG_FILE } from './paths.js';
import { pathExists, readNoFollow, walkData } from './read.js';
import type { FileResult } from './stage.js';

/**
 * Loads what the documents of `body`'s meeting on `date` need, or undefined when
 * the repository has no usable cache (the caller then loads everything). `body`
 * is the code as given; a body hf.yaml does not have gets no follow-up items.
 */
export async function loadMeetingScope(root: string, body: string, date: string): Promise<{ repo: Repository; findings: Finding[] } | undefined> {
  const summary = openSummary(root);
  if (!summary) return undefined;
  const code = body.trim().toUpperCase();
  const chosen: InputFile[] = [];
  const changed: InputFile[] = [];
  /** Cached files the documents need, by their number in the summary. */
  const fromCache: Listed[] = [];
  /** Cached cases with a number that the meeting's cases might follow up (most cases: kept as plain records). */
  const numbered = new Map<string, Listed[]>();
  const consider = (path: string, abs: string, st: Stats) => {
    const i = summary.indexOf(path);
    if (i === undefined || !summary.fresh(i, st)) {
      // New or changed since the cache was written: loaded as it is now, and always included.
      changed.push(input(path, abs));
      return;
    }
    const facet = summary.facet(i);
    // Every meeting (a notice lists the minutes awaiting approval) and mandate (quorum, deadlines): few files.
    const kind = summary.kind(i);
    if (facet.u || facet.d === date || facet.a || facet.o?.includes(code) || kind === 'meeting' || kind === 'mandate') fromCache.push({ path, abs, i });
    else if (facet.n) {
      const list = numbered.get(facet.n);
      if (list) list.push({ path, abs, i });
      else numbered.set(facet.n, [{ path, abs, i }]);
    }
  };
  const skipped: { path: string; reason: SkipReason }[] = [];
  walk(root, ['cases', 'meetings', 'mandates'], consider, (path, reason) => skipped.push({ path, reason }));

  const targets = new Set<string>();
  summary.results(fromCache.map((c) => c.i)).forEach((result, k) => {
    const { path, abs } = fromCache[k]!;
    chosen.push(input(path, abs, result));
    followed(result, date, targets);
  });
  // Changed files go through the per-file stage, unless the build reports them by name only
  // (sync-conflict copies, files where no kind of file belongs) or skips them.
  const changedSteps = plan({ root, files: changed, exists: () => false });
  if (changedSteps.some((step) => 'task' in step)) {
    // Only now the stage (YAML, schemas) is loaded: most runs find nothing changed.
    const { processFile } = await import('./stage.js');
    for (const step of changedSteps) {
      if (!('task' in step)) continue;
      // Facts (which depend on hf.yaml's bodies) are not what documents read; the record is the same.
      step.input.loaded = processFile(step.task, { bodies: [] });
      followed(step.input.loaded, date, targets);
    }
  }
  chosen.push(...changed);
  // The earlier cases the meeting's cases follow up, quoted in the notice (every case with that number).
  const quoted = [...targets].flatMap((n) => numbered.get(n) ?? []);
  summary.results(quoted.map((q) => q.i)).forEach((result, k) => {
    const { path, abs } = quoted[k]!;
    chosen.push(input(path, abs, result));
  });

  const config = input(CONFIG_FILE, join(root, CONFIG_FILE));
  config.loaded = configResult(root);
  const source = { root, files: [config, ...chosen], skipped, exists: (p: string) => pathExists(root, p) };
  const assembly = new Assembly(source);
  for (const step of plan(source)) {
    if ('kind' in step) assembly.byName(step.input, step.kind);
    else if (step.input.loaded) assembly.add(step.input, step.input.loaded);
  }
  return { repo: assembly.repo, findings: assembly.findings };
}

/** hf.yaml as the per-file stage gives it, from the parse the command line has made already. */
function configResult(root: string): FileResult {
  const read = readConfigYaml(root);
  let data: Record<string, unknown> | undefined;
  if (read.ok && findConflictMarker(read.text) < 0 && read.parsed.problems.length === 0) {
    const v = read.parsed.value;
    if (v && typeof v === 'object' && !Array.isArray(v)) data = v as Record<string, unknown>;
  }
  return { path: CONFIG_FILE, kind: 'config', bom: false, eol: '\n', data, yamlOffset: 0, bodyOffset: 0, facts: {}, findings: [] };
}

/** Adds the numbers of the cases `result` follows up or treats the recommendation of, when it is a case of the meeting on `date`. */
function followed(result: FileResult, date: string, targets: Set<string>): void {
  const data = result.data;
  if (!data || data.møte !== date) return;
  for (const field of ['oppfølging_av', 'innstilling_fra']) {
    const ref = typeof data[field] === 'string' ? parseCaseRef(data[field]) : undefined;
    if (ref) targets.add(formatCaseNumber(ref.number));
  }
}

/** A listed file: its repository path, absolute path and number in the cache's summary. */
interface Listed {
  path: string;
  abs: string;
  i: number;
}

function input(path: string, abs: string, loaded?: FileResult): InputFile {
  return {
    path,
    abs,
    loaded,
    get bytes() {
      return readNoFollow(abs);
    },
  };
}

/**
 * Every Markdown file under the data folders `tops` with its time stamps, and
 * the entries listDataFiles reports, found the same way (walkData): hidden
 * folders skipped, symbolic links not followed.
 */
function walk(root: string, tops: readonly string[], found: (path: string, abs: string, st: Stats) => void, odd: (path: string, reason: SkipReason) => void): void {
  walkData(
    root,
    {
      file(path, abs) {
        const st = lstatSync(abs, { throwIfNoEntry: false });
        if (st?.isFile()) found(path, abs, st);
      },
      odd,
    },
    tops,
  );
}
