/** Leftmost-longest matching of a token table against a compiled trie, with per-token case rules. */

import { ALL_CAPS, CAPITALISED, PUNCT } from '../core/tokens';
import type { TokenTable } from '../core/tokens';
import { addPlurals } from './compile';
import type { CaseRule, Match, Payload, TrieNode } from './compile';

function passes(t: TokenTable, first: number, rule: CaseRule | null): boolean {
  if (!rule) return true;
  for (let k = 0; k < rule.length; k++) {
    const r = rule[k]!;
    if (r === 0) continue;
    const f = t.flags[first + k]!;
    if (r === 1 && (f & CAPITALISED) === 0) return false;
    if (r === 2 && (f & ALL_CAPS) === 0) return false;
  }
  return true;
}

/**
 * Leftmost-longest matches of `trie` over tokens [from, to). Only word or
 * number tokens start a match. The lower-cased form of each token is built
 * once per walk step, so the cost is bounded by tokens × trie depth.
 */
export function matchTrie(
  t: TokenTable,
  trie: TrieNode,
  from = 0,
  to = t.count,
  /** Topic mode: plurals match singular aliases, and matches may overlap. */
  plurals = false,
): Match[] {
  const out: Match[] = [];
  if (!trie.next) return out;
  // Topics: a plural matches its singular alias ("Palestinians" → "Palestinian"): one
  // lookup in each node's `plural` map (compile.ts), made here for a trie without them.
  if (plurals && !trie.plural) addPlurals(trie);
  const lower = t.lower;
  const flags = t.flags;
  let i = from;
  while (i < to) {
    if ((flags[i]! & PUNCT) !== 0) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = (plurals ? trie.plural! : trie.next).get(lower[i]!);
    if (!node) {
      i++;
      continue;
    }
    let best: Match | null = null;
    let j = i + 1;
    for (;;) {
      if (node.entries) {
        let ok: readonly Payload[] | null = node.free;
        if (!ok) {
          let passing: Payload[] | null = null;
          for (const e of node.entries) if (passes(t, i, e.rule)) (passing ??= []).push(e.payload);
          ok = passing;
        }
        if (ok) {
          // A speech verb with a required context ("shared (the view)") ends before the context.
          const p0 = ok[0]!;
          const last = ok.length === 1 && p0.type === 'verb' ? i + p0.keep : j;
          best = { first: i, last, start: t.start[i]!, end: t.end[last - 1]!, payloads: ok };
        }
      }
      const next: Map<string, TrieNode> | null = plurals ? node.plural : node.next;
      if (j >= to || !next) break;
      const child: TrieNode | undefined = next.get(lower[j]!);
      if (!child) break;
      node = child;
      j++;
    }
    if (best) {
      out.push(best);
      // Topics may overlap ("bilateral and global issues" and "global issues"); names may not.
      i = plurals ? i + 1 : best.last;
    } else {
      i++;
    }
  }
  return out;
}
