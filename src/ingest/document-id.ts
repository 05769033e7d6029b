/**
 * Document identity: the sha256 of the normalised text, so the same text
 * read twice (or from two paths) is the same Document node in the graph.
 */
import { createHash } from 'node:crypto';

export interface DocumentIdentity {
  /** `doc:` + the first 16 hex digits of `sha256`. */
  id: string;
  sha256: string;
}

export const DOCUMENT_ID_PREFIX = 'doc:';
const ID_HEX_DIGITS = 16;

/** sha256 (hex) of the text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function identifyDocument(text: string): DocumentIdentity {
  const sha256 = sha256Hex(text);
  return { id: `${DOCUMENT_ID_PREFIX}${sha256.slice(0, ID_HEX_DIGITS)}`, sha256 };
}
