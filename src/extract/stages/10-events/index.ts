/**
 * Stage 9 — events, and the statements made at them.
 *
 * Each trigger ("meeting", "press conference", "telephone conversation",
 * "met with", "summit"…) becomes an event with:
 * - evidence: the trigger with its modifiers and attached phrases
 *   ("at a press conference in Moscow", "during a recent telephone
 *   conversation with Blinken");
 * - place: "in/at <place>" attached to it; date: a date expression attached
 *   to it (or opening its sentence);
 * - status: planned when marked so ("planned", "upcoming", "will") or dated
 *   after the document, else held;
 * - participants: the people after "with"/"between"/"together with", the
 *   subject of a verbal trigger ("X met with Y"), the speaker when the
 *   trigger is in the speaker's attribution or reported clause, or follows
 *   "my"/"our" in a quote.
 * Mentions of one event (same kind, compatible place, date or month, status
 * and participants, or one proper name) merge; so do a definite mention
 * ("the banquet") and the event it names, the occasion of a meeting ("on the
 * occasion of the … Summit"), a "where" clause and the event before it, and
 * the parts of an event told in parentheses. A statement is made at a held
 * event when its attribution or the adjunct opening its sentence says so
 * ("said at a press conference", "At the conclusion of the summit, …"), at
 * the held event of the place its attribution names ("As I said in
 * Singapore"), or when it is the only held event of that date its speaker
 * took part in or spoke at. Finally each statement gets its date (policy 8):
 * its attribution's, else its held event's, else the document's.
 */

import type { EventKind } from '../../../model';
import type {
  Context,
  DateExpression,
  DraftEvent,
  EntityMention,
  PersonRef,
  Sentence,
} from '../../core/context';
import { firstAtOrAfter, quoteAt } from '../../core/spans';
import { fitsGroupNoun } from '../../dictionaries/roles';
import {
  DEFINITE_DETERMINERS,
  EVENT_PART_NOUNS,
  GROUP_NOUNS,
  GROUP_SIZES,
  HELD_MARKERS,
  PARTICIPATION_VERBS,
  PLANNED_MARKERS,
  SCHEDULE_WORDS,
  SUBJECT_LINKS,
  TIMES_OF_DAY,
  VERB_ADVERBS,
} from '../../lexicon';
import { CAPITALISED, NUMBER, WORD, lowerAt, tokenAtOrAfter, tokenize } from '../../core/tokens';
import type { TokenTable } from '../../core/tokens';
import { scanTriggers } from '../../dictionaries/event-triggers';
import type { Trigger } from '../../dictionaries/event-triggers';

const KIND_LABEL: Record<EventKind, string> = {
  Meeting: 'Meeting',
  PhoneCall: 'Phone call',
  PressConference: 'Press conference',
  Summit: 'Summit',
  Visit: 'Visit',
  Talks: 'Talks',
};

const EVIDENCE_LEAD = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'at',
  'during',
  'after',
  'before',
  'on',
  'for',
  'in',
  'of',
  'ahead',
  'following',
  'since',
  'telephone',
  'phone',
  'video',
  'joint',
  'bilateral',
  'official',
  'state',
  'working',
  'first',
  'trilateral',
  'high-level',
  'summit',
  'ministerial',
  'latest',
  'next',
  'last',
  'earlier',
  ...PLANNED_MARKERS,
  ...HELD_MARKERS,
]);

const WINDOW_STOPS = new Set([
  'when',
  'while',
  'which',
  'who',
  'that',
  'where',
  'because',
  'but',
  'so',
  'although',
]);
const POSSESSIVE_FIRST_PERSON = new Set(['my', 'our']);
const PLANNED_VERB_CONTEXT = new Set(['will', 'would', 'shall', 'to', 'plans', 'planned', 'plan']);

/** Lookups by token or offset, built once per document so every stage step is O(1) or O(log n). */
interface Index {
  peopleByFirst: Map<number, PersonRef>;
  peopleByLast: Map<number, PersonRef>;
  /** Every person a reference starting at a token names (several for a plural role phrase). */
  membersByFirst: Map<number, string[]>;
  mentionsByFirst: Map<number, EntityMention>;
  datesByStart: DateExpression[];
  /** Statement indexes sorted by the start of their cue or text. */
  statementsByLow: number[];
  lows: { start: number }[];
}

