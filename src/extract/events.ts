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
 * Mentions of one event (same kind, compatible place, date, status and
 * participants) merge. A statement is made at a held event when its
 * attribution says so ("said at a press conference"), or when it is the only
 * held event of that date its speaker took part in. Finally each statement
 * gets its date (policy 8): its attribution's, else its held event's, else
 * the document's.
 */

import type { EventKind } from '../model';
import type {
  Context,
  DateExpression,
  DraftEvent,
  EntityMention,
  PersonRef,
  Sentence,
} from './context';
import { firstAtOrAfter } from './dates';
import { HELD_MARKERS, PLANNED_MARKERS, VERB_ADVERBS } from './lexicon';
import { quoteAt } from './quotes';
import { CAPITALISED, NUMBER, WORD, lowerAt, tokenAtOrAfter, tokenize } from './tokens';
import { findTriggers, scan } from './triggers';
import type { Trigger } from './triggers';

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
  mentionsByFirst: Map<number, EntityMention>;
  datesByStart: DateExpression[];
  /** Statement indexes sorted by the start of their cue or text. */
  statementsByLow: number[];
  lows: { start: number }[];
}

function buildIndex(ctx: Context): Index {
  const peopleByFirst = new Map<number, PersonRef>();
  const peopleByLast = new Map<number, PersonRef>();
  for (const r of ctx.people) {
    if (!peopleByFirst.has(r.first)) peopleByFirst.set(r.first, r);
    peopleByLast.set(r.last, r);
  }
  const mentionsByFirst = new Map<number, EntityMention>();
  for (const m of ctx.mentions) if (!mentionsByFirst.has(m.first)) mentionsByFirst.set(m.first, m);
  const low = (i: number): number =>
    Math.min(ctx.statements[i]!.start, ctx.statements[i]!.cueStart);
  const statementsByLow = ctx.statements.map((_, i) => i).sort((a, b) => low(a) - low(b) || a - b);
  return {
    peopleByFirst,
    peopleByLast,
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
const MERGE_WINDOW = 32;

interface Attached {
  end: number;
  place: string | null;
  date: string | null;
  people: string[];
}

function sentenceOf(ctx: Context, offset: number): Sentence | null {
  const i = firstAtOrAfter(ctx.sentences, offset + 1) - 1;
  const s = i >= 0 ? ctx.sentences[i] : undefined;
  return s && offset < s.end ? s : null;
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
  const out: Attached = { end: trig.end, place: null, date: null, people: [] };
  const stop = Math.min(s.last, trig.last + 40, nextTrigger ? nextTrigger.first : Infinity);
  let withMode = trig.verbal && lowerAt(t, trig.first) !== 'visited';
  for (let k = trig.last; k < stop; k++) {
    const w = lowerAt(t, k);
    if (WINDOW_STOPS.has(w) || w === ';' || w === '.' || '"“”«»'.includes(w)) break;
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
      if (ref.person) out.people.push(ref.person);
      out.end = Math.max(out.end, ref.end);
      k = ref.last - 1;
      continue;
    }
    const di = firstAtOrAfter(index.datesByStart, t.start[k]!);
    const d = index.datesByStart[di]?.start === t.start[k]! ? index.datesByStart[di] : undefined;
    if (d?.date && !out.date) {
      out.date = d.date;
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
    const subject = index.peopleByLast.get(k);
    if (subject?.person && !subject.inQuote) {
      out.push(subject.person);
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
        if (hasPartners) out.push(st.speaker);
      } else {
        let firstPerson = false;
        for (let k = Math.max(s.first, trig.first - 4); k < trig.first; k++) {
          if (POSSESSIVE_FIRST_PERSON.has(lowerAt(t, k))) firstPerson = true;
        }
        // "We have held … talks": a first-person subject earlier in the sentence.
        for (let k = s.first; k < trig.first && !firstPerson; k++) {
          const w = lowerAt(t, k);
          if ((w === 'we' || w === 'i') && (t.flags[k]! & WORD) !== 0) firstPerson = true;
        }
        if (firstPerson) out.push(st.speaker);
      }
    }
  }
  if (out.length === 0 && !inQuote && !insideStatement && !trig.verbal) {
    // Narrative: the sentence's first person named before the trigger ("Prime Minister Abe attended …").
    for (let k = s.first; k < trig.first; k++) {
      const r = index.peopleByFirst.get(k);
      if (r?.person && !r.inQuote) {
        out.push(r.person);
        break;
      }
    }
  }
  return out;
}

function compatible(a: DraftEvent, b: DraftEvent): boolean {
  if (a.kind !== b.kind || a.status !== b.status) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  if (a.date && b.date && a.date !== b.date) return false;
  if (a.participants.length === 0 || b.participants.length === 0) return false;
  const shared = a.participants.filter((p) => b.participants.includes(p));
  return shared.length === Math.min(a.participants.length, b.participants.length);
}

function mergeInto(a: DraftEvent, b: DraftEvent): void {
  a.place ??= b.place;
  a.date ??= b.date;
  a.participants = [...new Set([...a.participants, ...b.participants])].sort();
  // Triggers come in text order, so evidence stays sorted.
  a.evidence.push(...b.evidence);
  a.explicit.push(...b.explicit);
}

export function eventsStage(ctx: Context): void {
  const triggers = findTriggers(ctx);
  const t = ctx.tokens;
  const index = buildIndex(ctx);
  const events: DraftEvent[] = [];
  for (let ti = 0; ti < triggers.length; ti++) {
    const trig = triggers[ti]!;
    const s = sentenceOf(ctx, trig.start);
    if (!s) continue;
    const att = attached(ctx, index, trig, s, triggers[ti + 1]);
    let date = att.date;
    if (!date) {
      // A date opening the sentence: "On May 9, 2018, Prime Minister Abe attended …".
      const d = ctx.dates[firstAtOrAfter(ctx.dates, s.start)];
      if (d?.date && d.start < trig.start && d.start - s.start <= 4) date = d.date;
    }
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
    // "a recent telephone conversation": a date word that names no day.
    const di = firstAtOrAfter(ctx.dates, start);
    const vague =
      di < ctx.dates.length && ctx.dates[di]!.start < att.end && ctx.dates[di]!.date === null;
    const status = statusOf(ctx, trig, date);
    const explicitDate = date;
    // A held event with no date word at all happened on the day it is reported.
    if (!date && !vague && status === 'held') date = ctx.date;
    const ev: DraftEvent = {
      kind: trig.kind,
      name: '',
      date,
      place,
      status,
      participants,
      evidence: [{ start, end: att.end }],
      explicit: [],
    };
    // "said at a press conference": the statement whose attribution holds the trigger.
    const prep = lowerAt(t, tokenAtOrAfter(t, start));
    if (status === 'held' && (prep === 'at' || prep === 'during' || prep === 'in')) {
      for (const i of statementsAround(ctx, index, trig.start)) {
        const st = ctx.statements[i]!;
        if (st.referenced) continue;
        if (
          trig.start >= st.cueStart &&
          trig.end <= st.cueEnd &&
          !(trig.start >= st.start && trig.end <= st.end)
        ) {
          ev.explicit.push(i);
        }
      }
    }
    // A bare "talks" or "meeting" with nobody, nowhere and no date says nothing about an event.
    if (participants.length === 0 && !ev.place && !explicitDate) continue;
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
  }

  // A speaker-labelled transcript records one event: its kind from the title ("Press Briefing", "talks").
  const tr = ctx.transcript;
  if (tr && ctx.doc.title) {
    const titleTriggers = scan({ tokens: tokenize(ctx.doc.title) });
    if (titleTriggers.length > 0) {
      const ev: DraftEvent = {
        kind: titleTriggers[0]!.kind,
        name: '',
        date: ctx.date,
        place: null,
        status: 'held',
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
    if (e.status !== 'held' || e.date || e.explicit.length === 0) continue;
    const st = ctx.statements[e.explicit[0]!]!;
    e.date = st.cueDate ?? ctx.date;
  }
  const heldBy = new Map<string, number[]>();
  events.forEach((e, i) => {
    if (e.status !== 'held' || e.date === null) return;
    for (const p of e.participants) {
      const key = `${p}|${e.date}`;
      heldBy.set(key, [...(heldBy.get(key) ?? []), i]);
    }
  });
  for (const st of ctx.statements) {
    if (st.event >= 0 || st.referenced) continue;
    const candidates = heldBy.get(`${st.speaker}|${st.cueDate ?? ctx.date}`) ?? [];
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
