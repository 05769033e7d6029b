/** A speech verb outside quotes: its subject and what it reports; participles and coordinated verbs. */

import type { Sentence } from '../../core/context';
import {
  CALENDAR_WORDS,
  CLAUSE_ONLY_VERBS,
  LEAD_WORDS,
  NON_CLAUSE_STARTS,
  SPEECH_NOUNS,
} from '../../lexicon/grammar';
import type { Match } from '../../dictionaries/compile';
import { NUMBER, WORD, lowerAt, textAt } from '../../core/tokens';
import type { Subject } from './subject';
import { OPENING_MARKS } from './subject';
import type { Attributor } from './index';
import { isAdverb, isAdverbAfter } from './subjects';
import {
  clause,
  clauseEnd,
  hasObject,
  hasThatAfter,
  inQuote,
  isPartialQuote,
  looksLikeClause,
  thatAfter,
} from './clauses';
import { useQuote } from './quoted';

/** A participle that reports the sentence subject's words: "…, saying", "a remark indicating that". */
export function isParticipleSite(self: Attributor, v: Match, verb: string, floor: number): boolean {
  const t = self.t;
  if (!/ing$/u.test(verb) || v.first - 1 < floor) return false;
  const prev = lowerAt(t, v.first - 1);
  if (prev === ',') return true;
  return SPEECH_NOUNS.has(prev) && v.last < t.count && lowerAt(t, v.last) === 'that';
}

/** A verb coordinated with an earlier one of the same subject ("… and shared the view"). */
export function isCoordinated(self: Attributor, v: Match, floor: number): boolean {
  let k = v.first - 1;
  while (k >= floor && isAdverb(self, k)) k--;
  return k >= floor && lowerAt(self.t, k) === 'and';
}

/**
 * "In particular, | Mr Putin expressed …", "On Monday, | Lavrov said …": tokens [from, comma)
 * are one adjunct opening the sentence (a lead word, no comma), not words fronted before
 * their attribution ("Russia will study the text, Lavrov said"); a short one, as
 * "In the coming weeks we will …, Lavrov said" is fronted content.
 */
const MAX_ADJUNCT_TOKENS = 6;

/** Verbs whose listener comes first and what was said after "on"/"about" (data/speech-verbs.json). */
const BRIEFING_VERBS = new Set(['briefed', 'briefs']);
const MAX_LISTENER_TOKENS = 10;

/** The token after "on"/"about" that follows the listener of "briefed X on …", else -1. */
function topicAfterListener(self: Attributor, from: number, s: Sentence): number {
  const t = self.t;
  for (let k = from; k < s.last - 1 && k - from <= MAX_LISTENER_TOKENS; k++) {
    const w = lowerAt(t, k);
    if (w === 'on' || w === 'about') {
      // "briefed the Council on 18 June": a date, not what was said.
      const next = k + 1;
      if (k === from || (t.flags[next]! & NUMBER) !== 0 || CALENDAR_WORDS.has(lowerAt(t, next)))
        return -1;
      return next;
    }
    if (w === ',' || w === ';' || w === ':' || (t.flags[k]! & WORD) === 0) return -1;
  }
  return -1;
}

function isLoneAdjunct(self: Attributor, from: number, comma: number): boolean {
  const t = self.t;
  if (comma - from > MAX_ADJUNCT_TOKENS || !LEAD_WORDS.has(lowerAt(t, from))) return false;
  for (let k = from + 1; k < comma; k++) if (lowerAt(t, k) === ',') return false;
  return true;
}

