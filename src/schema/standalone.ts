/**
 * Writes the schema validators as JavaScript (ajv standalone code) next to this
 * module, run by `npm run build`. hf then loads plain functions instead of
 * compiling seven schemas at every start, which costs more than reading a
 * thousand files. The module records the fingerprint of the schema files it was
 * made from; schemas.ts ignores it when the files have changed since.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AJV_OPTIONS, compileValidators, SCHEMA_FILES, schemaFingerprint, STANDALONE_FILE, readSchema, type SchemaName } from './schemas.js';

const require = createRequire(import.meta.url);

/** The standalone module's source text. */
export function standaloneSource(): string {
  const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone/index.js')).default;
  const { ajv } = compileValidators({ ...AJV_OPTIONS, code: { source: true, esm: false, lines: false } });
  const refs: Record<string, string> = {};
  for (const [name, file] of Object.entries(SCHEMA_FILES) as [SchemaName, string][]) refs[name] = readSchema(file).$id as string;
  const code = standaloneCode(ajv, refs);
  // ajv's module exports the validators by name; wrap them with the fingerprint.
  return `${code}\nmodule.exports = { fingerprint: ${JSON.stringify(schemaFingerprint())}, validators: module.exports };\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(STANDALONE_FILE, standaloneSource());
}
