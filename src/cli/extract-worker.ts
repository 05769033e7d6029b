/**
 * A worker thread of the extraction pool: loads the dictionaries once, then
 * turns each SourceDocument it receives into a DocumentGraph.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extract';
import { loadDictionaries } from '../ingest/dictionaries';
import type { SourceDocument } from '../model';

const dictionaries = loadDictionaries();

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
