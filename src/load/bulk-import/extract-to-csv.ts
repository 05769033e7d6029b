/**
 * The first half of `diplograph import`: every document read, extracted in worker threads and
 * written, in input order, as the CSV files of `neo4j-admin database import full`. Bad documents
 * are reported with a stable code (as `loadDocuments` reports them) and skipped.
 */
import { readDocuments } from '../../ingest/read-documents';
import type { Dictionaries } from '../../model';
import { createPreparePool } from '../extract-pool';
import { MAX_LOAD_DOCUMENT_CHARS, type LoadFailure, type LoadProgress } from '../load-pipeline';
import { createImportWriter, type ImportFiles } from './import-files';
import type { Prepared } from './prepare';

export interface ExtractToCsvOptions {
  /** Extraction worker threads; 0 extracts in this thread. */
  workers: number;
  recursive: boolean;
  dictionaries: Dictionaries;
  /** Read for the path `-`. */
  stdin?: NodeJS.ReadableStream;
  /** Called after every document. */
  onProgress?: (progress: LoadProgress) => void;
}

export interface ExtractToCsvSummary {
  imported: number;
  duplicates: number;
  failed: LoadFailure[];
  statements: number;
}

const codeOf = (error: unknown, fallback: string): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : fallback;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

type Settled = { prepared: Prepared; source: string } | LoadFailure;

/** Reads, extracts and prepares every document (in worker threads) and writes them, in input order, as CSV. */
export async function extractToCsv(
  paths: readonly string[],
  dir: string,
  options: ExtractToCsvOptions,
): Promise<{ files: ImportFiles; summary: ExtractToCsvSummary }> {
  const summary: ExtractToCsvSummary = { imported: 0, duplicates: 0, failed: [], statements: 0 };
  const writer = createImportWriter(dir);
  const pool = createPreparePool(options.workers, options.dictionaries);
  const done = new Map<number, Settled>();
  let dispatched = 0;
  let next = 0;
  let wake: (() => void) | null = null;
  const report = () =>
    options.onProgress?.({
      documents: summary.imported + summary.duplicates + summary.failed.length,
      statements: summary.statements,
      failed: summary.failed.length,
    });
  const drain = () => {
    for (let r = done.get(next); r !== undefined; r = done.get(next)) {
      done.delete(next);
      next += 1;
      if (!('prepared' in r)) {
        summary.failed.push(r);
      } else if (!r.prepared.ok) {
        summary.failed.push({ source: r.source, code: r.prepared.code, reason: r.prepared.reason });
      } else {
        const document = r.prepared.document;
        if (writer.addPrepared(document)) {
          summary.imported += 1;
          summary.statements += document.statements.length;
        } else summary.duplicates += 1;
      }
      report();
    }
    wake?.();
  };
  const settle = (index: number, result: Settled) => {
    done.set(index, result);
    drain();
  };
  const limit = Math.max(4, options.workers * 8);
  try {
    for await (const result of readDocuments([...paths], {
      recursive: options.recursive,
      ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    })) {
      const index = dispatched++;
      if (!result.ok) {
        settle(index, {
          source: result.source,
          code: result.error.code,
          reason: result.error.message,
        });
        continue;
      }
      const document = result.document;
      const source = document.source ?? '<stdin>';
      if (document.text.length > MAX_LOAD_DOCUMENT_CHARS) {
        settle(index, {
          source,
          code: 'DOCUMENT_TOO_LARGE_TO_LOAD',
          reason:
            `${document.text.length.toLocaleString('en')} characters; ` +
            `at most ${MAX_LOAD_DOCUMENT_CHARS.toLocaleString('en')} are loaded: split it into smaller documents`,
        });
        continue;
      }
      pool.extract(document).then(
        (prepared) => settle(index, { prepared, source }),
        (error: unknown) =>
          settle(index, {
            source,
            code: codeOf(error, 'EXTRACTION_FAILED'),
            reason: messageOf(error),
          }),
      );
      // Back-pressure: a bounded number of documents between reading and writing.
      while (dispatched - next >= limit) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
    while (next < dispatched) await new Promise<void>((resolve) => (wake = resolve));
  } finally {
    await pool.close();
  }
  return { files: writer.finish(), summary };
}
