import type { Driver } from 'neo4j-driver';

/**
 * Empties a bench database: every node and relationship, and every constraint and
 * index, so the loader under test applies today's cypher/schema.cypher from scratch
 * (`IF NOT EXISTS` would keep an older definition of an index with the same name).
 */
export async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name');
    for (const r of constraints.records)
      await session.run(`DROP CONSTRAINT \`${r.get('name') as string}\``);
    const indexes = await session.run(
      "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    );
    for (const r of indexes.records) await session.run(`DROP INDEX \`${r.get('name') as string}\``);
  } finally {
    await session.close();
  }
}
