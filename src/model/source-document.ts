import type { IsoDate } from './document-graph';

/**
 * One document as `src/ingest` hands it to extraction: text normalised
 * (BOM dropped, CRLF → LF, NFC, front matter removed), metadata from front
 * matter or a parsed dateline. Every offset downstream points into `text`.
 */
export interface SourceDocument {
  /** `doc:` + the first 16 hex digits of `sha256`. */
  id: string;
  /** sha256 (hex) of `text`. */
  sha256: string;
  /** The path or URL it came from (`file.jsonl:3` for line 3 of a JSON Lines file); null for stdin. */
  source: string | null;
  text: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  /** Place of the dateline ("Moscow"), as written. */
  place: string | null;
  publishedAt: IsoDate | null;
  language: string;
  /** Problems found while reading (invalid bytes, unparsable front matter…), never fatal. */
  warnings: IngestWarning[];
}

export interface IngestWarning {
  code: string;
  message: string;
}
