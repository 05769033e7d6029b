/**
 * The review layer's Cypher, `cypher/review/*.cypher` (one statement per file, a header naming
 * its parameters and what it returns), read once per process. Code names a file from this
 * fixed list; values always travel as parameters.
 */
import path from 'node:path';
import { readCypherFile } from '../cypher-files';

export type ReviewCypherName =
  | 'read-statements'
  | 'read-people'
  | 'read-topics'
  | 'create-corrections'
  | 'set-speakers'
  | 'set-topics'
  | 'set-acts'
  | 'set-status'
  | 'create-person'
  | 'set-merged-into'
  | 'corrections-of-documents'
  | 'reattach-corrections'
  | 'delete-rejected';

const REVIEW_CYPHER_DIR = path.join(__dirname, '..', '..', '..', 'cypher', 'review');

/** The statement of `cypher/review/<name>.cypher`, header comments removed. */
export function reviewCypher(name: ReviewCypherName): string {
  return readCypherFile(REVIEW_CYPHER_DIR, name);
}
