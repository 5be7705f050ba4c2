/**
 * The layers of hf, as a newcomer should be able to draw them: every import of
 * one of hf's own modules points down this list (or stays inside its folder),
 * and no modules import each other in a ring. Type-only and lazy imports count
 * too: a type is also an arrow between two rooms.
 *
 *   cli → commands → (site, export, import) → pdf → (render, rules, docx) → repo → schema → model → (diagnostics, i18n)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/bundled.js';

const SRC = join(REPO_ROOT, 'src');

/** Higher layers may import lower ones; folders of the same rank may not import each other. */
const LAYERS: Record<string, number> = {
  cli: 9,
  commands: 8,
  site: 7,
  export: 7,
  import: 7,
  pdf: 6,
  render: 5,
  rules: 5,
  docx: 5,
  repo: 4,
  schema: 3,
  model: 2,
  diagnostics: 1,
  i18n: 0,
};

/** Module → the modules it imports (absolute paths of .ts files). */
type ImportTable = Map<string, string[]>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The relative imports in a module's text (static, type-only, re-exports and lazy `import()`). */
function specifiersIn(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
}

function tableOf(modules: Record<string, string>): ImportTable {
  return new Map(Object.entries(modules).map(([file, text]) => [file, specifiersIn(text).map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')))]));
}

const folderOf = (file: string) => relative(SRC, file).split(sep)[0]!;

/** Imports that point up or sideways between layers: `from → to`. */
function layerViolations(table: ImportTable): string[] {
  const bad: string[] = [];
  for (const [file, targets] of table) {
    for (const target of targets) {
      const from = folderOf(file);
      const to = folderOf(target);
      if (from === to) continue;
      const a = LAYERS[from];
      const b = LAYERS[to];
      if (a === undefined || b === undefined || b >= a) bad.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
    }
  }
  return bad;
}

/** Rings of modules that import each other (Tarjan's strongly connected components). */
function importCycles(table: ImportTable): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of table.get(v) ?? []) {
      if (!table.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const ring: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        ring.push(relative(SRC, w));
      } while (w !== v);
      if (ring.length > 1) cycles.push(ring.sort());
    }
  };
  for (const f of table.keys()) if (!index.has(f)) visit(f);
  return cycles;
}

describe('the layers of src/', () => {
  const files = sources(SRC);
  const table = tableOf(Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')])));

  it('reads the imports of every module', () => {
    expect(files.length).toBeGreaterThan(150);
    expect([...table.values()].flat().length).toBeGreaterThan(500);
  });

  it('knows every top-level folder', () => {
    expect(readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory() && LAYERS[n] === undefined)).toEqual([]);
  });

  it('has every import point down the layers', () => {
    expect(layerViolations(table)).toEqual([]);
  });

  it('has no ring of modules importing each other', () => {
    expect(importCycles(table)).toEqual([]);
  });

  it('lets only src/cli import commander', () => {
    const users = files.filter((f) => /from 'commander'|import\('commander'\)/.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(users.filter((f) => !f.startsWith(`cli${sep}`))).toEqual([]);
  });

  it('reports an upward import, a sideways one and a ring', () => {
    const fake = tableOf({
      [join(SRC, 'model', 'a.ts')]: "import type { X } from '../repo/read.js';\nimport { b } from './b.js';",
      [join(SRC, 'model', 'b.ts')]: "export { a } from './a.js';",
      [join(SRC, 'render', 'c.ts')]: "const r = await import('../rules/engine.js');",
    });
    expect(layerViolations(fake)).toEqual([`model${sep}a.ts → repo${sep}read.ts`, `render${sep}c.ts → rules${sep}engine.ts`]);
    expect(importCycles(fake)).toEqual([[`model${sep}a.ts`, `model${sep}b.ts`]]);
  });
});
