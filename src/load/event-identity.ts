/**
 * When two reported events are the same event (ISSUE: loading, point 4): same kind,
 * same place or one unknown, at least one shared participant, and dates within two
 * days — or one of them planned with no date. `cypher/match-events.cypher` applies the
 * same rule against the graph; this applies it inside one batch.
 */
import type { EventRow } from './rows';

const DAY_MS = 86_400_000;

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

export function isSameEvent(a: EventRow, b: EventRow): boolean {
  if (a.kind !== b.kind) return false;
  if (a.place !== null && b.place !== null && a.place !== b.place) return false;
  if (!a.participants.some((p) => b.participants.includes(p))) return false;
  if (a.date !== null && b.date !== null) return daysApart(a.date, b.date) <= 2;
  return a.status === 'planned' || b.status === 'planned';
}

/** incoming id → id of an earlier event of the batch it is the same as. */
export function mergeWithinBatch(events: readonly EventRow[]): Map<string, string> {
  const merges = new Map<string, string>();
  const kept: EventRow[] = [];
  for (const event of events) {
    const same = kept.find((k) => k.documentId !== event.documentId && isSameEvent(k, event));
    if (same === undefined) kept.push(event);
    else merges.set(event.id, same.id);
  }
  return merges;
}
