/**
 * The floor: the least a one-process validator of this data can do. Read every
 * file, split the frontmatter, parse it with js-yaml's core schema and check it
 * with the compiled ajv schema of its kind. No positions, no rules, no output
 * beyond a count. `hf validate` is measured against this.
 *
 *   node bench/floor.mjs <repository>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const yaml = require('js-yaml');

const root = process.argv[2] ?? '.';
const schemaDir = new URL('../schemas/', import.meta.url);
const read = (f) => JSON.parse(readFileSync(new URL(f, schemaDir), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(read('defs.schema.json'));
const validators = {};
for (const name of ['case', 'meeting', 'plan', 'plan-row', 'mandate']) validators[name] = ajv.compile(read(`${name}.schema.json`));

function kindOf(parts) {
  switch (parts[0]) {
    case 'cases':
      return 'case';
    case 'meetings':
      return 'meeting';
    case 'plans':
      return parts[parts.length - 1] === 'plan.md' ? 'plan' : 'plan-row';
    default:
      return 'mandate';
  }
}

let files = 0;
let invalid = 0;
const walk = (dir, parts) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) walk(abs, [...parts, e.name]);
    else if (e.name.endsWith('.md')) {
      const text = readFileSync(abs, 'utf8');
      const end = text.indexOf('\n---', 4);
      const data = yaml.load(text.slice(4, end), { schema: yaml.CORE_SCHEMA });
      if (!validators[kindOf([...parts, e.name])](data)) invalid++;
      files++;
    }
  }
};
for (const d of ['cases', 'meetings', 'plans', 'mandates']) {
  try {
    walk(join(root, d), [d]);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
}
process.stdout.write(`${files} files, ${invalid} invalid\n`);
