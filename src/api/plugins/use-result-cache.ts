/**
 * Reuses the results of queries: the API is read-only and the graph changes only when
 * documents are loaded, so the same query with the same variables (and the same
 * Authorization header) has the same answer for a while — without translating it to Cypher
 * or asking Neo4j again.
 *
 * - An answer is fresh for `ttlMs` (less up to a tenth, so entries filled together do not
 *   all expire together). For another `ttlMs` it is still served while it is refreshed in
 *   the background (at most two refreshes at a time, so refreshing never crowds out the
 *   answers), so a popular query never waits for Neo4j after its first answer.
 * - With `version` (the graph's version, which the loader bumps in the transaction that
 *   writes documents, polled at most once per interval: src/api/version-poll.ts), answers
 *   are kept per version: when it changes every entry is dropped, and an answer computed
 *   under the old version is not stored. A load then shows in answers within the poll
 *   interval; without `version`, within 2 × `ttlMs`.
 * - Identical queries that arrive while the first is running wait for its answer (up to
 *   `waitMs`) instead of running again: one Neo4j query for a burst of identical requests.
 * - Only answers from the cache end execution early; a query that runs goes through the
 *   whole pipeline, so errors are masked as usual (yoga's masking runs after this plugin).
 * - Answers with errors are never stored; entries are evicted least-recently-used first
 *   beyond `maxBytes` (their JSON size). A stored answer keeps its JSON text, so yoga does
 *   not serialise it again for every response. `ttlMs` 0 turns the cache off.
 */
import {
  getOperationAST,
  OperationTypeNode,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { VersionPoll } from '../version-poll';

export interface ResultCacheOptions {
  ttlMs: number;
  /** Upper bound of the memory the cached results take (default 64 MiB). */
  maxBytes?: number;
  /** How long an identical query waits for the first one before running by itself (default 10 s). */
  waitMs?: number;
  /** For tests. */
  now?: () => number;
  /** For tests: 0–1, how much of the last tenth of the TTL an entry loses. */
  random?: () => number;
  /** The graph's current version, cheap to ask for every request (a shared poll). */
  version?: VersionPoll;
}

/** yoga serialises a result with its `stringify` when it has one. */
type SerialisedResult = ExecutionResult & { stringify?: () => string };

interface Entry {
  result: SerialisedResult;
  bytes: number;
  freshUntil: number;
  staleUntil: number;
  refreshing: boolean;
}

type Execute = (args: ExecutionArgs) => unknown;

function isCacheable(result: unknown): result is ExecutionResult {
  return (
    result !== null &&
    typeof result === 'object' &&
    !isAsyncIterable(result) &&
    ((result as ExecutionResult).errors?.length ?? 0) === 0
  );
}

function isQuery(args: ExecutionArgs): boolean {
  return (
    getOperationAST(args.document, args.operationName ?? null)?.operation ===
    OperationTypeNode.QUERY
  );
}

export function useResultCache({
  ttlMs,
  maxBytes = 64 * 1024 * 1024,
  waitMs = 10_000,
  now = Date.now,
  random = Math.random,
  version = () => Promise.resolve(null),
}: ResultCacheOptions): Plugin {
  if (ttlMs <= 0) return {};
  const MAX_REFRESHES = 2;
  let refreshes = 0;
  // A Map iterates in insertion order: re-inserting on every hit keeps it least-recently-used first.
  const entries = new Map<string, Entry>();
  const pending = new Map<string, Promise<ExecutionResult | undefined>>();
  const documents = new WeakMap<DocumentNode, string>();
  let bytes = 0;
  /** The graph version the entries belong to. */
  let current: unknown = null;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (entry === undefined) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };
  const store = (key: string, result: ExecutionResult, seen: unknown) => {
    // Computed before the graph changed: the answer may already be out of date.
    if (seen !== current) return;
    const json = JSON.stringify(result);
    const size = 2 * json.length;
    remove(key);
    if (size > maxBytes / 8) return;
    const at = now();
    entries.set(key, {
      result: { ...result, stringify: () => json },
      bytes: size,
      freshUntil: at + ttlMs - Math.floor((random() * ttlMs) / 10),
      staleUntil: at + 2 * ttlMs,
      refreshing: false,
    });
    bytes += size;
    for (const [oldest, entry] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= entry.bytes;
    }
  };
  const refresh = (
    key: string,
    entry: Entry,
    execute: Execute,
    args: ExecutionArgs,
    seen: unknown,
  ) => {
    entry.refreshing = true;
    refreshes += 1;
    void Promise.resolve()
      .then(() => execute(args))
      .then(
        (result) => {
          if (isCacheable(result)) store(key, result, seen);
        },
        () => undefined,
      )
      .finally(() => {
        entry.refreshing = false;
        refreshes -= 1;
      });
  };
  const keyOf = (args: ExecutionArgs, seen: unknown): string => {
    const document = args.document;
    const operationName = args.operationName ?? null;
    let text = documents.get(document);
    if (text === undefined) {
      text = print(document);
      documents.set(document, text);
    }
    const request = (args.contextValue as { request?: Request } | undefined)?.request;
    return JSON.stringify([
      seen ?? null,
      text,
      operationName,
      args.variableValues ?? null,
      request?.headers.get('authorization') ?? null,
    ]);
  };

  return {
    async onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const executionArgs = args as ExecutionArgs;
      const execute = executeFn as Execute;
      if (!isQuery(executionArgs)) return;
      const seen = await version();
      if (seen !== current) {
        entries.clear();
        bytes = 0;
        current = seen;
      }
      const key = keyOf(executionArgs, seen);
      const entry = entries.get(key);
      const at = now();
      if (entry !== undefined && at < entry.staleUntil) {
        entries.delete(key);
        entries.set(key, entry);
        if (at >= entry.freshUntil && !entry.refreshing && refreshes < MAX_REFRESHES)
          refresh(key, entry, execute, executionArgs, seen);
        setResultAndStopExecution(entry.result);
        return;
      }
      if (entry !== undefined) remove(key);
      const running = pending.get(key);
      if (running !== undefined) {
        let timer: NodeJS.Timeout | undefined;
        const shared = await Promise.race([
          running,
          new Promise<undefined>((resolve) => {
            timer = setTimeout(() => {
              if (pending.get(key) === running) pending.delete(key);
              resolve(undefined);
            }, waitMs);
          }),
        ]);
        clearTimeout(timer);
        // Without a cacheable first answer (errors, or too slow) this one runs by itself.
        if (shared !== undefined) setResultAndStopExecution(shared);
        return;
      }
      let settle: (result: ExecutionResult | undefined) => void = () => undefined;
      const first = new Promise<ExecutionResult | undefined>((resolve) => {
        settle = resolve;
      });
      pending.set(key, first);
      setExecuteFn((executeArgs: ExecutionArgs) => {
        const execution = Promise.resolve().then(() => execute(executeArgs));
        void execution
          .then(
            (result) => {
              if (!isCacheable(result)) return settle(undefined);
              store(key, result, seen);
              settle(result);
            },
            () => settle(undefined),
          )
          .finally(() => {
            if (pending.get(key) === first) pending.delete(key);
          });
        return execution;
      });
    },
  };
}
