/** Quotes with their attribution before or after, and quotes broken by it. */

import type { Quote } from '../../core/context';
import { quoteAt } from '../../core/spans';
import type { Match } from '../../dictionaries/compile';
import { lowerAt, textAt, tokenAtOrAfter } from '../../core/tokens';
import type { Subject } from './subject';
import type { Attributor } from './index';
import { membersOf } from './subjects';
import { verbAt, verbText } from './clauses';

// ------------------------------------------------------------------- quotes

export function useQuote(
  self: Attributor,
  qi: number,
  subject: Subject,
  verb: string,
  cue: { start: number; end: number },
): number[] {
  const q = self.ctx.quotes[qi]!;
  self.quoteUsed.add(qi);
  const made = self.statement(subject, verb, 'direct', q, cue);
  attachContinuation(self, qi, subject, verb, cue);
  return made;
}

/** “A,” he said. “B.” — B continues A when nothing else claims it. */
export function attachContinuation(
  self: Attributor,
  qi: number,
  subject: Subject,
  verb: string,
  cue: { start: number; end: number },
): void {
  const quotes = self.ctx.quotes;
  const q = quotes[qi]!;
  const next = quotes[qi + 1];
  if (!next || next.firstParagraph !== q.lastParagraph || self.quoteUsed.has(qi + 1)) return;
  const t = self.t;
  // Between the two quotes: only the attribution (and its adjuncts) — no other verb or subject.
  const between = self.ctx.text.slice(q.close + 1, next.open);
  if (between.length > 200) return;
  if (cue.start < q.close || cue.end > next.open) return;
  const firstTok = tokenAtOrAfter(t, q.close + 1);
  const lastTok = tokenAtOrAfter(t, next.open);
  for (let k = firstTok; k < lastTok; k++) {
    const v = verbAt(self, k);
    if (v && v.last <= lastTok && (v.start < cue.start || v.end > cue.end)) return;
  }
  if (hasOwnAttributionAfter(self, next)) return;
  self.quoteUsed.add(qi + 1);
  self.statement(subject, verb, 'direct', next, cue);
}

export function hasOwnAttributionAfter(self: Attributor, q: Quote): boolean {
  const t = self.t;
  let k = tokenAtOrAfter(t, q.close) + 1;
  if (k < t.count && textAt(t, k) === ',') k++;
  const stop = Math.min(t.count, k + 6);
  for (let j = k; j < stop; j++) if (verbAt(self, j)) return true;
  return false;
}

/**
 * A quote that opens with its own speech verb, right after its speaker:
 * 'Chairman Kim, quote, "reaffirmed his commitment …"' is Kim's, verb
 * "reaffirmed".
 */
export function quotedSpeech(self: Attributor, v: Match): void {
  const t = self.t;
  const qi = quoteAt(self.ctx.quotes, v.start);
  const q = self.ctx.quotes[qi]!;
  if (self.quoteUsed.has(qi) || tokenAtOrAfter(t, q.start) !== v.first) return;
  let k = tokenAtOrAfter(t, q.open) - 1;
  if (k >= 0 && lowerAt(t, k) === ',') k--;
  if (k >= 0 && lowerAt(t, k) === 'quote') k--;
  if (k >= 0 && lowerAt(t, k) === ',') k--;
  const ref = self.refByLast.get(k + 1);
  if (!ref?.person) return;
  const subject: Subject = { first: ref.first, last: ref.last, members: membersOf(self, ref) };
  self.quoteUsed.add(qi);
  self.statement(subject, verbText(self, v), 'direct', q, { start: ref.start, end: q.open });
}
