/**
 * How unexpected errors reach clients. Errors the API means to show (GraphQL validation,
 * query limits, bad input) pass as they are. A Neo4j transaction timeout and the
 * authentication errors of @neo4j/graphql become clear errors with a stable code. Anything
 * else is masked as "Unexpected error." with code INTERNAL_SERVER_ERROR; only in development
 * does it carry the original message and stack (never in production: no stack, no Cypher).
 */
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { ApiError } from './api-error';

export type MaskError = (error: unknown, message: string, isDev?: boolean) => Error;

function codeOf(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'code' in error) return String(error.code);
  return '';
}

/** @neo4j/graphql throws its authentication errors as classes, or as GraphQLErrors with a fixed message. */
function isNeo4jGraphQLError(error: unknown, kind: 'Authentication' | 'Forbidden'): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === `Neo4jGraphQL${kind}Error`) return true;
  return (
    error instanceof GraphQLError &&
    error.message === (kind === 'Authentication' ? 'Unauthenticated' : 'Forbidden')
  );
}

export function createMaskError({
  transactionTimeoutMs,
}: {
  transactionTimeoutMs: number;
}): MaskError {
  return (error, message, isDev) => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    const at = error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {};
    if (codeOf(original).includes('TransactionTimedOut')) {
      return new ApiError(
        'QUERY_TIMEOUT',
        `The query ran longer than the ${transactionTimeoutMs} ms allowed (NEO4J_TRANSACTION_TIMEOUT_MS); narrow it with filters or a smaller limit.`,
        at,
      );
    }
    if (isNeo4jGraphQLError(original, 'Authentication')) {
      return new ApiError(
        'UNAUTHENTICATED',
        'Unauthenticated: this server needs a JWT signed with its secret, sent as "Authorization: Bearer <token>".',
        { ...at, status: 401 },
      );
    }
    if (isNeo4jGraphQLError(original, 'Forbidden')) {
      return new ApiError('FORBIDDEN', 'Forbidden.', at);
    }
    return yogaMaskError(error, message, isDev);
  };
}
