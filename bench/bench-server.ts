/**
 * The load benches' own Neo4j: the local server in .neo4j/bench on ports 7694/7480
 * (DIPLOGRAPH_BENCH_NEO4J_HOME, _BOLT_PORT, _HTTP_PORT to change), never the developer's
 * data or the tests'. Started if it is not running; `stop()` stops it only then.
 */
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { readNeo4jConfig } from '../src/neo4j/config';
import { readLocalPassword, startLocalServer, stopLocalServer } from '../src/neo4j/local-server';

export interface BenchServer {
  driver: Driver;
  /** The environment for a `diplograph` child process that should use this server. */
  env: NodeJS.ProcessEnv;
  /** Stops the server unless it was already running (or `keep`); closes the driver. */
  stop(keep?: boolean): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const local = readNeo4jConfig({
    ...process.env,
    NEO4J_URI: undefined,
    DIPLOGRAPH_NEO4J_HOME:
      process.env.DIPLOGRAPH_BENCH_NEO4J_HOME ?? path.join(__dirname, '..', '.neo4j', 'bench'),
    DIPLOGRAPH_NEO4J_BOLT_PORT: process.env.DIPLOGRAPH_BENCH_NEO4J_BOLT_PORT ?? '7694',
    DIPLOGRAPH_NEO4J_HTTP_PORT: process.env.DIPLOGRAPH_BENCH_NEO4J_HTTP_PORT ?? '7480',
  }).local;
  const started = await startLocalServer(local, (l) => process.stderr.write(`${l}\n`));
  const password = readLocalPassword(local)!;
  const driver = neo4j.driver(started.boltUri, neo4j.auth.basic('neo4j', password));
  return {
    driver,
    env: {
      ...process.env,
      NEO4J_URI: started.boltUri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: password,
    },
    async stop(keep = false) {
      await driver.close();
      if (!started.alreadyRunning && !keep) await stopLocalServer(local, () => undefined);
    },
  };
}

/**
 * Empties a bench database: every node and relationship, and every constraint and
 * index, so the loader under test applies today's cypher/schema.cypher from scratch
 * (`IF NOT EXISTS` would keep an older definition of an index with the same name).
 */
export async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Relationships first: DETACH DELETE of a person with thousands of edges, 10,000 nodes
    // a transaction, overran the transaction memory pool of a 1 GB heap.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
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
