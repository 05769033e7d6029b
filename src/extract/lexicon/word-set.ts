/** A set of the words of a space-separated list. */
export const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
