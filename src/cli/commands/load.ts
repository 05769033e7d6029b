import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { parseArgs } from 'node:util';
import { loadDictionaries } from '../../ingest/dictionaries';
import { readDocuments } from '../../ingest/read-documents';
import {
  connectionLost,
  createGraphWriter,
  isConnectionLost,
  type DocumentResult,
} from '../../link/graph-writer';
import type { DocumentGraph, SourceDocument } from '../../model';
import { knownDocuments } from '../../load/known-documents';
import { readNeo4jConfig } from '../../neo4j/config';
import { connect } from '../../neo4j/connect';
import { EXIT, UsageError, writeLine, type Command } from '../context';
import { createExtractPool } from '../extract-pool';
import { createProgress } from '../progress';

/** Chosen with bench/load.ts: 500 loaded 10,000 documents 2.6× faster than 100, and faster than 1,000. */
export const DEFAULT_BATCH_SIZE = 500;

/**
 * Longest document text `load` accepts (UTF-16 code units, about 8 MB of English). A
 * document is written in one transaction, whole or not at all; a 5 MB document (34,000
 * statements) loads in about 40 s, but a 50 MB one held Neo4j in a single transaction for
 * over 15 minutes without finishing. Longer documents are refused before extraction with
 * DOCUMENT_TOO_LARGE_TO_LOAD; `diplograph extract` still handles them.
 */
export const MAX_LOAD_DOCUMENT_CHARS = 8 * 1024 * 1024;

export interface LoadSummary {
  loaded: number;
  unchanged: number;
  replaced: number;
  failed: { source: string; reason: string }[];
  statements: number;
  seconds: number;
}

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
  --concurrency   extraction worker threads (default: cores - 1, at least 1; 0 = in the main thread)
  --batch-size    documents per write transaction (default ${DEFAULT_BATCH_SIZE})

Each batch of whole documents is written in one transaction, so a document is in the graph
whole or not at all. A document already loaded (same text) is reported unchanged and not
rewritten; a new version (same url, new text) replaces the old one. Failures are listed with
their file and reason at the end, the other documents load, and the exit code is 1.
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
    const workers = positiveInt(
      '--concurrency',
      values.concurrency,
      Math.max(1, os.availableParallelism() - 1),
      0,
    );
    const batchSize = positiveInt('--batch-size', values['batch-size'], DEFAULT_BATCH_SIZE);
    const connection = await connect(readNeo4jConfig(env), { log: (l) => writeLine(stderr, l) });
    try {
      const summary = await loadPaths(positionals, {
        connection,
        workers,
        batchSize,
        recursive: values.recursive === true,
        stdin,
        stderr,
        interactive,
      });
      printSummary(stdout, summary);
      for (const f of summary.failed) writeLine(stderr, `failed: ${f.source}: ${f.reason}`);
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

export interface LoadOptions {
  connection: { driver: Driver; database: string | undefined };
  workers: number;
  batchSize: number;
  recursive: boolean;
  stdin: NodeJS.ReadableStream;
  stderr: NodeJS.WritableStream;
  interactive: boolean;
}

/**
 * Reads, extracts (in worker threads) and writes (one writer, batches of whole
 * documents) at the same time; reading pauses while too much waits to be written.
 */
export async function loadPaths(paths: string[], options: LoadOptions): Promise<LoadSummary> {
  const began = Date.now();
  const summary: LoadSummary = {
    loaded: 0,
    unchanged: 0,
    replaced: 0,
    failed: [],
    statements: 0,
    seconds: 0,
  };
  const progress = createProgress(options.stderr, options.interactive);
  const pool = createExtractPool(options.workers, () => loadDictionaries());
  const writer = createGraphWriter(options.connection.driver, options.connection.database);
  const queue: DocumentGraph[] = [];
  const inFlight = new Set<Promise<void>>();
  let writing: Promise<void> = Promise.resolve();
  // The first error that stops the writer (a lost database); reading stops at the next check.
  let writeError: Error | null = null;
  const checkWriter = () => {
    if (writeError !== null) throw writeError;
  };
  const report = () =>
    progress.update({
      documents: summary.loaded + summary.unchanged + summary.replaced + summary.failed.length,
      statements: summary.statements,
      failed: summary.failed.length,
      total: null,
    });
  const record = (results: DocumentResult[]) => {
    for (const r of results) {
      if (r.outcome === 'failed')
        summary.failed.push({
          source: r.source ?? r.id,
          reason: r.error?.message ?? 'unknown error',
        });
      else summary[r.outcome] += 1;
      summary.statements += r.statements;
    }
    report();
  };
  const flush = (all: boolean) => {
    while (queue.length >= options.batchSize || (all && queue.length > 0)) {
      const batch = queue.splice(0, options.batchSize);
      writing = writing
        .then(async () => {
          if (writeError === null) record(await writer.write(batch));
        })
        .catch((error: unknown) => {
          writeError ??= error instanceof Error ? error : new Error(String(error));
        });
    }
  };
  try {
    await writer.ensureSchema();
    // Documents are checked against the graph a batch at a time before extraction:
    // one already loaded (same text) is reported unchanged without extracting it.
    let toCheck: SourceDocument[] = [];
    const dispatch = async (documents: SourceDocument[]) => {
      const known = await knownDocuments(
        options.connection.driver,
        options.connection.database,
        documents.map((d) => d.sha256),
      ).catch((error: unknown) => {
        throw isConnectionLost(error) ? connectionLost(error) : error;
      });

      for (const document of documents) {
        if (known.has(document.sha256)) {
          summary.unchanged += 1;
          report();
          continue;
        }
        const source = document.source ?? '<stdin>';
        if (document.text.length > MAX_LOAD_DOCUMENT_CHARS) {
          summary.failed.push({
            source,
            reason:
              `[DOCUMENT_TOO_LARGE_TO_LOAD] ${document.text.length.toLocaleString('en')} characters; ` +
              `a document is written in one transaction and at most ${MAX_LOAD_DOCUMENT_CHARS.toLocaleString('en')} ` +
              'are loaded: split it into smaller documents (`diplograph extract` reads it whole)',
          });
          report();
          continue;
        }
        const task = pool.extract(document).then(
          (graph) => {
            queue.push(graph);
            flush(false);
          },
          (error: unknown) => {
            summary.failed.push({
              source,
              reason: error instanceof Error ? error.message : String(error),
            });
          },
        );
        inFlight.add(task);
        void task.finally(() => inFlight.delete(task));
        // Back-pressure: bounded extraction in flight, and at most a few batches waiting to be written.
        while (inFlight.size >= Math.max(2, options.workers * 4)) await Promise.race(inFlight);
        if (queue.length >= options.batchSize * 2) await writing;
        checkWriter();
      }
    };
    for await (const result of readDocuments(paths, {
      recursive: options.recursive,
      stdin: options.stdin,
    })) {
      if (!result.ok) {
        summary.failed.push({
          source: result.source,
          reason: `[${result.error.code}] ${result.error.message}`,
        });
        report();
        continue;
      }
      toCheck.push(result.document);
      if (toCheck.length >= options.batchSize) {
        await dispatch(toCheck);
        toCheck = [];
      }
    }
    await dispatch(toCheck);
    await Promise.all(inFlight);
    flush(true);
    await writing;
    checkWriter();
  } finally {
    progress.done();
    await pool.close();
    await writer.close();
  }
  summary.seconds = (Date.now() - began) / 1000;
  return summary;
}
