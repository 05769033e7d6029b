/**
 * How alike two statements' words are, for the statement links (score-links.ts): the
 * cosine of their content-word counts.
 *
 * - Words: lower-cased letter/digit runs of 3+ characters, minus a stop list, with a
 *   light suffix strip (relations/relation, stated/state) so word forms meet.
 * - From the pair alone (no IDF over a candidate set, as ECHOES had): the score of a pair
 *   must not depend on which other statements were loaded with it, so a load in batches,
 *   a load in one and `diplograph import` give the same edges.
 */

const STOP = new Set(
  (
    'the and that this these those with from have has had was were will would shall should can could may might must ' +
    'been being are for not but our their its his her they them there here which what who whom whose when where why how ' +
    'all any each every some such than then too very also just only into onto over under about above below again further ' +
    'once more most other same own both few nor off out upon within without between through during before after while ' +
    'said says say told stated noted stressed added according one two way another'
  ).split(' '),
);

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]{3,}/gu)) {
    const word = match[0];
    if (!STOP.has(word)) words.push(stem(word));
  }
  return words;
}

type Vector = Map<string, number>;

/** A statement's content-word counts and their squared norm, for `vectorCosine`. */
export interface ContentVector {
  counts: Vector;
  norm2: number;
}

function termFrequencies(words: readonly string[]): Vector {
  const tf: Vector = new Map();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}

/**
 * The cosine of two statements' content-word counts, from the pair alone (no IDF): the
 * statement links (score-links.ts) need a score that does not depend on which other
 * statements were loaded with the pair, so a load in batches and `diplograph import` agree.
 */
export function pairSimilarity(a: string, b: string): number {
  return vectorCosine(contentVector(a), contentVector(b));
}

/** What the similarity reads of one text, worked out once (the link step compares a text with many). */
export function contentVector(text: string): ContentVector {
  const counts = termFrequencies(contentWords(text));
  let norm2 = 0;
  for (const x of counts.values()) norm2 += x * x;
  return { counts, norm2 };
}

/** The cosine of two content vectors (`pairSimilarity` of their texts). */
export function vectorCosine(a: ContentVector, b: ContentVector): number {
  if (a.norm2 === 0 || b.norm2 === 0) return 0;
  // Iterate the smaller map: the counts are integers, so the dot product is exact in any order.
  const [small, large] =
    a.counts.size <= b.counts.size ? [a.counts, b.counts] : [b.counts, a.counts];
  let dot = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) dot += x * y;
  }
  return dot / Math.sqrt(a.norm2 * b.norm2);
}
