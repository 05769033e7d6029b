/**
 * What follows `neo4j-admin database import` of the files of import-files.ts (which hold
 * every node and relationship but the statement links, timelines included), over Bolt, so
 * that the database ends as `diplograph load` leaves it:
 *   1. the schema (cypher/schema.cypher), then waiting until its indexes are online;
 *   2. the empty lists CSV cannot carry (import-empty-lists.cypher);
 *   3. the statement links (REITERATES, RESPONDS_TO, CONTRADICTS) by the loader's own link
 *      step (src/link/statement-links.ts) over every statement, LINK_PAGE statements per
 *      transaction: a pair's links depend on the pair alone, so this gives the edges a load
 *      gives;
 *   4. the graph version bumped once, so a running API drops what it cached.
 * Each step is idempotent but the last, which only counts: a stopped run can be run again.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../cypher-files';
import { bumpGraphVersion } from '../graph-version';
import { applySchema } from '../schema';
import { linkStatements } from '../../link/statement-links';

/** Statements linked per transaction after an import. */
export const LINK_PAGE = 5000;

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
    let after = '';
    let linked = 0;
    let edges = 0;
    for (;;) {
      const page = await session.executeRead(async (tx) =>
        (
          await tx.run(cypher('statement-ids-after'), { after, limit: neo4j.int(LINK_PAGE) })
        ).records.map((r) => r.get('id') as string),
      );
      if (page.length === 0) break;
      edges += (await session.executeWrite((tx) => linkStatements(tx, page))).length;
      linked += page.length;
      after = page[page.length - 1]!;
    }
    log(`statement links: ${edges} among ${linked} statements`);
    await session.executeWrite((tx) => bumpGraphVersion(tx));
  } finally {
    await session.close();
  }
}
