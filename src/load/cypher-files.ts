/**
 * The Cypher of `cypher/*.cypher`, read once per process. Code names a file
 * from a fixed list; values always travel as parameters.
 */
import fs from 'node:fs';
import path from 'node:path';

export type CypherName =
  | 'schema'
  | 'find-documents'
  | 'delete-documents'
  | 'create-documents'
  | 'upsert-entities'
  | 'upsert-offices'
  | 'upsert-represents'
  | 'upsert-topics'
  | 'match-events'
  | 'backfill-event-match-keys'
  | 'upsert-events'
  | 'create-statements'
  | 'create-references'
  | 'link-next-by-speaker'
  | 'echo-candidates'
  | 'upsert-echoes'
  | 'unlinked-statements'
  | 'unlinked-documents'
  | 'mark-linked'
  | 'known-documents'
  | 'count-graph'
  | 'bump-graph-version'
  | 'read-graph-version'
  | 'import-has-nodes'
  | 'import-empty-lists';

const CYPHER_DIR = path.join(__dirname, '..', '..', 'cypher');
const cache = new Map<CypherName, string>();

/** The statement of `cypher/<name>.cypher`, header comments removed. */
export function cypher(name: CypherName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs
      .readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file (only `schema.cypher`), split at `;` line ends. */
export function cypherStatements(name: CypherName): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
