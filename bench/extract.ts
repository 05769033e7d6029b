/**
 * Extraction throughput: docs/s and MB/s on the golden corpus
 * (tests/golden/docs) and on a ~20 MB synthetic corpus built from it in
 * memory, with the time split per pipeline stage. One core, no I/O inside
 * the timed part. Run: node bench/run.js bench/extract.ts [--mb 20]
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { STAGES, buildGraph, createContext } from '../src/extract';
import { toSourceDocument } from '../src/ingest';
import { defaultDataDir, loadDictionaries } from '../src/ingest/dictionaries';
import type { Dictionaries, SourceDocument } from '../src/model';

const DOCS = join(__dirname, '../tests/golden/docs');

function argMb(): number {
  const i = process.argv.indexOf('--mb');
  return i > 0 ? Number(process.argv[i + 1]) : 20;
}

function readCorpus(): SourceDocument[] {
  return readdirSync(DOCS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      toSourceDocument(readFileSync(join(DOCS, f), 'utf8'), { source: f, format: 'text' }),
    );
}

/** Documents of 1–8 corpus documents glued together, until `mb` megabytes. */
function synthetic(corpus: readonly SourceDocument[], mb: number): SourceDocument[] {
  const out: SourceDocument[] = [];
  let bytes = 0;
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  while (bytes < mb * 1024 * 1024) {
    const parts: string[] = [];
    const n = 1 + (next() % 8);
    for (let k = 0; k < n; k++) parts.push(corpus[next() % corpus.length]!.text);
    const text = parts.join('\n\n');
    const base = corpus[next() % corpus.length]!;
    out.push({
      ...base,
      text,
      id: `${base.id}-${out.length}`,
      sha256: `${base.sha256}${out.length}`,
    });
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return out;
}

function run(label: string, docs: readonly SourceDocument[], dict: Dictionaries): void {
  const stageMs = new Map<string, number>(STAGES.map((s) => [s.name, 0]));
  stageMs.set('setup (tokens)', 0);
  stageMs.set('graph', 0);
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const doc of docs) {
    bytes += Buffer.byteLength(doc.text, 'utf8');
    let t = performance.now();
    const ctx = createContext(doc, dict);
    let now = performance.now();
    stageMs.set('setup (tokens)', stageMs.get('setup (tokens)')! + now - t);
    for (const stage of STAGES) {
      t = now;
      stage.run(ctx);
      now = performance.now();
      stageMs.set(stage.name, stageMs.get(stage.name)! + now - t);
    }
    buildGraph(ctx);
    stageMs.set('graph', stageMs.get('graph')! + performance.now() - now);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time of this process: on a busy machine wall time also counts other processes' turns.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = bytes / 1024 / 1024;
  console.log(`\n${label}: ${docs.length} docs, ${mb.toFixed(2)} MB in ${seconds.toFixed(2)} s`);
  console.log(`  ${(docs.length / seconds).toFixed(1)} docs/s, ${(mb / seconds).toFixed(2)} MB/s`);
  console.log(
    `  CPU ${cpuSeconds.toFixed(2)} s: ${(docs.length / cpuSeconds).toFixed(1)} docs/s, ${(mb / cpuSeconds).toFixed(2)} MB/s per CPU second`,
  );
  const total = [...stageMs.values()].reduce((a, b) => a + b, 0);
  for (const [name, ms] of stageMs) {
    console.log(
      `  ${name.padEnd(16)} ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %`,
    );
  }
}

function main(): void {
  const dict = loadDictionaries(defaultDataDir());
  const corpus = readCorpus();
  // Warm-up: compile the dictionaries and JIT the stages once.
  run('warm-up (corpus)', corpus, dict);
  run('corpus (tests/golden/docs)', corpus, dict);
  run(`synthetic (~${argMb()} MB)`, synthetic(corpus, argMb()), dict);
}

main();
