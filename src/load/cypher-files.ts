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
  | 'link-keys'
  | 'link-window-by-date'
  | 'link-window-by-speaker'
  | 'link-statements'
  | 'upsert-reiterates'
  | 'upsert-responds-to'
  | 'upsert-contradicts'
  | 'create-links'
  | 'import-statement-order'
  | 'migrate-echoes'
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
const cache = new Map<string, string>();

/**
 * The statement of `<dir>/<name>.cypher` with its header comments removed, read once per
 * process. The one reader of Cypher files: the API's `cypher/api/` files go through it too.
 */
export function readCypherFile(dir: string, name: string): string {
  const file = path.join(dir, `${name}.cypher`);
  let text = cache.get(file);
  if (text === undefined) {
    text = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    cache.set(file, text);
  }
  return text;
}

/** The statement of `cypher/<name>.cypher`, header comments removed. */
export function cypher(name: CypherName): string {
  return readCypherFile(CYPHER_DIR, name);
}

/** The statements of a multi-statement file (only `schema.cypher`), split at `;` line ends. */
export function cypherStatements(name: CypherName): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
