'use strict';
/**
 * Loads hf's command line, dist/hf.cjs (scripts/bundle.mjs), compiled with the V8
 * code cache the build made for it (dist/hf.cjs.cache), and returns its exports
 * (`main`). Without a cache, or with one V8 does not accept (another Node version),
 * the file is compiled as usual. The bundle imports ES-module packages through
 * `__hfImport`, given here: code compiled with a code cache cannot import() by
 * itself in Node 20.
 */
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const FILE = join(DIST, 'hf.cjs');

/** `cache`: false compiles without the code cache (scripts/code-cache.mjs makes the cache so). */
function loadHf({ cache = true } = {}) {
  // The bundle is ASCII: latin1 is the quickest way to read it.
  const source = readFileSync(FILE, 'latin1');
  let cachedData;
  if (cache) {
    try {
      cachedData = readFileSync(`${FILE}.cache`);
    } catch {
      // No cache: compile as usual.
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __hfImport) {${source}\n})`, { filename: FILE, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(FILE), module, FILE, DIST, (specifier) => import(specifier));
  return { exports: module.exports, script };
}

module.exports = { loadHf };
