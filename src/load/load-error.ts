/**
 * Why a load, or one document of it, failed: a stable code callers and tests switch on.
 *   NEO4J_CONNECTION_LOST       the driver gave up reaching Neo4j (after its own retries):
 *                               the load stops; retriable — run the same command again.
 *   DOCUMENT_TOO_LARGE_TO_LOAD  a document over MAX_LOAD_DOCUMENT_CHARS, refused before extraction.
 *   EXTRACTION_FAILED           extraction threw on the document (or its worker thread stopped).
 *   GRAPH_INVALID               the extracted graph is inconsistent (validate-graph.ts); not written.
 *   DOCUMENT_WRITE_FAILED       Neo4j refused the document's writes; `retriable` is the driver's flag.
 */
import { Neo4jError } from 'neo4j-driver';
import { DiplographError } from '../model/errors';

export type LoadErrorCode =
  | 'NEO4J_CONNECTION_LOST'
  | 'DOCUMENT_TOO_LARGE_TO_LOAD'
  | 'EXTRACTION_FAILED'
  | 'GRAPH_INVALID'
  | 'DOCUMENT_WRITE_FAILED';

export class LoadError extends DiplographError {
  declare readonly code: LoadErrorCode;

  constructor(
    code: LoadErrorCode,
    message: string,
    options?: { cause?: unknown; retriable?: boolean },
  ) {
    super(code, message, options);
  }
}

/** The driver's own verdict on whether trying again may help; false for anything else. */
export function isRetriable(error: unknown): boolean {
  return error instanceof Neo4jError && error.retryable;
}

/** A write that failed for one document, keeping the driver's error as the cause. */
export function writeFailed(cause: unknown): LoadError {
  if (cause instanceof LoadError) return cause;
  const first = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  return new LoadError(
    'DOCUMENT_WRITE_FAILED',
    `Neo4j refused the document's writes: ${first}` +
      (cause instanceof Neo4jError ? ` (${cause.code})` : ''),
    { cause, retriable: isRetriable(cause) },
  );
}
