/**
 * Extraction in worker threads, so it runs in parallel with writing. With
 * `workers: 0` (or when running from TypeScript sources, as under jest) it
 * extracts in this thread instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { extractDocument } from '../extract';
import type { Dictionaries, DocumentGraph, SourceDocument } from '../model';

export interface ExtractPool {
  extract(document: SourceDocument): Promise<DocumentGraph>;
  close(): Promise<void>;
}

const WORKER = path.join(__dirname, 'extract-worker.js');

export function createExtractPool(workers: number, dictionaries: () => Dictionaries): ExtractPool {
  if (workers <= 0 || !fs.existsSync(WORKER)) {
    const dict = dictionaries();
    return {
      extract: (document) => Promise.resolve().then(() => extractDocument(document, dict)),
      close: () => Promise.resolve(),
    };
  }
  const threads = Array.from({ length: workers }, () => new Worker(WORKER));
  const load = threads.map(() => 0);
  const pending = new Map<
    number,
    { resolve: (g: DocumentGraph) => void; reject: (e: Error) => void }
  >();
  let next = 0;
  for (const [i, thread] of threads.entries()) {
    thread.on('message', (m: { id: number; graph?: DocumentGraph; error?: string }) => {
      load[i]! -= 1;
      const waiter = pending.get(m.id);
      pending.delete(m.id);
      if (m.graph !== undefined) waiter?.resolve(m.graph);
      else waiter?.reject(new Error(`extraction failed: ${m.error ?? 'unknown error'}`));
    });
    thread.on('error', (error) => {
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
  }
  return {
    extract(document) {
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
