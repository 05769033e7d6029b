/**
 * Stage 10 — events.
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
 * the parts of an event told in parentheses. The statements said at an
 * event ("said at a press conference", "At the conclusion of the summit, …")
 * are noted on it (`explicit`) for stage 11. A transcript with speaker labels
 * records one event, its kind from the title.
 */

import type { Context, DateExpression, DraftEvent } from '../../core/context';
import { firstAtOrAfter } from '../../core/spans';
import { lowerAt, tokenAtOrAfter, tokenize } from '../../core/tokens';
import type { TokenTable } from '../../core/tokens';
import type { Trigger } from '../../dictionaries/event-triggers';
import { scanTriggers } from '../../dictionaries/event-triggers';
import {
  BASE_EVENT_VERBS,
  MONTH_NUMBERS,
  MOVEMENT_VERBS,
  PAST_EVENT_VERBS,
  RECEPTION_VERBS,
  TRIP_NOUNS,
} from '../../lexicon';
import { attached, evidenceStart, isAtEvent, modifierDate, statusOf } from './attached';
import { buildIndex, paragraphStart, sentenceOf, statementsAround } from './lookup';
import type { Index } from './lookup';
import { contextualParticipants, possessiveVisitor, subjectCountries } from './participants';
import {
  MERGE_WINDOW,
  compatible,
  isDefinite,
  isFormatPart,
  isHostOf,
  isMediumOf,
  receivesPerson,
  isOccasionOf,
  isSessionOf,
  isWhereClause,
  lastOfKind,
  mergeInto,
  properName,
  samePlannedSummit,
  segmentOf,
  visitedPlace,
} from './same-event';

/** How far into its sentence a date may open it ("On May 9, 2018, …", "1. In November 2014, …"). */
const OPENING_TOKENS = 4;

/**
 * The person whose possessive opens a noun trigger's evidence (from token `k`:
 * "President Biden's upcoming trip"), or null.
 */
function possessorOf(ctx: Context, index: Index, k: number): string | null {
  const t = ctx.tokens;
  if (k < 3 || lowerAt(t, k - 1) !== 's' || lowerAt(t, k - 2) !== "'") return null;
  const r = index.peopleByLast.get(k - 2);
  return r?.person && !r.inQuote ? r.person : null;
}

/**
 * Whether a noun trigger whose evidence starts at token k is the purpose of
 * what precedes it ("for the G7 Summit", "to attend the summit").
 */
function isPurposeOf(ctx: Context, k: number, trig: Trigger): boolean {
  const t = ctx.tokens;
  for (let j = Math.max(1, k - 2); j < trig.first; j++) {
    const w = lowerAt(t, j);
    if (w === 'for' || (w === 'attend' && lowerAt(t, j - 1) === 'to')) return true;
  }
  return false;
}

/** Days from `a` to `b` (both YYYY-MM-DD). */
function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000;
}

const PAST_VERB_LEEWAY_DAYS = 31;
const YEAR = /\d{4}/u;

/** Months ahead of the document a month named without a year may be ("the June trip" read in May). */
const COMING_MONTHS = 5;

/** Whether a date expression is a month alone, one to `COMING_MONTHS` months after the document's. */
function isComingMonth(ctx: Context, d: DateExpression): boolean {
  const m = MONTH_NUMBERS.get(d.text.toLowerCase());
  if (m === undefined || !ctx.date) return false;
  const ahead = (m - Number(ctx.date.slice(5, 7)) + 12) % 12;
  return ahead >= 1 && ahead <= COMING_MONTHS;
}

/** "… to attend the summit and meet with X": a base-form verb coordinated with what precedes it. */
function isCoordinatedVerb(ctx: Context, trig: Trigger): boolean {
  const t = ctx.tokens;
  return (
    trig.verbal &&
    BASE_EVENT_VERBS.has(lowerAt(t, trig.first)) &&
    lowerAt(t, trig.first - 1) === 'and'
  );
}

/** "spoke separately with X and Y", "met with X and Y separately": one event per counterpart. */
function isSeparate(t: TokenTable, trig: Trigger, end: number): boolean {
  for (let k = trig.first + 1; k < t.count && t.start[k]! <= end; k++) {
    if (lowerAt(t, k) === 'separately') return true;
  }
  return lowerAt(t, tokenAtOrAfter(t, end)) === 'separately';
}

/** "the trip": a journey named without its destination. */
function isTrip(t: TokenTable, trig: Trigger): boolean {
  return trig.last - trig.first === 1 && TRIP_NOUNS.has(lowerAt(t, trig.first));
}

