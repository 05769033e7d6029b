/**
 * The I/O edge of ingest: paths, directories, globs and stdin in; one
 * ReadResult per document out, in a deterministic order (inputs in the order
 * given; a directory's or glob's files sorted). Nothing here throws for bad
 * input: a missing path, a binary file, a bad JSON line each become a
 * failure result and reading goes on.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { DocumentMetadata } from './document-metadata';
import { decodeBytes } from './decode-bytes';
import type { InputFormat } from './find-input-files';
import { expandGlob, formatOfPath, listDirectory, SUPPORTED_EXTENSIONS } from './find-input-files';
import { hasGlobMagic } from './glob';
import { IngestError, STDIN_SOURCE } from './ingest-error';
import { looksLikeJsonLines, readJsonLines } from './jsonl';
import type { ReadResult } from './read-result';
import { failure } from './read-result';
import { toSourceDocument } from './to-source-document';

export { toSourceDocument } from './to-source-document';
export type { DocumentFormat, ToSourceDocumentOptions } from './to-source-document';

/** Inputs larger than this are refused (INPUT_TOO_LARGE) before they are read whole. */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

const READ_CHUNK_BYTES = 1024 * 1024;

/** The input name that means standard input. */
export const STDIN_INPUT = '-';

export interface ReadDocumentsOptions {
  /** Read directories' subdirectories too. */
  recursive?: boolean;
  /** What `-` reads; process.stdin when not given. */
  stdin?: NodeJS.ReadableStream;
  /** Size limit per input, in bytes; 64 MiB when not given. */
  maxBytes?: number;
  /** Metadata for fields no document gives. */
  defaults?: Partial<DocumentMetadata>;
}

export async function* readDocuments(
  inputs: readonly string[],
  options: ReadDocumentsOptions = {},
): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    if (input === STDIN_INPUT) {
      yield* readStdin(options);
    } else {
      yield* readPath(input, options);
    }
  }
}

async function* readPath(input: string, options: ReadDocumentsOptions): AsyncGenerator<ReadResult> {
  let stats;
  try {
    stats = await stat(input);
  } catch (cause) {
    if (!isNotFound(cause)) {
      yield failure(unreadable(input, cause));
      return;
    }
    if (hasGlobMagic(input)) {
      yield* readGlob(input, options);
      return;
    }
    yield failure(
      new IngestError('INPUT_NOT_FOUND', {
        source: input,
        reason: 'no such file or directory',
        fix: 'Check the path (it is relative to the current directory), or quote a glob so the shell leaves it alone.',
        cause,
      }),
    );
    return;
  }
  if (stats.isDirectory()) {
    yield* readDirectory(input, options);
  } else {
    yield* readFile(input, stats.size, options);
  }
}

async function* readDirectory(
  directory: string,
  options: ReadDocumentsOptions,
): AsyncGenerator<ReadResult> {
  const recursive = options.recursive ?? false;
  let files: string[];
  try {
    files = await listDirectory(directory, recursive);
  } catch (cause) {
    yield failure(unreadable(directory, cause));
    return;
  }
  if (files.length === 0) {
    yield failure(
      new IngestError('INPUT_NOT_FOUND', {
        source: directory,
        reason: `the directory holds no ${SUPPORTED_EXTENSIONS.join(', ')} files${recursive ? '' : ' at its top level'}`,
        fix: recursive
          ? 'Point at a directory with documents in it.'
          : 'Read its subdirectories too with the recursive option (--recursive), or point at the files.',
      }),
    );
    return;
  }
  for (const file of files) yield* readFile(file, null, options);
}

async function* readGlob(
  pattern: string,
  options: ReadDocumentsOptions,
): AsyncGenerator<ReadResult> {
  const files = await expandGlob(pattern);
  if (files.length === 0) {
    yield failure(
      new IngestError('INPUT_NOT_FOUND', {
        source: pattern,
        reason: `no ${SUPPORTED_EXTENSIONS.join(', ')} file matches the pattern`,
        fix: 'Check the pattern: `*` and `?` match within one directory, `**` across directories.',
      }),
    );
    return;
  }
  for (const file of files) yield* readFile(file, null, options);
}

