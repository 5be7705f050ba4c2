/**
 * The schema of plan rows extended with the partnership's own fields
 * (hf.yaml `handlingsplan.felt`), so an own field is checked exactly as a built-in
 * one is: by type, by its allowed values, and reported at its line.
 *
 * The built-in schemas are compiled to code when hf is built (standalone.ts); an
 * extended schema can only be known at run time, so it is compiled here with ajv.
 * That costs some 50–100 ms (loading ajv and compiling), so it is done only when
 * hf.yaml declares own fields and a plan row actually has to be checked — files
 * the validation cache already knows are not — and once per process for the
 * same fields. hf.yaml is part of the cache key, so changing a field checks every
 * row again.
 */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { PlanField } from '../model/types.js';
import { AJV_OPTIONS, readSchema, SCHEMA_FILES } from './schemas.js';

const require = createRequire(import.meta.url);

const DEFS = 'defs.schema.json#/definitions/';

/** The JSON Schema of one own field. */
export function ownFieldSchema(field: PlanField): Record<string, unknown> {
  const title = field.label;
  switch (field.type) {
    case 'tekst':
      return { $ref: `${DEFS}tekst`, title };
    case 'liste':
      return { type: 'array', items: { type: 'string', minLength: 1 }, title, description: `${title}: en liste, [a, b] eller med - på hver linje.` };
    case 'tall':
      return { type: 'number', title };
    case 'dato':
      return { $ref: `${DEFS}dato`, title };
    case 'valg':
      // A choice without values is reported in hf.yaml; until it has some, any text is taken.
      return field.values?.length ? { enum: field.values, title } : { $ref: `${DEFS}tekst`, title };
  }
}

/** plan-row.schema.json with the own fields added to its properties (a new $id, so it can sit beside the original). */
export function planRowSchemaWith(fields: readonly PlanField[]): Record<string, unknown> {
  const base = readSchema(SCHEMA_FILES['plan-row']) as { $id: string; properties: Record<string, unknown> };
  const properties = { ...base.properties };
  for (const f of fields) if (!(f.name in properties)) properties[f.name] = ownFieldSchema(f);
  return { ...base, $id: base.$id.replace(/\.schema\.json$/, '-own-fields.schema.json'), properties };
}

const compiled = new Map<string, ValidateFunction>();

/** The validator of plan rows with these own fields, compiled on first use and kept for the process. */
export function planRowValidator(fields: readonly PlanField[]): ValidateFunction {
  const key = JSON.stringify(fields);
  let validate = compiled.get(key);
  if (!validate) {
    const Ajv = (require('ajv') as typeof import('ajv')).default;
    const ajv = new Ajv(AJV_OPTIONS);
    ajv.addSchema(readSchema('defs.schema.json'));
    validate = ajv.compile(planRowSchemaWith(fields));
    compiled.set(key, validate);
  }
  return validate;
}
