/**
 * Gives the integration tests a real Neo4j, in this order:
 *   1. NEO4J_URI when set (with NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE);
 *   2. a testcontainers Neo4j when a Docker engine answers;
 *   3. the project's local server, in its own home (.neo4j/test) and ports
 *      (7688 / 7475) so a developer's database is never touched; started for
 *      the run and stopped by global-teardown.ts.
 * The choice reaches the test files through process.env.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readNeo4jConfig, projectRoot } from '../../src/neo4j/config';
import { readLocalPassword, startLocalServer } from '../../src/neo4j/local-server';
import { NEO4J_IMAGE } from './neo4j-image';

export interface HarnessState {
  stopLocal: boolean;
  container?: { stop(): Promise<unknown> };
}

declare global {
  var __diplographHarness: HarnessState | undefined;
}

function dockerAnswers(): boolean {
  const result = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
    timeout: 5000,
    encoding: 'utf8',
  });
  return result.status === 0 && result.stdout.trim() !== '';
}

export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  const log = (line: string) => process.stderr.write(`[harness] ${line}\n`);
  if (process.env.NEO4J_URI !== undefined && process.env.NEO4J_URI !== '') {
    log(`using NEO4J_URI=${process.env.NEO4J_URI}`);
    globalThis.__diplographHarness = { stopLocal: false };
    return;
  }
  if (dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    log(`starting ${NEO4J_IMAGE} with testcontainers…`);
    const container = await new Neo4jContainer(NEO4J_IMAGE).withApoc().start();
    process.env.NEO4J_URI = container.getBoltUri();
    process.env.NEO4J_USER = container.getUsername();
    process.env.NEO4J_PASSWORD = container.getPassword();
    globalThis.__diplographHarness = { stopLocal: false, container };
    return;
  }
  const env = {
    ...process.env,
    DIPLOGRAPH_NEO4J_HOME:
      process.env.DIPLOGRAPH_TEST_NEO4J_HOME ?? path.join(projectRoot(), '.neo4j', 'test'),
    DIPLOGRAPH_NEO4J_BOLT_PORT: process.env.DIPLOGRAPH_TEST_NEO4J_BOLT_PORT ?? '7688',
    DIPLOGRAPH_NEO4J_HTTP_PORT: process.env.DIPLOGRAPH_TEST_NEO4J_HTTP_PORT ?? '7475',
  };
  const local = readNeo4jConfig(env).local;
  const started = await startLocalServer(local, log);
  log(
    `${started.alreadyRunning ? 'reusing' : 'started'} the local Neo4j for tests on ${started.boltUri}`,
  );
  process.env.NEO4J_URI = started.boltUri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = readLocalPassword(local) ?? '';
  // Tests that start their own local servers or browse the test server need these too.
  process.env.DIPLOGRAPH_TEST_NEO4J_HOME = local.home;
  process.env.DIPLOGRAPH_TEST_NEO4J_HTTP_PORT = String(local.httpPort);
  globalThis.__diplographHarness = { stopLocal: !started.alreadyRunning };
}
