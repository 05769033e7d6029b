#!/usr/bin/env node
'use strict';
// Built by `npm run build` (the `prepare` script runs it on `npm ci`).
require('../dist/cli/main.js').main(process.argv.slice(2));
