/**
 * The JSON Schemas in `schemas/` compiled once with ajv. The same files are what
 * editors use for completion, so there is one definition of the file format.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import type { FileKind } from '../model/files.js';

const require = createRequire(import.meta.url);

export type SchemaName = 'hf' | 'case' | 'meeting' | 'plan' | 'plan-row' | 'mandate';

export const SCHEMA_FILES: Record<SchemaName, string> = {
  hf: 'hf.schema.json',
  case: 'case.schema.json',
  meeting: 'meeting.schema.json',
  plan: 'plan.schema.json',
  'plan-row': 'plan-row.schema.json',
  mandate: 'mandate.schema.json',
};

/** The folder of the schemas shipped with hf. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

export function schemaForKind(kind: FileKind): SchemaName | undefined {
  switch (kind) {
    case 'config':
      return 'hf';
    case 'case':
    case 'queued-case':
      return 'case';
    case 'meeting':
      return 'meeting';
    case 'plan':
      return 'plan';
    case 'plan-row':
      return 'plan-row';
    case 'mandate':
      return 'mandate';
    default:
      return undefined;
  }
}

let validators: Map<SchemaName, ValidateFunction> | undefined;
let fingerprint: string | undefined;

/** Reads a schema file as JSON. */
export function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_DIR + file, 'utf8')) as Record<string, unknown>;
}

/**
 * The ajv options; the precompiled validators (standalone.ts) are built with the
 * same. `unicode: false` measures strings by `.length` instead of walking them for
 * surrogate pairs: the schemas' only length keyword is `minLength: 1`, for which
 * the two agree (a test keeps it so), and the walk cost more than the rest of the
 * schema check.
 */
export const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, unicode: false, logger: quietLogger() };

/**
 * ajv's logger without its notice that `unicode` is deprecated (ajv 8 still
 * honours the option): a user whose schemas are compiled at run time should not
 * see a warning meant for hf's developers. Everything else is passed on.
 */
function quietLogger() {
  return {
    log: (...args: unknown[]) => console.log(...args),
    warn: (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('DEPRECATED: option unicode')) return;
      console.warn(...args);
    },
    error: (...args: unknown[]) => console.error(...args),
  };
}

/** Every schema file, the shared definitions first. */
export const ALL_SCHEMA_FILES = ['defs.schema.json', ...Object.values(SCHEMA_FILES)];

/** A hash of the schema files as they are on disk now: the precompiled validators and the cache are valid for it only. */
export function schemaFingerprint(): string {
  if (!fingerprint) {
    const hash = createHash('sha256');
    for (const file of ALL_SCHEMA_FILES) hash.update(file).update('\0').update(readFileSync(SCHEMA_DIR + file)).update('\0');
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}

/** Where `npm run build` writes the validators as code, so that a run does not compile the schemas. */
export const STANDALONE_FILE = fileURLToPath(new URL('./validators.cjs', import.meta.url));

/** Compiles the schemas with ajv (when the precompiled validators are missing or stale). */
export function compileValidators(options: Options = AJV_OPTIONS) {
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  const ajv = new Ajv(options);
  ajv.addSchema(readSchema('defs.schema.json'));
  const map = new Map<SchemaName, ValidateFunction>();
  for (const [n, file] of Object.entries(SCHEMA_FILES) as [SchemaName, string][]) map.set(n, ajv.compile(readSchema(file)));
  return { ajv, validators: map };
}

/**
 * Compiled validators, built on first use: the precompiled module when it was
 * made from the schema files on disk now, otherwise compiled here.
 */
export function getValidator(name: SchemaName): ValidateFunction {
  if (!validators) {
    if (existsSync(STANDALONE_FILE)) {
      const mod = require(STANDALONE_FILE) as { fingerprint: string; validators: Record<SchemaName, ValidateFunction> };
      if (mod.fingerprint === schemaFingerprint()) validators = new Map(Object.entries(mod.validators) as [SchemaName, ValidateFunction][]);
    }
    validators ??= compileValidators().validators;
  }
  return validators.get(name)!;
}

export type { ErrorObject };
