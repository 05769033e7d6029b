/** Leftmost-longest matching of a token table against a compiled trie, with per-token case rules. */

import { ALL_CAPS, CAPITALISED, PUNCT } from '../core/tokens';
import type { TokenTable } from '../core/tokens';
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
  const root = trie.next;
  if (!root) return out;
  const lower = t.lower;
  const flags = t.flags;
  const step = (node: Map<string, TrieNode>, word: string): TrieNode | undefined => {
    const child = node.get(word);
    // Topics: a plural matches its singular alias ("Palestinians" → "Palestinian").
    if (child || !plurals || word.length <= 3 || word.charCodeAt(word.length - 1) !== 115)
      return child;
    return node.get(word.slice(0, -1));
  };
  let i = from;
  while (i < to) {
    if ((flags[i]! & PUNCT) !== 0) {
      i++;
      continue;
    }
    let node = step(root, lower[i]!);
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
      if (j >= to || !node.next) break;
      const child = step(node.next, lower[j]!);
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
