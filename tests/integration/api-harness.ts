/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read as untyped JSON */
/**
 * For the API's integration tests: load the sample documents (the seed and the corpus)
 * into the harness's database, and serve the API over real HTTP on a free port.
 */
import { createHmac } from 'node:crypto';
import path from 'node:path';
import type { LoadSummary } from '../../src/load/load-pipeline';
import { DEFAULT_API_CONFIG, type ApiConfig } from '../../src/api/config';
import { createApi, GRAPHQL_PATH, type Api, type ApiOptions } from '../../src/api/create-api';
import { startServer } from '../../src/api/server';
import { projectRoot } from '../../src/neo4j/config';
import { resetDatabase, type TestDatabase } from '../harness/database';
import { loadForTest } from '../harness/load';

export const SAMPLES = path.join(projectRoot(), 'data', 'samples');

/** Empties the database and loads data/samples (workers: 0, in this thread). */
export async function loadSamples(db: TestDatabase): Promise<LoadSummary> {
  await resetDatabase(db);
  const summary = await loadForTest(db, [SAMPLES]);
  if (summary.failed.length > 0 || summary.loaded === 0)
    throw new Error(`samples did not load: ${JSON.stringify(summary)}`);
  return summary;
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  body: {
    data?: any;
    errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[];
  };
}

export interface TestApi {
  api: Api;
  origin: string;
  logs: string[];
  /** POSTs one operation to /graphql over HTTP. */
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

export async function startTestApi(
  db: TestDatabase,
  overrides: Partial<ApiConfig> = {},
  options: Pick<ApiOptions, 'schema'> = {},
): Promise<TestApi> {
  const logs: string[] = [];
  const config = { ...DEFAULT_API_CONFIG, port: 0, ...overrides };
  const api = await createApi(config, db, { ...options, log: (line) => logs.push(line) });
  const server = await startServer({
    handler: api.yoga,
    port: 0,
    host: '127.0.0.1',
    shutdownTimeoutMs: 2000,
  });
  const origin = `http://127.0.0.1:${server.port}`;
  return {
    api,
    origin,
    logs,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${origin}${GRAPHQL_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, ...(variables === undefined ? {} : { variables }) }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphQLResponse['body'],
      };
    },
    close: () => server.close(),
  };
}

/** Rows of a Cypher query as plain objects (for comparing the API with the graph itself). */
export async function cypherRows<T>(
  db: TestDatabase,
  statement: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await db.driver.executeQuery(
    statement,
    params,
    db.database === undefined ? {} : { database: db.database },
  );
  return records.map((r) => r.toObject() as T);
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** An HS256 JWT, as an identity provider would issue it. */
export function signJwt(payload: Record<string, unknown>, secret: string): string {
  const head = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
  return `${head}.${base64url(createHmac('sha256', secret).update(head).digest())}`;
}
