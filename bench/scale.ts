/**
 * Scale benchmark for `diplograph import` (issue #11, item 4): synthetic corpora
 * (bench/synthetic-corpus.ts, about 4.6 statements per document) of each size are imported
 * by the real command (built in dist/) into the bench's own local Neo4j (bench-server.ts,
 * emptied first), then the GraphQL bench (bench/graphql.ts) runs against it with the
 * result cache off. Prints per size: build time, statements/s, the importer's peak RSS
 * (VmHWM of the `diplograph import` process, worker threads included; the Neo4j server and
 * neo4j-admin are separate processes, not counted), and the GraphQL figures; then the
 * targets: ≥ 20,000 statements/s at 10k documents; the ≥ 1M-statement graph within 15
 * minutes and 8 GB; timeline and lookup p99 at the largest size ≤ 2× their 10k values.
 *
 *   npm run build && node bench/run.js bench/scale.ts [--sizes 10000,220000] [--seconds 10] [--concurrency N]
 *
 * Benchmarks print figures; they assert nothing. The machine's other load shows in them.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { emptyDatabase, startBenchServer } from './bench-server';
import { runBench } from './run-bench';
import { writeSyntheticCorpus } from './synthetic-corpus';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'diplograph.js');

interface Build {
  seconds: number;
  statements: number;
  peakRssMb: number;
  summary: string;
}

function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m === null ? 0 : Number(m[1]) / 1024;
  } catch {
    return 0;
  }
}

/** `diplograph import FILE` on the bench's local server (NEO4J_URI unset: the local path). */
function runImport(
  file: string,
  env: NodeJS.ProcessEnv,
  concurrency: string | undefined,
): Promise<Build> {
  return new Promise((resolve, reject) => {
    const began = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [BIN, 'import', file, ...(concurrency === undefined ? [] : ['--concurrency', concurrency])],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid!))), 200);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      // The importer's own progress lines; neo4j-admin's dotted progress bars are dropped.
      for (const line of d.toString().split('\n'))
        if (line.trim() !== '' && !/^[-.]/.test(line)) process.stderr.write(`  | ${line}\n`);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - began) / 1e9;
      if (code !== 0) return reject(new Error(`import exited ${String(code)}: ${out}`));
      const statements = Number(/— (\d+) statements/.exec(out)?.[1] ?? NaN);
      resolve({ seconds, statements, peakRssMb: peak, summary: out.trim() });
    });
  });
}

interface Query {
  scenario: string;
  clients: number;
  p99: number;
  line: string;
}

/** bench/graphql.ts, cache off, as a child process; its table lines are parsed for p99. */
function runGraphql(
  env: NodeJS.ProcessEnv,
  seconds: string,
  documents: number,
): Promise<{ text: string; rows: Query[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(__dirname, 'run.js'),
        path.join(__dirname, 'graphql.ts'),
        '--cache',
        'off',
        '--seconds',
        seconds,
        '--min-documents',
        String(Math.min(documents, 10_000)),
      ],
      { env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`graphql bench exited ${String(code)}:\n${out}`));
      const rows: Query[] = [];
      for (const line of out.split('\n')) {
        const m =
          /^(lookup by id|timeline \(20 \+ provenance\)|full-text search)\s+(\d+) clients\s+\d+ req\/s\s+p50\s+\d+ ms\s+p99\s+(\d+) ms/.exec(
            line,
          );
        if (m !== null)
          rows.push({ scenario: m[1]!, clients: Number(m[2]), p99: Number(m[3]), line });
      }
      resolve({ text: out.trim(), rows });
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,220000' },
      seconds: { type: 'string', default: '10' },
      concurrency: { type: 'string' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const server = await startBenchServer();
  const home = process.env.DIPLOGRAPH_BENCH_NEO4J_HOME ?? path.join(ROOT, '.neo4j', 'bench');
  const importEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DIPLOGRAPH_NEO4J_HOME: home,
    DIPLOGRAPH_NEO4J_BOLT_PORT: process.env.DIPLOGRAPH_BENCH_NEO4J_BOLT_PORT ?? '7694',
    DIPLOGRAPH_NEO4J_HTTP_PORT: process.env.DIPLOGRAPH_BENCH_NEO4J_HTTP_PORT ?? '7480',
  };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'])
    delete importEnv[name];
  process.stdout.write(
    `machine: ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB (shared: figures are noisy)\n\n`,
  );
  const results: { docs: number; build: Build; queries: Query[] }[] = [];
  try {
    for (const docs of sizes) {
      const file = path.join(os.tmpdir(), `diplograph-scale-${docs}.jsonl`);
      if (!fs.existsSync(file)) writeSyntheticCorpus(docs, file, 42);
      await emptyDatabase(server.driver);
      process.stdout.write(
        `${docs} documents (${(fs.statSync(file).size / 1e6).toFixed(1)} MB):\n`,
      );
      const build = await runImport(file, importEnv, values.concurrency);
      process.stdout.write(
        [
          `  build:   ${build.seconds.toFixed(1)} s, ${(build.statements / build.seconds).toFixed(0)} statements/s end to end (${build.statements} statements), importer peak RSS ${build.peakRssMb.toFixed(0)} MB`,
          `           ${build.summary}`,
          '',
        ].join('\n'),
      );
      const graphql = await runGraphql(server.env, values.seconds, docs);
      process.stdout.write(
        `${graphql.text
          .split('\n')
          .map((l) => `  ${l}`)
          .join('\n')}\n\n`,
      );
      results.push({ docs, build, queries: graphql.rows });
    }
  } finally {
    await server.stop();
  }
  const first = results[0];
  const last = results[results.length - 1];
  if (first === undefined || last === undefined) return;
  const lines = ['targets:'];
  const tenK = results.find((r) => r.docs === 10_000);
  if (tenK !== undefined)
    lines.push(
      `  import ≥ 20,000 statements/s at 10k documents: ${(tenK.build.statements / tenK.build.seconds).toFixed(0)}`,
    );
  const million = results.find((r) => r.build.statements >= 1_000_000);
  if (million !== undefined)
    lines.push(
      `  ≥ 1M statements within 15 min and 8 GB: ${(million.build.seconds / 60).toFixed(1)} min, ${million.build.peakRssMb.toFixed(0)} MB (${million.build.statements} statements)`,
    );
  if (last !== first) {
    for (const scenario of ['lookup by id', 'timeline (20 + provenance)']) {
      for (const clients of [1, 10, 100]) {
        const a = first.queries.find((q) => q.scenario === scenario && q.clients === clients);
        const b = last.queries.find((q) => q.scenario === scenario && q.clients === clients);
        if (a !== undefined && b !== undefined)
          lines.push(
            `  ${scenario}, ${clients} clients, p99 ${a.p99} → ${b.p99} ms: ${(b.p99 / Math.max(a.p99, 0.001)).toFixed(2)}× (target ≤ 2×)`,
          );
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

runBench(main);
