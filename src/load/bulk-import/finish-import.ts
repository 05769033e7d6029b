/**
 * What follows `neo4j-admin database import` of the files of import-files.ts (which hold
 * every node and relationship, timelines and echoes included), over Bolt, so that the
 * database ends as `diplograph load` leaves it:
 *   1. the schema (cypher/schema.cypher), then waiting until its indexes are online;
 *   2. the empty lists CSV cannot carry (import-empty-lists.cypher);
 *   3. the graph version bumped once, so a running API drops what it cached.
 * Each step is idempotent but the last, which only counts: a stopped run can be run again.
 */
import type { Driver } from 'neo4j-driver';
import { cypher } from '../cypher-files';
import { bumpGraphVersion } from '../graph-version';
import { applySchema } from '../schema';

export async function finishImport(
  driver: Driver,
  database: string | undefined,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const opts = database === undefined ? {} : { database };
  const statements = await applySchema(driver, database);
  log(`schema: ${statements} constraints and indexes; waiting until they are online…`);
  await driver.executeQuery('CALL db.awaitIndexes(3600)', {}, opts);
  await driver.executeQuery(cypher('import-empty-lists'), {}, opts);
  const session = driver.session(opts);
  try {
    await session.executeWrite((tx) => bumpGraphVersion(tx));
  } finally {
    await session.close();
  }
}
