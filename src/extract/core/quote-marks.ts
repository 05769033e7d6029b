/**
 * Quotation marks: which mark opens a quote, which closes it, and how a
 * quote's content is trimmed (policy 1). Read by the quotes stage, the
 * attribution stage and the window cuts of large documents.
 */

import { isSpaceCode, isWordChar } from './tokens';

export type Family = 'curly' | 'guillemet' | 'straight' | 'single';

export function opener(text: string, at: number, floor: number): Family | null {
  const ch = text.charAt(at);
  const prev = at > floor ? text.charAt(at - 1) : ' ';
  const next = text.charAt(at + 1);
  switch (ch) {
    case '“':
    case '„':
      return 'curly';
    case '«':
      return 'guillemet';
    case '"':
      return isSpaceCode(prev.charCodeAt(0)) || '([{—–-:,'.includes(prev) ? 'straight' : null;
    case '‘':
      return (isSpaceCode(prev.charCodeAt(0)) || '(“"[—'.includes(prev)) &&
        isWordChar(next.charCodeAt(0))
        ? 'single'
        : null;
    default:
      return null;
  }
}

export function closes(family: Family, text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  switch (family) {
    case 'curly':
      return code === 0x201d || code === 0x201c;
    case 'guillemet':
      return code === 0xbb;
    case 'straight':
      return code === 0x22;
    case 'single':
      return code === 0x2019 && !isWordChar(text.charCodeAt(at + 1));
  }
}

const TRAILING = new Set([',', ';', ':']);

/** Content span of a quote: spaces trimmed, and a trailing , ; : (policy 1). */
export function trimQuoteContent(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  for (;;) {
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start && TRAILING.has(text.charAt(end - 1))) end--;
    else break;
  }
  return { start, end };
}
