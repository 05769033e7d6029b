/**
 * The API's own Cypher, `cypher/api/*.cypher` (one statement per file, a header naming its
 * parameters and what it returns), read once per process. Code names a file from this fixed
 * list; values always travel as parameters.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../neo4j/config';

export type ApiCypherName = 'statement-by-id' | 'person-timeline' | 'search-statements';

const cache = new Map<ApiCypherName, string>();

/** The statement of `cypher/api/<name>.cypher`, header comments removed. */
export function apiCypher(name: ApiCypherName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs
      .readFileSync(path.join(projectRoot(), 'cypher', 'api', `${name}.cypher`), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    cache.set(name, text);
  }
  return text;
}
