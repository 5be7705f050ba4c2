// Build step (after tsc): hf's command line as one CommonJS file, dist/hf.cjs, and
// the V8 code cache for it, dist/hf.cjs.cache, which bin/hf.js loads (bin/load.cjs).
//
// Why: starting a command used to load some two hundred ES modules, each resolved,
// read and compiled on every run, which cost more than starting Node itself. One
// file, compiled from a code cache, is read and ready in a few milliseconds. (Also
// measured, and not kept: one ES-module bundle split by dynamic import(), which saved
// a tenth; and a V8 start-up snapshot, `node --snapshot-blob`, which was slower than
// the code cache before counting the second Node process it needs; bench/results.md
// and the README say more.)
//
// - Bundled: hf's own modules, and commander and js-yaml, which every command loads.
//   Every other package stays in node_modules and is loaded when a command needs it,
//   as before (docx, pdf-lib, unified/remark, playwright-core, pagefind, yaml, ajv, …):
//   some need their own package folder, some are loaded lazily with createRequire,
//   and none is needed to start.
// - hf's modules find files next to themselves (../../package.json, the schemas, the
//   compiled validators dist/schema/validators.cjs, bin/hf.js, the worker) and load
//   packages relative to import.meta.url. In the bundle, each module's
//   import.meta.url is the URL of the file tsc wrote for it in dist/, so all of that
//   resolves as it did; the worker threads still run dist/repo/worker.js.
// - A dynamic import() of a package becomes __hfImport(), which the loader provides
//   from its own (ordinary) module: code compiled with a V8 code cache cannot import()
//   by itself in Node 20.
// - The output is ASCII (esbuild escapes strings and names, and this script what is left in
//   regular expressions), so the loader reads it as latin1.
//
// The code cache is made by running a few commands in this build (scripts/code-cache.mjs)
// on a copy of the bundled data, so it holds what starting a command compiles. V8
// checks it against the file and the Node version and ignores it when they differ:
// then hf compiles as usual, only slower.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = `${ROOT}src/`;
const OUT = `${ROOT}dist/hf.cjs`;
/** Packages bundled with hf: what every command loads. */
const BUNDLED = new Set(['commander', 'js-yaml']);

/**
 * Files of the build that hf requires by a path worked out at run time: bundled
 * too, so that they are compiled from the code cache (each change is checked).
 */
const INLINE = {
  // The worker threads of the per-file stage run the bundle too (bin/worker.cjs, which calls main.ts's worker()).
  'repo/parallel.ts': { find: "new URL('./worker.js', import.meta.url)", replace: '__hfWorker', prepend: '' },
  // The schema validators compiled to code (dist/schema/validators.cjs, made after tsc); schemas.ts still checks their fingerprint.
  'schema/schemas.ts': {
    find: 'require(STANDALONE_FILE)',
    replace: '__hfValidators',
    prepend: `import __hfValidators from ${JSON.stringify(`${ROOT}dist/schema/validators.cjs`)};\n`,
  },
};

const hfLayout = {
  name: 'hf-layout',
  setup(b) {
    // Packages other than BUNDLED stay where npm put them.
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return BUNDLED.has(name) ? undefined : { external: true };
    });
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      const inSrc = relative(SRC, args.path).split('\\').join('/');
      const inline = INLINE[inSrc];
      if (inline) {
        if (!text.includes(inline.find)) throw new Error(`${inSrc} no longer has ${inline.find}: update INLINE in scripts/bundle.mjs`);
        text = inline.prepend + text.replace(inline.find, inline.replace);
      }
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
      const inDist = inSrc.replace(/\.ts$/, '.js');
      return { contents: text.replaceAll('import.meta.url', `__hfUrl(${JSON.stringify(inDist)})`), loader: 'ts' };
    });
  },
};

await rm(`${OUT}.cache`, { force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/cli/main.ts'],
  outfile: OUT,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  charset: 'ascii',
  plugins: [hfLayout],
  // The URL of a module's file in dist/ (this file is in dist/ too).
  banner: {
    js: [
      "const __hfUrl = (inDist) => require('node:url').pathToFileURL(require('node:path').join(__dirname, inDist)).href;",
      "const __hfWorker = require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', 'bin', 'worker.cjs'));",
    ].join('\n'),
  },
  // Licence comments of the bundled packages stay with their code.
  legalComments: 'inline',
  logLevel: 'warning',
});
const text = await readFile(OUT, 'utf8');
// esbuild's ascii charset escapes strings and names but leaves regular expression
// literals as written ([A-ZÆØÅ], [-–—]); read as latin1 they would match other
// characters. \uXXXX means the same character in a string, a name, a comment and a
// regular expression, with or without the u flag (a pair of surrogates in u mode is
// the one character they make).
const ascii = text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
if (/String\.raw`[^`]*[^\x00-\x7f]|\\[^\x00-\x7f]/.test(text)) throw new Error('dist/hf.cjs has a String.raw template or an escaped character outside ASCII, which \\u escapes would change');
const bundled = ascii.replace(/\bimport\(("[^"\\]+")\)/g, '__hfImport($1)');
if (/\bimport\((?!new URL\('pagefind\/pagefind\.js')/.test(bundled)) throw new Error('dist/hf.cjs has a dynamic import() that is not of a package name; bin/load.cjs cannot run it');
await writeFile(OUT, bundled);

const made = spawnSync(process.execPath, [fileURLToPath(new URL('code-cache.mjs', import.meta.url))], { stdio: 'inherit' });
if (made.status !== 0) throw new Error('making the code cache failed');
