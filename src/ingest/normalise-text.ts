/**
 * Text normalisation applied to every document before anything reads it.
 * Deliberately minimal: every offset downstream points into the result, so
 * nothing but the BOM, line endings, Unicode composition and the trailing
 * whitespace of the file changes.
 */

const BYTE_ORDER_MARK = '\uFEFF';

export function normaliseText(text: string): string {
  let start = 0;
  while (text.startsWith(BYTE_ORDER_MARK, start)) start += 1;
  const withoutBom = start === 0 ? text : text.slice(start);
  // The check spares a copy of large texts that already use LF.
  const withLf = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  return withLf.normalize('NFC').trimEnd();
}
