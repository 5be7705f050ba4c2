/**
 * Reading only `hf.yaml` and the names of files, for commands that must stay
 * cheap in a large repository (`hf new-case` does not parse the cases).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../diagnostics/finding.js';
import { isValidDate } from '../model/case-number.js';
import { mapConfig } from '../model/map.js';
import type { Config } from '../model/types.js';
import { loadFile, type LoadedFile } from './load-file.js';
import { decodeText, lineStarts, positionAt } from './text.js';
import { parseYaml } from './yaml.js';
import { bodyFolder, classify, CONFIG_FILE } from './paths.js';
import { isInside } from './read.js';

export interface ConfigOnly {
  config: Config;
  /** Problems that make hf.yaml unusable (YAML errors, encoding). */
  findings: Finding[];
}

/**
 * Loads and maps hf.yaml with the strict parser, which the command line has
 * already loaded to read the repository's language and version (so no second
 * YAML library is loaded for a one-file read).
 */
export function loadConfigOnly(root: string): ConfigOnly {
  const decoded = decodeText(readFileSync(join(root, CONFIG_FILE)));
  if (!decoded.ok) return { config: mapConfig(undefined), findings: [{ ruleId: 'encoding', messageId: decoded.problem, file: CONFIG_FILE, line: decoded.line, column: decoded.column }] };
  const text = decoded.text.normalize('NFC');
  const parsed = parseYaml(text);
  const value = parsed.value;
  if (parsed.problems.length || !value || typeof value !== 'object' || Array.isArray(value)) {
    const offset = parsed.problems[0]?.offset ?? 0;
    return { config: mapConfig(undefined), findings: [{ ruleId: 'yaml', messageId: parsed.problems[0]?.code ?? 'not-mapping', file: CONFIG_FILE, ...positionAt(lineStarts(text), offset) }] };
  }
  return { config: mapConfig(value as Record<string, unknown>), findings: [] };
}

/** Loads one data file by repository path, or undefined when it does not exist. */
export function loadOne(root: string, path: string): LoadedFile | undefined {
  const abs = join(root, path);
  if (!isInside(root, path) || !existsSync(abs)) return undefined;
  return loadFile(path, readFileSync(abs), classify(path)).file;
}

/** The dates of a body's meetings, from the file names in `meetings/<body>/`, sorted. */
export function meetingDates(root: string, body: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, 'meetings', bodyFolder(body)));
  } catch {
    return [];
  }
  return names
    .filter((n) => /^\d{4}-\d{2}-\d{2}\.md$/.test(n))
    .map((n) => n.slice(0, 10))
    .filter(isValidDate)
    .sort();
}

/** The repository path of a meeting file. */
export function meetingPath(body: string, date: string): string {
  return `meetings/${bodyFolder(body)}/${date}.md`;
}
