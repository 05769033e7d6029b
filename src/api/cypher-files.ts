/**
 * The API's own Cypher, `cypher/api/*.cypher` (one statement per file, a header naming its
 * parameters and what it returns), read once per process. Code names a file from this fixed
 * list; values always travel as parameters.
 */
import path from 'node:path';
import { readCypherFile } from '../load/cypher-files';
import { projectRoot } from '../neo4j/config';

export type ApiCypherName =
  | 'statement-by-id'
  | 'statements-by-ids'
  | 'person-timeline'
  | 'search-statements'
  | 'statements-by-topic'
  | 'statements-by-topic-dates';

/** The statement of `cypher/api/<name>.cypher`, header comments removed. */
export function apiCypher(name: ApiCypherName): string {
  return readCypherFile(path.join(projectRoot(), 'cypher', 'api'), name);
}
