/**
 * Issue #13 trial: the result cache as graphql-yoga's `useResponseCache`
 * (@graphql-yoga/plugin-response-cache over @envelop/response-cache), keyed with the graph
 * version (src/api/version-poll.ts) and the Authorization header.
 *
 * - The key is a SHA-256 of [graph version, query text, operation name, variables,
 *   Authorization]: the plugin sends the key to clients as the ETag, so the header must not
 *   appear in it as such.
 * - An answer is kept for `ttlMs` (less up to a tenth, through `onTtl`); answers with errors are
 *   not stored; at most `maxEntries` answers (an LRU by count); `ttlMs` 0 turns the cache off.
 */
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import {
  createInMemoryCache,
  hashSHA256,
  useResponseCache,
} from '@graphql-yoga/plugin-response-cache';
import type { VersionPoll } from '../version-poll';

export interface VersionedResponseCacheOptions {
  ttlMs: number;
  /** Upper bound of the number of cached results (default 1000). */
  maxEntries?: number;
  /** For tests: 0–1, how much of the last tenth of the TTL an entry loses. */
  random?: () => number;
  /** The graph's current version, cheap to ask for every request (a shared poll). */
  version?: VersionPoll;
}

export function useVersionedResponseCache({
  ttlMs,
  maxEntries = 1000,
  random = Math.random,
  version = () => Promise.resolve(null),
}: VersionedResponseCacheOptions): Plugin {
  if (ttlMs <= 0) return {};
  return useResponseCache({
    session: (request) => request.headers.get('authorization'),
    buildResponseCacheKey: async ({ documentString, operationName, variableValues, sessionId }) =>
      hashSHA256(
        JSON.stringify([
          (await version()) ?? null,
          documentString,
          operationName ?? null,
          variableValues ?? null,
          sessionId ?? null,
        ]),
      ),
    ttl: ttlMs,
    onTtl: ({ ttl }) => ttl - Math.floor((random() * ttl) / 10),
    shouldCacheResult: ({ result }: { result: ExecutionResult }) =>
      (result.errors?.length ?? 0) === 0,
    includeExtensionMetadata: false,
    cache: createInMemoryCache({ max: maxEntries }),
  });
}