function buildIndex(ctx: Context): Index {
  const peopleByFirst = new Map<number, PersonRef>();
  const peopleByLast = new Map<number, PersonRef>();
  const membersByFirst = new Map<number, string[]>();
  for (const r of ctx.people) {
    if (!peopleByFirst.has(r.first)) peopleByFirst.set(r.first, r);
    peopleByLast.set(r.last, r);
    if (r.person) {
      const list = membersByFirst.get(r.first);
      if (!list) membersByFirst.set(r.first, [r.person]);
      else if (!list.includes(r.person)) list.push(r.person);
    }
  }
  const mentionsByFirst = new Map<number, EntityMention>();
  for (const m of ctx.mentions) if (!mentionsByFirst.has(m.first)) mentionsByFirst.set(m.first, m);
  const low = (i: number): number =>
    Math.min(ctx.statements[i]!.start, ctx.statements[i]!.cueStart, ctx.statements[i]!.leadStart);
  const statementsByLow = ctx.statements.map((_, i) => i).sort((a, b) => low(a) - low(b) || a - b);
  return {
    peopleByFirst,
    peopleByLast,
    membersByFirst,
    mentionsByFirst,
    datesByStart: ctx.dates,
    statementsByLow,
    lows: statementsByLow.map((i) => ({ start: low(i) })),
  };
}

/** Statements whose cue or text may contain `offset` (the few that start before it). */
function statementsAround(ctx: Context, index: Index, offset: number): number[] {
  const out: number[] = [];
  const upto = firstAtOrAfter(index.lows, offset + 1);
  for (let k = upto - 1; k >= 0 && upto - k <= MAX_STATEMENTS_BACK; k--)
    out.push(index.statementsByLow[k]!);
  return out.filter((i) => {
    const st = ctx.statements[i]!;
    return Math.max(st.end, st.cueEnd) > offset;
  });
}

const MAX_STATEMENTS_BACK = 64;
/** How far into its sentence a date may open it ("On May 9, 2018, …", "1. In November 2014, …"). */
const OPENING_TOKENS = 4;
const MERGE_WINDOW = 32;

interface Attached {
  end: number;
  place: string | null;
  date: string | null;
  /** A date expression after the trigger that names no day ("in November last year"). */
  vague: DateExpression | null;
  people: string[];
}

function sentenceOf(ctx: Context, offset: number): Sentence | null {
  const i = firstAtOrAfter(ctx.sentences, offset + 1) - 1;
  const s = i >= 0 ? ctx.sentences[i] : undefined;
  return s && offset < s.end ? s : null;
}

/** "was scheduled for", "is set for", "had been planned for" from token k. */
function isScheduleClause(t: TokenTable, k: number): boolean {
  let j = k;
  while (j < t.count && j - k < 3 && SUBJECT_LINKS.has(lowerAt(t, j))) j++;
  return j > k && SCHEDULE_WORDS.has(lowerAt(t, j)) && lowerAt(t, j + 1) === 'for';
}

/** The token after "was scheduled for". */
function skipScheduleClause(t: TokenTable, k: number): number {
  let j = k;
  while (SUBJECT_LINKS.has(lowerAt(t, j))) j++;
  return j + 2;
}

/** Places, dates and people attached after the trigger, within its sentence. */
function attached(
  ctx: Context,
  index: Index,
  trig: Trigger,
  s: Sentence,
  nextTrigger: Trigger | undefined,
): Attached {
  const t = ctx.tokens;
  const out: Attached = { end: trig.end, place: null, date: null, vague: null, people: [] };
  const stop = Math.min(s.last, trig.last + 40, nextTrigger ? nextTrigger.first : Infinity);
  let withMode = trig.verbal && trig.kind !== 'Visit';
  // "visiting Washington": a visit's object is its place.
  if (trig.verbal && trig.kind === 'Visit') {
    const m = index.mentionsByFirst.get(trig.last);
    if (m?.kind === 'Place') {
      out.place = m.id;
      out.end = m.end;
    }
  }
  for (let k = trig.last; k < stop; k++) {
    const w = lowerAt(t, k);
    // "… that was scheduled for June 12": the relative clause dates the event.
    if ((w === 'that' || w === 'which') && isScheduleClause(t, k + 1)) {
      k = skipScheduleClause(t, k + 1) - 1;
      continue;
    }
    // A "." inside the sentence belongs to an abbreviation ("12:10 p.m."): no stop.
    if (WINDOW_STOPS.has(w) || w === ';' || '"“”«»'.includes(w)) break;
    if (w === ',') {
      const next = k + 1 < stop ? k + 1 : -1;
      if (next < 0) break;
      const nf = t.flags[next]!;
      if ((nf & (CAPITALISED | NUMBER)) === 0 && lowerAt(t, next) !== 'and') break;
      continue;
    }
    if (w === 'with' || w === 'between' || w === 'inviting') withMode = true;
    if ((w === 'in' || w === 'at' || (w === 'to' && trig.kind === 'Visit')) && !out.place) {
      const m =
        index.mentionsByFirst.get(k + 1) ??
        (lowerAt(t, k + 1) === 'the' ? index.mentionsByFirst.get(k + 2) : undefined);
      if (m && (m.kind === 'Place' || m.kind === 'Country')) {
        out.place = m.kind === 'Place' ? m.id : null;
        if (m.kind === 'Place') out.end = Math.max(out.end, m.end);
      }
    }
    const ref = index.peopleByFirst.get(k);
    if (ref && withMode) {
      out.people.push(...(index.membersByFirst.get(k) ?? []));
      out.end = Math.max(out.end, ref.end);
      k = ref.last - 1;
      continue;
    }
    const di = firstAtOrAfter(index.datesByStart, t.start[k]!);
    const d = index.datesByStart[di]?.start === t.start[k]! ? index.datesByStart[di] : undefined;
    if (d?.date && !out.date) {
      out.date = d.date;
      out.end = Math.max(out.end, d.end);
    } else if (d && !d.date && !out.date && !out.vague) {
      out.vague = d;
      out.end = Math.max(out.end, d.end);
    }
  }
  return out;
}

