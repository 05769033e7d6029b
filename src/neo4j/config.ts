/**
 * Database configuration, read once from the environment at the edge
 * (`src/cli`), validated, every problem reported together. Library code
 * receives a `Neo4jConfig` and never reads `process.env`.
 */
import path from 'node:path';
import { createEnvReader, type Env } from '../model/env-reader';
import { ConfigError } from '../model/errors';

export interface LocalServerConfig {
  /** Data, logs, configuration, password and pid of the local server. */
  home: string;
  boltPort: number;
  httpPort: number;
  /** JVM heap, e.g. "2g". */
  heap: string;
  /** Page cache, e.g. "1g". */
  pageCache: string;
  startTimeoutMs: number;
  /** `java` executable ($JAVA_HOME/bin/java when set). */
  java: string;
  /** `mvn` executable. */
  maven: string;
}

export interface Neo4jConfig {
  /** Set when an external database is configured; null means "use the local server". */
  uri: string | null;
  user: string;
  /** From NEO4J_PASSWORD; for the local server it is read from its password file. */
  password: string | null;
  /** null: the server's default database. */
  database: string | null;
  /** Timeout, in ms, Neo4j applies to every transaction the API runs. */
  transactionTimeoutMs: number;
  local: LocalServerConfig;
}

export type { Env } from '../model/env-reader';

/** The repository root: two levels above this file in src/ and in dist/. */
export function projectRoot(): string {
  return path.resolve(__dirname, '..', '..');
}

const SIZE = /^\d+[kmg]$/i;
const URI = /^(?:neo4j|bolt)(?:\+s|\+ssc)?:\/\/\S+$/;

export function readNeo4jConfig(env: Env, root: string = projectRoot()): Neo4jConfig {
  const problems: string[] = [];
  const { text, integer } = createEnvReader(env, problems);
  const size = (name: string, fallback: string): string => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    if (!SIZE.test(raw)) {
      problems.push(`${name} must be a size such as 512m or 2g; found "${raw}".`);
      return fallback;
    }
    return raw.toLowerCase();
  };

  const uri = text('NEO4J_URI') ?? null;
  if (uri !== null && !URI.test(uri)) {
    problems.push(
      `NEO4J_URI must start with neo4j://, neo4j+s://, neo4j+ssc://, bolt://, bolt+s:// or bolt+ssc://; found "${uri}".`,
    );
  }
  const password = text('NEO4J_PASSWORD') ?? null;
  if (uri !== null && password === null) {
    problems.push('NEO4J_PASSWORD is required when NEO4J_URI is set.');
  }
  const javaHome = text('JAVA_HOME');

  const config: Neo4jConfig = {
    uri,
    user: text('NEO4J_USER') ?? 'neo4j',
    password,
    database: text('NEO4J_DATABASE') ?? null,
    transactionTimeoutMs: integer('NEO4J_TRANSACTION_TIMEOUT_MS', 10_000, 100, 3_600_000),
    local: {
      home: path.resolve(root, text('DIPLOGRAPH_NEO4J_HOME') ?? '.neo4j'),
      boltPort: integer('DIPLOGRAPH_NEO4J_BOLT_PORT', 7687, 1, 65535),
      httpPort: integer('DIPLOGRAPH_NEO4J_HTTP_PORT', 7474, 1, 65535),
      heap: size('DIPLOGRAPH_NEO4J_HEAP', '2g'),
      pageCache: size('DIPLOGRAPH_NEO4J_PAGECACHE', '1g'),
      startTimeoutMs: integer('DIPLOGRAPH_NEO4J_START_TIMEOUT', 180, 5, 3600) * 1000,
      java: javaHome === undefined ? 'java' : path.join(javaHome, 'bin', 'java'),
      maven: text('DIPLOGRAPH_MAVEN') ?? 'mvn',
    },
  };
  if (config.local.boltPort === config.local.httpPort) {
    problems.push('DIPLOGRAPH_NEO4J_BOLT_PORT and DIPLOGRAPH_NEO4J_HTTP_PORT must differ.');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
