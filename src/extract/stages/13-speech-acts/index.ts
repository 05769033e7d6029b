/**
 * Stage 13 — each statement's speech act, polarity, cue and confidence (acts.ts) and the
 * people, countries and organisations it is directed at (addressees.ts), from the cues of
 * data/speech-acts.json (issue #12). Linear: one pass over the document's words marks
 * the ones to look at (marks.ts), each statement visits the marks of its range, with tries
 * compiled once per dictionary value; statements sharing a span and verb (a referenced
 * statement, collective subjects) share the act.
 */

import type { Context, DraftStatement, SpeechActDecision } from '../../core/context';
import type { TokenTable } from '../../core/tokens';
import { compileSpeechActs, DEFAULT_SPEECH_ACT } from '../../dictionaries/speech-acts';
import { decideAct } from './acts';
import { markTokens } from './marks';
import {
  CUE_OBJECT_ACTS,
  findAddressees,
  foreignCountry,
  indexAddressRefs,
  tokenAt,
} from './addressees';

const SPACE = /\s/u;

/** The first word of a verb, lower-cased: what `toLowerCase().split(/\s+/u)[0]` gives, without the array. */
function firstWordOf(verb: string): string {
  const lower = verb.toLowerCase();
  const space = lower.search(SPACE);
  return space < 0 ? lower : lower.slice(0, space);
}

/**
 * The token of the statement's speech verb inside its attribution, or -1. `firstWords`
 * holds each verb's first word: a document has a few verbs and many statements.
 */
function verbToken(
  tokens: TokenTable,
  st: DraftStatement,
  firstWords: Map<string, string>,
): number {
  if (st.cueEnd <= st.cueStart) return -1;
  let word = firstWords.get(st.verb);
  if (word === undefined) firstWords.set(st.verb, (word = firstWordOf(st.verb)));
  for (let i = tokenAt(tokens, st.cueStart); i < tokens.count; i++) {
    if (tokens.start[i]! >= st.cueEnd) break;
    if (tokens.lower[i] === word) return i;
  }
  return -1;
}

export function speechActsStage(ctx: Context): void {
  if (ctx.statements.length === 0) return;
  const lex = compileSpeechActs(ctx.dict.dictionaries.speechActs);
  const { tokens } = ctx;
  const index = indexAddressRefs(ctx);
  const marks = markTokens(tokens, lex);
  const foreign = new Map<string, string | null>();
  const firstWords = new Map<string, string>();
  const foreignOf = (speaker: string) => {
    if (!foreign.has(speaker)) foreign.set(speaker, foreignCountry(ctx, index, speaker));
    return foreign.get(speaker)!;
  };
  // Statements of one span and verb (collective subjects, a referenced statement) come one
  // after another: the act of the one before is reused.
  const previous = { first: -1, last: -1, verb: -1, act: DEFAULT_SPEECH_ACT };
  for (const st of ctx.statements) {
    const first = tokenAt(tokens, st.start);
    const last = tokenAt(tokens, st.end);
    const verb = verbToken(tokens, st, firstWords);
    if (previous.first !== first || previous.last !== last || previous.verb !== verb) {
      previous.act = decideAct(tokens, { first, last, verb }, lex, marks);
      previous.first = first;
      previous.last = last;
      previous.verb = verb;
    }
    const act: SpeechActDecision = previous.act;
    st.speechAct = act;
    // Only the cues of these acts take an addressee as object (addressees.ts).
    const cue =
      act.cue && CUE_OBJECT_ACTS.has(act.act)
        ? { first: tokenAt(tokens, act.cue.start), last: tokenAt(tokens, act.cue.end) }
        : null;
    st.addressees = findAddressees(
      ctx,
      index,
      {
        first,
        last,
        verb,
        speaker: st.speaker,
        act: act.act,
        direct: st.kind === 'direct',
        cue,
        event: st.event,
      },
      lex,
      marks,
      foreignOf,
    );
  }
}
