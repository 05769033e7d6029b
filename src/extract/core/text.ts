/** Small helpers shared by the stages: hashes, sorting. */

import { createHash, hash } from 'node:crypto';

/** sha256 in hex; the one-shot `crypto.hash` (Node ≥ 20.12) costs a third of a Hash object. */
export function sha256Hex(s: string): string {
  return typeof hash === 'function'
    ? hash('sha256', s, 'hex')
    : createHash('sha256').update(s).digest('hex');
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted, de-duplicated copy. */
export function uniqueSorted(values: Iterable<string>): string[] {
  if (Array.isArray(values)) {
    // Already strictly ascending (short lists mostly are): a copy, no set and no sort.
    const a = values as readonly string[];
    let ascending = true;
    for (let i = 1; i < a.length && ascending; i++) ascending = a[i - 1]! < a[i]!;
    if (ascending) return a.slice();
  }
  return [...new Set(values)].sort(compareStrings);
}
