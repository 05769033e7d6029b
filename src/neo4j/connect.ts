/**
 * One driver per process. With NEO4J_URI set it connects there (neo4j://,
 * neo4j+s:// for clusters and Aura, bolt://); otherwise to the local server,
 * started first when `startLocal` allows. Connectivity is verified up front
 * so a wrong address or password fails at start-up with what was tried.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { Neo4jSetupError } from '../model/errors';
import type { Neo4jConfig } from './config';
import { localBoltUri, passwordFile, readLocalPassword, startLocalServer } from './local-server';

export interface Connection {
  driver: Driver;
  /** undefined: the server's default database. */
  database: string | undefined;
  uri: string;
  /** True when this process started the local server. */
  startedLocal: boolean;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Start the local server when NEO4J_URI is unset and it is not running (default true). */
  startLocal?: boolean;
  log?: (line: string) => void;
  maxConnectionPoolSize?: number;
}

export async function connect(
  config: Neo4jConfig,
  options: ConnectOptions = {},
): Promise<Connection> {
  const log = options.log ?? (() => undefined);
  let uri = config.uri;
  let password = config.password;
  let startedLocal = false;
  let how = 'NEO4J_PASSWORD';
  if (uri === null) {
    uri = localBoltUri(config.local);
    if (options.startLocal ?? true) {
      const started = await startLocalServer(config.local, log);
      startedLocal = !started.alreadyRunning;
    }
    password = readLocalPassword(config.local);
    how = `the local server's password file ${passwordFile(config.local)}`;
    if (password === null) {
      throw new Neo4jSetupError(
        'NEO4J_UNREACHABLE',
        `NEO4J_URI is not set and the local Neo4j has no password file (${passwordFile(config.local)}): ` +
          'run `diplograph neo4j start` first, or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.',
      );
    }
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.user, password ?? ''), {
    userAgent: 'diplograph/0.1',
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    connectionAcquisitionTimeout: 60_000,
    logging: { level: 'error', logger: (_level, message) => log(`neo4j-driver: ${message}`) },
  });
  const database = config.database ?? undefined;
  try {
    await driver.verifyConnectivity(database === undefined ? {} : { database });
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Neo4jSetupError(
      'NEO4J_UNREACHABLE',
      `Could not connect to Neo4j at ${uri} as user "${config.user}" (password from ${how})` +
        `${database === undefined ? '' : `, database "${database}"`}: ${reason}\n` +
        (config.uri === null
          ? 'Check `diplograph neo4j status`; or set NEO4J_URI to use another server.'
          : 'Check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; unset NEO4J_URI to use the local server.'),
      { cause: error },
    );
  }
  return { driver, database, uri, startedLocal, close: () => driver.close() };
}
