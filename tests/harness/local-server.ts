/**
 * For the few tests that need the project's own local Neo4j (its neo4j.conf, its
 * `neo4j status`, the Browser it serves), whatever database the harness chose:
 * the harness's local server when it started or reused one, otherwise (NEO4J_URI
 * external, or testcontainers) a throwaway local server in a temporary home on free
 * ports, stopped and removed by `stop()`.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { readNeo4jConfig } from '../../src/neo4j/config';
import { readLocalPassword, startLocalServer, stopLocalServer } from '../../src/neo4j/local-server';
import type { TestDatabase } from './database';

export interface LocalTestServer {
  /** The environment `diplograph neo4j …` needs to address this server. */
  env: {
    DIPLOGRAPH_NEO4J_HOME: string;
    DIPLOGRAPH_NEO4J_BOLT_PORT: string;
    DIPLOGRAPH_NEO4J_HTTP_PORT: string;
  };
  boltPort: number;
  httpPort: number;
  /** Of the user neo4j. */
  password: string;
  /** True when this is the harness's own server (its data is the tests' database). */
  isHarnessServer: boolean;
  open(): TestDatabase;
  stop(): Promise<void>;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A first start of a new home takes ~20 s, more on a busy machine. */
export const LOCAL_SERVER_START_TIMEOUT_MS = 300_000;

export async function localServerForTest(): Promise<LocalTestServer> {
  const harnessHome = process.env.DIPLOGRAPH_TEST_NEO4J_HOME;
  let home: string;
  let bolt: number;
  let http: number;
  if (harnessHome !== undefined) {
    home = harnessHome;
    bolt = Number(new URL(process.env.NEO4J_URI!).port);
    http = Number(process.env.DIPLOGRAPH_TEST_NEO4J_HTTP_PORT);
  } else {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-test-local-'));
    bolt = await freePort();
    http = await freePort();
    while (http === bolt) http = await freePort();
  }
  const env = {
    DIPLOGRAPH_NEO4J_HOME: home,
    DIPLOGRAPH_NEO4J_BOLT_PORT: String(bolt),
    DIPLOGRAPH_NEO4J_HTTP_PORT: String(http),
  };
  const local = readNeo4jConfig({ ...process.env, NEO4J_URI: undefined, ...env }).local;
  if (harnessHome === undefined)
    await startLocalServer(local, (l) => process.stderr.write(`[test local server] ${l}\n`));
  const password = readLocalPassword(local) ?? '';
  return {
    env,
    password,
    boltPort: bolt,
    httpPort: http,
    isHarnessServer: harnessHome !== undefined,
    open() {
      const driver = neo4j.driver(`bolt://127.0.0.1:${bolt}`, neo4j.auth.basic('neo4j', password));
      return { driver, database: undefined, close: () => driver.close() };
    },
    async stop() {
      if (harnessHome !== undefined) return;
      await stopLocalServer(local, () => undefined);
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * The environment for a `diplograph` child process that runs a local server of its own in
 * `home`, on two free ports, small enough to share the machine with the tests' server; the
 * harness's NEO4J_* variables removed, so the child takes the path without NEO4J_URI.
 */
export async function ownServerEnv(
  home: string,
  extra: NodeJS.ProcessEnv = {},
): Promise<NodeJS.ProcessEnv> {
  const bolt = await freePort();
  let http = await freePort();
  while (http === bolt) http = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'])
    delete env[name];
  return {
    ...env,
    DIPLOGRAPH_NEO4J_HOME: home,
    DIPLOGRAPH_NEO4J_BOLT_PORT: String(bolt),
    DIPLOGRAPH_NEO4J_HTTP_PORT: String(http),
    DIPLOGRAPH_NEO4J_HEAP: '512m',
    DIPLOGRAPH_NEO4J_PAGECACHE: '256m',
    ...extra,
  };
}