async function* readFile(
  path: string,
  knownSize: number | null,
  options: ReadDocumentsOptions,
): AsyncGenerator<ReadResult> {
  const format = formatOfPath(path);
  if (format === null) {
    yield failure(
      new IngestError('UNSUPPORTED_FORMAT', {
        source: path,
        reason: `the file's extension is not one of ${SUPPORTED_EXTENSIONS.join(', ')}`,
        fix: 'Convert it to text, Markdown, HTML or JSON Lines, or rename it if it already is one.',
      }),
    );
    return;
  }
  const input: InputBytes = { bytes: null };
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
    const size = knownSize ?? (await stat(path)).size;
    if (size > maxBytes) throw tooLarge(path, maxBytes);
    const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
    input.bytes = await readStreamGuarded(stream, maxBytes, path, size);
  } catch (cause) {
    yield failure(cause instanceof IngestError ? cause : unreadable(path, cause));
    return;
  }
  yield* documentsOf(input, format, path, options);
}

async function* readStdin(options: ReadDocumentsOptions): AsyncGenerator<ReadResult> {
  const input: InputBytes = { bytes: null };
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
    input.bytes = await readStreamGuarded(options.stdin ?? process.stdin, maxBytes, STDIN_SOURCE);
  } catch (cause) {
    yield failure(cause instanceof IngestError ? cause : unreadable(STDIN_SOURCE, cause));
    return;
  }
  yield* documentsOf(input, null, null, options);
}

/** An input's bytes, let go (null) as soon as its one document is decoded. */
interface InputBytes {
  bytes: Buffer | null;
}

/**
 * One input's bytes → its documents. `format` null means sniff it (stdin):
 * HTML when it starts with "<", JSON Lines when every line is a record
 * with text, else plain text.
 */
function* documentsOf(
  input: InputBytes,
  format: InputFormat | null,
  source: string | null,
  options: ReadDocumentsOptions,
): Generator<ReadResult> {
  const defaults = options.defaults ? { defaults: options.defaults } : {};
  try {
    // Made before it is yielded: while the document is extracted, this frame holds no bytes.
    const whole = format === 'jsonl' ? null : wholeDocument(input, format, source, defaults);
    if (whole) {
      yield whole;
      return;
    }
    yield* readJsonLines(input.bytes ?? Buffer.alloc(0), { source, ...defaults });
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    yield failure(error);
  }
}

/**
 * The one document of a text, Markdown or HTML input, or of stdin unless it
 * is JSON Lines (then null, the bytes kept for `readJsonLines`). Its bytes
 * are let go once decoded: a 50 MB file is not held twice while extracted.
 */
function wholeDocument(
  input: InputBytes,
  format: Exclude<InputFormat, 'jsonl'> | null,
  source: string | null,
  defaults: Pick<ReadDocumentsOptions, 'defaults'>,
): ReadResult | null {
  const bytes = input.bytes ?? Buffer.alloc(0);
  if (format !== null) {
    input.bytes = null;
    return { ok: true, document: toSourceDocument(bytes, { source, format, ...defaults }) };
  }
  const decoded = decodeBytes(bytes, source);
  const head = decoded.text.trimStart();
  if (!head.startsWith('<') && looksLikeJsonLines(decoded.text)) return null;
  input.bytes = null;
  const document = toSourceDocument(decoded.text, {
    source,
    format: head.startsWith('<') ? 'html' : 'text',
    warnings: decoded.warnings,
    ...defaults,
  });
  return { ok: true, document };
}

/**
 * Reads a stream whole, giving up (INPUT_TOO_LARGE) as soon as it passes
 * `maxBytes`. Chunks are copied into one buffer of the expected size as they
 * arrive, so a large file is held once, not twice.
 */
async function readStreamGuarded(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
  source: string,
  expectedBytes = 0,
): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.min(expectedBytes, maxBytes));
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    // Leaving the loop early destroys the stream, which closes the file.
    if (length + bytes.length > maxBytes) throw tooLarge(source, maxBytes);
    if (length + bytes.length > buffer.length) {
      const grown = Buffer.allocUnsafe(
        Math.min(maxBytes, Math.max(2 * buffer.length, length + bytes.length)),
      );
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    bytes.copy(buffer, length);
    length += bytes.length;
  }
  return buffer.subarray(0, length);
}

function tooLarge(source: string, maxBytes: number): IngestError {
  return new IngestError('INPUT_TOO_LARGE', {
    source,
    reason: `the input is larger than ${formatBytes(maxBytes)}, the most read as one document`,
    fix: 'Split it into smaller documents (for example one JSON Lines file per batch).',
  });
}

function unreadable(source: string, cause: unknown): IngestError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new IngestError('INPUT_UNREADABLE', {
    source,
    reason: `it cannot be read (${reason})`,
    fix: 'Check that it exists and that you may read it.',
    cause,
  });
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function formatBytes(bytes: number): string {
  const mebibytes = bytes / (1024 * 1024);
  return Number.isInteger(mebibytes) ? `${mebibytes} MB` : `${bytes} bytes`;
}
