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

export interface PhraseHit {
  act: SpeechAct;
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
  readonly textCues: PhraseNode;
  readonly costWords: PhraseNode;
  readonly cooperative: PhraseNode;
  readonly adversarial: PhraseNode;
  readonly addressVerbs: PhraseNode;
  readonly negations: ReadonlySet<string>;
  readonly addressNouns: ReadonlySet<string>;
}

const cache = new WeakMap<SpeechActsEntry, CompiledSpeechActs>();

const node = (): PhraseNode => ({ next: null, any: null, hits: null });

function insert(root: PhraseNode, phrase: string, act: SpeechAct): void {
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
  (at.hits ??= []).push({ act, rest: parts.slice(1), blocks, length: first.length });
}

function trieOf(lists: Partial<Record<SpeechAct, readonly string[]>>): PhraseNode {
  const root = node();
  for (const [act, phrases] of Object.entries(lists) as [SpeechAct, readonly string[]][])
    for (const phrase of phrases) insert(root, phrase, act);
  return root;
}

export function compileSpeechActs(entry: SpeechActsEntry): CompiledSpeechActs {
  const hit = cache.get(entry);
  if (hit) return hit;
  const words = (list: readonly string[]) => trieOf({ ASSERTION: list });
  const compiled: CompiledSpeechActs = {
    rank: new Map(entry.priority.map((act, i) => [act, i])),
    verbCues: trieOf(entry.verbCues),
    textCues: trieOf(entry.textCues),
    costWords: words(entry.costWords),
    cooperative: words(entry.cooperativeWords),
    adversarial: words(entry.adversarialWords),
    addressVerbs: words(entry.addressVerbs),
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

/**
 * The longest phrase of `root` starting at token `i` and ending by token `limit`, or null.
 * Cost: the depth of the longest phrase (a `*` branch is followed alongside the word's).
 */
export function longestAt(
  root: PhraseNode,
  tokens: TokenTable,
  i: number,
  limit: number,
): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  const walk = (at: PhraseNode, k: number): void => {
    if (at.hits && k > i && (best === null || k > best.last))
      best = { first: i, last: k, hits: at.hits };
    if (k >= limit) return;
    const child = at.next?.get(tokens.lower[k]!);
    if (child) walk(child, k + 1);
    if (at.any && (tokens.flags[k]! & WORD) !== 0) walk(at.any, k + 1);
  };
  walk(root, i);
  return best;
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
