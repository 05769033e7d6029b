/**
 * `createApi(config, connection)` builds the graphql-yoga instance over schema.graphql
 * without listening (src/api/server.ts listens). Every cross-cutting HTTP concern is a
 * plugin in ./plugins; the context tells @neo4j/graphql which driver, database and
 * transaction timeout to use.
 */
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import { readGraphVersion } from '../load/graph-version';
import { useAsOfDates } from './as-of/use-as-of-dates';
import type { ApiConfig } from './config';
import { EXAMPLE_QUERIES, REVIEW_EXAMPLES } from './examples';
import { createMaskError } from './mask-error';
import { trackGraphChanges, type GraphChanged } from './review/graph-changed';
import { useBodyLimit } from './plugins/use-body-limit';
import { useIntrospection } from './plugins/use-introspection';
import { useQueryLimits } from './plugins/use-query-limits';
import { useReadiness } from './plugins/use-readiness';
import { useResultCache } from './plugins/use-result-cache';
import { requestIdOf, useRequestLog, type LogSink } from './plugins/use-request-log';
import { createSchema } from './schema';
import { createVersionPoll } from './version-poll';

export interface ApiConnection {
  driver: Driver;
  /** undefined: the server's default database. */
  database: string | undefined;
}

export interface ApiOptions {
  /** Where request log lines and server errors go (one JSON object per line); default: nowhere. */
  log?: LogSink;
  /** A schema built earlier with createSchema (tests reuse one); built from schema.graphql otherwise. */
  schema?: GraphQLSchema;
}

export interface Api {
  yoga: YogaServerInstance<Record<string, unknown>, Neo4jGraphQLContext>;
  schema: GraphQLSchema;
  config: ApiConfig;
}

export const GRAPHQL_PATH = '/graphql';

export async function createApi(
  config: ApiConfig,
  connection: ApiConnection,
  options: ApiOptions = {},
): Promise<Api> {
  const log = options.log ?? (() => undefined);
  const schema =
    options.schema ??
    (await createSchema({ driver: connection.driver, jwtSecret: config.jwtSecret }));
  const sessionConfig = connection.database === undefined ? {} : { database: connection.database };
  const logAt =
    (level: string) =>
    (...args: unknown[]) =>
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          level,
          msg: args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '),
        }),
      );

  // A review mutation's new graph version reaches this process's result cache at once.
  const graph = trackGraphChanges(
    createVersionPoll({
      read: () => readGraphVersion(connection.driver, connection.database),
      intervalMs: config.cacheVersionPollMs,
    }),
  );

  const yoga = createYoga<Record<string, unknown>, Neo4jGraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/health',
    landingPage: false,
    batching: false,
    graphiql: config.introspection
      ? {
          title: 'Diplograph',
          defaultTabs: [...EXAMPLE_QUERIES, ...REVIEW_EXAMPLES].map((example) => ({
            query: `# ${example.title}\n${example.query}\n`,
          })),
          ...(config.jwtSecret === null
            ? {}
            : {
                headers: JSON.stringify({
                  Authorization: 'Bearer <JWT signed with DIPLOGRAPH_JWT_SECRET>',
                }),
              }),
        }
      : false,
    cors:
      config.corsOrigins.length === 0
        ? false
        : {
            origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
            methods: ['GET', 'POST'],
            allowedHeaders: ['content-type', 'authorization', 'x-request-id'],
            credentials: false,
          },
    maskedErrors: {
      maskError: createMaskError(config),
      isDev: !config.production,
    },
    logging: {
      debug: () => undefined,
      info: () => undefined,
      warn: logAt('warn'),
      error: logAt('error'),
    },
    plugins: [
      useRequestLog({ log }),
      useBodyLimit({ maxBytes: config.maxBodyBytes }),
      useIntrospection({ enabled: config.introspection }),
      ...useQueryLimits({ limits: config.limits, blockFieldSuggestions: config.production }),
      useReadiness({ driver: connection.driver, database: connection.database }),
      useAsOfDates(), // asOf must be a calendar date (src/api/as-of), checked before the cache
      useResultCache({
        ttlMs: config.cacheTtlMs,
        waitMs: config.transactionTimeoutMs,
        version: graph.version,
      }),
    ],
    context: ({ request }): Neo4jGraphQLContext & { graphChanged: GraphChanged } => {
      const token = request.headers.get('authorization');
      return {
        executionContext: connection.driver,
        sessionConfig,
        transaction: {
          timeout: config.transactionTimeoutMs,
          metadata: { app: 'diplograph-api', requestId: requestIdOf(request) },
        },
        ...(config.jwtSecret !== null && token !== null ? { token } : {}),
        graphChanged: graph.graphChanged,
      };
    },
  });
  return { yoga, schema, config };
}
