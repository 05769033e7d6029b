/**
 * The errors the API means to show, as GraphQLErrors with typed extensions: `code` is one
 * of `ApiErrorCode` (stable, what clients and tests switch on; never only inside the
 * message) and `http.status`, when set, is the response's status (yoga reads it). Masking
 * (src/api/mask-error.ts) lets these through and turns everything else into
 * INTERNAL_SERVER_ERROR. (No `originalError`: yoga masks a GraphQLError that has one.)
 */
import { GraphQLError, type ASTNode } from 'graphql';

export type ApiErrorCode =
  /** An argument the schema accepts but the API refuses (e.g. a search with no word). */
  | 'BAD_USER_INPUT'
  /** A request body that is not one GraphQL request (malformed JSON, a batch). */
  | 'BAD_REQUEST'
  /** A body above DIPLOGRAPH_MAX_BODY_BYTES (413). */
  | 'REQUEST_TOO_LARGE'
  /** A POST body of a content type other than JSON, application/graphql or a form (415). */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** A document beyond the depth, alias, cost, directive or token limits (graphql-armor). */
  | 'QUERY_LIMIT'
  /** Neo4j ended the query at NEO4J_TRANSACTION_TIMEOUT_MS. */
  | 'QUERY_TIMEOUT'
  /** No valid JWT where DIPLOGRAPH_JWT_SECRET requires one (401). */
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  /** Anything unexpected (masked in production). */
  | 'INTERNAL_SERVER_ERROR';

export interface ApiErrorExtensions {
  code: ApiErrorCode;
  http?: { status: number };
  [key: string]: unknown;
}

export interface ApiErrorOptions {
  /** The HTTP status of the response, when not 200. */
  status?: number;
  nodes?: readonly ASTNode[] | ASTNode | null;
  path?: readonly (string | number)[] | null;
}

export class ApiError extends GraphQLError {
  declare readonly extensions: ApiErrorExtensions;

  constructor(code: ApiErrorCode, message: string, options: ApiErrorOptions = {}) {
    super(message, {
      nodes: options.nodes ?? null,
      path: options.path ?? null,
      extensions: {
        code,
        ...(options.status === undefined ? {} : { http: { status: options.status } }),
      },
    });
    this.name = 'ApiError';
  }

  get code(): ApiErrorCode {
    return this.extensions.code;
  }
}
