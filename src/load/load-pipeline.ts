/**
 * The load pipeline: read → extract (worker threads) → write (one writer, batches of
 * whole documents), all at once, with back-pressure: reading pauses while too much waits
 * to be extracted or written. A plain async function; the CLI (`diplograph load`,
 * `diplograph start`) parses arguments, calls it and prints.
 */
import type { Driver } from 'neo4j-driver';
import { readDocuments } from '../ingest/read-documents';
import type { Dictionaries, DocumentGraph, SourceDocument } from '../model';
import { createExtractPool } from './extract-pool';
import {
  connectionLost,
  createGraphWriter,
  isConnectionLost,
  type DocumentResult,
} from './graph-writer';
import { knownDocuments } from './known-documents';
import type { OrphanedCorrection } from './review/carry-over';

/** Chosen with bench/load.ts: 500 loaded 10,000 documents 2.6× faster than 100, and faster than 1,000. */
export const DEFAULT_BATCH_SIZE = 500;

/**
 * Longest document text a load accepts (UTF-16 code units, about 8 MB of English). A
 * document is written in one transaction, whole or not at all; a 5 MB document (34,000
 * statements) loads in about 40 s, but a 50 MB one held Neo4j in a single transaction for
 * over 15 minutes without finishing. Longer documents are refused before extraction with
 * DOCUMENT_TOO_LARGE_TO_LOAD; `diplograph extract` still handles them.
 */
export const MAX_LOAD_DOCUMENT_CHARS = 8 * 1024 * 1024;

export interface LoadConfig {
  /** Files, directories, globs, or `-` for `stdin`. */
  paths: readonly string[];
  recursive: boolean;
  /** Extraction worker threads; 0 extracts in this thread. */
  workers: number;
  /** Documents per write transaction. */
  batchSize: number;
  /** What extraction recognises (every worker thread receives these). */
  dictionaries: Dictionaries;
}

export interface LoadConnection {
  driver: Driver;
  database: string | undefined;
}

export interface LoadFailure {
  source: string;
  /** A stable code: a LoadError's or an IngestError's. */
  code: string;
  reason: string;
}

export interface LoadSummary {
  loaded: number;
  unchanged: number;
  replaced: number;
  failed: LoadFailure[];
  statements: number;
  seconds: number;
  /** Analyst corrections a re-load could not carry over (no statement with the same span and text). */
  orphanedCorrections: (OrphanedCorrection & { source: string })[];
}

export interface LoadProgress {
  documents: number;
  statements: number;
  failed: number;
}

export interface LoadOptions {
  /** Read for the path `-`. */
  stdin?: NodeJS.ReadableStream;
  /** Called after every document or batch that changes the counts. */
  onProgress?: (progress: LoadProgress) => void;
}

const codeOf = (error: unknown, fallback: string): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : fallback;

export async function loadDocuments(
  config: LoadConfig,
  connection: LoadConnection,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const began = Date.now();
  const summary: LoadSummary = {
    loaded: 0,
    unchanged: 0,
    replaced: 0,
    failed: [],
    statements: 0,
    seconds: 0,
    orphanedCorrections: [],
  };
  const pool = createExtractPool(config.workers, config.dictionaries);
  const writer = createGraphWriter(connection.driver, connection.database);
  const queue: DocumentGraph[] = [];
  const inFlight = new Set<Promise<void>>();
  let writing: Promise<void> = Promise.resolve();
  // The first error that stops the writer (a lost database); reading stops at the next check.
  let writeError: Error | null = null;
  const checkWriter = () => {
    if (writeError !== null) throw writeError;
  };
  const report = () =>
    options.onProgress?.({
      documents: summary.loaded + summary.unchanged + summary.replaced + summary.failed.length,
      statements: summary.statements,
      failed: summary.failed.length,
    });
  const fail = (source: string, code: string, reason: string) => {
    summary.failed.push({ source, code, reason });
    report();
  };
  const record = (results: DocumentResult[]) => {
    for (const r of results) {
      if (r.outcome === 'failed')
        summary.failed.push({
          source: r.source ?? r.id,
          code: codeOf(r.error, 'DOCUMENT_WRITE_FAILED'),
          reason: r.error?.message ?? 'unknown error',
        });
      else summary[r.outcome] += 1;
      summary.statements += r.statements;
      for (const o of r.orphanedCorrections ?? [])
        summary.orphanedCorrections.push({ ...o, source: r.source ?? r.id });
    }
    report();
  };
  const flush = (all: boolean) => {
    while (queue.length >= config.batchSize || (all && queue.length > 0)) {
      const batch = queue.splice(0, config.batchSize);
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
        connection.driver,
        connection.database,
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
          fail(
            source,
            'DOCUMENT_TOO_LARGE_TO_LOAD',
            `${document.text.length.toLocaleString('en')} characters; ` +
              `a document is written in one transaction and at most ${MAX_LOAD_DOCUMENT_CHARS.toLocaleString('en')} ` +
              'are loaded: split it into smaller documents (`diplograph extract` reads it whole)',
          );
          continue;
        }
        const task = pool.extract(document).then(
          (graph) => {
            queue.push(graph);
            flush(false);
          },
          (error: unknown) =>
            fail(
              source,
              codeOf(error, 'EXTRACTION_FAILED'),
              error instanceof Error ? error.message : String(error),
            ),
        );
        inFlight.add(task);
        void task.finally(() => inFlight.delete(task));
        // Back-pressure: bounded extraction in flight, and at most a few batches waiting to be written.
        while (inFlight.size >= Math.max(2, config.workers * 4)) await Promise.race(inFlight);
        if (queue.length >= config.batchSize * 2) await writing;
        checkWriter();
      }
    };
    for await (const result of readDocuments([...config.paths], {
      recursive: config.recursive,
      ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    })) {
      if (!result.ok) {
        fail(result.source, result.error.code, result.error.message);
        continue;
      }
      toCheck.push(result.document);
      if (toCheck.length >= config.batchSize) {
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
    await pool.close();
    await writer.close();
  }
  summary.seconds = (Date.now() - began) / 1000;
  return summary;
}
