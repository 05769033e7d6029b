/**
 * The API's configuration, read once from the environment at the edge (`src/cli`),
 * validated, every problem reported together with the database's own (src/neo4j/config.ts).
 * createApi and the server receive an `ApiConfig` and never read `process.env`.
 */
import { createEnvReader } from '../model/env-reader';
import { ConfigError } from '../model/errors';
import { readNeo4jConfig, type Env, type Neo4jConfig } from '../neo4j/config';

/** Limits on a GraphQL document, checked before it runs (graphql-armor). */
export interface QueryLimits {
  /** Deepest nesting of fields. */
  depth: number;
  /** Aliases in one document. */
  aliases: number;
  /** graphql-armor's static cost (objects 2, scalars 1, ×1.5 per level). */
  cost: number;
  /** Lexical tokens in one document. */
  tokens: number;
}

export interface ApiConfig {
  /** PORT: where the server listens; 0 picks a free port. */
  port: number;
  /** DIPLOGRAPH_HOST: the interface to listen on (loopback by default). */
  host: string;
  /** DIPLOGRAPH_ENV=production or NODE_ENV=production: masked errors, no field suggestions. */
  production: boolean;
  /** DIPLOGRAPH_CORS_ORIGINS: allowed browser origins; empty = no CORS headers; ['*'] = any. */
  corsOrigins: string[];
  /** DIPLOGRAPH_INTROSPECTION: schema introspection and GraphiQL (default: on unless production). */
  introspection: boolean;
  /** DIPLOGRAPH_JWT_SECRET: when set, every query needs an HS256 JWT signed with it. */
  jwtSecret: string | null;
  /** DIPLOGRAPH_MAX_BODY_BYTES: largest accepted request body. */
  maxBodyBytes: number;
  /** NEO4J_TRANSACTION_TIMEOUT_MS: Neo4j ends any API transaction that runs longer. */
  transactionTimeoutMs: number;
  /** DIPLOGRAPH_SHUTDOWN_TIMEOUT_MS: how long shutdown waits for requests in flight. */
  shutdownTimeoutMs: number;
  /** DIPLOGRAPH_CACHE_TTL_MS: how long a query's result is reused (0: never). */
  cacheTtlMs: number;
  /**
   * DIPLOGRAPH_CACHE_VERSION_POLL_MS: how often the cache reads the graph's version (bumped by
   * every load that writes), dropping its answers when it changed; 0: before every query.
   */
  cacheVersionPollMs: number;
  limits: QueryLimits;
}

export const DEFAULT_LIMITS: QueryLimits = { depth: 6, aliases: 15, cost: 5000, tokens: 1000 };

/** The configuration with every default: what an unset environment gives. */
export const DEFAULT_API_CONFIG: ApiConfig = {
  port: 4000,
  host: '127.0.0.1',
  production: false,
  corsOrigins: [],
  introspection: true,
  jwtSecret: null,
  maxBodyBytes: 100 * 1024,
  transactionTimeoutMs: 10_000,
  shutdownTimeoutMs: 10_000,
  cacheTtlMs: 30_000,
  cacheVersionPollMs: 1000,
  limits: DEFAULT_LIMITS,
};

export interface ServeConfig {
  api: ApiConfig;
  neo4j: Neo4jConfig;
}

const ORIGIN = /^https?:\/\/[^\s/]+$/;
const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);
const MIN_SECRET_LENGTH = 32;

/** Reads the API's and the database's configuration; every problem of both in one ConfigError. */
export function readServeConfig(env: Env): ServeConfig {
  const problems: string[] = [];
  let neo4j: Neo4jConfig | null = null;
  try {
    neo4j = readNeo4jConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const api = readApiConfig(env, problems);
  if (problems.length > 0 || neo4j === null) throw new ConfigError(problems);
  return { api: { ...api, transactionTimeoutMs: neo4j.transactionTimeoutMs }, neo4j };
}

function readApiConfig(env: Env, problems: string[]): ApiConfig {
  const { text, integer } = createEnvReader(env, problems);
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    if (TRUE.has(raw.toLowerCase())) return true;
    if (FALSE.has(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false; found "${raw}".`);
    return fallback;
  };

  const mode = text('DIPLOGRAPH_ENV') ?? text('NODE_ENV') ?? 'development';
  const production = mode.toLowerCase() === 'production';
  const corsOrigins = (text('DIPLOGRAPH_CORS_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter((o) => o !== '');
  for (const origin of corsOrigins) {
    if (origin !== '*' && !ORIGIN.test(origin)) {
      problems.push(
        `DIPLOGRAPH_CORS_ORIGINS must be * or a comma-separated list of origins such as https://analyst.example.org; found "${origin}".`,
      );
    }
  }
  if (corsOrigins.includes('*') && corsOrigins.length > 1) {
    problems.push(
      'DIPLOGRAPH_CORS_ORIGINS: * already allows every origin; list no others with it.',
    );
  }
  const jwtSecret = text('DIPLOGRAPH_JWT_SECRET') ?? null;
  if (jwtSecret !== null && jwtSecret.length < MIN_SECRET_LENGTH) {
    problems.push(
      `DIPLOGRAPH_JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters (HS256 key); found ${jwtSecret.length}. Generate one with \`openssl rand -base64 48\`.`,
    );
  }
  return {
    port: integer('PORT', DEFAULT_API_CONFIG.port, 0, 65535),
    host: text('DIPLOGRAPH_HOST') ?? DEFAULT_API_CONFIG.host,
    production,
    corsOrigins,
    introspection: flag('DIPLOGRAPH_INTROSPECTION', !production),
    jwtSecret,
    maxBodyBytes: integer(
      'DIPLOGRAPH_MAX_BODY_BYTES',
      DEFAULT_API_CONFIG.maxBodyBytes,
      1024,
      100 * 1024 * 1024,
    ),
    transactionTimeoutMs: DEFAULT_API_CONFIG.transactionTimeoutMs,
    shutdownTimeoutMs: integer(
      'DIPLOGRAPH_SHUTDOWN_TIMEOUT_MS',
      DEFAULT_API_CONFIG.shutdownTimeoutMs,
      0,
      600_000,
    ),
    cacheTtlMs: integer('DIPLOGRAPH_CACHE_TTL_MS', DEFAULT_API_CONFIG.cacheTtlMs, 0, 3_600_000),
    cacheVersionPollMs: integer(
      'DIPLOGRAPH_CACHE_VERSION_POLL_MS',
      DEFAULT_API_CONFIG.cacheVersionPollMs,
      0,
      3_600_000,
    ),
    limits: DEFAULT_LIMITS,
  };
}
