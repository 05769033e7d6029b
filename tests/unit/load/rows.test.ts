import fc from 'fast-check';
import { isSameEvent, mergeWithinBatch } from '../../../src/load/event-identity';
import { shorten, type EventRow } from '../../../src/load/rows';

test.each([
  ['short text', 20, 'short text'],
  ['Russia will judge US calls for normalisation not by words', 30, 'Russia will judge US calls…'],
  ['  spaced\n\ntext  ', 20, 'spaced text'],
  ['averyveryverylongwordwithoutspaces', 10, 'averyvery…'],
])('shorten(%j, %d) = %j', (text, max, expected) => {
  expect(shorten(text, max)).toBe(expected);
  expect(shorten(text, max).length).toBeLessThanOrEqual(max);
});

const event = (change: Partial<EventRow>): EventRow => ({
  id: 'event:a',
  kind: 'Meeting',
  name: 'Meeting',
  date: '2021-05-20',
  status: 'held',
  place: 'place:reykjavik',
  placeName: 'Reykjavik',
  participants: ['person:sergei-lavrov', 'person:antony-blinken'],
  documentId: 'doc:1',
  starts: [],
  ends: [],
  ...change,
});

test.each<[string, Partial<EventRow>, boolean]>([
  ['same kind, place, people and date', {}, true],
  ['dates two days apart', { date: '2021-05-22' }, true],
  ['dates three days apart', { date: '2021-05-23' }, false],
  ['one place unknown', { place: null }, true],
  ['different places', { place: 'place:geneva' }, false],
  ['different kinds', { kind: 'PhoneCall' }, false],
  ['no shared participant', { participants: ['person:wang-yi'] }, false],
  ['undated but planned', { date: null, status: 'planned' }, true],
  ['undated and held, the other held too', { date: null, status: 'held' }, false],
])('isSameEvent: %s → %s', (_, change, expected) => {
  expect(isSameEvent(event({}), event({ id: 'event:b', documentId: 'doc:2', ...change }))).toBe(
    expected,
  );
});

test('mergeWithinBatch maps a later report of the same event to the first, never within one document', () => {
  const merges = mergeWithinBatch([
    event({ id: 'event:a' }),
    event({ id: 'event:b', documentId: 'doc:2', date: '2021-05-21' }),
    event({ id: 'event:c', documentId: 'doc:1' }),
  ]);
  expect([...merges]).toEqual([['event:b', 'event:a']]);
});

test('mergeWithinBatch, indexed by kind and participant, maps every event as the first same one of a plain scan would', () => {
  const naive = (events: readonly EventRow[]) => {
    const merges = new Map<string, string>();
    const kept: EventRow[] = [];
    for (const e of events) {
      const same = kept.find((k) => k.documentId !== e.documentId && isSameEvent(k, e));
      if (same === undefined) kept.push(e);
      else merges.set(e.id, same.id);
    }
    return merges;
  };
  const arbitraryEvent = fc.record({
    kind: fc.constantFrom('Meeting', 'PhoneCall'),
    date: fc.option(fc.constantFrom('2021-05-18', '2021-05-20', '2021-05-21', '2021-05-25')),
    status: fc.constantFrom('held', 'planned'),
    place: fc.option(fc.constantFrom('place:reykjavik', 'place:geneva')),
    participants: fc.uniqueArray(
      fc.constantFrom('person:a', 'person:b', 'person:c', 'country:ru'),
      {
        maxLength: 3,
      },
    ),
    documentId: fc.constantFrom('doc:1', 'doc:2', 'doc:3'),
  });
  fc.assert(
    fc.property(fc.array(arbitraryEvent, { maxLength: 30 }), (drawn) => {
      const events = drawn.map((d, i) => event({ ...d, id: `event:${i}` }));
      expect([...mergeWithinBatch(events)]).toEqual([...naive(events)]);
    }),
    { numRuns: 500 },
  );
});
