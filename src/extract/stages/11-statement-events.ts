/**
 * Stage 11 — the events statements were made at, and the events' names.
 *
 * A statement is made at a held event when its attribution or the adjunct
 * opening its sentence says so (stage 10 found those: `explicit`), at the
 * held event of the place its attribution names ("As I said in Singapore"),
 * or when it is the only held event of that date its speaker took part in or
 * spoke at (a visit yields to the meetings it holds). A held event with no
 * date takes its first such statement's. Then each event gets its name, and
 * a warning when no day was found for it.
 */

import type { EventKind } from '../../model';
import type { Context, EntityMention } from '../core/context';
import { tokenAtOrAfter } from '../core/tokens';

const KIND_LABEL: Record<EventKind, string> = {
  Meeting: 'Meeting',
  PhoneCall: 'Phone call',
  PressConference: 'Press conference',
  Summit: 'Summit',
  Visit: 'Visit',
  Talks: 'Talks',
};

/** A place named in a statement's attribution, outside its text ("said in Singapore"). */
function placeInCue(
  ctx: Context,
  mentionsByFirst: ReadonlyMap<number, EntityMention>,
  st: { cueStart: number; cueEnd: number; start: number; end: number },
): string | null {
  const t = ctx.tokens;
  for (let k = tokenAtOrAfter(t, st.cueStart); k < t.count && t.start[k]! < st.cueEnd; k++) {
    const m = mentionsByFirst.get(k);
    if (m?.kind === 'Place' && !(m.start >= st.start && m.end <= st.end)) return m.id;
  }
  return null;
}

export function statementEventsStage(ctx: Context): void {
  const events = ctx.events;
  const mentionsByFirst = new Map<number, EntityMention>();
  for (const m of ctx.mentions) if (!mentionsByFirst.has(m.first)) mentionsByFirst.set(m.first, m);
  // Statements made at events.
  events.forEach((e, ei) => {
    for (const i of e.explicit) ctx.statements[i]!.event = ei;
  });
  for (const e of events) {
    if (e.status !== 'held' || e.date || e.vague || e.explicit.length === 0) continue;
    const st = ctx.statements[e.explicit[0]!]!;
    e.date = st.cueDate ?? ctx.date;
  }
  // "As I said in Singapore": the held event at the place the attribution names, with the speaker.
  for (const st of ctx.statements) {
    if (st.event >= 0 || st.referenced) continue;
    const place = placeInCue(ctx, mentionsByFirst, st);
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
}
