/**
 * GraphQL for analysts over schema.graphql (@neo4j/graphql on graphql-yoga). See README.md
 * in this folder for what each file owns.
 */
export {
  createApi,
  GRAPHQL_PATH,
  type Api,
  type ApiConnection,
  type ApiOptions,
} from './create-api';
export {
  DEFAULT_API_CONFIG,
  DEFAULT_LIMITS,
  readServeConfig,
  type ApiConfig,
  type QueryLimits,
  type ServeConfig,
} from './config';
export { EXAMPLE_QUERIES, type ExampleQuery } from './examples';
export { createSchema, readTypeDefs, SCHEMA_FILE } from './schema';
export { startServer, waitForSignal, type RunningServer, type ServerOptions } from './server';
