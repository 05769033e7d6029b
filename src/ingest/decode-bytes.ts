/**
 * Bytes → string. Input is read as UTF-8; invalid sequences become U+FFFD
 * and are reported as a warning (never fatal), while input that is not text
 * at all (NUL bytes, mostly control characters) is refused.
 */
import { isUtf8 } from 'node:buffer';
import type { IngestWarning } from '../model/source-document';
import { IngestError } from './ingest-error';

/** How much of the input the binary sniffer looks at. */
export const BINARY_SNIFF_BYTES = 8 * 1024;
/** Share of control characters above which the sample counts as binary. */
const BINARY_CONTROL_RATIO = 0.3;
const REPLACEMENT_CHARACTER = '\uFFFD';

export interface DecodedText {
  text: string;
  warnings: IngestWarning[];
}

/**
 * Decodes a whole document: refuses binary and empty input, then decodes.
 * `source` names the input in error messages (null for stdin).
 */
export function decodeBytes(bytes: Uint8Array, source: string | null): DecodedText {
  assertNotBinary(bytes, source);
  const decoded = decodeUtf8(bytes);
  assertNotBlank(decoded.text, source);
  return decoded;
}

/**
 * UTF-8 decoding with a warning for every run of invalid bytes found;
 * `byteOffset` shifts reported offsets when `bytes` is a slice of a file.
 */
export function decodeUtf8(bytes: Uint8Array, byteOffset = 0): DecodedText {
  // TextDecoder drops a leading BOM itself (ignoreBOM defaults to false).
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (isUtf8(bytes)) return { text, warnings: [] };
  const introduced =
    countOccurrences(text, REPLACEMENT_CHARACTER) - countEncodedReplacementCharacters(bytes);
  const firstInvalid = findFirstInvalidUtf8Offset(bytes) + byteOffset;
  return {
    text,
    warnings: [
      {
        code: 'INVALID_UTF8',
        message:
          `${introduced} invalid UTF-8 byte sequence(s) replaced by U+FFFD, ` +
          `the first at byte offset ${firstInvalid}; save the file as UTF-8 to keep those characters`,
      },
    ],
  };
}

/** Throws BINARY_INPUT when the first 8 KB hold a NUL byte or mostly control characters. */
export function assertNotBinary(bytes: Uint8Array, source: string | null): void {
  const sample = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sample.length === 0) return;
  const looksUtf16 =
    sample.length >= 2 &&
    ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff));
  let controls = 0;
  let nulAt = -1;
  for (let i = 0; i < sample.length; i += 1) {
    const byte = sample[i]!;
    if (byte === 0 && nulAt < 0) nulAt = i;
    if (isBinaryControlByte(byte)) controls += 1;
  }
  const ratio = controls / sample.length;
  if (nulAt < 0 && ratio <= BINARY_CONTROL_RATIO) return;
  const reason = looksUtf16
    ? 'the input looks like UTF-16 text (it starts with a UTF-16 byte order mark)'
    : nulAt >= 0
      ? `the input looks binary (NUL byte at offset ${nulAt})`
      : `the input looks binary (${Math.round(ratio * 100)}% control characters in its first ${sample.length} bytes)`;
  const fix = looksUtf16
    ? 'Convert it to UTF-8 (for example `iconv -f UTF-16 -t UTF-8`) and try again.'
    : 'Only plain text, Markdown, HTML and JSON Lines can be read; convert the document to text first or leave it out.';
  throw new IngestError('BINARY_INPUT', { source, reason, fix });
}

export function assertNotBlank(text: string, source: string | null): void {
  if (/\S/u.test(text)) return;
  throw new IngestError('EMPTY_DOCUMENT', {
    source,
    reason: text.length === 0 ? 'the document is empty' : 'the document holds only whitespace',
    fix: 'Give it some text or leave it out of the input.',
  });
}

/** Control bytes that do not occur in text: all C0 controls but TAB, LF, VT, FF, CR and ESC; and DEL. */
function isBinaryControlByte(byte: number): boolean {
  if (byte === 0x7f) return true;
  if (byte >= 0x20) return false;
  return !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b;
}

function countOccurrences(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) count += 1;
  return count;
}

/**
 * U+FFFD written correctly in the input (EF BF BD). 0xEF is never a
 * continuation byte, so each such triple decodes to exactly one U+FFFD.
 */
function countEncodedReplacementCharacters(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0xef); at >= 0; at = bytes.indexOf(0xef, at + 1)) {
    if (bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd) count += 1;
  }
  return count;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1 (RFC 3629, table 3-7 of Unicode). */
export function findFirstInvalidUtf8Offset(bytes: Uint8Array): number {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let continuations: number;
    let secondMin = 0x80;
    let secondMax = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) continuations = 1;
    else if (lead === 0xe0) [continuations, secondMin] = [2, 0xa0];
    else if (lead === 0xed) [continuations, secondMax] = [2, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) continuations = 2;
    else if (lead === 0xf0) [continuations, secondMin] = [3, 0x90];
    else if (lead === 0xf4) [continuations, secondMax] = [3, 0x8f];
    else if (lead >= 0xf1 && lead <= 0xf3) continuations = 3;
    else return i;
    if (i + continuations >= length) return i;
    const second = bytes[i + 1]!;
    if (second < secondMin || second > secondMax) return i;
    for (let k = 2; k <= continuations; k += 1) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += continuations + 1;
  }
  return -1;
}
