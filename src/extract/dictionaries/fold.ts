/**
 * Transliteration folding for personal names (issue #10): the spellings one
 * name takes across sources ("Sergey"/"Sergei", "Aleksey"/"Alexei",
 * "Zelensky"/"Zelenskyy", "François"/"Francois") fold to one key, so a
 * variant the dictionaries do not list still finds its person. Folding is
 * only a fallback after the exact spelling (and its listed aliases) failed.
 */

const MARKS = /\p{M}+/gu;
const DOUBLED = /(.)\1+/gu;

/** Folded forms already computed: names repeat across a batch, and folding is pure. */
const folded = new Map<string, string>();
const FOLDED_MAX = 50_000;

/** Lower case, accents dropped, ks → x, y → i, doubled letters single, apostrophes and hyphens dropped. */
export function foldName(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    key = word
      .normalize('NFD')
      .replace(MARKS, '')
      .toLowerCase()
      .replace(/['’-]/gu, '')
      .replace(/ks/gu, 'x')
      .replace(/y/gu, 'i')
      .replace(DOUBLED, '$1');
    if (folded.size >= FOLDED_MAX) folded.clear();
    folded.set(word, key);
  }
  return key;
}

/** Shorter folded surnames match too much ("Li", "Ri"): folding applies from this length. */
export const MIN_FOLDED_LENGTH = 4;
