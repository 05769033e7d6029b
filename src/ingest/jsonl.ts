/**
 * JSON Lines: one document per line, `{"text": "…", "title"?, "url"?,
 * "publisher"?, "publishedAt"?, "language"?, "place"?}`. A bad line is one
 * failure (`file.jsonl:N`, JSONL_LINE_INVALID); the other lines still give
 * their documents. Blank lines are skipped. Pure: no I/O.
 */
import type { IngestWarning } from '../model/source-document';
import { assertNotBinary, decodeUtf8 } from './decode-bytes';
import type { DocumentMetadata } from './document-metadata';
import { readMetadataFields } from './document-metadata';
import { IngestError, STDIN_SOURCE } from './ingest-error';
import type { ReadResult } from './read-result';
import { failure } from './read-result';
import { toSourceDocument } from './to-source-document';

export interface ReadJsonLinesOptions {
  /** The file; null for stdin. Documents are named `<source>:<line number>`. */
  source: string | null;
  defaults?: Partial<DocumentMetadata>;
}

interface RawLine {
  number: number;
  text: string;
  warnings: IngestWarning[];
}

/**
 * Documents of a JSON Lines input, in line order. Bytes are checked for
 * binary content first (BINARY_INPUT is thrown for the whole input), then
 * decoded line by line so invalid UTF-8 is reported on the line it is on.
 */
export function* readJsonLines(
  input: string | Uint8Array,
  options: ReadJsonLinesOptions,
): Generator<ReadResult> {
  if (typeof input !== 'string') assertNotBinary(input, options.source);
  const lines = typeof input === 'string' ? splitTextLines(input) : splitByteLines(input);
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const source = `${options.source ?? STDIN_SOURCE}:${line.number}`;
    try {
      const record = parseRecord(line.text, source);
      const { metadata, warnings } = readMetadataFields(record, 'JSON Lines record');
      const document = toSourceDocument(record['text'] as string, {
        source,
        format: 'text',
        metadata,
        warnings: [...line.warnings, ...warnings],
        ...(options.defaults ? { defaults: options.defaults } : {}),
      });
      yield { ok: true, document };
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      yield failure(error);
    }
  }
}

/** True when every non-blank line is a JSON object with a `text` string (and there is one). */
export function looksLikeJsonLines(text: string): boolean {
  if (!text.trimStart().startsWith('{')) return false;
  let records = 0;
  for (const line of splitTextLines(text)) {
    if (line.text.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line.text);
      if (!isRecord(value) || typeof value['text'] !== 'string') return false;
      records += 1;
    } catch {
      return false;
    }
  }
  return records > 0;
}

function parseRecord(line: string, source: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    throw invalidLine(
      source,
      `the line is not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`,
      cause,
    );
  }
  if (!isRecord(value)) {
    throw invalidLine(source, `the line is ${describeJson(value)}, not a JSON object`);
  }
  if (typeof value['text'] !== 'string') {
    throw invalidLine(
      source,
      value['text'] === undefined
        ? 'the object has no `text` field'
        : `its \`text\` is ${describeJson(value['text'])}, not a string`,
    );
  }
  return value;
}

function invalidLine(source: string, reason: string, cause?: unknown): IngestError {
  return new IngestError('JSONL_LINE_INVALID', {
    source,
    reason,
    fix: 'Each line must be one JSON object such as {"text": "…", "title": "…"}; fix or remove the line.',
    cause,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function* splitTextLines(text: string): Generator<RawLine> {
  let start = 0;
  for (let number = 1; start <= text.length; number += 1) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    yield { number, text: stripLineEnd(text.slice(start, end), number), warnings: [] };
    if (newline < 0) return;
    start = newline + 1;
  }
}

/** 0x0A never occurs inside a multi-byte UTF-8 sequence, so lines can be cut as bytes. */
function* splitByteLines(bytes: Uint8Array): Generator<RawLine> {
  let start = 0;
  for (let number = 1; start <= bytes.length; number += 1) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline;
    const { text, warnings } = decodeUtf8(bytes.subarray(start, end), start);
    yield { number, text: stripLineEnd(text, number), warnings };
    if (newline < 0) return;
    start = newline + 1;
  }
}

function stripLineEnd(line: string, number: number): string {
  const withoutBom = number === 1 && line.startsWith('\uFEFF') ? line.slice(1) : line;
  return withoutBom.endsWith('\r') ? withoutBom.slice(0, -1) : withoutBom;
}
