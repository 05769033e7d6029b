/**
 * The one error type of `src/ingest`. Every failure to turn an input into a
 * SourceDocument is an IngestError with a stable `code` (tests and callers
 * branch on it, never on the message), the `source` it concerns, and a
 * message saying what was found and how to fix it.
 */
import { DiplographError } from '../model/errors';

export type IngestErrorCode =
  | 'BINARY_INPUT'
  | 'EMPTY_DOCUMENT'
  | 'INPUT_NOT_FOUND'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_UNREADABLE'
  | 'JSONL_LINE_INVALID'
  | 'UNSUPPORTED_FORMAT';

/** How error messages name standard input. */
export const STDIN_SOURCE = '<stdin>';

export class IngestError extends DiplographError {
  declare readonly code: IngestErrorCode;
  /** The path (or `file.jsonl:N`, or `<stdin>`) the error concerns. */
  readonly source: string;
  override readonly cause: unknown;

  constructor(
    code: IngestErrorCode,
    details: { source: string | null; reason: string; fix: string; cause?: unknown },
  ) {
    const source = details.source ?? STDIN_SOURCE;
    super(code, `${source}: ${details.reason}. ${details.fix}`, { cause: details.cause });
    this.source = source;
    this.cause = details.cause;
  }
}

export function isIngestError(value: unknown): value is IngestError {
  return value instanceof IngestError;
}
