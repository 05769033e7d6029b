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

/**
 * incoming id → id of the earliest event of the batch it is the same as. Candidates come
 * from an index by kind and participant (a shared participant is required), so a batch of
 * thousands of events costs its number of shared participants, not events squared.
 */
export function mergeWithinBatch(events: readonly EventRow[]): Map<string, string> {
  const merges = new Map<string, string>();
  const kept: EventRow[] = [];
  const byKey = new Map<string, number[]>(); // `${kind}|${participant}` → indexes into kept
  for (const event of events) {
    let same = -1;
    for (const p of event.participants) {
      for (const i of byKey.get(`${event.kind}|${p}`) ?? []) {
        if (same !== -1 && i >= same) break; // indexes ascend: no earlier candidate here
        const k = kept[i]!;
        if (k.documentId !== event.documentId && isSameEvent(k, event)) same = i;
      }
    }
    if (same !== -1) {
      merges.set(event.id, kept[same]!.id);
      continue;
    }
    const i = kept.push(event) - 1;
    for (const p of new Set(event.participants)) {
      const key = `${event.kind}|${p}`;
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [i]);
      else list.push(i);
    }
  }
  return merges;
}
