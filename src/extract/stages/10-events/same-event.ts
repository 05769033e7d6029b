/**
 * When two mentions are one event: the parts of a day, the occasion of a
 * meeting, a definite or "where" mention of the event already told, one
 * proper name, compatible kind, place, date and participants.
 */

import type { Context, DraftEvent, Sentence } from '../../core/context';
import { firstAtOrAfter } from '../../core/spans';
import { DEFINITE_DETERMINERS, FORMAT_WORDS, TIMES_OF_DAY, VERB_ADVERBS } from '../../lexicon';
import { CAPITALISED, WORD, lowerAt, tokenAtOrAfter } from '../../core/tokens';
import type { Trigger } from '../../dictionaries/event-triggers';
import type { Index } from './lookup';
import { isSentenceStart } from './lookup';

/**
 * The time-of-day segment of a day log a sentence belongs to: the nearest
 * sentence of its paragraph opening with "In the morning,", "At midday,", "In
 * the afternoon," …, with the venue that sentence names ("at the Akasaka
 * Palace"), or null.
 */
export function segmentOf(
  ctx: Context,
  index: Index,
  s: Sentence,
): { start: number; venue: string | null } | null {
  const t = ctx.tokens;
  const si = firstAtOrAfter(ctx.sentences, s.start);
  for (let k = si; k >= 0 && si - k < MAX_SEGMENT_SENTENCES; k--) {
    const opener = ctx.sentences[k]!;
    if (opener.paragraph !== s.paragraph) return null;
    let j = opener.first;
    if (lowerAt(t, j) !== 'in' && lowerAt(t, j) !== 'at') continue;
    j++;
    if (lowerAt(t, j) === 'the') j++;
    if (!TIMES_OF_DAY.has(lowerAt(t, j)) || lowerAt(t, j + 1) !== ',') continue;
    let venue: string | null = null;
    for (let m = j + 2; m < opener.last && !venue; m++) {
      const w = lowerAt(t, m);
      if (w !== 'at' && w !== 'in') continue;
      const mention =
        index.mentionsByFirst.get(m + 1) ??
        (lowerAt(t, m + 1) === 'the' ? index.mentionsByFirst.get(m + 2) : undefined);
      if (mention?.kind === 'Place') venue = mention.id;
    }
    return { start: opener.start, venue };
  }
  return null;
}

const MAX_SEGMENT_SENTENCES = 12;

/** Whether a trigger is introduced as the occasion of what precedes it ("on the occasion of the … Summit"). */
export function isOccasionOf(ctx: Context, trig: Trigger): boolean {
  const t = ctx.tokens;
  for (let k = trig.first - 1; k > 0 && trig.first - k <= OCCASION_GAP; k--) {
    const w = lowerAt(t, k);
    if (w === 'of') return lowerAt(t, k - 1) === 'occasion';
    const f = t.flags[k]!;
    if (w !== 'the' && w !== 'a' && ((f & WORD) === 0 || (f & CAPITALISED) === 0)) return false;
  }
  return false;
}

export const OCCASION_GAP = 6;

/** The place of a visit told in the same sentence by one of the event's participants. */
export function visitedPlace(
  events: readonly DraftEvent[],
  ev: DraftEvent,
  s: Sentence,
): string | null {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]!;
    if (e.evidence[0]!.start < s.start) break;
    if (e.kind === 'Visit' && e.place && e.participants.some((p) => ev.participants.includes(p)))
      return e.place;
  }
  return null;
}

/**
 * The proper name of an event mention: its capitalised modifiers and trigger
 * ("U.S.-North Korea Summit Meeting"), lower-cased; null without a
 * capitalised modifier ("a summit meeting", "the Summit").
 */
export function properName(ctx: Context, start: number, trig: Trigger): string | null {
  const t = ctx.tokens;
  let k = tokenAtOrAfter(t, start);
  while (k < trig.first && (t.flags[k]! & CAPITALISED) === 0) k++;
  if (k >= trig.first || k === 0 || isSentenceStart(ctx, k)) return null;
  const words: string[] = [];
  for (let j = k; j < trig.last; j++) words.push(lowerAt(t, j));
  return words.join(' ');
}

/**
 * The event a definite mention refers back to: the most recent held or
 * planned event of the same kind, or of a kind that is a meeting too (a
 * summit, talks), within the merge window; for a "where" clause the event of
 * the same sentence.
 */
/** How many events back a mention looks for the event it tells again. */
export const MERGE_WINDOW = 32;

