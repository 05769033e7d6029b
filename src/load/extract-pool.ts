/**
 * Extraction in worker threads, so it runs in parallel with writing. Every worker
 * receives the pool's dictionaries (structured-cloned once, at start), so a load with
 * other dictionaries extracts with them in every thread. With `workers: 0`, or when the
 * compiled worker is missing (running from TypeScript sources, as under jest) and no
 * `workerFile` is given, it extracts in this thread instead.
 *
 * `createPreparePool` is the same pool for `diplograph import`: each worker also validates
 * the graph and turns it into the import's rows and CSV text (bulk-import/prepare.ts), so
 * only that compact result crosses back to the writing thread, not the whole graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { extractDocument } from '../extract';
import type { Dictionaries, DocumentGraph, SourceDocument } from '../model';
import { prepareDocument, type Prepared } from './bulk-import/prepare';
import { LoadError } from './load-error';

export interface WorkPool<T> {
  extract(document: SourceDocument): Promise<T>;
  close(): Promise<void>;
}

export type ExtractPool = WorkPool<DocumentGraph>;

/** What a worker thread receives as `workerData`. */
export interface ExtractWorkerData {
  dictionaries: Dictionaries;
  /** Reply with `prepareDocument`'s result instead of the graph. */
  prepare?: boolean;
}

export interface ExtractPoolOptions {
  /** The worker script; default the compiled extract-worker.js beside this file. */
  workerFile?: string;
}

const WORKER = path.join(__dirname, 'extract-worker.js');

export function createExtractPool(
  workers: number,
  dictionaries: Dictionaries,
  options: ExtractPoolOptions = {},
): ExtractPool {
  return createPool(workers, dictionaries, false, (graph) => graph, options);
}

/** Extraction, validation and the import's rows, per document (see bulk-import/prepare.ts). */
export function createPreparePool(
  workers: number,
  dictionaries: Dictionaries,
  options: ExtractPoolOptions = {},
): WorkPool<Prepared> {
  return createPool(workers, dictionaries, true, prepareDocument, options);
}

function createPool<T>(
  workers: number,
  dictionaries: Dictionaries,
  prepare: boolean,
  local: (graph: DocumentGraph) => T,
  options: ExtractPoolOptions,
): WorkPool<T> {
  const workerFile = options.workerFile ?? WORKER;
  if (workers <= 0 || !fs.existsSync(workerFile)) {
    return {
      extract: (document) =>
        Promise.resolve().then(() => local(extractDocument(document, dictionaries))),
      close: () => Promise.resolve(),
    };
  }
  const workerData: ExtractWorkerData = prepare ? { dictionaries, prepare } : { dictionaries };
  // Threads start with the first document to extract: a re-load where every document is
  // unchanged starts none.
  const threads: Worker[] = [];
  const load: number[] = [];
  const pending = new Map<number, { resolve: (result: T) => void; reject: (e: Error) => void }>();
  let next = 0;
  const start = () => {
    for (let i = 0; i < workers; i++) {
      const thread = new Worker(workerFile, { workerData });
      threads.push(thread);
      load.push(0);
      thread.on('message', (m: { id: number; result?: T; error?: string }) => {
        load[i]! -= 1;
        const waiter = pending.get(m.id);
        pending.delete(m.id);
        if (m.result !== undefined) waiter?.resolve(m.result);
        else
          waiter?.reject(
            new LoadError('EXTRACTION_FAILED', `extraction failed: ${m.error ?? 'unknown error'}`),
          );
      });
      thread.on('error', (error) => {
        for (const waiter of pending.values())
          waiter.reject(
            new LoadError('EXTRACTION_FAILED', `an extraction worker stopped: ${error.message}`, {
              cause: error,
            }),
          );
        pending.clear();
      });
    }
  };
  return {
    extract(document) {
      if (threads.length === 0) start();
      const id = next++;
      const i = load.indexOf(Math.min(...load));
      load[i]! += 1;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        threads[i]!.postMessage({ id, document });
      });
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
