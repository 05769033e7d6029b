/** Loads documents into the test database in this thread (no workers), discarding progress. */
import { PassThrough } from 'node:stream';
import { loadPaths, type LoadSummary } from '../../src/cli/commands/load';
import type { TestDatabase } from './database';

export function loadForTest(
  db: TestDatabase,
  paths: string[],
  batchSize = 50,
): Promise<LoadSummary> {
  return loadPaths(paths, {
    connection: db,
    workers: 0,
    batchSize,
    recursive: false,
    stdin: new PassThrough(),
    stderr: new PassThrough().resume(),
    interactive: false,
  });
}