export function lastOfKind(
  events: readonly DraftEvent[],
  ev: DraftEvent,
  s: Sentence,
  word = '',
): DraftEvent | undefined {
  for (let k = events.length - 1; k >= 0 && events.length - k <= MERGE_WINDOW; k--) {
    const e = events[k]!;
    if (e.status !== ev.status) continue;
    if (e.kind === ev.kind) return e;
    // "the conversation", "the talks" after "spoke by phone with": that call.
    if (e.kind === 'PhoneCall' && CALL_WORDS.has(word)) return e;
    if (ev.kind === 'Meeting' && MEETING_KINDS.has(e.kind) && e.evidence[0]!.start < s.end)
      return e;
  }
  return undefined;
}

/** Definite words that may name a call told before. */
const CALL_WORDS = new Set(['conversation', 'talks', 'discussion']);

/** "the banquet", "our meeting", "the Israeli cabinet meeting": a definite mention. */
export function isDefinite(ctx: Context, trig: Trigger): boolean {
  const t = ctx.tokens;
  for (let k = trig.first - 1; k >= 0 && trig.first - k <= DEFINITE_GAP; k--) {
    if (DEFINITE_DETERMINERS.has(lowerAt(t, k))) return true;
    if ((t.flags[k]! & WORD) === 0) return false;
  }
  return false;
}

const DEFINITE_GAP = 3;

/** Kinds of event that are meetings too: "the meeting" may name a summit or talks. */
const MEETING_KINDS = new Set(['Summit', 'Talks']);

/** "… a summit in Singapore where I met with Kim": the verb tells more of the event before it. */
export function isWhereClause(ctx: Context, trig: Trigger, s: Sentence): boolean {
  const t = ctx.tokens;
  if (!trig.verbal) return false;
  let k = trig.first - 1;
  while (k > s.first && VERB_ADVERBS.has(lowerAt(t, k))) k--;
  // One subject word ("I", "we", "he") between "where" and the verb.
  if (k > s.first && (t.flags[k]! & WORD) !== 0) k--;
  return k >= s.first && lowerAt(t, k) === 'where';
}

/** Whether two days or months can be one event's ("2018-05-09" and "2015-11" cannot). */
function sameTime(a: DraftEvent, b: DraftEvent): boolean {
  if (a.date && b.date) return a.date === b.date;
  if (a.month && b.date) return b.date.startsWith(a.month);
  if (b.month && a.date) return a.date.startsWith(b.month);
  if (a.month && b.month) return a.month === b.month;
  return true;
}

/**
 * Whether two mentions can be one event: same kind, or a meeting, talks or a
 * summit held the same day by the same two people or more ("met with Wang Yi
 * today … held talks"; not a meeting and the summit it is held at, told in
 * the sentence of `b` that starts at `sentenceStart`); same status, segment,
 * place, time and participants.
 */
export function compatible(a: DraftEvent, b: DraftEvent, sentenceStart = -1): boolean {
  if (a.status !== b.status) return false;
  if (a.kind !== b.kind && !(sentenceStart >= 0 && sameMeeting(a, b, sentenceStart))) return false;
  if (a.segment >= 0 && b.segment >= 0 && a.segment !== b.segment) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  if (!sameTime(a, b)) return false;
  if (a.participants.length === 0 || b.participants.length === 0) return false;
  const shared = a.participants.filter((p) => b.participants.includes(p));
  return shared.length === Math.min(a.participants.length, b.participants.length);
}

/** A meeting, talks or a summit held on one day by the same people (two or more), told twice. */
function sameMeeting(a: DraftEvent, b: DraftEvent, sentenceStart: number): boolean {
  const sameSentence = a.evidence[a.evidence.length - 1]!.start >= sentenceStart;
  if (sameSentence && (a.kind === 'Summit' || b.kind === 'Summit')) return false;
  if (!MEETING_LIKE.has(a.kind) || !MEETING_LIKE.has(b.kind) || a.status !== 'held') return false;
  if (a.date === null || a.date !== b.date || a.participants.length < 2) return false;
  return (
    a.participants.length === b.participants.length &&
    a.participants.every((p) => b.participants.includes(p))
  );
}

const MEETING_LIKE = new Set(['Meeting', 'Talks', 'Summit']);

export function mergeInto(a: DraftEvent, b: DraftEvent): void {
  a.place ??= b.place;
  a.date ??= b.date;
  a.month ??= b.month;
  a.vague ||= b.vague;
  a.participants = [...new Set([...a.participants, ...b.participants])].sort();
  // Triggers come in text order, so evidence stays sorted.
  a.evidence.push(...b.evidence);
  a.explicit.push(...b.explicit);
}

