/**
 * For integration test files: a driver on the harness's database and a
 * reset that empties it (data, constraints, indexes). Integration tests run
 * one file at a time (`--runInBand`); each file resets in `beforeAll`, so
 * files run in any order.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain } from '../../src/cli/to-plain';

export interface TestDatabase {
  driver: Driver;
  database: string | undefined;
  close(): Promise<void>;
}

export function openTestDatabase(): TestDatabase {
  const uri = process.env.NEO4J_URI;
  if (uri === undefined || uri === '')
    throw new Error('NEO4J_URI is not set: run integration tests through jest (global-setup.ts).');
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  );
  const database = process.env.NEO4J_DATABASE || undefined;
  return { driver, database, close: () => driver.close() };
}

/** Deletes every node; with `dropSchema`, also every constraint and index (slow: only when a test needs it). */
export async function resetDatabase(
  { driver, database }: TestDatabase,
  { dropSchema = false } = {},
): Promise<void> {
  const opts = database === undefined ? {} : { database };
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session(opts);
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  if (!dropSchema) return;
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name', {}, opts);
  for (const r of constraints.records)
    await driver.executeQuery(`DROP CONSTRAINT \`${String(r.get('name'))}\` IF EXISTS`, {}, opts);
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    opts,
  );
  for (const r of indexes.records)
    await driver.executeQuery(`DROP INDEX \`${String(r.get('name'))}\` IF EXISTS`, {}, opts);
}

/** Runs a query on the test database and returns its rows as plain values (numbers, strings, dates as text). */
export async function queryRows<T = Record<string, unknown>>(
  db: TestDatabase,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await db.driver.executeQuery(
    cypher,
    params,
    db.database === undefined ? {} : { database: db.database },
  );
  return records.map((r) => toPlain(r.toObject()) as T);
}
