/**
 * Every package the code imports is declared in package.json: hf's own code
 * (src/, bin/) only what `dependencies` installs for a user, and the tests,
 * scripts and the benchmark what `devDependencies` add. A package that is only
 * there because another one pulls it in may disappear with the next update.
 * Imports are read with the TypeScript parser: static and dynamic imports,
 * `export … from`, `require(…)` and `import('…')` types.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/bundled.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const runtime = new Set(Object.keys(pkg.dependencies));
const declared = new Set([...runtime, ...Object.keys(pkg.devDependencies)]);

interface Import {
  file: string;
  line: number;
  specifier: string;
  /** Only types come from it: nothing of it is loaded at run time. */
  typeOnly: boolean;
}

/** The bare imports (no relative path, no Node built-in) of one file's source. */
function importsOf(file: string, text: string): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, /\.m?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const out: Import[] = [];
  const add = (node: ts.Node, literal: ts.Expression | undefined, typeOnly: boolean) => {
    if (!literal || !ts.isStringLiteralLike(literal)) return;
    const specifier = literal.text;
    if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)) return;
    out.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, specifier, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node, node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node)) add(node, node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal, true);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = (ts.isIdentifier(callee) && callee.text === 'require') || (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'require' && callee.name.text === 'resolve');
      if (isImport || isRequire) add(node, node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** `@scope/name/deep/path.js` → `@scope/name`, `name/deep` → `name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name) && !/\/fixtures(\/|$)/.test(e.parentPath))
    .map((e) => relative(REPO_ROOT, join(e.parentPath, e.name)));
}

function importsUnder(...dirs: string[]): Import[] {
  return dirs.flatMap((d) => (d.includes('.') ? [d] : filesUnder(d))).flatMap((f) => importsOf(f, readFileSync(join(REPO_ROOT, f), 'utf8')));
}

/** Whether the package (or, for types, its @types package) is in `names`. */
function isDeclared(i: Import, names: Set<string>): boolean {
  const name = packageOf(i.specifier);
  return names.has(name) || (i.typeOnly && names.has(`@types/${name.replace(/^@/, '').replace('/', '__')}`));
}

const show = (i: Import) => `${i.file}:${i.line} ${i.specifier}`;

describe('declared dependencies', () => {
  it("hf's own code imports only packages in dependencies (types may come from devDependencies)", () => {
    const imports = importsUnder('src', 'bin');
    expect(imports.length).toBeGreaterThan(20);
    expect(imports.filter((i) => !isDeclared(i, i.typeOnly ? declared : runtime)).map(show)).toEqual([]);
  });

  it('the tests, scripts and benchmark import only declared packages', () => {
    const imports = importsUnder('tests', 'scripts', 'bench', 'vitest.config.ts', 'eslint.config.js');
    expect(imports.filter((i) => packageOf(i.specifier) === 'jszip').length).toBeGreaterThan(0);
    expect(imports.filter((i) => !isDeclared(i, declared)).map(show)).toEqual([]);
  });

  it('would catch an undeclared import, a dev-only import in src and a require (the check can fail)', () => {
    const found = importsOf(
      'src/x.ts',
      [
        "import a from 'left-pad';",
        "import type { Root } from 'mdast';",
        "import { type A, b } from '@scope/pkg/deep.js';",
        "export * from 'other';",
        "const c = require('ajv/dist/standalone');",
        "const d = await import('lazy');",
        "type T = import('typed-only').T;",
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'path';",
        "import x from './local.js';",
      ].join('\n'),
    );
    expect(found.map((i) => [i.line, packageOf(i.specifier), i.typeOnly])).toEqual([
      [1, 'left-pad', false],
      [2, 'mdast', true],
      [3, '@scope/pkg', false],
      [4, 'other', false],
      [5, 'ajv', false],
      [6, 'lazy', false],
      [7, 'typed-only', true],
    ]);
    expect(isDeclared(found[0]!, declared)).toBe(false);
    expect(isDeclared({ file: 'src/x.ts', line: 1, specifier: 'fast-check', typeOnly: false }, runtime)).toBe(false);
    expect(isDeclared({ file: 'src/x.ts', line: 1, specifier: 'semver/ranges/gtr.js', typeOnly: false }, runtime)).toBe(true);
  });
});
