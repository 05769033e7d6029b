/**
 * Stage 3 — dictionary mentions.
 *
 * Runs the precompiled tries over the token table once: named things (people,
 * countries with their demonyms and capitals, organisations, places), role
 * phrases and speech verbs in one pass, topics in another (a topic phrase may
 * overlap a name: "Iran's nuclear program"). A capital that is also a place
 * is a place after a locative preposition ("in Moscow") and the country
 * otherwise ("Washington was familiar …").
 */

import type { Context, EntityMention } from './context';
import { LOCATIVE_PREPOSITIONS } from './lexicon';
import type { Match } from './matcher';
import { matchTrie } from './matcher';
import { PUNCT, lowerAt } from './tokens';
import type { TokenTable } from './tokens';

function previousWord(t: TokenTable, first: number): string {
  let k = first - 1;
  // Skip an opening bracket: "in [Moscow]".
  while (k >= 0 && (t.flags[k]! & PUNCT) !== 0 && '[('.includes(t.text.charAt(t.start[k]!))) k--;
  return k >= 0 ? lowerAt(t, k) : '';
}

export function entityMentions(t: TokenTable, matches: readonly Match[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of matches) {
    const span = { start: m.start, end: m.end, first: m.first, last: m.last };
    const places = m.payloads.filter((p) => p.type === 'place');
    const countries = m.payloads.filter((p) => p.type === 'country');
    const orgs = m.payloads.filter((p) => p.type === 'org');
    const locative = LOCATIVE_PREPOSITIONS.has(previousWord(t, m.first));
    const ids = new Set<string>();
    const add = (kind: EntityMention['kind'], id: string): void => {
      if (ids.has(id)) return;
      ids.add(id);
      out.push({ kind, id, ...span });
    };
    if (places.length > 0 && (locative || countries.length === 0)) {
      for (const p of places) add('Place', p.id);
    } else {
      for (const c of countries) add('Country', c.id);
    }
    for (const o of orgs) add('Organization', o.id);
  }
  return out;
}

export function mentionsStage(ctx: Context): void {
  ctx.named = matchTrie(ctx.tokens, ctx.dict.named);
  ctx.topicMatches = matchTrie(ctx.tokens, ctx.dict.topics, 0, ctx.tokens.count, true);
  ctx.mentions = entityMentions(ctx.tokens, ctx.named);
}