function evidenceStart(ctx: Context, index: Index, trig: Trigger): number {
  const t = ctx.tokens;
  let k = trig.first;
  let steps = 0;
  while (k > 0 && steps < 8) {
    const prev = k - 1;
    const f = t.flags[prev]!;
    const w = lowerAt(t, prev);
    const ok =
      EVIDENCE_LEAD.has(w) ||
      ((f & WORD) !== 0 && (f & CAPITALISED) !== 0 && !index.peopleByLast.has(prev + 1)) ||
      w === '-' ||
      (w === '.' && prev > 0 && (t.flags[prev - 1]! & CAPITALISED) !== 0) ||
      w === '[';
    if (!ok || (trig.verbal && !EVIDENCE_LEAD.has(w))) break;
    k = prev;
    steps++;
    if (w === 'at' || w === 'during' || w === 'ahead' || w === 'after' || w === 'following') break;
  }
  while (k < trig.first && (lowerAt(t, k) === '[' || lowerAt(t, k) === '-')) k++;
  return t.start[k]!;
}

function statusOf(ctx: Context, trig: Trigger, date: string | null): 'planned' | 'held' {
  const t = ctx.tokens;
  for (let k = Math.max(0, trig.first - 4); k < trig.first; k++) {
    const w = lowerAt(t, k);
    if (PLANNED_MARKERS.has(w)) return 'planned';
    if (trig.verbal && PLANNED_VERB_CONTEXT.has(w)) return 'planned';
  }
  if (date && ctx.date && date > ctx.date) return 'planned';
  return 'held';
}

/**
 * Whether an event's evidence (from token `k`) says something happened at
 * it: "at/during/in the …", "at the conclusion of the summit", "On the
 * occasion of President Xi's State Visit".
 */
function isAtEvent(ctx: Context, k: number): boolean {
  const t = ctx.tokens;
  const prep = lowerAt(t, k);
  if (prep === 'at' || prep === 'during' || prep === 'in') return true;
  if (prep === 'of' && EVENT_PART_NOUNS.has(lowerAt(t, k - 1))) return true;
  for (let j = k - 1; j > 0 && k - j <= OCCASION_GAP; j--)
    if (lowerAt(t, j) === 'of' && lowerAt(t, j - 1) === 'occasion') return true;
  return false;
}

/** A place named in a statement's attribution, outside its text ("said in Singapore"). */
function placeInCue(
  ctx: Context,
  index: Index,
  st: { cueStart: number; cueEnd: number; start: number; end: number },
): string | null {
  const t = ctx.tokens;
  for (let k = tokenAtOrAfter(t, st.cueStart); k < t.count && t.start[k]! < st.cueEnd; k++) {
    const m = index.mentionsByFirst.get(k);
    if (m?.kind === 'Place' && !(m.start >= st.start && m.end <= st.end)) return m.id;
  }
  return null;
}

/** The most recent person named outside quotes before `offset` whose gender fits the pronoun. */
function antecedent(ctx: Context, offset: number, pronoun: string): string | null {
  const wanted = pronoun === 'he' ? 'male' : 'female';
  for (let i = firstAtOrAfter(ctx.people, offset) - 1; i >= 0; i--) {
    const r = ctx.people[i]!;
    if (!r.person || r.inQuote) continue;
    const g = ctx.dict.actors.get(r.person)?.gender ?? null;
    if (g === null || g === wanted) return r.person;
  }
  return null;
}

