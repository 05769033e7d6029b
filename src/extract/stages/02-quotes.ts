/**
 * Stage 2 — quotations.
 *
 * Pairs quote marks inside each paragraph: curly “…”, „…“, guillemets «…»,
 * straight "…" (opening when preceded by a space, a bracket or the start) and
 * single ‘…’ (only when ‘ opens a word, so apostrophes are never quotes). A
 * quote left open at the end of a paragraph continues when the next paragraph
 * reopens with a mark of the same family (policy 2), at most
 * MAX_QUOTE_PARAGRAPHS paragraphs; otherwise it ends with its paragraph. Each
 * paragraph is scanned once, so unbalanced marks cost nothing extra.
 */

import type { Context, Paragraph, Quote } from '../core/context';
import { isSpaceCode, isWordChar } from '../core/tokens';

export const MAX_QUOTE_PARAGRAPHS = 6;

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

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let k = start; k < end; k++) {
    const w = isWordChar(text.charCodeAt(k));
    if (w && !inWord) words++;
    inWord = w;
  }
  return words;
}

export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const out: Quote[] = [];
  let p = 0;
  let k = 0;
  while (p < paragraphs.length) {
    const para = paragraphs[p]!;
    if (k < para.start) k = para.start;
    if (k >= para.end) {
      p++;
      continue;
    }
    const code = text.charCodeAt(k);
    // Fast path: only “ „ « " ‘ can open a quote.
    const family =
      code === 0x201c || code === 0x201e || code === 0xab || code === 0x22 || code === 0x2018
        ? opener(text, k, para.start)
        : null;
    if (!family) {
      k++;
      continue;
    }
    const open = k;
    let q = p;
    let cur = para;
    let j = k + 1;
    let closedAt = -1;
    for (;;) {
      while (j < cur.end && !closes(family, text, j)) j++;
      if (j < cur.end) {
        closedAt = j;
        break;
      }
      const next = paragraphs[q + 1];
      if (!next || q + 1 - p >= MAX_QUOTE_PARAGRAPHS) break;
      if (opener(text, next.start, next.start) !== family) break;
      q++;
      cur = next;
      j = next.start + 1;
    }
    const close = closedAt >= 0 ? closedAt : cur.end;
    const content = trimQuoteContent(text, open + 1, close);
    if (content.end > content.start) {
      out.push({
        open,
        close,
        closed: closedAt >= 0,
        start: content.start,
        end: content.end,
        firstParagraph: p,
        lastParagraph: q,
        words: countWords(text, content.start, content.end),
      });
    }
    if (closedAt >= 0) {
      p = q;
      k = close + 1;
    } else {
      p = q + 1;
      k = 0;
    }
  }
  return out;
}

export function quotesStage(ctx: Context): void {
  ctx.quotes = findQuotes(ctx.text, ctx.paragraphs);
}

/** Index of the quote containing offset `at` (content or marks), or -1. Quotes are sorted. */
export function quoteAt(quotes: readonly Quote[], at: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const q = quotes[mid]!;
    if (at < q.open) hi = mid - 1;
    else if (at > q.close) lo = mid + 1;
    else return mid;
  }
  return -1;
}
