/**
 * One structured log line (JSON) per request when its response is ready: method, path,
 * status, duration in ms, the operation's name, how many errors it returned, and a request
 * id (the client's X-Request-Id, else a new one) that is echoed in the response and
 * attached to the Neo4j transaction's metadata, so a slow query in Neo4j's log can be
 * traced to its request.
 */
import { randomUUID } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

export type LogSink = (line: string) => void;

interface RequestRecord {
  id: string;
  began: number;
  operation: string | null;
  errors: number;
}

const records = new WeakMap<Request, RequestRecord>();
const CLIENT_ID = /^[\w.:-]{1,100}$/;

function recordOf(request: Request): RequestRecord {
  let record = records.get(request);
  if (record === undefined) {
    const fromClient = request.headers.get('x-request-id');
    record = {
      id: fromClient !== null && CLIENT_ID.test(fromClient) ? fromClient : randomUUID(),
      began: performance.now(),
      operation: null,
      errors: 0,
    };
    records.set(request, record);
  }
  return record;
}

/** The id of a request, for the Neo4j transaction metadata. */
export function requestIdOf(request: Request): string {
  return recordOf(request).id;
}

export function useRequestLog({ log }: { log: LogSink }): Plugin {
  return {
    onRequest({ request }) {
      recordOf(request);
    },
    onParams({ params, request }) {
      recordOf(request).operation = params.operationName ?? null;
    },
    onExecutionResult({ result, request }) {
      if (isAsyncIterable(result)) return;
      const results: (ExecutionResult | undefined)[] = Array.isArray(result) ? result : [result];
      recordOf(request).errors += results.reduce((n, r) => n + (r?.errors?.length ?? 0), 0);
    },
    onResponse({ request, response }) {
      const record = recordOf(request);
      response.headers.set('x-request-id', record.id);
      const url = new URL(request.url);
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          level: response.status >= 500 ? 'error' : 'info',
          msg: 'request',
          requestId: record.id,
          method: request.method,
          path: url.pathname,
          status: response.status,
          durationMs: Math.round((performance.now() - record.began) * 10) / 10,
          operation: record.operation,
          errors: record.errors,
        }),
      );
    },
  };
}
