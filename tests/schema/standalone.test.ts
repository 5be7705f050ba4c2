/**
 * The validators `npm run build` writes as code must report exactly what ajv
 * compiling the schemas at run time reports, error for error, since the schema
 * findings (and their wording) are built from those errors.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ALL_SCHEMA_FILES, AJV_OPTIONS, compileValidators, readSchema, SCHEMA_FILES, schemaFingerprint, type SchemaName } from '../../src/schema/schemas.js';
import { standaloneSource } from '../../src/schema/standalone.js';

function load(source: string): Record<SchemaName, (data: unknown) => boolean> {
  const module = { exports: {} as Record<string, unknown> };
  // The module is hf's own generated code, evaluated here as Node would require it.
  new Function('module', 'exports', 'require', source)(module, module.exports, createRequire(import.meta.url));
  return (module.exports as { validators: Record<SchemaName, (data: unknown) => boolean> }).validators;
}

const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('', 'SSU', '2024.10', '2024-09-26', '12:30', 'SSU 2024.17', 'lukket', 'åpen', 'x', 'https://a.no', 'satsning'),
    fc.integer({ min: -2, max: 3 }),
    fc.constantFrom(2024.1, true, null),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('tittel', 'organ', 'saksnr', 'navn', 'kode', 'hva', 'status', 'type', 'område', 'tekst', 'punkter', 'ukjent', 'fil'), tie('v'), { maxKeys: 4 }),
  ),
})).v;

describe('precompiled schema validators', () => {
  const { validators: compiled } = compileValidators();
  const standalone = load(standaloneSource());

  it('compile at run time without printing a warning to the user', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      compileValidators();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('measure strings by .length only where that equals counting characters (minLength 1)', () => {
    expect(AJV_OPTIONS.unicode).toBe(false);
    const lengths: unknown[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'minLength' || k === 'maxLength') lengths.push({ [k]: x });
          walk(x);
        }
      }
    };
    for (const file of ALL_SCHEMA_FILES) walk(readSchema(file));
    expect(lengths.length).toBeGreaterThan(0);
    expect(lengths.every((l) => JSON.stringify(l) === '{"minLength":1}')).toBe(true);
  });

  it('carry the fingerprint of the schema files', () => {
    expect(standaloneSource()).toContain(JSON.stringify(schemaFingerprint()));
  });

  for (const name of Object.keys(SCHEMA_FILES) as SchemaName[]) {
    it(`report what ajv reports for ${name}`, () => {
      const keys = fc.constantFrom('tittel', 'organ', 'saksnr', 'møte', 'navn', 'organer', 'sakstype', 'vedlegg', 'oppfølging', 'status', 'type', 'område', 'dato', 'start', 'punkter', 'tittle', 'språk');
      fc.assert(
        fc.property(fc.dictionary(keys, anyValue, { maxKeys: 6 }), (data) => {
          const a = compiled.get(name)!;
          const b = standalone[name] as ((d: unknown) => boolean) & { errors?: unknown };
          expect(b(structuredClone(data))).toBe(a(structuredClone(data)));
          expect(JSON.parse(JSON.stringify(b.errors ?? null))).toEqual(JSON.parse(JSON.stringify(a.errors ?? null)));
        }),
        { numRuns: 300 },
      );
    });
  }
});
