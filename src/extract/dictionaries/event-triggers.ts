/**
 * Event trigger phrases found in the text ("press conference", "telephone
 * conversation", "met with"…), shared by the dates and events stages.
 */

import type { EventKind } from '../../model';
import {
  DEFINITE_DETERMINERS,
  DEFINITE_ONLY_TRIGGERS,
  EVENT_TRIGGERS,
  EVENT_VERBS,
  GENERIC_ADVERBS,
  INTERPOSED_ADVERBS,
  NUMBERED_CONFERENCE,
  INTERPOSED_TIMES,
  NOT_A_CALL_AFTER,
  PROPER_ONLY_TRIGGERS,
} from '../lexicon/events';
import { CAPITALISED, PUNCT, WORD, lowerAt, phraseTokens } from '../core/tokens';
import type { TokenTable } from '../core/tokens';

export interface Trigger {
  kind: EventKind;
  first: number;
  last: number;
  start: number;
  end: number;
  /** A verb ("met", "spoke with") rather than a noun ("meeting"). */
  verbal: boolean;
}

interface Phrase {
  tokens: string[];
  kind: EventKind;
  verbal: boolean;
  /** In DEFINITE_ONLY_TRIGGERS: an event only after a definite determiner. */
  definiteOnly: boolean;
}

function toPhrase(tokens: string[], kind: EventKind, verbal: boolean): Phrase {
  return { tokens, kind, verbal, definiteOnly: DEFINITE_ONLY_TRIGGERS.has(tokens.join(' ')) };
}

let byFirstWord: Map<string, Phrase[]> | null = null;

function phrases(): Map<string, Phrase[]> {
  if (byFirstWord) return byFirstWord;
  const map = new Map<string, Phrase[]>();
  const add = (list: readonly (readonly [string, EventKind])[], verbal: boolean): void => {
    for (const [phrase, kind] of list) {
      const tokens = phraseTokens(phrase);
      const key = tokens[0]!;
      const arr = map.get(key) ?? [];
      arr.push(toPhrase(tokens, kind, verbal));
      map.set(key, arr);
    }
  };
  add(EVENT_TRIGGERS, false);
  add(EVENT_VERBS, true);
  for (const arr of map.values()) arr.sort((a, b) => b.tokens.length - a.tokens.length);
  byFirstWord = map;
  return map;
}

/** Auxiliaries before "meeting"/"visit" that make it a verb ("is meeting to discuss"). */
const VERB_CONTEXT = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am']);

/** Words after "call" that name who is on it ("a call with", "a call between"). */
const CALL_PARTNERS = new Set(['with', 'between', 'from']);

/**
 * The token after the adverbs standing at `k` between a verb and the rest of
 * its trigger ("spoke today with", "spoke this morning by phone with"), at
 * most two of them.
 */
function skipInterposed(t: TokenTable, k: number): number {
  let p = k;
  for (let n = 0; n < 2 && p < t.count; n++) {
    const w = lowerAt(t, p);
    if (INTERPOSED_ADVERBS.has(w)) p++;
    else if (w === 'this' && INTERPOSED_TIMES.has(lowerAt(t, p + 1))) p += 2;
    else break;
  }
  return p;
}

/** Whether token `k` is written with a capital after a capitalised word ("the Cyber Dialogue"). */
function isProperUse(t: TokenTable, k: number): boolean {
  const capital = (i: number): boolean =>
    i >= 0 && (t.flags[i]! & WORD) !== 0 && (t.flags[i]! & CAPITALISED) !== 0;
  return capital(k) && capital(k - 1);
}

/**
 * The end token of phrase `c` matched at `k`, or -1. A verbal phrase of more
 * than one word may have adverbs after its verb ("spoke today with").
 */
function matchAt(t: TokenTable, k: number, c: Phrase): number {
  let p = k + 1;
  if (c.verbal && c.tokens.length > 1) p = skipInterposed(t, p);
  for (let j = 1; j < c.tokens.length; j++, p++) {
    if (p >= t.count || lowerAt(t, p) !== c.tokens[j]) return -1;
  }
  return p;
}

/** "cop26", "cop28": the lower-cased name of a numbered Conference of the Parties. */
function isNumberedConference(w: string): boolean {
  if (w.length < 4 || w.length > 6 || !w.startsWith(NUMBERED_CONFERENCE)) return false;
  for (let i = NUMBERED_CONFERENCE.length; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const CONFERENCE_OF_PARTIES: Phrase = toPhrase(['cop'], 'Summit', false);

/** Event triggers in any token table (the document, or its title). */
export function scanTriggers(t: TokenTable): Trigger[] {
  const map = phrases();
  const out: Trigger[] = [];
  let k = 0;
  while (k < t.count) {
    if ((t.flags[k]! & PUNCT) !== 0) {
      k++;
      continue;
    }
    const cands = map.get(lowerAt(t, k));
    let hit: Phrase | null = null;
    let end = -1;
    if (cands) {
      for (const c of cands) {
        end = matchAt(t, k, c);
        if (end >= 0) {
          hit = c;
          break;
        }
      }
    }
    // "COP26": a numbered Conference of the Parties is a summit.
    if (!hit && isNumberedConference(lowerAt(t, k))) {
      hit = CONFERENCE_OF_PARTIES;
      end = k + 1;
    }
    // "dialogue is needed" is no event; "the U.S.-Japan Cyber Dialogue" is.
    if (
      hit &&
      hit.tokens.length === 1 &&
      PROPER_ONLY_TRIGGERS.has(hit.tokens[0]!) &&
      !isProperUse(t, k)
    )
      hit = null;
    // "The cabinet is meeting right now": a progressive verb is the event itself.
    const progressive =
      hit !== null &&
      !hit.verbal &&
      hit.tokens.length === 1 &&
      hit.tokens[0]!.endsWith('ing') &&
      k > 0 &&
      VERB_CONTEXT.has(lowerAt(t, k - 1));
    if (
      !hit ||
      (!hit.verbal && !progressive && k > 0 && VERB_CONTEXT.has(lowerAt(t, k - 1))) ||
      (hit.verbal && k > 0 && GENERIC_ADVERBS.has(lowerAt(t, k - 1))) ||
      (hit.definiteOnly &&
        (!(
          (k > 0 && DEFINITE_DETERMINERS.has(lowerAt(t, k - 1))) ||
          // "hosted a call with allies": a call with someone is an event however it is told.
          (hit.kind === 'PhoneCall' && CALL_PARTNERS.has(lowerAt(t, end)))
        ) ||
          // "the call for restraint" is no phone call.
          (hit.kind === 'PhoneCall' && NOT_A_CALL_AFTER.has(lowerAt(t, k + 1)))))
    ) {
      k++;
      continue;
    }
    const last = end;
    out.push({
      kind: hit.kind,
      first: k,
      last,
      start: t.start[k]!,
      end: t.end[last - 1]!,
      verbal: hit.verbal || progressive,
    });
    k = last;
  }
  return out;
}
