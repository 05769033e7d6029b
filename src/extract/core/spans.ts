/** Binary searches over sorted spans, shared by the stages. */

import type { Quote } from './context';

/** Index of the first item whose start is ≥ offset (items sorted by start). */
export function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
