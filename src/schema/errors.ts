/**
 * Turning ajv errors into findings: one finding per real problem, at the key or
 * value it concerns, with a message a secretary can act on ("Ukjent felt
 * `tittle` — mente du `tittel`?") rather than ajv's wording.
 */
import type { ErrorObject } from 'ajv';
import type { Finding } from '../diagnostics/finding.js';
import type { LoadedFile, YamlPath } from '../model/files.js';
import { englishDescription } from './english.js';

/** The schema's description for a hint, in Norwegian and in English. */
function describe(schema: { title?: string; description?: string }): { description: string; descriptionEn: string } {
  const description = schema.description ?? schema.title ?? '';
  return { description, descriptionEn: englishDescription(description) };
}

/** Splits an ajv instancePath (`/vedlegg/0/tittel`) into path segments. */
export function instancePathSegments(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Human form of a path: `vedlegg[1].tittel` with 1-based indexes. */
export function displayPath(path: YamlPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg + 1}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

/**
 * Converts ajv errors for one file. `skip` lets a more specific rule claim a path
 * (an unquoted case number is reported by `saksnr-quoted`, not as a type error).
 */
export function schemaFindings(file: LoadedFile, errors: readonly ErrorObject[], skip: (path: YamlPath) => boolean = () => false): Finding[] {
  const findings: Finding[] = [];
  // anyOf/oneOf produce one error per branch; report the alternative once, at its path.
  const unionPaths = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  for (const e of errors) {
    const path = instancePathSegments(e.instancePath);
    if (skip(path)) continue;
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && [...unionPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/'))) continue;
    if (e.keyword === 'if') continue;
    const field = displayPath(path);
    const schema = (e.parentSchema ?? {}) as { title?: string; description?: string; properties?: Record<string, unknown> };
    let messageId: string;
    let data: Record<string, unknown>;
    let at: YamlPath = path;
    let part: 'key' | 'value' = 'value';
    switch (e.keyword) {
      case 'required': {
        const property = (e.params as { missingProperty: string }).missingProperty;
        messageId = 'required';
        data = { property, field: field || '', where: field ? `\`${field}\`` : '' };
        if (field) messageId = 'requiredIn';
        break;
      }
      case 'additionalProperties': {
        const property = (e.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys(schema.properties ?? {});
        const suggestion = closest(property, known);
        messageId = suggestion ? 'unknownKeySuggest' : 'unknownKey';
        data = { property, suggestion: suggestion ?? '', allowed: known.join(', ') };
        at = [...path, property];
        part = 'key';
        break;
      }
      case 'type': {
        const expected = String((e.params as { type: string | string[] }).type);
        messageId = 'type';
        data = { field, expected, actual: typeOf(e.data) };
        break;
      }
      case 'enum': {
        messageId = 'enum';
        data = { field, value: String(e.data), allowed: ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ') };
        break;
      }
      case 'const': {
        messageId = 'enum';
        data = { field, value: String(e.data), allowed: String((e.params as { allowedValue: unknown }).allowedValue) };
        break;
      }
      case 'pattern':
      case 'format': {
        messageId = 'pattern';
        data = { field, value: String(e.data), ...describe(schema) };
        break;
      }
      case 'minLength':
      case 'minItems': {
        messageId = 'empty';
        data = { field };
        break;
      }
      case 'uniqueItems': {
        messageId = 'duplicateItem';
        data = { field };
        break;
      }
      case 'minimum':
      case 'maximum': {
        messageId = 'range';
        data = { field, value: String(e.data), limit: String((e.params as { limit: number }).limit) };
        break;
      }
      case 'anyOf':
      case 'oneOf': {
        messageId = 'union';
        data = { field, ...describe(schema) };
        break;
      }
      default: {
        messageId = 'other';
        data = { field, detail: e.message ?? e.keyword };
      }
    }
    const pos = file.locate(at, part);
    const key = `${pos.line}:${pos.column}:${messageId}:${JSON.stringify(data)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ ruleId: 'schema', messageId, data, file: file.path, ...pos });
  }
  return findings;
}

/** The known key closest to a misspelt one (edit distance ≤ 2, or a case/accent difference). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/ø/g, 'o').replace(/å/g, 'a').replace(/æ/g, 'ae').replace(/[\s_-]/g, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (fold(c) === fold(word)) return c;
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= Math.min(2, Math.floor(word.length / 3) + 1) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
