#!/usr/bin/env node
'use strict';
// hf's command line (CommonJS, bin/package.json: an ES-module entry costs Node
// several milliseconds more to start). `hf --version` is answered before anything
// else is loaded; everything else runs dist/hf.cjs (bin/load.cjs).
const argv = process.argv.slice(2);
// A reader that stops early (`hf list cases | head`) closes the pipe: stop quietly, as other
// command-line tools do, instead of reporting a write error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '..', 'package.json'), 'utf8')).version + '\n');
} else {
  require('./load.cjs')
    .loadHf()
    .exports.main(argv)
    .then((code) => {
      process.exitCode = code;
    });
}
