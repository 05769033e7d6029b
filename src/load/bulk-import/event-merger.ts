/**
 * The loader's same-event rule (../event-identity.ts, `mergeWithinBatch`) for a whole
 * corpus at once: each event, in order, is merged into the first earlier kept event of
 * another document that `isSameEvent` accepts, or kept. `mergeWithinBatch` scans every
 * kept event, which is quadratic for a million events; this finds the same first match
 * through indexes of the kept events that any match must be in:
 *   - a shared participant is required, so candidates are looked up per (kind, participant);
 *   - two dated events match only within two days: dated candidates by (kind, participant, day);
 *   - otherwise one of them must be planned: undated candidates, planned ones apart.
 * Each index lists kept events in the order they were kept, so the first acceptable entry
 * of each list, and the earliest of those, is the event `mergeWithinBatch` would pick.
 */
import { isSameEvent } from '../event-identity';
import type { EventRow } from '../rows';

const DAY_MS = 86_400_000;

function day(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export interface EventMerger {
  /** The id of the kept event `event` is the same as, or null when it is kept itself. */
  merge(event: EventRow): string | null;
}

export function createEventMerger(): EventMerger {
  const kept: EventRow[] = [];
  const byDay = new Map<string, number[]>();
  const undated = new Map<string, number[]>();
  const planned = new Map<string, number[]>();
  const all = new Map<string, number[]>();
  const push = (index: Map<string, number[]>, key: string, i: number) => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [i]);
    else list.push(i);
  };
  /** The first entry of `list` that `event` is the same as, or Infinity. */
  const first = (list: readonly number[] | undefined, event: EventRow, best: number) => {
    if (list === undefined) return best;
    for (const i of list) {
      if (i >= best) return best;
      const k = kept[i]!;
      if (k.documentId !== event.documentId && isSameEvent(k, event)) return i;
    }
    return best;
  };
  return {
    merge(event) {
      let best = Infinity;
      const participants = [...new Set(event.participants)];
      for (const p of participants) {
        const key = `${event.kind}\u0000${p}`;
        if (event.date !== null) {
          const d = day(event.date);
          for (let offset = -2; offset <= 2; offset++)
            best = first(byDay.get(`${key}\u0000${d + offset}`), event, best);
          best = first((event.status === 'planned' ? undated : planned).get(key), event, best);
        } else {
          best = first((event.status === 'planned' ? all : planned).get(key), event, best);
        }
      }
      if (best !== Infinity) return kept[best]!.id;
      const i = kept.length;
      kept.push(event);
      for (const p of participants) {
        const key = `${event.kind}\u0000${p}`;
        push(all, key, i);
        if (event.status === 'planned') push(planned, key, i);
        if (event.date === null) push(undated, key, i);
        else push(byDay, `${key}\u0000${day(event.date)}`, i);
      }
      return null;
    },
  };
}
