/**
 * The JSON Schemas in `schemas/` compiled once with ajv. The same files are what
 * editors use for completion, so there is one definition of the file format.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { FileKind } from '../repo/paths.js';

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

/** Reads a schema file as JSON. */
export function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_DIR + file, 'utf8')) as Record<string, unknown>;
}

/** Compiled validators, built on first use. */
export function getValidator(name: SchemaName): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv.default({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
    ajv.addSchema(readSchema('defs.schema.json'));
    validators = new Map();
    for (const [n, file] of Object.entries(SCHEMA_FILES) as [SchemaName, string][]) {
      validators.set(n, ajv.compile(readSchema(file)));
    }
  }
  return validators.get(name)!;
}

export type { ErrorObject };
