import type { Driver } from 'neo4j-driver';
import { cypher } from './cypher-files';

/**
 * The sha256s, among `shas`, of documents already loaded and linked: re-loading
 * them would change nothing, so the loader skips them before extraction.
 */
export async function knownDocuments(
  driver: Driver,
  database: string | undefined,
  shas: readonly string[],
): Promise<Set<string>> {
  if (shas.length === 0) return new Set();
  const { records } = await driver.executeQuery(
    cypher('known-documents'),
    { shas },
    { routing: 'READ', ...(database === undefined ? {} : { database }) },
  );
  return new Set(records.map((r) => r.get('sha256') as string));
}
