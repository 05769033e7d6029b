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
 *   npm run build && node bench/run.js bench/scale.ts [--sizes 10000,220000] [--seconds 10] [--concurrency N] [--build-minutes M]
 *
 * With --build-minutes, an import still running after M minutes is stopped; the bench prints
 * how far it got (its phases, its last progress line) and runs the GraphQL bench on the
 * partial graph, saying so.
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
import { syntheticCorpus } from './synthetic-corpus';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'diplograph.js');

interface Build {
  seconds: number;
  statements: number;
  peakRssMb: number;
  summary: string;
  /** Null when the import ended; else how far it got when --build-minutes stopped it. */
  stoppedAt: string | null;
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
  limitMs: number,
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
    // What the stopped import had done: its phase lines and its last progress line.
    const phases: string[] = [];
    let lastProgress = '';
    let extracted = NaN;
    let stopped = false;
    const poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid!))), 200);
    const limit = setTimeout(() => {
      stopped = true;
      child.kill('SIGTERM');
    }, limitMs);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      // The importer's own progress lines; neo4j-admin's dotted progress bars are dropped.
      for (const line of d.toString().split('\n')) {
        if (line.trim() === '' || /^\s*[-.]/.test(line)) continue;
        process.stderr.write(`  | ${line}\n`);
        if (line.startsWith('phase ')) phases.push(line.slice('phase '.length));
        if (/^(?:progress|statement links):/.test(line)) lastProgress = line;
        const m = /^extracted \d+ documents, (\d+) statements/.exec(line);
        if (m !== null) extracted = Number(m[1]);
      }
    });
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(limit);
      const seconds = Number(process.hrtime.bigint() - began) / 1e9;
      if (stopped) {
        resolve({
          seconds,
          statements: extracted,
          peakRssMb: peak,
          summary: `phases done: ${phases.join('; ')}`,
          stoppedAt: `stopped after ${(limitMs / 60_000).toFixed(0)} min; last progress: ${lastProgress}`,
        });
        return;
      }
      if (code !== 0) return reject(new Error(`import exited ${String(code)}: ${out}`));
      const statements = Number(/— (\d+) statements/.exec(out)?.[1] ?? NaN);
      resolve({ seconds, statements, peakRssMb: peak, summary: out.trim(), stoppedAt: null });
    });
  });
}

/** Documents per file of a corpus: a file is read whole, and inputs over 64 MiB are refused. */
const DOCUMENTS_PER_FILE = 10_000;

/** The synthetic corpus of `docs` documents (seed 42) as a folder of JSON Lines files. */
function writeCorpus(docs: number, dir: string): void {
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial);
  let out = -1;
  let n = 0;
  for (const doc of syntheticCorpus(docs, 42)) {
    if (n % DOCUMENTS_PER_FILE === 0) {
      if (out !== -1) fs.closeSync(out);
      const name = `part-${String(n / DOCUMENTS_PER_FILE).padStart(5, '0')}.jsonl`;
      out = fs.openSync(path.join(partial, name), 'w');
    }
    fs.writeSync(out, `${JSON.stringify(doc)}\n`);
    n += 1;
  }
  if (out !== -1) fs.closeSync(out);
  fs.renameSync(partial, dir);
}

const corpusBytes = (dir: string) =>
  fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);

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
      // Each import is stopped after this long (its graph is then partial: the GraphQL bench
      // still runs on it, and the figures say so).
      'build-minutes': { type: 'string' },
    },
  });
  const limitMs =
    values['build-minutes'] === undefined ? 2 ** 31 - 1 : Number(values['build-minutes']) * 60_000;
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
      const file = path.join(os.tmpdir(), `diplograph-scale-${docs}`);
      if (!fs.existsSync(file)) writeCorpus(docs, file);
      await emptyDatabase(server.driver);
      process.stdout.write(`${docs} documents (${(corpusBytes(file) / 1e6).toFixed(1)} MB):\n`);
      const build = await runImport(file, importEnv, values.concurrency, limitMs);
      process.stdout.write(
        [
          `  build:   ${build.seconds.toFixed(1)} s, ${(build.statements / build.seconds).toFixed(0)} statements/s end to end (${build.statements} statements), importer peak RSS ${build.peakRssMb.toFixed(0)} MB`,
          `           ${build.summary}`,
          ...(build.stoppedAt === null
            ? []
            : [
                `  NOT FINISHED (${build.stoppedAt}); the GraphQL figures below are of that partial graph`,
              ]),
          '',
        ].join('\n'),
      );
      const graphql = await runGraphql(server.env, values.seconds, docs).catch((error: unknown) => {
        // A stopped import may have left the server down; its figures are then missing.
        if (build.stoppedAt === null) throw error;
        return { text: `GraphQL bench failed: ${String(error)}`, rows: [] };
      });
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
      `  ≥ 1M statements within 15 min and 8 GB: ${(million.build.seconds / 60).toFixed(1)} min, ${million.build.peakRssMb.toFixed(0)} MB (${million.build.statements} statements)` +
        (million.build.stoppedAt === null ? '' : ` — NOT FINISHED: ${million.build.stoppedAt}`),
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
