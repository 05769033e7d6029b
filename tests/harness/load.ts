/** Loads documents into the test database in this thread (no workers), with the default dictionaries. */
import { loadDictionaries } from '../../src/ingest/dictionaries';
import { loadDocuments, type LoadSummary } from '../../src/load/load-pipeline';
import type { Dictionaries } from '../../src/model';
import type { TestDatabase } from './database';

let defaults: Dictionaries | null = null;

export function loadForTest(
  db: TestDatabase,
  paths: string[],
  batchSize = 50,
): Promise<LoadSummary> {
  defaults ??= loadDictionaries();
  return loadDocuments(
    { paths, recursive: false, workers: 0, batchSize, dictionaries: defaults },
    db,
  );
}
