/**
 * data/speech-acts.json compiled into token tries, once per dictionary value (cached like
 * compile.ts), for stage 13-speech-acts. Matching is over the token table's lower-cased
 * forms: a phrase is its tokens as `phraseTokens` gives them, `*` any one word, ` … `
 * a gap within the statement, a leading `!` a phrase that is no cue and hides the shorter
 * cues inside it.
 */

import type { SpeechAct, SpeechActsEntry } from '../../model';
import type { SpeechActDecision } from '../core/context';
import { phraseTokens, WORD, type TokenTable } from '../core/tokens';

/** A statement nothing marks as another act: an assertion, neutral, decided by no cue. */
export const DEFAULT_SPEECH_ACT: Readonly<SpeechActDecision> = {
  act: 'ASSERTION',
  polarity: 'NEUTRAL',
  cue: null,
  confidence: 0.5,
};

/** What a phrase of the text trie is: an act's cue, a cost word or a polarity word. */
export type PhraseKind = 'cue' | 'cost' | 'cooperative' | 'adversarial';

export interface PhraseHit {
  /** The act of a cue (ASSERTION for the other kinds). */
  act: SpeechAct;
  kind: PhraseKind;
  /** The parts after the first, each found later in the statement in order (` … `). */
  rest: readonly (readonly string[])[];
  /** A `!` phrase: no cue, hides the cues inside it. */
  blocks: boolean;
  /** Tokens of the first part. */
  length: number;
}

export interface PhraseNode {
  next: Map<string, PhraseNode> | null;
  /** Child for `*` (any one word). */
  any: PhraseNode | null;
  hits: PhraseHit[] | null;
}

export interface CompiledSpeechActs {
  /** Priority of each act: lower wins. */
  readonly rank: ReadonlyMap<SpeechAct, number>;
  readonly verbCues: PhraseNode;
  /** textCues, costWords, cooperativeWords and adversarialWords in one trie: one pass. */
  readonly text: PhraseNode;
  readonly addressVerbs: PhraseNode;
  readonly negations: ReadonlySet<string>;
  readonly addressNouns: ReadonlySet<string>;
}

const cache = new WeakMap<SpeechActsEntry, CompiledSpeechActs>();

const node = (): PhraseNode => ({ next: null, any: null, hits: null });

function insert(root: PhraseNode, phrase: string, act: SpeechAct, kind: PhraseKind): void {
  const blocks = phrase.startsWith('!');
  const parts = (blocks ? phrase.slice(1) : phrase)
    .split('…')
    .map((p) => phraseTokens(p.trim()))
    .filter((p) => p.length > 0);
  const first = parts[0];
  if (first === undefined) return;
  let at = root;
  for (const tok of first) {
    if (tok === '*') {
      at = at.any ??= node();
      continue;
    }
    at.next ??= new Map();
    let child = at.next.get(tok);
    if (!child) at.next.set(tok, (child = node()));
    at = child;
  }
  (at.hits ??= []).push({ act, kind, rest: parts.slice(1), blocks, length: first.length });
}

function insertCues(root: PhraseNode, lists: Partial<Record<SpeechAct, readonly string[]>>): void {
  for (const [act, phrases] of Object.entries(lists) as [SpeechAct, readonly string[]][])
    for (const phrase of phrases) insert(root, phrase, act, 'cue');
}

function insertWords(root: PhraseNode, words: readonly string[], kind: PhraseKind): void {
  for (const word of words) insert(root, word, 'ASSERTION', kind);
}

export function compileSpeechActs(entry: SpeechActsEntry): CompiledSpeechActs {
  const hit = cache.get(entry);
  if (hit) return hit;
  const verbCues = node();
  insertCues(verbCues, entry.verbCues);
  const text = node();
  insertCues(text, entry.textCues);
  insertWords(text, entry.costWords, 'cost');
  insertWords(text, entry.cooperativeWords, 'cooperative');
  insertWords(text, entry.adversarialWords, 'adversarial');
  const addressVerbs = node();
  insertWords(addressVerbs, entry.addressVerbs, 'cue');
  const compiled: CompiledSpeechActs = {
    rank: new Map(entry.priority.map((act, i) => [act, i])),
    verbCues,
    text,
    addressVerbs,
    negations: new Set(entry.negations.flatMap((w) => phraseTokens(w).join(''))),
    addressNouns: new Set(entry.addressNouns.map((w) => w.toLowerCase())),
  };
  cache.set(entry, compiled);
  return compiled;
}

export interface PhraseMatch {
  /** Token range [first, last) of the first part. */
  first: number;
  last: number;
  hits: readonly PhraseHit[];
}

/** The deepest node with hits found so far (`last` -1 when none). */
interface Deepest {
  last: number;
  hits: readonly PhraseHit[] | null;
}

function walk(at: PhraseNode, tokens: TokenTable, k: number, limit: number, out: Deepest): void {
  for (;;) {
    if (at.hits && k > out.last) {
      out.last = k;
      out.hits = at.hits;
    }
    if (k >= limit) return;
    // A `*` branch is rare: followed by recursion, the word's branch by the loop.
    if (at.any && (tokens.flags[k]! & WORD) !== 0) walk(at.any, tokens, k + 1, limit, out);
    const child = at.next?.get(tokens.lower[k]!);
    if (!child) return;
    at = child;
    k++;
  }
}

/**
 * The longest phrase of `root` starting at token `i` and ending by token `limit`, or null.
 * Cost: the depth of the longest phrase; no allocation unless one is found.
 */
export function longestAt(
  root: PhraseNode,
  tokens: TokenTable,
  i: number,
  limit: number,
): PhraseMatch | null {
  if (i >= limit) return null;
  const first = root.next?.get(tokens.lower[i]!);
  if (!first && !root.any) return null;
  const out: Deepest = { last: -1, hits: null };
  walk(root, tokens, i, limit, out);
  return out.hits === null ? null : { first: i, last: out.last, hits: out.hits };
}

/**
 * `longestAt(root, tokens, i, limit)` for a root without hits or `*` branch (as every
 * compiled root's is when `root.any` is null) whose child for token `i` is `child`,
 * `i < limit`: the walk goes on from the child, without looking the word up again.
 */
export function longestFrom(
  child: PhraseNode,
  tokens: TokenTable,
  i: number,
  limit: number,
): PhraseMatch | null {
  const out: Deepest = { last: -1, hits: null };
  walk(child, tokens, i + 1, limit, out);
  return out.hits === null ? null : { first: i, last: out.last, hits: out.hits };
}

/** Index of the first token of `parts` found in order from token `from` to `limit`, its end. */
export function findSequence(
  tokens: TokenTable,
  part: readonly string[],
  from: number,
  limit: number,
): number {
  outer: for (let k = from; k + part.length <= limit; k++) {
    for (let j = 0; j < part.length; j++) if (tokens.lower[k + j] !== part[j]) continue outer;
    return k + part.length;
  }
  return -1;
}