/** Makes the statements of one speech verb; returns the reported span when it made an indirect one. */
export function handleVerb(
  self: Attributor,
  s: Sentence,
  v: Match,
  verb: string,
  subject: Subject,
  inverted: boolean,
  borrowed: boolean,
): { start: number; end: number } | null {
  const t = self.t;
  const text = self.ctx.text;
  // A borrowed subject sits elsewhere in the sentence: the attribution is the verb alone.
  const subjStart = borrowed ? v.start : t.start[subject.first]!;
  const phraseFirst = borrowed ? v.first : Math.min(subject.first, v.first);
  const phraseLast = borrowed ? v.last : Math.max(subject.last, v.last);

  // 1. A quote closes right before the attribution: “…,” he said / “…,” said X.
  let before = phraseFirst - 1;
  if (before >= s.first && textAt(t, before) === ',') before--;
  const closed = self.quoteByCloseToken.get(before);
  if (closed !== undefined && !self.quoteUsed.has(closed)) {
    // The attribution phrase after a quote ends with the sentence.
    const cueEnd = s.end;
    useQuote(self, closed, subject, verb, { start: Math.min(subjStart, v.start), end: cueEnd });
    return null;
  }

  // 2. A quote opens right after: X said: “…” / X said, “…” / X said that “…” / … said,⏎“…”.
  let after = inverted ? phraseLast : v.last;
  while (after < t.count && isAdverbAfter(self, after)) after++;
  if (after < t.count && [',', ':', 'that'].includes(lowerAt(t, after))) after++;
  const opened = self.quoteByOpenToken.get(after);
  if (opened !== undefined && !self.quoteUsed.has(opened)) {
    const q = self.ctx.quotes[opened]!;
    const sameSentence = q.open < s.end;
    const sentenceEndsHere = t.start[after]! >= s.end;
    if (sameSentence && isPartialQuote(self, q, s)) {
      // "conceded that "significant gaps" remain …": the clause, marks included, is reported (policy 7).
      self.quoteUsed.add(opened);
      const span = clause(self, after, clauseEnd(self, after, s));
      if (!span) return null;
      self.statement(subject, verb, 'indirect', span, {
        start: Math.min(subjStart, v.start),
        end: span.start,
      });
      return span;
    }
    if (sameSentence || sentenceEndsHere) {
      useQuote(self, opened, subject, verb, { start: Math.min(subjStart, v.start), end: q.open });
      return null;
    }
  }

  // 3. Reported speech.
  if (verb === 'according to') {
    let k = subject.last;
    if (k < s.last && textAt(t, k) === ',') k++;
    const span = clause(self, k, clauseEnd(self, k, s));
    if (span && !inQuote(self, span.start)) {
      self.statement(subject, verb, 'indirect', span, { start: v.start, end: span.start });
      return span;
    }
    return null;
  }

  // "…, Russian Foreign Minister Sergei Lavrov said on Monday [17 May]."
  const subjFirst = subject.first;
  if (
    !inverted &&
    !borrowed &&
    subjFirst - 1 > s.first &&
    textAt(t, subjFirst - 1) === ',' &&
    !hasThatAfter(self, v.last, s) &&
    !hasObject(self, v.last, s)
  ) {
    const startTok = s.first;
    const span = isLoneAdjunct(self, startTok, subjFirst - 1)
      ? null
      : clause(self, startTok, t.start[subjFirst - 1]!);
    if (span && !inQuote(self, span.start) && !OPENING_MARKS.includes(text.charAt(s.start))) {
      self.statement(subject, verb, 'indirect', span, { start: subjStart, end: s.end });
      return null;
    }
  }
  if (inverted) return null;

  // "As I said in Singapore, X": the main clause after the comma is what was said.
  if (!borrowed && subject.first - 1 === s.first && lowerAt(t, s.first) === 'as') {
    let comma = v.last;
    while (comma < s.last && lowerAt(t, comma) !== ',') comma++;
    const span = comma + 1 < s.last ? clause(self, comma + 1, clauseEnd(self, comma + 1, s)) : null;
    if (!span || inQuote(self, span.start)) return null;
    self.statement(subject, verb, 'indirect', span, { start: subjStart, end: span.start });
    return span;
  }

  // "X said (adjuncts) that …", "He stressed, recalling …, that …", "The Secretary underscored …".
  const thatAt = thatAfter(self, v.last, s, verb);
  let from: number;
  if (BRIEFING_VERBS.has(verb)) {
    // "briefed the Chancellor on the outcomes of …": what follows the listener's "on"/"about".
    const on = topicAfterListener(self, v.last, s);
    if (on < 0) return null;
    from = on;
  } else if (thatAt >= 0) {
    from = thatAt + 1;
  } else {
    let k = v.last;
    while (k < s.last && isAdverbAfter(self, k)) k++;
    if (k >= s.last) return null;
    const w = lowerAt(t, k);
    if (NON_CLAUSE_STARTS.has(w) || (t.flags[k]! & WORD) === 0) return null;
    if (CLAUSE_ONLY_VERBS.has(verb.split(' ')[0]!) && !looksLikeClause(self, k)) return null;
    from = k;
  }
  const end = clauseEnd(self, from, s);
  const span = clause(self, from, end);
  if (!span || inQuote(self, span.start)) return null;
  self.statement(subject, verb, 'indirect', span, {
    start: Math.min(subjStart, v.start),
    end: span.start,
  });
  return span;
}
