/**
 * Reading only `hf.yaml` and the names of files, for commands that must stay
 * cheap in a large repository (`hf new-case` does not parse the cases).
 */
import { join } from 'node:path';
import type { Finding } from '../diagnostics/finding.js';
import { isValidDate } from '../model/case-number.js';
import { mapConfig } from '../model/map.js';
import type { Config } from '../model/types.js';
import { loadFile, type LoadedFile } from './load-file.js';
import { readConfigYaml } from './config-yaml.js';
import { lineStarts, positionAt } from './text.js';
import { bodyFolder, classify, CONFIG_FILE } from './paths.js';
import { fileNames, isPlainFile, readNoFollow } from './read.js';

export interface ConfigOnly {
  config: Config;
  /** Problems that make hf.yaml unusable (YAML errors, encoding). */
  findings: Finding[];
}

/** Loads and maps hf.yaml (parsed once per process with the command line's own questions about it). */
export function loadConfigOnly(root: string): ConfigOnly {
  const read = readConfigYaml(root);
  if (!read.ok) return { config: mapConfig(undefined), findings: [{ ruleId: 'encoding', messageId: read.problem, file: CONFIG_FILE, line: read.line, column: read.column }] };
  const { text, parsed } = read;
  const value = parsed.value;
  if (parsed.problems.length || !value || typeof value !== 'object' || Array.isArray(value)) {
    const offset = parsed.problems[0]?.offset ?? 0;
    return { config: mapConfig(undefined), findings: [{ ruleId: 'yaml', messageId: parsed.problems[0]?.code ?? 'not-mapping', file: CONFIG_FILE, ...positionAt(lineStarts(text), offset) }] };
  }
  return { config: mapConfig(value as Record<string, unknown>), findings: [] };
}

/**
 * Loads one data file by repository path, or undefined when there is no plain
 * file there: a link is never followed, and a folder by that name is not read.
 */
export function loadOne(root: string, path: string): LoadedFile | undefined {
  if (!isPlainFile(root, path)) return undefined;
  return loadFile(path, readNoFollow(join(root, path)), classify(path)).file;
}

/** The dates of a body's meetings, from the file names in `meetings/<body>/`, sorted. */
export function meetingDates(root: string, body: string): string[] {
  return fileNames(root, `meetings/${bodyFolder(body)}`)
    .filter((n) => /^\d{4}-\d{2}-\d{2}\.md$/.test(n))
    .map((n) => n.slice(0, 10))
    .filter(isValidDate)
    .sort();
}

/** The repository path of a meeting file. */
export function meetingPath(body: string, date: string): string {
  return `meetings/${bodyFolder(body)}/${date}.md`;
}