/**
 * A comma-delimited companion phrase ending right before token `end`
 * (", together with the High Representative,"): its people and the token of
 * its opening comma.
 */
function companionsBefore(
  ctx: Context,
  index: Index,
  end: number,
  s: Sentence,
): { people: string[]; first: number } | null {
  const t = ctx.tokens;
  if (end - 1 < s.first || lowerAt(t, end - 1) !== ',') return null;
  for (let j = end - 2; j > s.first && end - j <= MAX_ASIDE_TOKENS; j--) {
    if (lowerAt(t, j) !== ',') continue;
    if (!COMPANION_LEADS.has(`${lowerAt(t, j + 1)} ${lowerAt(t, j + 2)}`)) return null;
    const people: string[] = [];
    for (let k = j + 3; k < end - 1; k++) people.push(...(index.membersByFirst.get(k) ?? []));
    return { people, first: j };
  }
  return null;
}

const MAX_ASIDE_TOKENS = 16;
const COMPANION_LEADS = new Set(['together with', 'along with', 'accompanied by', 'joined by']);

/** People taking part by context: a verbal trigger's subject, the speaker whose words carry the trigger. */
function contextualParticipants(
  ctx: Context,
  index: Index,
  trig: Trigger,
  s: Sentence,
  hasPartners: boolean,
): string[] {
  const t = ctx.tokens;
  const out: string[] = [];
  if (trig.verbal) {
    let k = trig.first;
    while (k - 1 >= s.first && VERB_ADVERBS.has(lowerAt(t, k - 1))) k--;
    // "Abe, who was visiting": back over the relative pronoun and auxiliaries.
    while (k - 1 >= s.first && SUBJECT_LINKS.has(lowerAt(t, k - 1))) k--;
    if (k < trig.first && k - 1 >= s.first && lowerAt(t, k - 1) === ',') k--;
    // "when he visited Japan": the person the pronoun most likely stands for.
    const pronoun = lowerAt(t, k - 1);
    if ((pronoun === 'he' || pronoun === 'she') && k - 1 >= s.first) {
      const person = antecedent(ctx, t.start[k - 1]!, pronoun);
      if (person) out.push(person);
    }
    // "X, together with Y, met with Z": Y joins the subject.
    const aside = companionsBefore(ctx, index, k, s);
    if (aside) {
      out.push(...aside.people);
      k = aside.first;
    }
    const subject = index.peopleByLast.get(k);
    // "The two leaders then held talks".
    if (!subject) out.push(...(groupSubject(ctx, s, k) ?? []));
    if (subject?.person && !subject.inQuote) {
      out.push(...(index.membersByFirst.get(subject.first) ?? [subject.person]));
      if (subject.first > 0 && lowerAt(t, subject.first - 1) === 'and') {
        const other = index.peopleByLast.get(subject.first - 1);
        if (other?.person) out.push(other.person);
      }
    }
  }
  const inQuote = quoteAt(ctx.quotes, trig.start) >= 0;
  let insideStatement = false;
  for (const i of statementsAround(ctx, index, trig.start)) {
    const st = ctx.statements[i]!;
    if (st.referenced) continue;
    const inSpan = trig.start >= st.start && trig.end <= st.end;
    const inCue = trig.start >= st.cueStart && trig.end <= st.cueEnd && !inSpan;
    if (inCue) out.push(st.speaker);
    else if (inSpan) {
      insideStatement = true;
      // "he had mentioned this during a recent telephone conversation with Blinken".
      if (st.kind === 'indirect' && !inQuote) {
        // "… indicating that he will raise the issue during the summit": the speaker's own act.
        if (hasPartners || reportsOwnAct(ctx, st)) out.push(st.speaker);
      } else {
        let firstPerson = false;
        for (let k = Math.max(s.first, trig.first - 4); k < trig.first; k++) {
          if (POSSESSIVE_FIRST_PERSON.has(lowerAt(t, k))) firstPerson = true;
        }
        // "We have held … talks": a first-person subject earlier in the sentence.
        // … but not through a reduced relative clause: "the Declaration adopted at the last Summit".
        const relative = isReducedRelative(ctx, trig);
        for (let k = s.first; k < trig.first && !firstPerson && !relative; k++) {
          const w = lowerAt(t, k);
          if ((w === 'we' || w === 'i') && (t.flags[k]! & WORD) !== 0) firstPerson = true;
        }
        if (firstPerson) out.push(st.speaker);
      }
    }
  }
  if (out.length === 0 && !inQuote && !insideStatement && !trig.verbal) {
    // Narrative: the group the sentence opens with ("After that, the three leaders made a joint
    // press announcement"), else the people it names before the trigger ("inviting President
    // Moon, the Prime Minister hosted a luncheon").
    const group = groupSubject(ctx, s, trig.first, true);
    if (group) out.push(...group);
    else {
      for (let k = s.first; k < trig.first; k++) {
        const r = index.peopleByFirst.get(k);
        if (r?.person && !r.inQuote) out.push(...(index.membersByFirst.get(k) ?? [r.person]));
      }
    }
  }
  return out;
}

