/** Name chunks and match payloads the people stage reads. */

import type { CompiledDictionaries, Match, Payload } from '../../dictionaries/compile';
import { MIN_FOLDED_LENGTH, foldName } from '../../dictionaries/fold';
import { officesOn } from '../../dictionaries/lookups';
import { ALL_CAPS, CAPITALISED, PUNCT, WORD, textAt } from '../../core/tokens';
import type { TokenTable } from '../../core/tokens';

export type RolePayload = Extract<Payload, { type: 'role' }>;

const NO_PAYLOADS: readonly never[] = Object.freeze([]);

/**
 * The match's payloads of one type, read-only: the match's own array when all are of that
 * type, a shared empty one when none is (no array per match and type).
 */
export function payloadOf<T extends Payload['type']>(
  m: Match,
  type: T,
): readonly Extract<Payload, { type: T }>[] {
  const all = m.payloads;
  let some = false;
  let every = true;
  for (const p of all) {
    if (p.type === type) some = true;
    else every = false;
  }
  if (!some) return NO_PAYLOADS;
  if (every) return all as readonly Extract<Payload, { type: T }>[];
  return all.filter((p): p is Extract<Payload, { type: T }> => p.type === type);
}

export interface Chunk {
  first: number;
  last: number;
  words: string[];
}

/**
 * Capitalised name words from token `i`: "Antony J. Blinken", "Moon Jae-in",
 * at most five words; stops at anything else, and at `stop`.
 */
export function nameChunk(t: TokenTable, i: number, stop: number): Chunk | null {
  const words: string[] = [];
  let k = i;
  while (k < stop && words.length < 5) {
    const f = t.flags[k]!;
    if ((f & WORD) === 0 || (f & CAPITALISED) === 0) break;
    if (k > i && (f & 32) === 0) break; // no space before: not a new word
    let word = textAt(t, k);
    // "Alexander Downer MP": a post-nominal ends the name.
    if (words.length >= 2 && (f & ALL_CAPS) !== 0 && word.length <= 3 && !isAllCapsName(words))
      break;
    let next = k + 1;
    // Initials: "J." ; hyphenated given names: "Jae-in".
    if (word.length === 1 && next < stop && textAt(t, next) === '.') next++;
    while (
      next + 1 < stop &&
      textAt(t, next) === '-' &&
      (t.flags[next + 1]! & WORD) !== 0 &&
      (t.flags[next]! & 32) === 0
    ) {
      word += '-' + textAt(t, next + 1);
      next += 2;
    }
    words.push(word);
    k = next;
  }
  if (words.length === 0) return null;
  return { first: i, last: k, words };
}

function isAllCapsName(words: readonly string[]): boolean {
  return words.every((w) => w === w.toUpperCase());
}

/**
 * The people whose first and last name words are these ("Antony J. Blinken"),
 * by spelling, else by folded spelling ("Sergey Lavrov", "Francois Hollande").
 */
export function lookupFirstLast(
  dict: CompiledDictionaries,
  words: readonly string[],
): readonly string[] | undefined {
  const key = firstLastKey(words);
  if (!key) return undefined;
  const hit = dict.firstLast.get(key);
  if (hit && hit.length > 0) return hit;
  const [first, last] = key.split('|') as [string, string];
  return dict.foldedFirstLast.get(`${foldName(first)}|${foldName(last)}`);
}

/**
 * People whose surname folds like `word` ("Zelensky" → Zelenskyy) and who
 * hold an office on `date` (a variant spelling is a guess: "Milley" must not
 * become Javier Milei years before he took office), or undefined.
 */
export function lookupFoldedSurname(
  dict: CompiledDictionaries,
  word: string,
  date: string | null,
): readonly string[] | undefined {
  const folded = foldName(word);
  if (folded.length < MIN_FOLDED_LENGTH) return undefined;
  const ids = dict.foldedSurnames.get(folded)?.filter((p) => officesOn(dict, p, date).length > 0);
  return ids && ids.length > 0 ? ids : undefined;
}

export function firstLastKey(words: readonly string[]): string | null {
  const real = words.filter((w) => w.length > 1);
  if (real.length < 2) return null;
  return `${real[0]!.toLowerCase()}|${real[real.length - 1]!.toLowerCase()}`;
}

export function isSentenceInitial(t: TokenTable, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (t.flags[k]! & PUNCT) !== 0 && '"“‘«(['.includes(textAt(t, k))) k--;
  if (k < 0) return true;
  if ((t.flags[i]! & 64) !== 0) return true;
  return '.!?:'.includes(textAt(t, k));
}
