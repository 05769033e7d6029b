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
import { closes, opener, trimQuoteContent } from '../core/quote-marks';
import { isWordChar } from '../core/tokens';

export const MAX_QUOTE_PARAGRAPHS = 6;

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

/** “ „ « " ‘: the marks that may open a quote (`opener` decides). */
function mayOpen(code: number): boolean {
  return code === 0x201c || code === 0x201e || code === 0xab || code === 0x22 || code === 0x2018;
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
    // Fast path: only “ „ « " ‘ can open a quote; the characters between are skipped here.
    while (k < para.end && !mayOpen(text.charCodeAt(k))) k++;
    if (k >= para.end) {
      p++;
      continue;
    }
    const family = opener(text, k, para.start);
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