/** "on the margins/sidelines of the G20 summit": the trigger is the host of what precedes it. */
export function isHostOf(ctx: Context, trig: Trigger): boolean {
  const t = ctx.tokens;
  for (let k = trig.first - 1; k > 0 && trig.first - k <= OCCASION_GAP; k--) {
    const w = lowerAt(t, k);
    if (w === 'of') return MARGIN_NOUNS.has(lowerAt(t, k - 1));
    const f = t.flags[k]!;
    if ((f & WORD) === 0 && w !== '-') return false;
  }
  return false;
}

const MARGIN_NOUNS = new Set(['margins', 'sidelines']);

/** "talks … continued in an expanded format": a format of talks already told, not new talks. */
export function isFormatPart(ctx: Context, trig: Trigger, s: Sentence): boolean {
  const t = ctx.tokens;
  for (let k = trig.last; k < s.last - 1 && k - trig.last < FORMAT_GAP; k++) {
    if (lowerAt(t, k + 1) === 'format' && FORMAT_WORDS.has(lowerAt(t, k))) return true;
  }
  for (let k = Math.max(s.first, trig.first - FORMAT_GAP); k < trig.first - 1; k++) {
    if (lowerAt(t, k + 1) === 'format' && FORMAT_WORDS.has(lowerAt(t, k))) return true;
  }
  return false;
}

const FORMAT_GAP = 8;

/** "held talks via video link", "met by videoconference": the call is how the event is held. */
export function isMediumOf(ctx: Context, trig: Trigger, next: Trigger): boolean {
  if (next.kind !== 'PhoneCall' || next.verbal) return false;
  if (trig.kind !== 'Meeting' && trig.kind !== 'Talks' && trig.kind !== 'Summit') return false;
  const t = ctx.tokens;
  for (let k = next.first - 1; k >= trig.last && next.first - k <= MEDIUM_GAP; k--) {
    if (MEDIUM_PREPOSITIONS.has(lowerAt(t, k))) return true;
  }
  return false;
}

const MEDIUM_GAP = 3;
const MEDIUM_PREPOSITIONS = new Set(['via', 'by', 'through', 'over']);

/** "received Wang Yi", "hosted the Chinese Foreign Minister": a person right after the verb (not a possessive). */
export function receivesPerson(ctx: Context, index: Index, trig: Trigger): boolean {
  // "the summit, hosted by Wang Yi": a passive names the host, whom nobody receives.
  if (lowerAt(ctx.tokens, trig.last) === 'by') return false;
  const r = index.peopleByFirst.get(trig.last) ?? index.peopleByFirst.get(trig.last + 1);
  // "welcomed Lavrov's meeting with Wang Yi": the person's event is welcomed, not the person.
  if (r && lowerAt(ctx.tokens, r.last) === "'" && lowerAt(ctx.tokens, r.last + 1) === 's')
    return false;
  return r?.person != null && r.first <= trig.last + 1;
}

/**
 * "the 11th meeting of the U.S.-Japan Cyber Dialogue": a meeting that is a
 * session of the talks or summit named right after it ("of", then "the" and
 * capitalised words only).
 */
export function isSessionOf(ctx: Context, trig: Trigger, next: Trigger): boolean {
  const t = ctx.tokens;
  if (trig.verbal || next.verbal || trig.kind !== 'Meeting') return false;
  if (next.kind !== 'Talks' && next.kind !== 'Summit') return false;
  if (lowerAt(t, trig.last) !== 'of' || next.first - trig.last > SESSION_GAP) return false;
  let capitalised = false;
  for (let k = trig.last + 1; k < next.first; k++) {
    const w = lowerAt(t, k);
    const f = t.flags[k]!;
    if ((f & CAPITALISED) !== 0) capitalised = true;
    else if (w !== 'the' && w !== '-' && w !== '.' && (f & WORD) !== 0) return false;
  }
  return capitalised;
}

/** Tokens a session may have between "of" and the event it is a session of ("the U.S.-Japan Cyber"). */
const SESSION_GAP = 10;

/**
 * "our summit in Lithuania next month" … "the summit in Vilnius next month": two
 * planned summits of one time whose places agree (the same place, or a place
 * in the country the other names) are one, whoever mentions them.
 */
export function samePlannedSummit(
  ctx: Context,
  a: DraftEvent,
  b: DraftEvent,
  countryOf: ReadonlyMap<DraftEvent, string>,
): boolean {
  if (a.kind !== 'Summit' || b.kind !== 'Summit') return false;
  if (a.status !== 'planned' || b.status !== 'planned' || !sameTime(a, b)) return false;
  if (a.place && b.place) return a.place === b.place;
  const country = (e: DraftEvent): string | null =>
    countryOf.get(e) ?? (e.place ? (ctx.dict.places.get(e.place)?.country ?? null) : null);
  const ca = country(a);
  return ca !== null && ca === country(b);
}