/**
 * "the three leaders", "The two leaders then held talks" before token
 * `before`: the people named together in a recent sentence, as many as the
 * phrase says.
 */
function groupSubject(
  ctx: Context,
  s: Sentence,
  before: number,
  needsParticipation = false,
): string[] | null {
  const t = ctx.tokens;
  for (let k = s.first; k < before; k++) {
    const noun = lowerAt(t, k);
    if (!GROUP_NOUNS.has(noun)) continue;
    let j = k - 1;
    let size: number | null = null;
    if (j >= s.first && GROUP_SIZES.has(lowerAt(t, j))) size = GROUP_SIZES.get(lowerAt(t, j--))!;
    if (j < s.first || lowerAt(t, j) !== 'the') continue;
    // A noun trigger is the group's event only as the object of "attended", "made", "held" ….
    if (needsParticipation && !hasParticipationVerb(t, k + 1, before)) return null;
    return recentGroup(ctx, s, size, noun);
  }
  return null;
}

function hasParticipationVerb(t: TokenTable, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PARTICIPATION_VERBS.has(lowerAt(t, k))) return true;
  return false;
}

/**
 * The people named together in one of the few sentences before `s`, outside
 * quotes, who all hold the offices the group noun implies ("leaders").
 */
function recentGroup(
  ctx: Context,
  s: Sentence,
  size: number | null,
  noun: string,
): string[] | null {
  const si = firstAtOrAfter(ctx.sentences, s.start);
  for (let back = si - 1; back >= 0 && si - back <= GROUP_LOOKBACK; back--) {
    const sentence = ctx.sentences[back]!;
    const people: string[] = [];
    for (
      let i = firstAtOrAfter(ctx.people, sentence.start);
      i < ctx.people.length && ctx.people[i]!.start < sentence.end;
      i++
    ) {
      const r = ctx.people[i]!;
      if (r.person && !r.inQuote && !people.includes(r.person)) people.push(r.person);
    }
    if (
      people.length >= 2 &&
      (size === null || people.length === size) &&
      people.every((p) => fitsGroupNoun(ctx.dict, p, noun, ctx.date))
    )
      return people;
  }
  return null;
}

const GROUP_LOOKBACK = 6;

/**
 * Whether a trigger is the place of a past participle ("adopted at the last
 * Summit", "reached at the 2015 Summit"): the event is the participle's, not
 * the sentence subject's.
 */
function isReducedRelative(ctx: Context, trig: Trigger): boolean {
  const t = ctx.tokens;
  for (let k = trig.first - 1; k > 0 && trig.first - k <= RELATIVE_GAP; k--) {
    const w = lowerAt(t, k);
    if (w === 'at' || w === 'in' || w === 'during') {
      const before = lowerAt(t, k - 1);
      return before.length > 3 && before.endsWith('ed');
    }
    if ((t.flags[k]! & WORD) === 0 && (t.flags[k]! & NUMBER) === 0) return false;
  }
  return false;
}

const RELATIVE_GAP = 5;

/**
 * The time-of-day segment of a day log a sentence belongs to: the nearest
 * sentence of its paragraph opening with "In the morning,", "At midday,", "In
 * the afternoon," …, with the venue that sentence names ("at the Akasaka
 * Palace"), or null.
 */
