import { isLang, type Lang } from '../i18n/lang.js';
import { readConfigYaml } from '../repo/config-yaml.js';
import { readConfigFile } from '../repo/fs.js';
import { findRoot } from '../repo/read.js';
import { parseYaml } from '../repo/yaml.js';

/** The `språk` of the repository around `cwd`, if there is one and it says. */
export function repoLanguage(cwd: string): Lang | undefined {
  try {
    const root = findRoot(cwd);
    const read = readConfigYaml(root);
    // A file that is not UTF-8 is read leniently here: its language may still be legible.
    const value = (read.ok ? read.parsed.value : parseYaml(readConfigFile(root).toString('utf8')).value) as { språk?: unknown } | undefined;
    return isLang(value?.språk) ? value.språk : undefined;
  } catch {
    return undefined;
  }
}
