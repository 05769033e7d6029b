/**
 * The speech act of one statement from its cues (data/speech-acts.json):
 *
 *   1. the statement's own speech verb, as its attribution writes it ("warned", "called on",
 *      "expressed deep concern"): the act the reporter chose, confidence 0.9;
 *   2. else the cue in its words whose act comes first in `priority` (the earliest of
 *      that act): a phrase of two or more words or with gaps ("red lines", "not by words …
 *      but by … deeds") 0.75, a single word or mark ("must", "if", "?") 0.6;
 *   3. a CONDITION with a cost word within twelve tokens of its cue ("if these are …
 *      sanctions", "sanctions to be re-imposed if") is a WARNING, its cue running over
 *      both, 0.7;
 *   4. else ASSERTION, 0.5, no cue.
 *
 * A cue right after a negation ("did not warn", "not a threat") counts for nothing;
 * "asked X to …" (no question word) is a DEMAND, not a QUESTION.
 * Polarity: DENIAL, CONDEMNATION, THREAT and WARNING are ADVERSARIAL, WELCOME COOPERATIVE;
 * the other acts but ASSERTION and QUESTION are COOPERATIVE with cooperative words and no
 * adversarial ones ("cooperation", "partners"), ADVERSARIAL the other way round, else
 * NEUTRAL; ASSERTION and QUESTION are NEUTRAL.
 */

import type { Polarity, SpeechAct } from '../../../model';
import type { SpeechActDecision } from '../../core/context';
import type { TokenTable } from '../../core/tokens';
import {
  DEFAULT_SPEECH_ACT,
  findSequence,
  longestAt,
  type CompiledSpeechActs,
  type PhraseNode,
} from '../../dictionaries/speech-acts';

export const CONFIDENCE = {
  verb: 0.9,
  phrase: 0.75,
  conditionWithCost: 0.7,
  word: 0.6,
} as const;

/** How many tokens before or after a condition's cue a cost word makes it a warning. */
const COST_REACH = 12;

const ADVERSARIAL_ACTS = new Set<SpeechAct>(['DENIAL', 'CONDEMNATION', 'THREAT', 'WARNING']);

/** Tokens [first, last) of a statement, and the token of its speech verb (-1 if none). */
export interface ActScope {
  first: number;
  last: number;
  verb: number;
}

interface Cue {
  act: SpeechAct;
  first: number;
  last: number;
  confidence: number;
}

/** True when a negation stands within the two words before token `i`. */
export function isNegated(tokens: TokenTable, i: number, lex: CompiledSpeechActs): boolean {
  for (let k = i - 1, words = 0; k >= 0 && words < 2; k--) {
    const w = tokens.lower[k]!;
    // "didn't", "won't": the tokens are "didn", "'", "t".
    if (w === 't' && tokens.lower[k - 1] === "'") return true;
    if (w === "'") continue;
    if (lex.negations.has(w)) return true;
    words++;
  }
  return false;
}

/** Every match of `root` in [first, last), leftmost-longest, none after a negation. */
function* matches(
  root: PhraseNode,
  tokens: TokenTable,
  first: number,
  last: number,
  lex: CompiledSpeechActs,
): Generator<Cue> {
  for (let i = first; i < last;) {
    const m = longestAt(root, tokens, i, last);
    if (m === null) {
      i++;
      continue;
    }
    i = m.last;
    if (m.hits.some((h) => h.blocks) || isNegated(tokens, m.first, lex)) continue;
    for (const hit of m.hits) {
      let end = m.last;
      for (const part of hit.rest) {
        end = findSequence(tokens, part, end, last);
        if (end < 0) break;
      }
      if (end < 0) continue;
      const long = hit.length > 1 || hit.rest.length > 0;
      yield {
        act: hit.act,
        first: m.first,
        last: end,
        confidence: long ? CONFIDENCE.phrase : CONFIDENCE.word,
      };
    }
  }
}