function segmentOf(
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
function isOccasionOf(ctx: Context, trig: Trigger): boolean {
  const t = ctx.tokens;
  for (let k = trig.first - 1; k > 0 && trig.first - k <= OCCASION_GAP; k--) {
    const w = lowerAt(t, k);
    if (w === 'of') return lowerAt(t, k - 1) === 'occasion';
    const f = t.flags[k]!;
    if (w !== 'the' && w !== 'a' && ((f & WORD) === 0 || (f & CAPITALISED) === 0)) return false;
  }
  return false;
}

const OCCASION_GAP = 6;

function paragraphStart(ctx: Context, s: Sentence): number {
  return ctx.paragraphs[s.paragraph]!.start;
}

/** The place of a visit told in the same sentence by one of the event's participants. */
function visitedPlace(events: readonly DraftEvent[], ev: DraftEvent, s: Sentence): string | null {
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
function properName(ctx: Context, start: number, trig: Trigger): string | null {
  const t = ctx.tokens;
  let k = tokenAtOrAfter(t, start);
  while (k < trig.first && (t.flags[k]! & CAPITALISED) === 0) k++;
  if (k >= trig.first || k === 0 || isSentenceStart(ctx, k)) return null;
  const words: string[] = [];
  for (let j = k; j < trig.last; j++) words.push(lowerAt(t, j));
  return words.join(' ');
}

function isSentenceStart(ctx: Context, k: number): boolean {
  const s = sentenceOf(ctx, ctx.tokens.start[k]!);
  return s !== null && s.first === k;
}

/** Whether a reported clause has the speaker as its subject ("he will raise …", "we will …"). */
function reportsOwnAct(ctx: Context, st: { start: number; speaker: string }): boolean {
  const t = ctx.tokens;
  const w = lowerAt(t, tokenAtOrAfter(t, st.start));
  if (w === 'i' || w === 'we') return true;
  if (w !== 'he' && w !== 'she') return false;
  const g = ctx.dict.actors.get(st.speaker)?.gender ?? null;
  return g === null || g === (w === 'he' ? 'male' : 'female');
}

/**
 * The event a definite mention refers back to: the most recent held or
 * planned event of the same kind, or of a kind that is a meeting too (a
 * summit, talks), within the merge window; for a "where" clause the event of
 * the same sentence.
 */
function lastOfKind(
  events: readonly DraftEvent[],
  ev: DraftEvent,
  s: Sentence,
): DraftEvent | undefined {
  for (let k = events.length - 1; k >= 0 && events.length - k <= MERGE_WINDOW; k--) {
    const e = events[k]!;
    if (e.status !== ev.status) continue;
    if (e.kind === ev.kind) return e;
    if (ev.kind === 'Meeting' && MEETING_KINDS.has(e.kind) && e.evidence[0]!.start < s.end)
      return e;
  }
  return undefined;
}

/** "the banquet", "our meeting", "the Israeli cabinet meeting": a definite mention. */
function isDefinite(ctx: Context, trig: Trigger): boolean {
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
function isWhereClause(ctx: Context, trig: Trigger, s: Sentence): boolean {
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

function compatible(a: DraftEvent, b: DraftEvent): boolean {
  if (a.kind !== b.kind || a.status !== b.status) return false;
  if (a.segment >= 0 && b.segment >= 0 && a.segment !== b.segment) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  if (!sameTime(a, b)) return false;
  if (a.participants.length === 0 || b.participants.length === 0) return false;
  const shared = a.participants.filter((p) => b.participants.includes(p));
  return shared.length === Math.min(a.participants.length, b.participants.length);
}

function mergeInto(a: DraftEvent, b: DraftEvent): void {
  a.place ??= b.place;
  a.date ??= b.date;
  a.month ??= b.month;
  a.vague ||= b.vague;
  a.participants = [...new Set([...a.participants, ...b.participants])].sort();
  // Triggers come in text order, so evidence stays sorted.
  a.evidence.push(...b.evidence);
  a.explicit.push(...b.explicit);
}

export function eventsStage(ctx: Context): void {
  const triggers = ctx.triggers;
  const t = ctx.tokens;
  const index = buildIndex(ctx);
  const events: DraftEvent[] = [];
  /** Events by proper name ("u.s.-north korea summit meeting"), and those a text date dates. */
  const byName = new Map<string, DraftEvent>();
  const datedByText = new Set<DraftEvent>();
  for (let ti = 0; ti < triggers.length; ti++) {
    const trig = triggers[ti]!;
    const s = sentenceOf(ctx, trig.start);
    if (!s) continue;
    const att = attached(ctx, index, trig, s, triggers[ti + 1]);
    let date = att.date;
    let openingVague: DateExpression | null = null;
    if (!date) {
      // A date opening the sentence: "On May 9, 2018, Prime Minister Abe attended …";
      // "Earlier this week, I returned from a summit" names no day.
      const d = ctx.dates[firstAtOrAfter(ctx.dates, s.start)];
      if (d && d.start < trig.start && tokenAtOrAfter(t, d.start) - s.first <= OPENING_TOKENS) {
        if (d.date) date = d.date;
        else openingVague = d;
      }
    }
    // A day log: "In the afternoon, at the Akasaka Palace, …" sets the venue of that part of the day.
    const segment = segmentOf(ctx, index, s);
    const partners = att.people.length > 0;
    const participants = [
      ...new Set([...contextualParticipants(ctx, index, trig, s, partners), ...att.people]),
    ].sort();
    const start = evidenceStart(ctx, index, trig);
    // "the Paris climate conference": a place among the trigger's modifiers.
    let place = att.place;
    for (let k = tokenAtOrAfter(t, start); k < trig.first && !place; k++) {
      const m = index.mentionsByFirst.get(k);
      if (m?.kind === 'Place') place = m.id;
    }
    // "a recent telephone conversation", "in November 2015": a date word that names no day.
    const di = firstAtOrAfter(ctx.dates, start);
    const vagueDate =
      att.vague ??
      openingVague ??
      (di < ctx.dates.length && ctx.dates[di]!.start < att.end && ctx.dates[di]!.date === null
        ? ctx.dates[di]!
        : null);
    const vague = vagueDate !== null;
    // "met in Tokyo … on the occasion of the Seventh Trilateral Summit": the meeting is that summit.
    const next = triggers[ti + 1];
    const occasion = next && next.start < s.end && isOccasionOf(ctx, next) ? next : null;
    if (occasion) ti++;
    const status = statusOf(ctx, trig, date);
    const explicitDate = date;
    // A held event with no date word at all happened on the day it is reported.
    if (!date && !vague && status === 'held') date = ctx.date;
    const ev: DraftEvent = {
      kind: occasion ? occasion.kind : trig.kind,
      name: '',
      date,
      month: vagueDate?.month ?? null,
      vague,
      segment: segment?.start ?? -1,
      place,
      status,
      participants,
      evidence: [{ start, end: occasion ? Math.max(att.end, occasion.end) : att.end }],
      explicit: [],
    };
    // "said at a press conference": the statement whose attribution holds the trigger.
    if (status === 'held' && isAtEvent(ctx, tokenAtOrAfter(t, start))) {
      for (const i of statementsAround(ctx, index, trig.start)) {
        const st = ctx.statements[i]!;
        if (st.referenced) continue;
        if (
          trig.start >= Math.min(st.leadStart, st.cueStart) &&
          trig.end <= st.cueEnd &&
          !(trig.start >= st.start && trig.end <= st.end)
        ) {
          ev.explicit.push(i);
        }
      }
    }
    // "(A one-on-one meeting … and a working lunch …)" right after an event: parts of that event.
    const parent = ctx.text.charCodeAt(s.start) === 40 ? events[events.length - 1] : undefined;
    if (parent && parent.evidence[0]!.start >= paragraphStart(ctx, s)) {
      parent.participants = [...new Set([...parent.participants, ...ev.participants])].sort();
      parent.evidence.push(...ev.evidence);
      parent.explicit.push(...ev.explicit);
      continue;
    }
    if (!ev.place && segment?.venue) ev.place = segment.venue;
    // "Abe, who was visiting Washington, held a summit meeting with Trump": where the visitor is.
    if (!ev.place && ev.kind !== 'Visit') ev.place = visitedPlace(events, ev, s);
    // A bare "talks" or "meeting" with nobody, nowhere and no date says nothing about an event,
    // unless it is definite and names one already told ("at the banquet" after "hosted a banquet").
    const definite = isDefinite(ctx, trig);
    if (participants.length === 0 && !ev.place) {
      const told = definite ? lastOfKind(events, ev, s) : undefined;
      if (told && (!explicitDate || told.date === ev.date)) {
        told.evidence.push(...ev.evidence);
        told.explicit.push(...ev.explicit);
        continue;
      }
      if (!explicitDate) continue;
    }
    // "Our meeting", "where I met with Kim" after "a summit in Singapore": the event already told,
    // when it adds nobody new.
    const told = definite || isWhereClause(ctx, trig, s) ? lastOfKind(events, ev, s) : undefined;
    if (
      told &&
      !ev.place &&
      !explicitDate &&
      (isWhereClause(ctx, trig, s) || ev.participants.every((p) => told.participants.includes(p)))
    ) {
      mergeInto(told, { ...ev, date: null, month: null, vague: false });
      continue;
    }
    // "the U.S.-North Korea Summit Meeting" named twice is one event, whatever each mention adds.
    const key = properName(ctx, start, trig);
    const named = key ? byName.get(key) : undefined;
    if (named) {
      if (!datedByText.has(named) && explicitDate) {
        named.date = ev.date;
        named.status = ev.status;
        datedByText.add(named);
      }
      mergeInto(named, ev);
      continue;
    }
    // Mentions of one event sit close together: look back over the last few only.
    let same: DraftEvent | undefined;
    for (let k = events.length - 1; k >= 0 && events.length - k <= MERGE_WINDOW; k--) {
      if (compatible(events[k]!, ev)) {
        same = events[k];
        break;
      }
    }
    if (same) mergeInto(same, ev);
    else events.push(ev);
    const target = same ?? ev;
    if (key && !byName.has(key)) byName.set(key, target);
    if (explicitDate) datedByText.add(target);
  }

  // A speaker-labelled transcript records one event: its kind from the title ("Press Briefing", "talks").
  const tr = ctx.transcript;
  if (tr && ctx.doc.title) {
    const titleTriggers = scanTriggers(tokenize(ctx.doc.title));
    if (titleTriggers.length > 0) {
      const ev: DraftEvent = {
        kind: titleTriggers[0]!.kind,
        name: '',
        date: ctx.date,
        place: null,
        status: 'held',
        month: null,
        vague: false,
        segment: -1,
        participants: [...tr.speakers].sort(),
        evidence: [{ start: tr.start, end: tr.end }],
        explicit: [...tr.statements],
      };
      const same = events.find((e) => compatible(e, ev));
      if (same) {
        mergeInto(same, ev);
        same.date ??= ev.date;
      } else events.push(ev);
    }
  }

  // Statements made at events.
  for (const e of events) for (const i of e.explicit) ctx.statements[i]!.event = events.indexOf(e);
  for (const e of events) {
    if (e.status !== 'held' || e.date || e.vague || e.explicit.length === 0) continue;
    const st = ctx.statements[e.explicit[0]!]!;
    e.date = st.cueDate ?? ctx.date;
  }
  // "As I said in Singapore": the held event at the place the attribution names, with the speaker.
  for (const st of ctx.statements) {
    if (st.event >= 0 || st.referenced) continue;
    const place = placeInCue(ctx, index, st);
    if (!place) continue;
    const at: number[] = [];
    events.forEach((e, i) => {
      if (e.status === 'held' && e.place === place && e.participants.includes(st.speaker))
        at.push(i);
    });
    if (at.length === 1) st.event = at[0]!;
  }
  // Held events by participant, then by date.
  const heldBy = new Map<string, Map<string, number[]>>();
  const addHeld = (person: string, i: number): void => {
    const e = events[i]!;
    if (e.status !== 'held' || e.date === null) return;
    let byDate = heldBy.get(person);
    if (!byDate) {
      byDate = new Map<string, number[]>();
      heldBy.set(person, byDate);
    }
    const list = byDate.get(e.date);
    if (!list) byDate.set(e.date, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  events.forEach((e, i) => {
    for (const p of e.participants) addHeld(p, i);
  });
  // Someone who spoke at an event that day was there ("On the occasion of Xi's visit, the two
  // Presidents reaffirm …"), even when the event's participants do not name them.
  for (const st of ctx.statements) if (st.event >= 0) addHeld(st.speaker, st.event);
  for (const st of ctx.statements) {
    if (st.event >= 0 || st.referenced) continue;
    const day = st.cueDate ?? ctx.date;
    let candidates = (day !== null ? heldBy.get(st.speaker)?.get(day) : undefined) ?? [];
    // A visit holds the meetings of its days: a statement is made at one of those, not at the visit.
    if (candidates.length > 1) candidates = candidates.filter((i) => events[i]!.kind !== 'Visit');
    if (candidates.length === 1) st.event = candidates[0]!;
  }
  for (const st of ctx.statements) {
    const e = st.event >= 0 ? events[st.event] : undefined;
    st.date = st.cueDate ?? (e && e.status === 'held' ? e.date : null) ?? ctx.date;
  }
  for (const e of events) {
    const placeName = e.place ? (ctx.dict.names.get(e.place) ?? null) : null;
    e.name = `${KIND_LABEL[e.kind]}${placeName ? ` in ${placeName}` : ''}${e.date ? ` on ${e.date}` : ''}`;
    if (!e.date) {
      const ev = e.evidence[0]!;
      ctx.warnings.push({
        code: 'event-date-unresolved',
        message: `No day could be resolved for the ${KIND_LABEL[e.kind].toLowerCase()} "${ctx.text.slice(ev.start, ev.end)}"; its date is null.`,
        start: ev.start,
        end: ev.end,
      });
    }
  }
  ctx.events = events;
}
