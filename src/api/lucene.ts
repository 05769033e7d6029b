/**
 * Turns what an analyst types into a Lucene query for Neo4j's full-text index that means
 * "these words": every character with a meaning in Lucene's syntax is escaped and the
 * operators AND, OR, NOT and TO are lower-cased, so input can never be a syntax error, a
 * wildcard or a fuzzy query. Words are OR-ed and ranked by Lucene's score, so "red lines"
 * finds statements with either word and ranks those with both first.
 */

/** Characters Lucene's classic query parser gives a meaning: + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATOR = /\b(?:AND|OR|NOT|TO)\b/g;
const WORD = /[\p{L}\p{N}]/u;

/** The escaped query, or null when the input has no letter or digit to search for. */
export function toLuceneQuery(input: string): string | null {
  if (!WORD.test(input)) return null;
  return input
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(OPERATOR, (word) => word.toLowerCase())
    .replace(/\s+/g, ' ')
    .trim();
}
