/**
 * Where load time goes: the synthetic corpus is extracted once (cached as DocumentGraph
 * JSON Lines in the temp folder), then written batch by batch with the real graph writer
 * into an empty bench database while every Cypher statement is timed. Prints the
 * extraction time, the write time and the split by Cypher file.
 *
 *   node bench/run.js bench/profile-load.ts [--docs 10000] [--batch-size 500]
 *
 * Uses the bench server (.neo4j/bench, ports 7694/7480), as bench/load.ts does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { ManagedTransaction, Session } from 'neo4j-driver';
import { loadDictionaries } from '../src/ingest/dictionaries';
import { readDocuments } from '../src/ingest/read-documents';
import { extractDocument } from '../src/extract';
import { cypher, type CypherName } from '../src/load/cypher-files';
import { createGraphWriter } from '../src/load/graph-writer';
import type { DocumentGraph } from '../src/model';
import { emptyDatabase, startBenchServer } from './bench-server';
import { runBench } from './run-bench';
import { writeSyntheticCorpus } from './synthetic-corpus';

const ROOT = path.join(__dirname, '..');

async function extractedCorpus(docs: number): Promise<string> {
  const corpus = path.join(os.tmpdir(), `diplograph-bench-${docs}.jsonl`);
  if (!fs.existsSync(corpus)) writeSyntheticCorpus(docs, corpus, 42);
  const graphs = path.join(os.tmpdir(), `diplograph-bench-${docs}.graphs.jsonl`);
  if (fs.existsSync(graphs)) return graphs;
  const dictionaries = loadDictionaries();
  const out = fs.createWriteStream(graphs);
  const began = process.hrtime.bigint();
  for await (const result of readDocuments([corpus], { recursive: false, stdin: process.stdin })) {
    if (!result.ok) continue;
    out.write(`${JSON.stringify(extractDocument(result.document, dictionaries))}\n`);
  }
  await new Promise((resolve) => out.end(resolve));
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  process.stdout.write(`extraction (one thread): ${seconds.toFixed(1)} s\n`);
  return graphs;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '10000' },
      'batch-size': { type: 'string', default: '500' },
      keep: { type: 'boolean', default: false },
    },
  });
  const file = await extractedCorpus(Number(values.docs));
  const server = await startBenchServer();
  const driver = server.driver;
  const names = new Map(
    fs
      .readdirSync(path.join(ROOT, 'cypher'))
      .filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher')
      .map((f) => [cypher(f.replace('.cypher', '') as CypherName), f] as const),
  );
  const timings = new Map<string, { ms: number; calls: number }>();
  // Patched on the prototypes on purpose: the real writer is timed without changing it.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const run = ManagedTransaction.prototype.run;
  ManagedTransaction.prototype.run = function timedRun(this: ManagedTransaction, query, params) {
    const text = typeof query === 'object' && 'text' in query ? query.text : String(query);
    const name = names.get(text) ?? text.slice(0, 40);
    const began = process.hrtime.bigint();
    const result = run.call(this, query, params);
    // Timed by the records, not `summary()`: that cancels the stream, so the writer would see
    // only the first 1,000 records (the driver's fetch size) of a longer result.
    void result.then(
      () => {
        const t = timings.get(name) ?? { ms: 0, calls: 0 };
        t.ms += Number(process.hrtime.bigint() - began) / 1e6;
        t.calls += 1;
        timings.set(name, t);
        if (process.env.PROFILE_CALLS !== undefined && name.startsWith(process.env.PROFILE_CALLS))
          process.stdout.write(
            `  ${name}: ${(Number(process.hrtime.bigint() - began) / 1e6).toFixed(0)} ms\n`,
          );
      },
      () => undefined,
    );
    return result;
  } as typeof run;
  // Whole transactions (statements + commit), to see what commits cost.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const executeWrite = Session.prototype.executeWrite;
  let transactionMs = 0;
  Session.prototype.executeWrite = async function timedWrite(this: Session, work, config) {
    const began = process.hrtime.bigint();
    try {
      return await executeWrite.call(this, work, config);
    } finally {
      transactionMs += Number(process.hrtime.bigint() - began) / 1e6;
    }
  } as typeof executeWrite;
  try {
    await emptyDatabase(driver);
    const writer = createGraphWriter(driver, undefined);
    await writer.ensureSchema();
    const batchSize = Number(values['batch-size']);
    let batch: DocumentGraph[] = [];
    let statements = 0;
    let documents = 0;
    const began = process.hrtime.bigint();
    const lines = readline.createInterface({ input: fs.createReadStream(file) });
    const flush = async () => {
      const results = await writer.write(batch);
      for (const r of results) {
        statements += r.statements;
        if (r.outcome === 'failed') process.stderr.write(`failed: ${r.error?.message}\n`);
      }
      documents += batch.length;
      batch = [];
    };
    for await (const line of lines) {
      batch.push(JSON.parse(line) as DocumentGraph);
      if (batch.length >= batchSize) await flush();
    }
    if (batch.length > 0) await flush();
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    await writer.close();
    process.stdout.write(
      `writes only: ${documents} documents, ${statements} statements in ${seconds.toFixed(1)} s — ` +
        `${(statements / seconds).toFixed(0)} statements/s, ${(documents / seconds).toFixed(0)} docs/s (batch ${batchSize})\n`,
    );
    const total = [...timings.values()].reduce((a, t) => a + t.ms, 0);
    process.stdout.write(
      `  in write transactions ${(transactionMs / 1000).toFixed(1)} s, of which statements ${(total / 1000).toFixed(1)} s ` +
        `(the rest: commits, client work between statements); outside transactions ${(seconds - transactionMs / 1000).toFixed(1)} s\n`,
    );
    for (const [name, t] of [...timings].sort((a, b) => b[1].ms - a[1].ms)) {
      process.stdout.write(
        `  ${(t.ms / 1000).toFixed(2).padStart(7)} s ${((100 * t.ms) / total).toFixed(0).padStart(3)}%  ${String(t.calls).padStart(5)}×  ${name}\n`,
      );
    }
  } finally {
    await server.stop(values.keep);
  }
}

runBench(main);
