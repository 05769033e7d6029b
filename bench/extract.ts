/**
 * Extraction throughput: docs/s and MB/s on the golden corpus
 * (tests/golden/docs) and on a ~20 MB synthetic corpus built from it in
 * memory, with the time split per pipeline stage. One core, no I/O inside
 * the timed part. Run: node bench/run.js bench/extract.ts [--mb 20]
 *
 * `--large 50`: one ~50 MB document instead (the first corpus document with
 * its front matter, then every document's body, over and over), extracted
 * (window by window) and then serialised as `diplograph extract` does, with
 * seconds, MB/s and the peak resident memory after each step. Run it once
 * per size: the peak is the process's. `--whole` reads it as one window,
 * as before windows existed, for comparison. `--large 50 --write FILE`
 * only writes that document to FILE, for timing the real command on it.
 *
 * `--scaling`: the seed text with an unclosed quote, repeated to 1, 2 and 4
 * times `--mb` megabytes (default 5) and extracted whole (one window), with
 * CPU seconds and seconds per MB for each size: linear work keeps the time
 * per MB flat, quadratic work doubles it with each size.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { jsonChunks, StreamedArray, writeChunks } from '../src/cli/json-stream';
import {
  STAGES,
  buildGraph,
  createContext,
  extractDocument,
  extractDocumentParts,
} from '../src/extract';
import { toSourceDocument } from '../src/ingest';
import { defaultDataDir, loadDictionaries } from '../src/ingest/dictionaries';
import type { Dictionaries, SourceDocument } from '../src/model';

const DOCS = join(__dirname, '../tests/golden/docs');

function argMb(): number {
  const i = process.argv.indexOf('--mb');
  return i > 0 ? Number(process.argv[i + 1]) : 20;
}

function argValue(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? null) : null;
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

/** One document of about `mb` megabytes: the first corpus file whole, then every body again and again. */
function largeText(mb: number): string {
  const files = readdirSync(DOCS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(DOCS, f), 'utf8'));
  const bodies = files.map((t) => t.replace(/^---\n[\s\S]*?\n---\n/u, '').trim());
  const parts = [files[0]!.trimEnd()];
  let bytes = Buffer.byteLength(parts[0]!, 'utf8');
  for (let i = 1; bytes < mb * 1024 * 1024; i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body);
    bytes += Buffer.byteLength(body, 'utf8') + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** Peak resident set size of this process so far, in MB. */
function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function runLarge(mb: number, dict: Dictionaries): Promise<void> {
  const doc = toSourceDocument(largeText(mb), { source: `large-${mb}mb.txt`, format: 'text' });
  const size = Buffer.byteLength(doc.text, 'utf8') / 1024 / 1024;
  console.log(`\nlarge document: ${size.toFixed(1)} MB, ${doc.text.length} characters`);
  console.log(`  before extraction: peak RSS ${peakRssMb().toFixed(0)} MB`);
  let cpu0 = process.cpuUsage();
  let t0 = performance.now();
  // As `diplograph extract` does: the statements kept compactly until written.
  const options = process.argv.includes('--whole') ? { largeDocumentChars: Infinity } : {};
  const { graph, statements } = extractDocumentParts(doc, dict, options);
  let seconds = (performance.now() - t0) / 1000;
  let cpu = cpuSeconds(cpu0);
  const mentions = graph.entities.reduce((n, e) => n + e.mentions.length, 0);
  console.log(
    `  extraction: ${seconds.toFixed(1)} s (CPU ${cpu.toFixed(1)} s), ${(size / seconds).toFixed(2)} MB/s (${(size / cpu).toFixed(2)} per CPU second), peak RSS ${peakRssMb().toFixed(0)} MB`,
  );
  console.log(
    `    ${statements.length} statements, ${graph.entities.length} entities, ${mentions} mentions, ${graph.events.length} events`,
  );
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done): void {
      bytes += chunk.length;
      done();
    },
  });
  cpu0 = process.cpuUsage();
  t0 = performance.now();
  await writeChunks(sink, jsonChunks({ ...graph, statements: new StreamedArray(statements) }));
  seconds = (performance.now() - t0) / 1000;
  cpu = cpuSeconds(cpu0);
  console.log(
    `  + streamed JSON: ${(bytes / 1024 / 1024).toFixed(0)} MB in ${seconds.toFixed(1)} s (CPU ${cpu.toFixed(1)} s), peak RSS ${peakRssMb().toFixed(0)} MB`,
  );
}

/** Time per size for 1×, 2× and 4× `mb` megabytes of one document read whole. */
function runScaling(mb: number, dict: Dictionaries): void {
  const file = readFileSync(join(DOCS, 'interfax-2021-05-17-lavrov.txt'), 'utf8');
  const base = toSourceDocument(file, { source: 'scaling', format: 'text' });
  const unit = `${base.text}\n\n“An unclosed quote runs on\n\nand on, Lavrov said.\n\n`;
  console.log(`scaling: one document read whole, ${mb} MB × 1, 2, 4`);
  // Warm-up: compile the dictionaries and JIT the stages once.
  extractDocument({ ...base, text: unit.repeat(20) }, dict);
  for (const factor of [1, 2, 4]) {
    const text = unit.repeat(Math.ceil((factor * mb * 1024 * 1024) / unit.length));
    const doc: SourceDocument = { ...base, text };
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const { statements } = extractDocumentParts(doc, dict, { largeDocumentChars: Infinity });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = cpuSeconds(cpu0);
    const size = Buffer.byteLength(text, 'utf8') / 1024 / 1024;
    console.log(
      `  ${factor}×: ${size.toFixed(1)} MB, ${statements.length} statements, ${seconds.toFixed(2)} s (CPU ${cpu.toFixed(2)} s), ${(cpu / size).toFixed(3)} CPU s per MB`,
    );
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--scaling')) {
    runScaling(Number(argValue('--mb') ?? 5), loadDictionaries(defaultDataDir()));
    return;
  }
  const large = argValue('--large');
  const write = argValue('--write');
  if (large !== null && write !== null) {
    writeFileSync(write, largeText(Number(large)));
    return;
  }
  const dict = loadDictionaries(defaultDataDir());
  if (large !== null) {
    await runLarge(Number(large), dict);
    return;
  }
  const corpus = readCorpus();
  // Warm-up: compile the dictionaries and JIT the stages once.
  run('warm-up (corpus)', corpus, dict);
  run('corpus (tests/golden/docs)', corpus, dict);
  run(`synthetic (~${argMb()} MB)`, synthetic(corpus, argMb()), dict);
}

void main();
