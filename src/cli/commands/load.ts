import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadDictionaries } from '../../ingest/dictionaries';
import { DEFAULT_BATCH_SIZE, loadDocuments, type LoadSummary } from '../../load/load-pipeline';
import { readNeo4jConfig } from '../../neo4j/config';
import { connect } from '../../neo4j/connect';
import { EXIT, UsageError, writeLine, type Command } from '../context';
import { createProgress } from '../progress';

/** Extraction threads by default: every core (Neo4j waits on I/O and the writer's round trips). */
export const defaultWorkers = (): number => Math.max(1, os.availableParallelism());

const positiveInt = (name: string, raw: string | undefined, fallback: number, min = 1) => {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`${name} must be a whole number ≥ ${min}; found "${raw}"`);
  return n;
};

export const loadCommand: Command = {
  name: 'load',
  summary: 'Extract documents and load them into Neo4j (idempotent)',
  usage: `diplograph load PATH... [--recursive] [--concurrency N] [--batch-size N]

  PATH            files (.txt .md .html .jsonl), directories, globs, or - for stdin
  --recursive     descend into subdirectories
  --concurrency   extraction worker threads (default: cores; 0 = in the main thread)
  --batch-size    documents per write transaction (default ${DEFAULT_BATCH_SIZE})

Each batch of whole documents is written in one transaction, so a document is in the graph
whole or not at all. A document already loaded (same text) is reported unchanged and not
rewritten; a new version (same url, new text) replaces the old one. Failures are listed with
their file, code and reason at the end, the other documents load, and the exit code is 1.
A document longer than 8 Mi characters (about 8 MB) is refused (DOCUMENT_TOO_LARGE_TO_LOAD):
split it; \`diplograph extract\` reads it whole.`,
  async run({ args, env, stdout, stderr, stdin, interactive }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        recursive: { type: 'boolean', short: 'r' },
        concurrency: { type: 'string' },
        'batch-size': { type: 'string' },
      },
    });
    if (positionals.length === 0)
      throw new UsageError('expected at least one PATH (or - for stdin)');
    const workers = positiveInt('--concurrency', values.concurrency, defaultWorkers(), 0);
    const batchSize = positiveInt('--batch-size', values['batch-size'], DEFAULT_BATCH_SIZE);
    const dictionaries = loadDictionaries();
    const connection = await connect(readNeo4jConfig(env), { log: (l) => writeLine(stderr, l) });
    const progress = createProgress(stderr, interactive);
    try {
      const summary = await loadDocuments(
        {
          paths: positionals,
          recursive: values.recursive === true,
          workers,
          batchSize,
          dictionaries,
        },
        connection,
        { stdin, onProgress: (p) => progress.update({ ...p, total: null }) },
      );
      progress.done();
      printSummary(stdout, summary);
      printFailures(stderr, summary);
      return summary.failed.length > 0 ? EXIT.failed : EXIT.ok;
    } finally {
      await connection.close();
    }
  },
};

export function printSummary(out: NodeJS.WritableStream, s: LoadSummary): void {
  const docs = s.loaded + s.replaced;
  writeLine(
    out,
    `loaded ${s.loaded}, unchanged ${s.unchanged}, replaced ${s.replaced}, failed ${s.failed.length}` +
      ` — ${s.statements} statements in ${s.seconds.toFixed(1)} s (${(docs / Math.max(s.seconds, 0.001)).toFixed(1)} docs/s)`,
  );
}

export function printFailures(out: NodeJS.WritableStream, s: LoadSummary): void {
  for (const f of s.failed) writeLine(out, `failed: ${f.source}: [${f.code}] ${f.reason}`);
  // Analyst corrections (src/load/review/carry-over.ts) whose statement the new version lacks.
  for (const o of s.orphanedCorrections)
    writeLine(
      out,
      `correction not carried over: ${o.source}: ${o.id} (${o.kind} by ${o.by}, ${o.at}): no statement at ${o.start}–${o.end} with the same text; marked orphaned`,
    );
}
