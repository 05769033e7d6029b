/**
 * Load benchmark: a synthetic corpus (bench/synthetic-corpus.ts) loaded into an
 * empty local Neo4j of its own by the real command (`diplograph load`, built in
 * dist/), then loaded again (every document unchanged). Prints documents/s and
 * statements/s for both passes, per batch size (by default the loader's, DEFAULT_BATCH_SIZE).
 *
 *   npm run build && node bench/run.js bench/load.ts [--docs 10000] [--batch-sizes 50,200] [--concurrency 1]
 *
 * The server lives in .neo4j/bench on ports 7694/7480 (DIPLOGRAPH_BENCH_NEO4J_* to change)
 * and is stopped at the end unless it was already running.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { emptyDatabase, startBenchServer } from './bench-server';
import { runBench } from './run-bench';
import { writeSyntheticCorpus } from './synthetic-corpus';
import { DEFAULT_BATCH_SIZE } from '../src/load/load-pipeline';

const ROOT = path.join(__dirname, '..');

interface Pass {
  seconds: number;
  summary: string;
}

function runLoad(
  file: string,
  batchSize: number,
  concurrency: number,
  env: NodeJS.ProcessEnv,
): Promise<Pass> {
  return new Promise((resolve, reject) => {
    const began = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'bin', 'diplograph.js'),
        'load',
        file,
        '--batch-size',
        String(batchSize),
        '--concurrency',
        String(concurrency),
      ],
      { env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - began) / 1e9;
      if (code !== 0) reject(new Error(`load exited ${String(code)}: ${out}`));
      else resolve({ seconds, summary: out.trim() });
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '10000' },
      // The loader's own default unless told (the figures in the README are at it).
      'batch-sizes': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      concurrency: { type: 'string', default: String(os.availableParallelism()) },
    },
  });
  const docs = Number(values.docs);
  const server = await startBenchServer();
  const driver = server.driver;
  const childEnv = server.env;
  const file = path.join(os.tmpdir(), `diplograph-bench-${docs}.jsonl`);
  if (!fs.existsSync(file)) writeSyntheticCorpus(docs, file, 42);
  const mb = fs.statSync(file).size / 1e6;
  process.stdout.write(`corpus: ${docs} synthetic documents, ${mb.toFixed(1)} MB (${file})\n`);
  process.stdout.write(`machine: ${os.availableParallelism()} cores\n\n`);
  try {
    for (const batchSize of values['batch-sizes'].split(',').map(Number)) {
      await emptyDatabase(driver);
      const first = await runLoad(file, batchSize, Number(values.concurrency), childEnv);
      const statements = Number(/— (\d+) statements/.exec(first.summary)?.[1] ?? NaN);
      const second = await runLoad(file, batchSize, Number(values.concurrency), childEnv);
      process.stdout.write(
        [
          `batch size ${batchSize}, ${values.concurrency} extraction worker(s):`,
          `  first load:  ${first.seconds.toFixed(1)} s, ${(docs / first.seconds).toFixed(0)} docs/s, ${(statements / first.seconds).toFixed(0)} statements/s (${statements} statements)`,
          `               ${first.summary}`,
          `  re-load:     ${second.seconds.toFixed(1)} s, ${(docs / second.seconds).toFixed(0)} docs/s — ${(first.seconds / second.seconds).toFixed(1)}× faster than the first load`,
          `               ${second.summary}`,
          '',
        ].join('\n'),
      );
    }
  } finally {
    await server.stop();
  }
}

runBench(main);
