#!/usr/bin/env node
'use strict';
/**
 * Runs a TypeScript file without a build and without new packages:
 * `.ts` files are transpiled in memory with the project's own `typescript`
 * (transpileModule, CommonJS). Usage: node bench/run.js bench/extract.ts [args]
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      resolveJsonModule: true,
      sourceMap: false,
    },
  });
  module._compile(outputText, filename);
};

const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: node bench/run.js <file.ts> [args…]\n');
  process.exit(2);
}
process.argv.splice(1, 1);
require(path.resolve(entry));
