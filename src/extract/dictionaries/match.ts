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

/** Sets `plural` on every node of `root` with children (see TrieNode). */
export function addPlurals(root: TrieNode): void {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!node.next) continue;
    const plural = new Map(node.next);
    for (const [word, child] of node.next) {
      const s = `${word}s`;
      if (s.length > 3 && !node.next.has(s)) plural.set(s, child);
      stack.push(child);
    }
    node.plural = plural;
  }
}

/**
 * The longest match starting at token `i` whose first word led to `node`, ending by
 * token `to`, or null. `plurals`: each step looks in the node's `plural` map.
 */
function longestFrom(
  t: TokenTable,
  node: TrieNode,
  i: number,
  to: number,
  plurals: boolean,
): Match | null {
  const lower = t.lower;
  // The deepest match so far; its object is made once, at the end.
  let bestLast = -1;
  let bestPayloads: readonly Payload[] | null = null;
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
        bestLast = ok.length === 1 && p0.type === 'verb' ? i + p0.keep : j;
        bestPayloads = ok;
      }
    }
    const next: Map<string, TrieNode> | null = plurals ? node.plural : node.next;
    if (j >= to || !next) break;
    const child: TrieNode | undefined = next.get(lower[j]!);
    if (!child) break;
    node = child;
    j++;
  }
  if (bestPayloads === null) return null;
  return {
    first: i,
    last: bestLast,
    start: t.start[i]!,
    end: t.end[bestLast - 1]!,
    payloads: bestPayloads,
  };
}

/**
 * Leftmost-longest matches of `trie` over tokens [from, to). Only word or
 * number tokens start a match. Cost: tokens × trie depth lookups.
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
  const root = plurals ? trie.plural! : trie.next;
  const lower = t.lower;
  const flags = t.flags;
  let i = from;
  while (i < to) {
    if ((flags[i]! & PUNCT) !== 0) {
      i++;
      continue;
    }
    const node = root.get(lower[i]!);
    const best = node ? longestFrom(t, node, i, to, plurals) : null;
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

/** The named trie's and the topics trie's (plural) children of one first word. */
export interface FirstWord {
  named: TrieNode | null;
  topic: TrieNode | null;
}

/** First words of both tries in one map (compile.ts): one lookup per token for both. */
export function firstWords(named: TrieNode, topics: TrieNode): Map<string, FirstWord> {
  if (topics.next && !topics.plural) addPlurals(topics);
  const out = new Map<string, FirstWord>();
  for (const [word, node] of named.next ?? []) out.set(word, { named: node, topic: null });
  for (const [word, node] of topics.plural ?? []) {
    const e = out.get(word);
    if (e) e.topic = node;
    else out.set(word, { named: null, topic: node });
  }
  return out;
}

/**
 * `matchTrie(t, named)` and `matchTrie(t, topics, 0, t.count, true)` in one pass over
 * the tokens, each first word looked up once in `first` (firstWords of the two tries).
 */
export function matchNamedAndTopics(
  t: TokenTable,
  first: ReadonlyMap<string, FirstWord>,
): { named: Match[]; topics: Match[] } {
  const named: Match[] = [];
  const topics: Match[] = [];
  const lower = t.lower;
  const flags = t.flags;
  const to = t.count;
  // Names do not overlap: the named walk resumes after its last match.
  let namedFrom = 0;
  for (let i = 0; i < to; i++) {
    if ((flags[i]! & PUNCT) !== 0) continue;
    const e = first.get(lower[i]!);
    if (!e) continue;
    if (e.named && i >= namedFrom) {
      const m = longestFrom(t, e.named, i, to, false);
      if (m) {
        named.push(m);
        namedFrom = m.last;
      }
    }
    if (e.topic) {
      const m = longestFrom(t, e.topic, i, to, true);
      if (m) topics.push(m);
    }
  }
  return { named, topics };
}