export function eventsStage(ctx: Context): void {
  const triggers = ctx.triggers;
  const t = ctx.tokens;
  const index = buildIndex(ctx);
  const events: DraftEvent[] = [];
  /** Events by proper name ("u.s.-north korea summit meeting"), and those a text date dates. */
  const byName = new Map<string, DraftEvent>();
  const datedByText = new Set<DraftEvent>();
  /** "our summit in Lithuania": the country a place phrase names, for events that have no place. */
  const countryOf = new Map<DraftEvent, string>();
  /** Summits told as a summit or conference ("COP21", "the G7 Summit"), not as a "summit meeting". */
  const conferences = new Set<DraftEvent>();
  for (let ti = 0; ti < triggers.length; ti++) {
    const trig = triggers[ti]!;
    const s = sentenceOf(ctx, trig.start);
    if (!s) continue;
    // "received a letter": a reception is a meeting only with a person received.
    if (
      trig.verbal &&
      RECEPTION_VERBS.has(lowerAt(t, trig.first)) &&
      !receivesPerson(ctx, index, trig)
    )
      continue;
    const att = attached(ctx, index, trig, s, triggers[ti + 1]);
    // "arrived in time", "I made the trip": no movement or trip is a visit without a place.
    if (
      trig.kind === 'Visit' &&
      !att.place &&
      !att.country &&
      (trig.verbal ? MOVEMENT_VERBS.has(lowerAt(t, trig.first)) : isTrip(t, trig))
    )
      continue;
    // "met X on the sidelines of the G20 summit in Rome": the meeting is where its host event is.
    const host = triggers[ti + 1];
    if (!att.place && host && host.start < s.end && isHostOf(ctx, host)) {
      att.place = attached(ctx, index, host, s, triggers[ti + 2]).place;
      for (let k = tokenAtOrAfter(t, evidenceStart(ctx, index, host)); k < host.first; k++) {
        const m = index.mentionsByFirst.get(k);
        if (m?.kind === 'Place') att.place ??= m.id;
      }
    }
    // "the 11th meeting of the U.S.-Japan Cyber Dialogue in Washington on June 30": a session
    // of the event named next, where and when that event is.
    const sessionOf = triggers[ti + 1];
    if (sessionOf && sessionOf.start < s.end && isSessionOf(ctx, trig, sessionOf)) {
      const sa = attached(ctx, index, sessionOf, s, triggers[ti + 2]);
      att.place ??= sa.place;
      if (!att.date && sa.date) {
        att.date = sa.date;
        att.dateExpression = sa.dateExpression;
      }
      att.people.push(...sa.people);
      att.end = Math.max(att.end, sa.end);
    }
    // "the June 14 NATO Summit": a day among the trigger's modifiers.
    if (!att.date) {
      const own = modifierDate(ctx, trig);
      if (own) {
        att.date = own.date;
        att.dateExpression = own;
      }
    }
    let date = att.date;
    // "met … in Tokyo on June 3" read in March: a past verb's day without a year, months after
    // the document, is last year's (days after, it is a schedule: "met … on 20 May" stays).
    if (
      date &&
      ctx.date &&
      daysBetween(ctx.date, date) > PAST_VERB_LEEWAY_DAYS &&
      trig.verbal &&
      PAST_EVENT_VERBS.has(lowerAt(t, trig.first)) &&
      att.dateExpression &&
      !YEAR.test(att.dateExpression.text)
    )
      date = `${String(Number(date.slice(0, 4)) - 1).padStart(4, '0')}${date.slice(4)}`;
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
    // The trigger's evidence: its modifiers and what attaches before it, from token `startToken`.
    const start = evidenceStart(ctx, index, trig);
    const startToken = tokenAtOrAfter(t, start);
    // "President Biden's upcoming trip", "Kishida's meeting with Xi": the possessor takes part.
    const possessor = trig.verbal ? null : possessorOf(ctx, index, startToken);
    const participants = [
      ...new Set([
        ...(possessor ? [possessor] : contextualParticipants(ctx, index, trig, s, partners)),
        ...att.people,
      ]),
    ].sort();
    // "During his visit to Moscow, Wang Yi …": the visitor.
    if (participants.length === 0 && trig.kind === 'Visit' && !trig.verbal) {
      const visitor = possessiveVisitor(ctx, trig, s);
      if (visitor) participants.push(visitor);
    }
    // "Russia and China held talks": the governments when no person is named.
    if (participants.length === 0) participants.push(...subjectCountries(ctx, index, trig, s));
    // "talks between experts from Russia, Ukraine and the European Commission": the sides named.
    if (participants.length === 0) participants.push(...new Set(att.countries));
    participants.sort();
    // "spoke with reporters": a call has two sides.
    if (trig.verbal && trig.kind === 'PhoneCall' && !partners && participants.length < 2) continue;
    // "the Paris climate conference": a place among the trigger's modifiers.
    let place = att.place;
    for (let k = startToken; k < trig.first && !place; k++) {
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
    const occasion =
      next &&
      next.start < s.end &&
      (isOccasionOf(ctx, next) || isMediumOf(ctx, trig, next) || isSessionOf(ctx, trig, next))
        ? next
        : null;
    if (occasion) ti++;
    let status = statusOf(ctx, trig, date, s);
    // "President Biden's June trip" read in May: a month alone, still to come.
    if (status === 'held' && !date && !trig.verbal && vagueDate && isComingMonth(ctx, vagueDate))
      status = 'planned';
    // "the upcoming trip to London for the G7 Summit": the purpose of a planned event is planned.
    const previous = events[events.length - 1];
    if (
      !date &&
      !trig.verbal &&
      previous?.status === 'planned' &&
      previous.evidence[0]!.start >= s.start &&
      isPurposeOf(ctx, startToken, trig)
    ) {
      status = 'planned';
      // Those who travel for it, not everyone the sentence names.
      if (att.people.length === 0 && !possessor && previous.participants.length > 0)
        participants.splice(0, participants.length, ...previous.participants);
    }
    // "I visited New Zealand from 20 to 22 December for talks with …": the purpose's day is the trip's.
    if (
      !date &&
      !trig.verbal &&
      previous?.date &&
      previous.kind === 'Visit' &&
      previous.evidence[0]!.start >= s.start &&
      isPurposeOf(ctx, startToken, trig)
    ) {
      date = previous.date;
      att.dateExpression = null;
    }
    // "… to attend the G7 Summit and meet with Boris Johnson": planned, by the same travellers.
    if (
      previous?.status === 'planned' &&
      !date &&
      previous.evidence[0]!.start >= s.start &&
      isCoordinatedVerb(ctx, trig)
    ) {
      status = 'planned';
      participants.splice(
        0,
        participants.length,
        ...new Set([...previous.participants, ...att.people].sort()),
      );
    }
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
    if (status === 'held' && isAtEvent(ctx, startToken)) {
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
    // "spoke separately today with X and Y": one call per counterpart.
    if (trig.verbal && att.people.length >= 2 && isSeparate(t, trig, att.end)) {
      const sides = participants.filter((p) => !att.people.includes(p));
      for (const p of [...new Set(att.people)]) {
        events.push({
          ...ev,
          participants: [...new Set([...sides, p])].sort(),
          evidence: [...ev.evidence],
          explicit: [...ev.explicit],
        });
      }
      continue;
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
    // "Talks … then continued in an expanded format": a part of the talks already told.
    const talks =
      ev.kind === 'Talks' && isFormatPart(ctx, trig, s) ? lastOfKind(events, ev, s) : undefined;
    if (talks && talks.kind === 'Talks' && (!explicitDate || talks.date === ev.date)) {
      mergeInto(talks, { ...ev, date: null, month: null, vague: false });
      continue;
    }
    // A bare "talks" or "meeting" with nobody, nowhere and no date says nothing about an event,
    // unless it is definite and names one already told ("at the banquet" after "hosted a banquet"),
    // or is a planned event with a proper name.
    const definite = isDefinite(ctx, trig);
    if (participants.length === 0 && !ev.place) {
      const told = definite ? lastOfKind(events, ev, s, lowerAt(t, trig.last - 1)) : undefined;
      if (told && (!explicitDate || told.date === ev.date)) {
        told.evidence.push(...ev.evidence);
        told.explicit.push(...ev.explicit);
        continue;
      }
      // "the upcoming NATO Summit": a planned event named by a proper name is one all the same.
      if (!explicitDate && !(status === 'planned' && properName(ctx, start, trig))) continue;
    }
    // "Our meeting", "where I met with Kim" after "a summit in Singapore": the event already told,
    // when it adds nobody new.
    const told =
      definite || isWhereClause(ctx, trig, s)
        ? lastOfKind(events, ev, s, definite ? lowerAt(t, trig.last - 1) : '')
        : undefined;
    if (
      told &&
      (!ev.place || !told.place) &&
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
    const conference = ev.kind === 'Summit' && lowerAt(t, trig.last - 1) !== 'meeting';
    if (att.country) countryOf.set(ev, att.country);
    for (let k = events.length - 1; k >= 0 && events.length - k <= MERGE_WINDOW; k--) {
      const e = events[k]!;
      // "the negotiations" … "at COP21 in Paris": a conference is no meeting told in other words.
      const conferenceAndOther =
        e.kind !== ev.kind && (conferences.has(e) || (conference && e.kind !== 'Summit'));
      if (
        (compatible(e, ev, s.start) && !conferenceAndOther) ||
        samePlannedSummit(ctx, e, ev, countryOf)
      ) {
        same = events[k];
        break;
      }
    }
    if (same) mergeInto(same, ev);
    else events.push(ev);
    const target = same ?? ev;
    if (att.country && !countryOf.has(target)) countryOf.set(target, att.country);
    if (conference && !same) conferences.add(ev);
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

  ctx.events = events;
}
