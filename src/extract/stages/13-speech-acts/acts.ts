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
  longestFrom,
  type CompiledSpeechActs,
} from '../../dictionaries/speech-acts';
import { lowerBound, type TokenMarks } from './marks';

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

/** What one pass over a statement's words found. */
interface TextScan {
  /** The cue whose act comes first in `priority` (the earliest of that act), or null. */
  best: Cue | null;
  bestRank: number;
  /** Token ranges of the cost words, in order (first, last, first, last…). */
  costs: number[];
  cooperative: number;
  adversarial: number;
}

/**
 * One leftmost-longest pass of the text trie over [first, last): cues, cost words and
 * polarity words, none after a negation, none inside a `!` phrase. It visits only the
 * tokens `cueStarts` (marks.ts) says may start a phrase.
 */
function scanText(
  tokens: TokenTable,
  scope: ActScope,
  lex: CompiledSpeechActs,
  cueStarts: readonly number[],
): TextScan {
  const out: TextScan = {
    best: null,
    bestRank: Infinity,
    costs: [],
    cooperative: 0,
    adversarial: 0,
  };
  const root = lex.text;
  const { first, last } = scope;
  // The first token a next match may start at: matches do not overlap.
  let from = first;
  for (let c = lowerBound(cueStarts, first); c < cueStarts.length; c++) {
    const i = cueStarts[c]!;
    if (i >= last) break;
    if (i < from) continue;
    // A mark is a word the root has a child for (no text phrase starts with `*`).
    const child = root.next!.get(tokens.lower[i]!)!;
    const m = root.any ? longestAt(root, tokens, i, last) : longestFrom(child, tokens, i, last);
    if (m === null) continue;
    from = m.last;
    if (m.hits.some((h) => h.blocks) || isNegated(tokens, m.first, lex)) continue;
    for (const hit of m.hits) {
      if (hit.kind === 'cooperative') out.cooperative++;
      else if (hit.kind === 'adversarial') out.adversarial++;
      else if (hit.kind === 'cost') out.costs.push(m.first, m.last);
      else {
        const rank = lex.rank.get(hit.act) ?? Infinity;
        if (rank >= out.bestRank) continue;
        let end = m.last;
        for (const part of hit.rest) {
          end = findSequence(tokens, part, end, last);
          if (end < 0) break;
        }
        if (end < 0) continue;
        const long = hit.length > 1 || hit.rest.length > 0;
        out.bestRank = rank;
        out.best = {
          act: hit.act,
          first: m.first,
          last: end,
          confidence: long ? CONFIDENCE.phrase : CONFIDENCE.word,
        };
      }
    }
  }
  return out;
}

function polarityOf(act: SpeechAct, scan: TextScan): Polarity {
  if (ADVERSARIAL_ACTS.has(act)) return 'ADVERSARIAL';
  if (act === 'WELCOME') return 'COOPERATIVE';
  if (act === 'ASSERTION' || act === 'QUESTION') return 'NEUTRAL';
  if (scan.cooperative > 0 && scan.adversarial === 0) return 'COOPERATIVE';
  if (scan.adversarial > 0 && scan.cooperative === 0) return 'ADVERSARIAL';
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

/** The cue in the words, a condition with a cost word near it made a warning. */
function textCue(scan: TextScan): Cue | null {
  const best = scan.best;
  if (best?.act !== 'CONDITION') return best;
  for (let k = 0; k < scan.costs.length; k += 2) {
    const from = scan.costs[k]!;
    const to = scan.costs[k + 1]!;
    if (to < best.first - COST_REACH || from > best.last + COST_REACH) continue;
    return {
      act: 'WARNING',
      first: Math.min(best.first, from),
      last: Math.max(best.last, to),
      confidence: CONFIDENCE.conditionWithCost,
    };
  }
  return best;
}

export function decideAct(
  tokens: TokenTable,
  scope: ActScope,
  lex: CompiledSpeechActs,
  marks: TokenMarks,
): SpeechActDecision {
  const scan = scanText(tokens, scope, lex, marks.cueStarts);
  const cue = verbCue(tokens, scope, lex) ?? textCue(scan);
  if (cue === null) return { ...DEFAULT_SPEECH_ACT };
  return {
    act: cue.act,
    polarity: polarityOf(cue.act, scan),
    cue: { start: tokens.start[cue.first]!, end: tokens.end[cue.last - 1]! },
    confidence: cue.confidence,
  };
}
