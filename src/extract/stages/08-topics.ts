/**
 * Stage 8 — topics of each statement.
 *
 * A statement is about every topic whose alias or word form occurs in its
 * text (the vocabulary lists "normalization", "normalise", "non-nuclear
 * weapons"…). "this topic", "this issue", "this matter" refer to the last
 * topic of the preceding statement.
 */

import type { Context } from '../core/context';
import type { Match } from '../dictionaries/compile';
import { TOPIC_ANAPHORS } from '../lexicon';
import { firstAtOrAfter } from '../core/spans';
import { lowerAt, tokenAtOrAfter } from '../core/tokens';

const ANAPHORS = new Set(TOPIC_ANAPHORS);

/** Topic ids in [start, end), in text order (repeats kept: the last one matters for anaphora). */
export function topicsIn(matches: readonly Match[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let i = firstAtOrAfter(matches, start); i < matches.length && matches[i]!.end <= end; i++) {
    for (const p of matches[i]!.payloads) if (p.type === 'topic') out.push(p.id);
  }
  return out;
}

function hasAnaphor(ctx: Context, start: number, end: number): boolean {
  const t = ctx.tokens;
  const last = tokenAtOrAfter(t, end);
  for (let k = tokenAtOrAfter(t, start); k + 1 < last; k++) {
    const w = lowerAt(t, k);
    if ((w === 'this' || w === 'that') && ANAPHORS.has(`${w} ${lowerAt(t, k + 1)}`)) return true;
  }
  return false;
}

export function topicsStage(ctx: Context): void {
  const order = ctx.statements
    .map((_, i) => i)
    .sort((a, b) => ctx.statements[a]!.start - ctx.statements[b]!.start || a - b);
  let previous: string[] = [];
  let previousStart = -1;
  for (const i of order) {
    const s = ctx.statements[i]!;
    const found = topicsIn(ctx.topicMatches, s.start, s.end);
    if (hasAnaphor(ctx, s.start, s.end) && previous.length > 0)
      found.push(previous[previous.length - 1]!);
    s.topics = [...new Set(found)];
    if (s.start !== previousStart && found.length > 0) {
      previous = found;
      previousStart = s.start;
    }
  }
}
