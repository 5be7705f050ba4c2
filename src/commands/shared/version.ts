/**
 * The running hf's version and the check against the version a repository
 * declares in `hf_versjon` (a semver range). Every command that opens a
 * repository goes through `checkHfVersion`, so an old hf never half-understands
 * a newer repository's files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isLang, translator, type Catalogue, type Lang } from '../../i18n/lang.js';
import { readConfigYaml } from '../../repo/config-yaml.js';
import { readConfigFile } from '../../repo/fs.js';
import { parseYaml } from '../../repo/yaml.js';
import { UsageError } from './context.js';

/** hf's package name: the one npm installs it by (the command is `hf`). */
export const HF_PACKAGE_NAME = '@helsefellesskap/hf';

interface OwnPackage {
  version: string;
  engines?: { node?: string };
  overrides?: Record<string, unknown>;
}
let cached: OwnPackage | undefined;
const ownPackage = () => (cached ??= JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as OwnPackage);

/** The version in hf's own package.json. */
export function hfVersion(): string {
  return ownPackage().version;
}

/** The Node.js versions hf runs on (`engines.node` of its package.json). */
export function hfEngines(): string {
  return ownPackage().engines?.node ?? '>=20';
}

/**
 * The dependency versions hf pins for its own dependencies (`overrides` of its
 * package.json). npm applies overrides only from the top package, so a
 * repository that installs hf copies them to get the tree hf was tested with.
 */
export function hfOverrides(): Record<string, unknown> | undefined {
  return ownPackage().overrides;
}

const messages: Catalogue<'tooOld' | 'tooOldHint' | 'tooNew' | 'tooNewHint' | 'badRange' | 'badRangeHint'> = {
  tooOld: {
    nb: 'Repoet krever hf {range} (hf_versjon i hf.yaml), men denne hf er versjon {version}, som er for gammel',
    en: 'The repository needs hf {range} (hf_versjon in hf.yaml), but this hf is version {version}, which is too old',
  },
  tooOldHint: {
    nb: 'Oppdater hf, for eksempel med `npm install --global hf@"{range}"`, og prøv igjen.',
    en: 'Update hf, for example with `npm install --global hf@"{range}"`, and try again.',
  },
  tooNew: {
    nb: 'Repoet krever hf {range} (hf_versjon i hf.yaml), men denne hf er versjon {version}, som er nyere enn repoet er laget for',
    en: 'The repository needs hf {range} (hf_versjon in hf.yaml), but this hf is version {version}, newer than the repository is made for',
  },
  tooNewHint: {
    nb: 'Bruk en hf som passer (`npm install --global hf@"{range}"`), eller oppdater hf_versjon i hf.yaml når repoet er kontrollert med den nye versjonen.',
    en: 'Use a matching hf (`npm install --global hf@"{range}"`), or update hf_versjon in hf.yaml once the repository has been checked with the new version.',
  },
  badRange: {
    nb: 'hf_versjon `{range}` i hf.yaml er ikke et gyldig versjonskrav',
    en: 'hf_versjon `{range}` in hf.yaml is not a valid version requirement',
  },
  badRangeHint: {
    nb: 'Skriv et versjonskrav som ">=0.1.0" eller "^0.1.0" (i anførselstegn).',
    en: 'Write a version requirement such as ">=0.1.0" or "^0.1.0" (in quotes).',
  },
};

export type VersionVerdict = { ok: true } | { ok: false; reason: 'tooOld' | 'tooNew' | 'badRange' };

/** `>=1.2.3` and plain release versions: a requirement and a version that need no range parser. */
const AT_LEAST = /^>=\s*v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;
const RELEASE = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

/**
 * Compares a running version with a repository's requirement; pre-releases count
 * as their release line. `>=x.y.z` (what hf init writes) with a release version is
 * decided here; any other requirement loads semver.
 */
export function judgeVersion(version: string, range: string): VersionVerdict {
  const least = AT_LEAST.exec(range);
  const running = RELEASE.exec(version);
  if (least && running) {
    for (let i = 1; i <= 3; i++) {
      const have = Number(running[i]);
      const need = Number(least[i]);
      if (have !== need) return have > need ? { ok: true } : { ok: false, reason: 'tooOld' };
    }
    return { ok: true };
  }
  const require = createRequire(import.meta.url);
  const satisfies = require('semver/functions/satisfies.js') as typeof import('semver/functions/satisfies.js');
  const gtr = require('semver/ranges/gtr.js') as typeof import('semver/ranges/gtr.js');
  const validRange = require('semver/ranges/valid.js') as typeof import('semver/ranges/valid.js');
  const valid = validRange(range);
  if (!valid) return { ok: false, reason: 'badRange' };
  if (satisfies(version, valid, { includePrerelease: true })) return { ok: true };
  return { ok: false, reason: gtr(version, valid, { includePrerelease: true }) ? 'tooNew' : 'tooOld' };
}

/**
 * Reads `hf_versjon` from the repository's hf.yaml and throws a usage error when
 * the running hf does not satisfy it. A repository without the key accepts any hf;
 * an unreadable hf.yaml is left to `hf validate` to report.
 */
export function checkHfVersion(root: string, lang: Lang | undefined, version = hfVersion()): void {
  const declared = declaredRange(root);
  if (!declared) return;
  const { range } = declared;
  const verdict = judgeVersion(version, range);
  if (verdict.ok) return;
  const m = translator(messages, lang ?? declared.lang ?? 'nb');
  const data = { range, version };
  throw new UsageError(m(verdict.reason, data), m(`${verdict.reason}Hint`, data));
}

/** `hf_versjon` as written; hf.yaml is only parsed when it mentions the key at all. */
function declaredRange(root: string): { range: string; lang?: Lang } | undefined {
  let text: string;
  try {
    text = readConfigFile(root).toString('utf8');
  } catch {
    return undefined;
  }
  if (!text.includes('hf_versjon')) return undefined;
  // Parsed once per process (the language was read from it already), unless it is not UTF-8.
  const read = readConfigYaml(root);
  const value = (read.ok ? read.parsed.value : parseYaml(text).value) as Record<string, unknown> | undefined;
  if (!value || typeof value !== 'object') return undefined;
  const v = value.hf_versjon;
  const range = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  if (!range) return undefined;
  return { range, ...(isLang(value.språk) ? { lang: value.språk } : {}) };
}
