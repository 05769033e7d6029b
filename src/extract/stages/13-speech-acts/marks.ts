/**
 * The tokens of a document the stage looks at, found in one pass over its words: the
 * statements then visit only those of their own range, not every word again (a
 * document's statements cover most of its words, some twice).
 */

import type { TokenTable } from '../../core/tokens';
import type { CompiledSpeechActs } from '../../dictionaries/speech-acts';

export interface TokenMarks {
  /** Tokens whose word starts a phrase of the text trie (acts.ts), ascending. */
  cueStarts: number[];
  /** Tokens "we", "i", "they": subjects an address verb may follow (addressees.ts), ascending. */
  subjects: number[];
}

export function markTokens(tokens: TokenTable, lex: CompiledSpeechActs): TokenMarks {
  const cueStarts: number[] = [];
  const subjects: number[] = [];
  const starts = lex.text.next;
  const lower = tokens.lower;
  for (let i = 0; i < tokens.count; i++) {
    const w = lower[i]!;
    if (starts?.has(w)) cueStarts.push(i);
    if (w === 'we' || w === 'i' || w === 'they') subjects.push(i);
  }
  return { cueStarts, subjects };
}

/** Index of the first element of ascending `a` that is ≥ `x`. */
export function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
