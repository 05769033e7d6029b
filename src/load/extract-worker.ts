/**
 * A worker thread of the extraction pool: takes the dictionaries it is given
 * (`workerData`, see extract-pool.ts), then turns each SourceDocument it receives
 * into a DocumentGraph, or, for `diplograph import` (`prepare`), into the rows and CSV
 * text of bulk-import/prepare.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../extract';
import type { SourceDocument } from '../model';
import { prepareDocument } from './bulk-import/prepare';
import type { ExtractWorkerData } from './extract-pool';

const { dictionaries, prepare = false } = workerData as ExtractWorkerData;

parentPort?.on('message', (message: { id: number; document: SourceDocument }) => {
  try {
    const graph = extractDocument(message.document, dictionaries);
    parentPort?.postMessage({ id: message.id, result: prepare ? prepareDocument(graph) : graph });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
