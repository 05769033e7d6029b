/**
 * Where a reported clause begins and ends: the verb's object or "that"
 * clause, the adjunct leading into an attribution, partial quotes.
 */

import type { Quote, Sentence } from '../../core/context';
import {
  CLAUSE_ONLY_VERBS,
  LEAD_WORDS,
  OBJECT_DETERMINERS,
  VIEW_NOUNS,
} from '../../lexicon/grammar';
import { firstAtOrAfter, quoteAt } from '../../core/spans';
import type { Match } from '../../dictionaries/compile';
import { PUNCT, WORD, isSpaceCode, lowerAt, textAt, tokenAtOrAfter } from '../../core/tokens';
import { OPENING_MARKS } from './subject';
import type { Attributor } from './index';
import { isAdverbAfter } from './subjects';

/** The verb as written, without a particle the form brackets ("called" of "called for"). */
export function verbText(self: Attributor, m: Match): string {
  const p = m.payloads.find((x) => x.type === 'verb');
  const words = p?.type === 'verb' ? p.words : m.last - m.first;
  if (words === 1) return lowerAt(self.t, m.first);
  const end = self.t.end[m.first + words - 1]!;
  return self.ctx.text.slice(m.start, end).toLowerCase().replace(/\s+/gu, ' ');
}

/** Content span [from token, to offset) trimmed of spaces, "that", commas and the final period. */
export function clause(
  self: Attributor,
  fromToken: number,
  toOffset: number,
): { start: number; end: number } | null {
  const t = self.t;
  const text = self.ctx.text;
  let k = fromToken;
  while (
    k < t.count &&
    t.start[k]! < toOffset &&
    (lowerAt(t, k) === 'that' || lowerAt(t, k) === ',' || lowerAt(t, k) === ':')
  )
    k++;
  if (k >= t.count || t.start[k]! >= toOffset) return null;
  const start = t.start[k]!;
  let end = toOffset;
  for (;;) {
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    const c = text.charAt(end - 1);
    if (end > start && (c === '.' || c === ',' || c === ';' || c === ':')) end--;
    else break;
  }
  if (end <= start) return null;
  // A clause needs a few words to be a statement: two or more, a space between them.
  return hasSpaceWithin(text, start, end) ? { start, end } : null;
}

const SPACE = /\s/gu;

/**
 * Whether a space (`\s`) stands in [start, end): what `text.slice(start, end).split(/\s+/u)`
 * giving two words or more means there, without the slice and the array of words.
 */
function hasSpaceWithin(text: string, start: number, end: number): boolean {
  SPACE.lastIndex = start;
  const space = SPACE.exec(text);
  return space !== null && space.index < end;
}

/** End offset of a reported clause: the sentence end, or ", saying …" where another statement starts. */
export function clauseEnd(self: Attributor, from: number, s: Sentence): number {
  const t = self.t;
  for (let k = from; k < s.last - 1; k++) {
    if (textAt(t, k) !== ',') continue;
    const v = verbAt(self, k + 1);
    if (v && /ing$/u.test(verbText(self, v))) return t.start[k]!;
  }
  return s.end;
}

export function verbAt(self: Attributor, k: number): Match | undefined {
  if (self.verbIndex.size === 0) for (const v of self.verbs) self.verbIndex.set(v.first, v);
  return self.verbIndex.get(k);
}

export function inQuote(self: Attributor, offset: number): boolean {
  return quoteAt(self.ctx.quotes, offset) >= 0;
}

/**
 * Start of the adjunct that opens the sentence of an attribution starting at
 * `cueStart` ("In his greetings at the banquet, | the Prime Minister said"),
 * or cueStart itself.
 */
export function leadStart(self: Attributor, cueStart: number): number {
  const t = self.t;
  const si = firstAtOrAfter(self.ctx.sentences, cueStart + 1) - 1;
  const s = si >= 0 ? self.ctx.sentences[si] : undefined;
  if (!s || s.start >= cueStart || cueStart >= s.end) return cueStart;
  if (!LEAD_WORDS.has(lowerAt(t, s.first))) return cueStart;
  // The adjunct runs to the first comma, before the attribution, with no quote or speech verb.
  const cueTok = tokenAtOrAfter(t, cueStart);
  for (let k = s.first; k < cueTok; k++) {
    const w = lowerAt(t, k);
    if (w === ',') return s.start;
    if (OPENING_MARKS.includes(w) || verbAt(self, k)) return cueStart;
  }
  return cueStart;
}

/** A quote that is only part of a clause: words follow its closing mark and it ends in no punctuation. */
export function isPartialQuote(self: Attributor, q: Quote, s: Sentence): boolean {
  if (!q.closed || q.close >= s.end) return false;
  const last = self.ctx.text.charAt(q.end - 1);
  if ('.,;:!?…'.includes(last)) return false;
  const k = tokenAtOrAfter(self.t, q.close + 1);
  return k < s.last && (self.t.flags[k]! & WORD) !== 0;
}

/** Whether a noun phrase follows the verb ("they strengthen their resolve"): it is no "…, X said". */
export function hasObject(self: Attributor, from: number, s: Sentence): boolean {
  let k = from;
  while (k < s.last && isAdverbAfter(self, k)) k++;
  return k < s.last && OBJECT_DETERMINERS.has(lowerAt(self.t, k));
}

export function hasThatAfter(self: Attributor, from: number, s: Sentence): boolean {
  return thatAfter(self, from, s) >= 0;
}

/**
 * "that" opening the reported clause within a few tokens of the verb, with
 * only adjuncts or a comma-delimited parenthetical before it. After a verb
 * with an object ("addressed a range of issues that …") a later "that" is a
 * relative clause, unless the object is a noun of opinion ("shared the view
 * that …").
 */
export function thatAfter(self: Attributor, from: number, s: Sentence, verb = 'said'): number {
  const t = self.t;
  let first = from;
  while (first < s.last && isAdverbAfter(self, first)) first++;
  if (first < s.last && lowerAt(t, first) === 'that') return first;
  if (OBJECT_DETERMINERS.has(lowerAt(t, first)) && !CLAUSE_ONLY_VERBS.has(verb.split(' ')[0]!)) {
    for (let k = first + 1; k < Math.min(s.last - 1, first + 5); k++) {
      if ((t.flags[k]! & WORD) === 0) break;
      if (VIEW_NOUNS.has(lowerAt(t, k)) && lowerAt(t, k + 1) === 'that') return k + 1;
    }
    return -1;
  }
  const limit = Math.min(s.last, from + 16);
  let commas = 0;
  for (let k = from; k < limit; k++) {
    const w = lowerAt(t, k);
    if (w === 'that') return commas % 2 === 0 ? k : -1;
    if (w === ',') commas++;
    if (w === '.' || w === ';' || w === ':' || OPENING_MARKS.includes(w)) return -1;
    // A verb ends the search, unless it sits in a parenthetical (", recalling …,").
    if (verbAt(self, k) && commas % 2 === 0) return -1;
  }
  return -1;
}

/** After "said" without "that": a clause starts with a subject-like word, not "to"/"for"/a date. */
export function looksLikeClause(self: Attributor, k: number): boolean {
  const t = self.t;
  const w = lowerAt(t, k);
  if (
    [
      'on',
      'in',
      'at',
      'during',
      'after',
      'before',
      'when',
      'while',
      'today',
      'yesterday',
      'reporters',
      'journalists',
    ].includes(w)
  ) {
    return false;
  }
  return (t.flags[k]! & PUNCT) === 0;
}
