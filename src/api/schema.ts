/**
 * Builds the executable GraphQL schema from schema.graphql with @neo4j/graphql.
 *
 * schema.graphql disables every generated mutation; the only mutations are the analyst review
 * layer's (src/api/review), which need a JWT with the role `analyst` and are refused without a
 * secret. With a JWT secret, every node type and every custom query field also gets
 * `@authentication`, so each query needs a valid token (the Authorization header);
 * @neo4j/graphql verifies it (HS256).
 *
 * `searchStatements` is a `@cypher` query over the full-text index; its resolver is wrapped
 * so the query is escaped for Lucene first (src/api/lucene.ts): user input is never Lucene
 * syntax. Without a JWT secret, the hottest queries run hand-written Cypher
 * (src/api/fast-paths.ts) instead of the generated one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import {
  Kind,
  parse,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../neo4j/config';
import { ApiError } from './api-error';
import { installAsOf } from './as-of/install';
import { installFastPaths } from './fast-paths';
import { toLuceneQuery } from './lucene';
import { createReviewResolvers } from './review/resolvers';
import { readReviewTypeDefs } from './review/type-defs';

export const SCHEMA_FILE = path.join(projectRoot(), 'schema.graphql');

export interface SchemaOptions {
  /** Omitted only to print the schema (tests, docs); queries then have nowhere to run. */
  driver?: Driver;
  /** When set, every query needs an HS256 JWT signed with it. */
  jwtSecret?: string | null;
  /** schema.graphql's text; read from the repository root when omitted. */
  typeDefs?: string;
  /**
   * Hand-written Cypher for the hottest queries (src/api/fast-paths.ts); default on when there
   * is a driver and no JWT secret (never with one). Off only to compare answers in tests.
   */
  fastPaths?: boolean;
}

/** schema.graphql, then the review layer's types and mutations (src/api/review/review.graphql). */
export function readTypeDefs(): string {
  return `${fs.readFileSync(SCHEMA_FILE, 'utf8')}\n${readReviewTypeDefs()}`;
}

const AUTHENTICATION: ConstDirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: 'authentication' },
  arguments: [],
};

/**
 * Adds `@authentication` to the schema (every generated operation) and to each field of
 * `type Query` (the custom `@cypher` fields, which the schema-wide directive does not reach).
 */
export function requireAuthentication(typeDefs: string): DocumentNode {
  const authenticateQueryFields = <T extends ObjectTypeDefinitionNode | ObjectTypeExtensionNode>(
    node: T,
  ): T | undefined => {
    if (node.name.value !== 'Query') return undefined;
    return {
      ...node,
      fields: node.fields?.map((field) => ({
        ...field,
        directives: [...(field.directives ?? []), AUTHENTICATION],
      })),
    };
  };
  const document = visit(parse(typeDefs), {
    ObjectTypeDefinition: authenticateQueryFields,
    // `extend type Query` (src/api/review/review.graphql)
    ObjectTypeExtension: authenticateQueryFields,
  });
  return {
    ...document,
    definitions: [
      ...document.definitions,
      { kind: Kind.SCHEMA_EXTENSION, directives: [AUTHENTICATION], operationTypes: [] },
    ],
  };
}

const EXCLUDE_DEPRECATED = {
  mutationOperations: true,
  aggregationFilters: true,
  aggregationFiltersOutsideConnection: true,
  relationshipFilters: true,
  attributeFilters: true,
} as const;

export async function createSchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const source = options.typeDefs ?? readTypeDefs();
  const secret = options.jwtSecret ?? null;
  const neoSchema = new Neo4jGraphQL({
    typeDefs: secret === null ? source : requireAuthentication(source),
    ...(options.driver === undefined ? {} : { driver: options.driver }),
    // The analyst review mutations (src/api/review): custom resolvers, JWT with role analyst.
    resolvers: createReviewResolvers({ jwtSecret: secret }),
    features: {
      excludeDeprecatedFields: EXCLUDE_DEPRECATED,
      ...(secret === null ? {} : { authorization: { key: secret } }),
    },
  });
  const schema = await neoSchema.getSchema();
  installAsOf(schema); // asOf arguments (src/api/as-of); before the fast paths wrap the resolvers
  if (options.driver !== undefined && secret === null && options.fastPaths !== false)
    installFastPaths(schema, { driver: options.driver });
  escapeSearchQuery(schema);
  return schema;
}

const badInput = (message: string) => new ApiError('BAD_USER_INPUT', message);

/**
 * Wraps searchStatements' resolver: the query is escaped for Lucene, and a query with nothing
 * to search for or a negative page is refused before any Cypher runs.
 */
function escapeSearchQuery(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()['searchStatements'];
  const original = field?.resolve;
  if (field === undefined || original === undefined)
    throw new Error('schema.graphql must define Query.searchStatements with @cypher');
  const resolve: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> = (
    root,
    args,
    context,
    info,
  ) => {
    const query = toLuceneQuery(typeof args['query'] === 'string' ? args['query'] : '');
    if (query === null)
      throw badInput('searchStatements needs a query with at least one letter or digit.');
    for (const name of ['limit', 'offset']) {
      const value = args[name];
      if (typeof value === 'number' && value < 0)
        throw badInput(`searchStatements: ${name} must be 0 or more, not ${value}.`);
    }
    return original(root, { ...args, query }, context, withArgument(info, 'query', query));
  };
  field.resolve = resolve;
}

/**
 * `info` with one argument of the field replaced by a string literal. @neo4j/graphql's
 * @cypher resolvers read their arguments from the request's syntax tree (`info.fieldNodes`
 * and the variables), not from the `args` a wrapper passes on, so that is where the escaped
 * value has to be.
 */
function withArgument(info: GraphQLResolveInfo, name: string, value: string): GraphQLResolveInfo {
  return {
    ...info,
    fieldNodes: info.fieldNodes.map((node) => ({
      ...node,
      arguments: (node.arguments ?? []).map((argument) =>
        argument.name.value === name
          ? { ...argument, value: { kind: Kind.STRING, value } }
          : argument,
      ),
    })),
  };
}
