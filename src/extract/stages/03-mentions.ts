/**
 * Stage 3 — dictionary mentions.
 *
 * Runs the precompiled tries over the token table in one pass: named things (people,
 * countries with their demonyms and capitals, organisations, places), role
 * phrases and speech verbs, and topics beside them (a topic phrase may
 * overlap a name: "Iran's nuclear program"). A capital that is also a place
 * is a place after a locative preposition ("in Moscow") and the country
 * otherwise ("Washington was familiar …").
 */

import type { Context, EntityMention } from '../core/context';
import { LOCATIVE_PREPOSITIONS } from '../lexicon/grammar';
import type { Match } from '../dictionaries/compile';
import { matchNamedAndTopics } from '../dictionaries/match';
import { PUNCT, lowerAt } from '../core/tokens';
import type { TokenTable } from '../core/tokens';

function previousWord(t: TokenTable, first: number): string {
  let k = first - 1;
  // Skip an opening bracket: "in [Moscow]".
  while (k >= 0 && (t.flags[k]! & PUNCT) !== 0 && '[('.includes(t.text.charAt(t.start[k]!))) k--;
  return k >= 0 ? lowerAt(t, k) : '';
}

export function entityMentions(t: TokenTable, matches: readonly Match[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of matches) {
    let places = 0;
    let countries = 0;
    let orgs = 0;
    for (const p of m.payloads) {
      if (p.type === 'place') places++;
      else if (p.type === 'country') countries++;
      else if (p.type === 'org') orgs++;
    }
    if (places + countries + orgs === 0) continue;
    const locative = places > 0 && LOCATIVE_PREPOSITIONS.has(previousWord(t, m.first));
    const kind: 'place' | 'country' =
      places > 0 && (locative || countries === 0) ? 'place' : 'country';
    const first = out.length;
    for (const p of m.payloads)
      if (p.type === kind) addMention(out, first, kind === 'place' ? 'Place' : 'Country', p.id, m);
    if (orgs > 0)
      for (const p of m.payloads)
        if (p.type === 'org') addMention(out, first, 'Organization', p.id, m);
  }
  return out;
}

/** Adds a mention of `id` at match `m` unless `out` has one since index `from` (this match's). */
function addMention(
  out: EntityMention[],
  from: number,
  kind: EntityMention['kind'],
  id: string,
  m: Match,
): void {
  for (let i = from; i < out.length; i++) if (out[i]!.id === id) return;
  out.push({ kind, id, start: m.start, end: m.end, first: m.first, last: m.last });
}

export function mentionsStage(ctx: Context): void {
  // Both tries in one pass: each token's word looked up once (match.ts).
  const { named, topics } = matchNamedAndTopics(ctx.tokens, ctx.dict.firstWords);
  ctx.named = named;
  ctx.topicMatches = topics;
  ctx.mentions = entityMentions(ctx.tokens, ctx.named);
}
