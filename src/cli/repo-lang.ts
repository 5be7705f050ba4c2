import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, type Lang } from '../i18n/lang.js';
import { findRoot } from '../repo/read.js';
import { parseYaml } from '../repo/yaml.js';

/** The `språk` of the repository around `cwd`, if there is one and it says. */
export function repoLanguage(cwd: string): Lang | undefined {
  try {
    const root = findRoot(cwd);
    const value = parseYaml(readFileSync(join(root, 'hf.yaml'), 'utf8')).value as { språk?: unknown } | undefined;
    return isLang(value?.språk) ? value.språk : undefined;
  } catch {
    return undefined;
  }
}
