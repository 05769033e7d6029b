import type { SourceDocument } from '../model/source-document';
import type { IngestError } from './ingest-error';

/**
 * One outcome of reading: a document, or the input that could not become
 * one and why. Failures are values, not throws, so one bad file never stops
 * a batch.
 */
export type ReadResult =
  { ok: true; document: SourceDocument } | { ok: false; source: string; error: IngestError };

export function failure(error: IngestError): ReadResult {
  return { ok: false, source: error.source, error };
}
