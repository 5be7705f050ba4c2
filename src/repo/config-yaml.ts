/**
 * hf.yaml as YAML, for the questions the command line asks before a command runs
 * (the repository's language, the hf version it needs) and for commands that read
 * nothing else. Each asks for the file again, but the same text is parsed once per
 * process: at start-up that parse is a noticeable part of a small command.
 */
import { readConfigFile } from './fs.js';
import { decodeText, type DecodeProblem } from './text.js';
import { parseYaml, type ParsedYaml } from './yaml.js';

export type ConfigYaml = { ok: true; text: string; parsed: ParsedYaml } | DecodeProblem;

let last: { bytes: string; result: ConfigYaml } | undefined;

/**
 * Reads and parses `hf.yaml` at `root` (throws when it cannot be read, and
 * ConfigFileError when it is a symbolic link or not a file: it is never
 * followed). The result is shared between callers and must not be changed.
 */
export function readConfigYaml(root: string): ConfigYaml {
  const raw = readConfigFile(root);
  const key = raw.toString('latin1');
  if (last?.bytes === key) return last.result;
  const decoded = decodeText(raw);
  const result: ConfigYaml = decoded.ok ? { ok: true, text: decoded.text.normalize('NFC'), parsed: parseYaml(decoded.text.normalize('NFC')) } : decoded;
  last = { bytes: key, result };
  return result;
}
