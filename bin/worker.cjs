'use strict';
// A worker thread of the per-file stage (src/repo/parallel.ts) in the bundled
// command line: the same bundle and code cache as the main thread (bin/load.cjs).
require('./load.cjs').loadHf().exports.worker();
