/**
 * What a trigger carries: the phrases attached to it (place, date, people after
 * "with"/"between"), where its evidence starts, and whether it is planned or held.
 */

import type { Context, DateExpression, Sentence } from '../../core/context';
import { firstAtOrAfter } from '../../core/spans';
import {
  ARRANGE_VERBS,
  DATE_MODIFIER_LEADS,
  DATE_NAMES,
  EVENT_PART_NOUNS,
  HELD_MARKERS,
  PLANNED_MARKERS,
  SCHEDULE_WORDS,
  SUBJECT_LINKS,
} from '../../lexicon';
import { CAPITALISED, NUMBER, WORD, lowerAt, tokenAtOrAfter } from '../../core/tokens';
import { toSlug } from '../../../model';
import type { TokenTable } from '../../core/tokens';
import type { Trigger } from '../../dictionaries/event-triggers';
import { EVIDENCE_LEAD, PLANNED_AFTER, PLANNED_VERB_CONTEXT, WINDOW_STOPS } from '../../lexicon';
import type { Index } from './lookup';
import { OCCASION_GAP } from './same-event';

interface Attached {
  end: number;
  place: string | null;
  /** The date expression `date` comes from, if any. */
  dateExpression: DateExpression | null;
  /** "traveled to Japan": the country a place phrase names, when it names no place. */
  country: string | null;
  date: string | null;
  /** A date expression after the trigger that names no day ("in November last year"). */
  vague: DateExpression | null;
  people: string[];
  /** "talks between experts from Russia and Ukraine": the countries after "with"/"between". */
  countries: string[];
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
export function attached(
  ctx: Context,
  index: Index,
  trig: Trigger,
  s: Sentence,
  nextTrigger: Trigger | undefined,
): Attached {
  const t = ctx.tokens;
  const out: Attached = {
    end: trig.end,
    place: null,
    country: null,
    dateExpression: null,
    date: null,
    vague: null,
    people: [],
    countries: [],
  };
  let sideMode = false;
  // "…, hosted by the United Kingdom in Glasgow": the participle names this trigger's host.
  const hostNext =
    nextTrigger !== undefined &&
    !trig.verbal &&
    nextTrigger.verbal &&
    HOST_PARTICIPLES.has(lowerAt(t, nextTrigger.first)) &&
    lowerAt(t, nextTrigger.first - 1) === ',';
  const stop = Math.min(
    s.last,
    trig.last + 40,
    nextTrigger && !hostNext ? nextTrigger.first : Infinity,
  );
  // "talks since their September 27 meeting": that date is the next trigger's own.
  const nextOwn = nextTrigger && nextTrigger.first <= stop ? modifierDate(ctx, nextTrigger) : null;
  let withMode = trig.verbal && trig.kind !== 'Visit';
  // "visiting Washington": a visit's object is its place.
  // "will visit Beijing": a noun "visit" right before a place is the verb too.
  if (trig.kind === 'Visit') {
    const m = index.mentionsByFirst.get(trig.last);
    if (m?.kind === 'Place') {
      out.place = m.id;
      out.end = m.end;
    } else if (m?.kind === 'Country') out.country = m.id;
    else if (!m && trig.verbal && PLACE_PREPOSITIONS.has(lowerAt(t, trig.last - 1))) {
      // "arrived in Lake Taupo": a destination the dictionary lacks.
      const unknown = unknownPlace(ctx, index, trig.last, stop);
      if (unknown) {
        out.place = unknown.id;
        out.end = unknown.end;
      }
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
      // "in Washington, D.C., on June 30": a comma before the day goes on.
      const day =
        lowerAt(t, next) === 'on' &&
        next + 1 < t.count &&
        index.datesByStart[firstAtOrAfter(index.datesByStart, t.start[next + 1]!)]?.start ===
          t.start[next + 1];
      // "the … Conference of the Parties, hosted recently by the United Kingdom in Glasgow".
      const host = !trig.verbal && HOST_PARTICIPLES.has(lowerAt(t, next));
      if ((nf & (CAPITALISED | NUMBER)) === 0 && lowerAt(t, next) !== 'and' && !day && !host) break;
      if (host) withMode = sideMode = true;
      continue;
    }
    if (w === 'with' || w === 'between' || w === 'inviting') {
      withMode = true;
      // Sides right after the trigger or its topic ("talks on this matter between …"),
      // not a later clause's ("… and cooperate with China").
      sideMode ||=
        k === trig.last || (k - trig.last <= SIDE_GAP && TOPIC_LEADS.has(lowerAt(t, trig.last)));
    }
    if (sideMode && !index.peopleByFirst.has(k)) {
      const m = index.mentionsByFirst.get(k);
      if (m?.kind === 'Country' && !PLACE_LEADS.has(lowerAt(t, k - 1))) {
        out.countries.push(m.id);
      }
    }
    // "received a telephone call from Wang Yi".
    if (w === 'from' && trig.kind === 'PhoneCall' && k === trig.last) withMode = true;
    // "the visit of Sergei Lavrov": the visitor.
    if (w === 'of' && k === trig.last && trig.kind === 'Visit') withMode = true;
    // "looks forward to meeting Wang Yi": a gerund's object takes part.
    if (k === trig.last && lowerAt(t, trig.first) === 'meeting' && index.peopleByFirst.has(k))
      withMode = true;
    if ((w === 'in' || w === 'at' || (w === 'to' && trig.kind === 'Visit')) && !out.place) {
      const m =
        index.mentionsByFirst.get(k + 1) ??
        (lowerAt(t, k + 1) === 'the' ? index.mentionsByFirst.get(k + 2) : undefined);
      // "arrived in Lake Taupo": a visit's destination the dictionary lacks.
      // "The meeting was held at Lake Taupo": so is a place any event is held at.
      const held = lowerAt(t, k - 1) === 'held';
      if (!m && (trig.kind === 'Visit' || held) && !out.country) {
        const unknown = unknownPlace(ctx, index, k + 1, stop);
        if (unknown) {
          out.place = unknown.id;
          out.end = Math.max(out.end, unknown.end);
        }
      }
      if (m && (m.kind === 'Place' || m.kind === 'Country')) {
        out.place = m.kind === 'Place' ? m.id : null;
        if (m.kind === 'Country') out.country ??= m.id;
        else out.end = Math.max(out.end, m.end);
      }
    }
    const ref = index.peopleByFirst.get(k);
    // "with Stephen Lovegrove, National Security Advisor to the Prime Minister": whom an
    // apposition names after a partner describes the partner.
    if (ref && withMode && out.people.length > 0 && isOfficeComplement(t, k)) {
      out.end = Math.max(out.end, ref.end);
      k = ref.last - 1;
      continue;
    }
    if (ref && withMode) {
      out.people.push(...(index.membersByFirst.get(k) ?? []));
      out.end = Math.max(out.end, ref.end);
      k = ref.last - 1;
      continue;
    }
    const di = firstAtOrAfter(index.datesByStart, t.start[k]!);
    const d = index.datesByStart[di]?.start === t.start[k]! ? index.datesByStart[di] : undefined;
    if (d && d === nextOwn) break;
    if (d?.date && !out.date) {
      out.date = d.date;
      out.dateExpression = d;
      out.end = Math.max(out.end, d.end);
    } else if (d && !d.date && !out.date && !out.vague) {
      out.vague = d;
      out.end = Math.max(out.end, d.end);
    }
  }
  return out;
}

/**
 * A day named among a noun trigger's modifiers ("the June 14 NATO Summit",
 * "their joint September 27 meeting"): a date right before the trigger, or
 * before at most `MODIFIER_NAME_WORDS` capitalised words, opened by a
 * determiner or an adjective of events; else null.
 */
export function modifierDate(ctx: Context, trig: Trigger): DateExpression | null {
  if (trig.verbal) return null;
  const t = ctx.tokens;
  const d = ctx.dates[firstAtOrAfter(ctx.dates, trig.start) - 1];
  if (!d?.date) return null;
  const after = tokenAtOrAfter(t, d.end);
  if (after > trig.first || trig.first - after > MODIFIER_NAME_WORDS) return null;
  for (let j = after; j < trig.first; j++) {
    if ((t.flags[j]! & WORD) === 0 || (t.flags[j]! & CAPITALISED) === 0) return null;
  }
  const before = tokenAtOrAfter(t, d.start) - 1;
  return before >= 0 && DATE_MODIFIER_LEADS.has(lowerAt(t, before)) ? d : null;
}

const MODIFIER_NAME_WORDS = 3;

/** Whether the person named at token k is the complement of an office ("Advisor to the Prime Minister", "Chief of Staff of the President"). */
export function isOfficeComplement(t: TokenTable, k: number): boolean {
  const j = lowerAt(t, k - 1) === 'the' ? k - 2 : k - 1;
  const w = lowerAt(t, j);
  return (w === 'to' || w === 'of') && (t.flags[j - 1]! & CAPITALISED) !== 0;
}

/**
 * A run of capitalised words at token k that no dictionary, date or person
 * claims ("Lake Taupo"), as `place:<slug>`, or null. Not at a month or
 * weekday ("in June"), nor a run that goes on into a person or an entity.
 */
function unknownPlace(
  ctx: Context,
  index: Index,
  k: number,
  stop: number,
): { id: string; end: number } | null {
  const t = ctx.tokens;
  let j = k;
  while (
    j < stop &&
    j - k < MAX_PLACE_WORDS &&
    (t.flags[j]! & WORD) !== 0 &&
    (t.flags[j]! & CAPITALISED) !== 0 &&
    !DATE_NAMES.has(lowerAt(t, j)) &&
    !index.peopleByFirst.has(j) &&
    !index.mentionsByFirst.has(j)
  )
    j++;
  if (j === k || index.peopleByFirst.has(j) || index.mentionsByFirst.has(j)) return null;
  const d = index.datesByStart[firstAtOrAfter(index.datesByStart, t.start[k]!)];
  if (d && d.start < t.end[j - 1]!) return null;
  return { id: `place:${toSlug(ctx.text.slice(t.start[k], t.end[j - 1]))}`, end: t.end[j - 1]! };
}

const MAX_PLACE_WORDS = 3;
/** Words before a country that make it a place, not a side ("talks with Lavrov in Russia"). */
const PLACE_LEADS = new Set(['in', 'at', 'to']);
/** "talks on this matter between …": the topic a trigger's sides may follow, in at most `SIDE_GAP` tokens. */
const TOPIC_LEADS = new Set(['on', 'about', 'regarding']);
const SIDE_GAP = 4;
/** "…, hosted by X in Y": a participle after a noun trigger that names its host and place. */
const HOST_PARTICIPLES = new Set(['hosted', 'organised', 'organized', 'convened', 'chaired']);
const PLACE_PREPOSITIONS = new Set(['in', 'to']);

export function evidenceStart(ctx: Context, index: Index, trig: Trigger): number {
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

export function statusOf(
  ctx: Context,
  trig: Trigger,
  date: string | null,
  s?: Sentence,
): 'planned' | 'held' {
  const t = ctx.tokens;
  for (let k = Math.max(0, trig.first - 4); k < trig.first; k++) {
    const w = lowerAt(t, k);
    if (PLANNED_MARKERS.has(w)) return 'planned';
    if (trig.verbal && PLANNED_VERB_CONTEXT.has(w)) return 'planned';
    // "ahead of the summit": the summit is still to come.
    if (w === 'ahead' && lowerAt(t, k + 1) === 'of') return 'planned';
    // "agreed to hold another telephone conversation", "invited him to attend the summit".
    if (!trig.verbal && w === 'to' && ARRANGE_VERBS.has(lowerAt(t, k + 1))) return 'planned';
  }
  // "invited him to visit Moscow": an infinitive.
  if (lowerAt(t, trig.first) === 'visit' && lowerAt(t, trig.first - 1) === 'to') return 'planned';
  if (date && ctx.date && date > ctx.date) return 'planned';
  // "we will discuss this at the summit in Vilnius": a future auxiliary earlier in the clause.
  if (!trig.verbal && s && !date && futureClause(t, trig, s)) return 'planned';
  // "The meeting with Wang Yi will take place …", "the talks are scheduled for …".
  if (!trig.verbal && s) {
    for (let k = trig.last; k < s.last && k - trig.last < FUTURE_GAP; k++) {
      const w = lowerAt(t, k);
      if (w === ',' || WINDOW_STOPS.has(w)) break;
      if (w === 'will' || w === 'shall') return 'planned';
      if ((w === 'is' || w === 'are') && FUTURE_PARTICIPLES.has(lowerAt(t, k + 1)))
        return 'planned';
    }
  }
  // "… will meet … next week", "… tomorrow": a time word later in the clause.
  if (!date && s) {
    for (let k = trig.last; k < s.last && k - trig.last < PLANNED_AFTER_GAP; k++) {
      const w = lowerAt(t, k);
      if (WINDOW_STOPS.has(w) || w === ';') break;
      if (PLANNED_AFTER.has(w)) return 'planned';
      if ((w === 'next' || w === 'coming') && NEXT_UNITS.has(lowerAt(t, k + 1))) return 'planned';
    }
  }
  return 'held';
}

/**
 * Whether the clause before a noun trigger speaks of the future ("will",
 * "shall", "going to", "look forward to"), with no held marker ("last",
 * "recent", "held") nearer the trigger and no past verb right after it.
 */
function futureClause(t: TokenTable, trig: Trigger, s: Sentence): boolean {
  const after = lowerAt(t, trig.last);
  if (PAST_AFTER.has(after)) return false;
  for (let k = trig.first - 1; k >= s.first && trig.first - k <= FUTURE_CLAUSE_GAP; k--) {
    const w = lowerAt(t, k);
    if (w === ';' || w === ':' || WINDOW_STOPS.has(w) || HELD_MARKERS.has(w)) return false;
    if (FUTURE_AUXILIARIES.has(w)) return true;
    if (w === 'going' && lowerAt(t, k + 1) === 'to') return true;
    if (w === 'forward' && lowerAt(t, k + 1) === 'to') return true;
    // "our commitment to secure an agreement … at COP21": an intention still to be carried out.
    if (w === 'to' && INTENT_WORDS.has(lowerAt(t, k - 1)) && (t.flags[k + 1]! & WORD) !== 0)
      return true;
  }
  return false;
}

/** Nouns and verbs of intention before "to <verb>" ("commitment to secure", "determined to reach"). */
const INTENT_WORDS = new Set([
  'commitment',
  'committed',
  'determined',
  'intention',
  'intend',
  'intends',
  'aim',
  'aims',
  'resolved',
  'resolve',
  'ready',
  'hope',
  'hopes',
]);

const FUTURE_CLAUSE_GAP = 14;
const FUTURE_AUXILIARIES = new Set(['will', 'shall', "'ll", 'll']);
const PAST_AFTER = new Set(['was', 'were', 'had', 'has', 'took', 'ended', 'concluded']);

const PLANNED_AFTER_GAP = 16;
const FUTURE_GAP = 6;
const FUTURE_PARTICIPLES = new Set([...SCHEDULE_WORDS, 'expected', 'to']);

/** "next week", "the coming days": units of time that follow "next". */
const NEXT_UNITS = new Set([
  'week',
  'month',
  'year',
  'days',
  'weeks',
  'months',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/**
 * Whether an event's evidence (from token `k`) says something happened at
 * it: "at/during/in the …", "at the conclusion of the summit", "On the
 * occasion of President Xi's State Visit".
 */
export function isAtEvent(ctx: Context, k: number): boolean {
  const t = ctx.tokens;
  const prep = lowerAt(t, k);
  if (prep === 'at' || prep === 'during' || prep === 'in') return true;
  if (prep === 'of' && EVENT_PART_NOUNS.has(lowerAt(t, k - 1))) return true;
  for (let j = k - 1; j > 0 && k - j <= OCCASION_GAP; j--)
    if (lowerAt(t, j) === 'of' && lowerAt(t, j - 1) === 'occasion') return true;
  return false;
}