function count(
  root: PhraseNode,
  tokens: TokenTable,
  scope: ActScope,
  lex: CompiledSpeechActs,
): number {
  let n = 0;
  const found = matches(root, tokens, scope.first, scope.last, lex);
  while (!found.next().done) n++;
  return n;
}

function polarityOf(
  act: SpeechAct,
  tokens: TokenTable,
  scope: ActScope,
  lex: CompiledSpeechActs,
): Polarity {
  if (ADVERSARIAL_ACTS.has(act)) return 'ADVERSARIAL';
  if (act === 'WELCOME') return 'COOPERATIVE';
  if (act === 'ASSERTION' || act === 'QUESTION') return 'NEUTRAL';
  const cooperative = count(lex.cooperative, tokens, scope, lex);
  const adversarial = count(lex.adversarial, tokens, scope, lex);
  if (cooperative > 0 && adversarial === 0) return 'COOPERATIVE';
  if (adversarial > 0 && cooperative === 0) return 'ADVERSARIAL';
  return 'NEUTRAL';
}

/** Words that make "asked …" a question; without one, "asked X to …" is a request. */
const QUESTION_WORDS = new Set([
  'whether',
  'if',
  'why',
  'what',
  'how',
  'when',
  'who',
  'where',
  '?',
]);

/** How many tokens of the statement "asked" looks at for a question word or "to". */
const ASKED_REACH = 8;

/** "asked the United States to explain" is a DEMAND; "asked whether" stays a QUESTION. */
function isRequest(tokens: TokenTable, scope: ActScope): boolean {
  let to = false;
  for (let k = scope.first; k < Math.min(scope.last, scope.first + ASKED_REACH); k++) {
    const w = tokens.lower[k]!;
    if (QUESTION_WORDS.has(w)) return false;
    if (w === 'to') to = true;
  }
  return to;
}

/** The cue of the statement's speech verb, or null. */
function verbCue(tokens: TokenTable, scope: ActScope, lex: CompiledSpeechActs): Cue | null {
  if (scope.verb < 0 || isNegated(tokens, scope.verb, lex)) return null;
  const m = longestAt(lex.verbCues, tokens, scope.verb, tokens.count);
  const hit = m?.hits[0];
  if (!m || !hit) return null;
  const act = hit.act === 'QUESTION' && isRequest(tokens, scope) ? 'DEMAND' : hit.act;
  return { act, first: m.first, last: m.last, confidence: CONFIDENCE.verb };
}

function textCue(tokens: TokenTable, scope: ActScope, lex: CompiledSpeechActs): Cue | null {
  let best: Cue | null = null;
  let bestRank = Infinity;
  for (const cue of matches(lex.textCues, tokens, scope.first, scope.last, lex)) {
    const rank = lex.rank.get(cue.act) ?? Infinity;
    if (rank < bestRank) {
      best = cue;
      bestRank = rank;
    }
  }
  if (best?.act !== 'CONDITION') return best;
  const from = Math.max(scope.first, best.first - COST_REACH);
  const until = Math.min(scope.last, best.last + COST_REACH);
  for (const cost of matches(lex.costWords, tokens, from, until, lex)) {
    return {
      act: 'WARNING',
      first: Math.min(best.first, cost.first),
      last: Math.max(best.last, cost.last),
      confidence: CONFIDENCE.conditionWithCost,
    };
  }
  return best;
}

export function decideAct(
  tokens: TokenTable,
  scope: ActScope,
  lex: CompiledSpeechActs,
): SpeechActDecision {
  const cue = verbCue(tokens, scope, lex) ?? textCue(tokens, scope, lex);
  if (cue === null) return { ...DEFAULT_SPEECH_ACT };
  return {
    act: cue.act,
    polarity: polarityOf(cue.act, tokens, scope, lex),
    cue: { start: tokens.start[cue.first]!, end: tokens.end[cue.last - 1]! },
    confidence: cue.confidence,
  };
}
