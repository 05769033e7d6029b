import fc from 'fast-check';
import { createEventMerger } from '../../../../src/load/bulk-import/event-merger';
import { mergeWithinBatch } from '../../../../src/load/event-identity';
import type { EventRow } from '../../../../src/load/rows';

const eventRow = fc.record({
  kind: fc.constantFrom('Meeting', 'PhoneCall', 'Talks'),
  date: fc.option(
    fc.integer({ min: 0, max: 12 }).map((d) => `2021-05-${String(10 + d).padStart(2, '0')}`),
  ),
  status: fc.constantFrom('planned', 'held'),
  place: fc.option(fc.constantFrom('place:moscow', 'place:geneva')),
  participants: fc.uniqueArray(fc.constantFrom('person:a', 'person:b', 'person:c', 'country:ru'), {
    minLength: 1,
    maxLength: 3,
  }),
  doc: fc.integer({ min: 0, max: 5 }),
});

test('merges exactly as the loader merges one batch (mergeWithinBatch)', () => {
  fc.assert(
    fc.property(fc.array(eventRow, { maxLength: 40 }), (rows) => {
      const events: EventRow[] = rows
        .map((r, i) => ({
          id: `event:${i}`,
          kind: r.kind,
          name: r.kind,
          date: r.date,
          status: r.status,
          place: r.place,
          placeName: null,
          participants: r.participants,
          documentId: `doc:${r.doc}`,
          starts: [],
          ends: [],
        }))
        // Documents arrive whole, one after the other.
        .sort((a, b) => a.documentId.localeCompare(b.documentId));
      const expected = mergeWithinBatch(events);
      const merger = createEventMerger();
      const actual = new Map<string, string>();
      for (const event of events) {
        const into = merger.merge(event);
        if (into !== null) actual.set(event.id, into);
      }
      expect(actual).toEqual(expected);
    }),
    { numRuns: 500 },
  );
});
