/**
 * How alike two statements are, for ECHOES: TF-IDF cosine over content words.
 *
 * - Words: lower-cased letter/digit runs of 3+ characters, minus a stop list, with a
 *   light suffix strip (relations/relation, stated/state) so word forms meet.
 * - IDF is computed over the statement and its candidates (the speaker's statements
 *   sharing a topic with it): idf(w) = ln((N + 1) / (df(w) + 1)) + 1. Words every
 *   candidate uses weigh least; the speaker's recurring formulas weigh most.
 * - A pair echoes when the cosine is at least ECHO_THRESHOLD (0.3): in the corpus,
 *   restatements of one position ("everything that affects strategic stability should
 *   be on the negotiating table") score 0.35–0.7, different claims on the same topic
 *   stay under 0.2.
 */

export const ECHO_THRESHOLD = 0.3;

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

function termFrequencies(words: readonly string[]): Vector {
  const tf: Vector = new Map();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    const y = b.get(w);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The cosine of `text` with each candidate, IDF taken over all of them. */
export function similarities(text: string, candidates: readonly string[]): number[] {
  const docs = [text, ...candidates].map((t) => termFrequencies(contentWords(t)));
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const weigh = (d: Vector): Vector => {
    const v: Vector = new Map();
    for (const [w, f] of d) v.set(w, f * (Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1));
    return v;
  };
  const [first, ...rest] = docs.map(weigh);
  return rest.map((v) => cosine(first!, v));
}
