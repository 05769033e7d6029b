/**
 * A worker thread of the extraction pool: takes the dictionaries it is given
 * (`workerData`, see extract-pool.ts), then turns each SourceDocument it receives
 * into a DocumentGraph.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../extract';
import type { SourceDocument } from '../model';
import type { ExtractWorkerData } from './extract-pool';

const { dictionaries } = workerData as ExtractWorkerData;

parentPort?.on('message', (message: { id: number; document: SourceDocument }) => {
  try {
    parentPort?.postMessage({
      id: message.id,
      graph: extractDocument(message.document, dictionaries),
    });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
